import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { loadBusinessCalendar } from '../../shared/calendar/calendar-years.ts';
import { addElapsed, dayKind } from '../../shared/calendar/business-calendar.ts';
import { documentClient } from '../../shared/db/client.ts';
import { TenantStore } from '../../shared/db/tenant-store.ts';
import { keys } from '../../shared/keys.ts';
import { tableName } from '../../shared/table.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { caller, type Call } from '../support/retry.ts';

/**
 * The business calendar over real HTTP: official years, a year the package lacks, an admin's
 * local days, refusals that name the field and write nothing, optimistic locking, the audit
 * record and outbox event, the dashboard section, and the loader other capabilities call.
 */
let app: TestApp;
let call: Call;
let admin: string;
let agent: string;

beforeAll(async () => {
  app = await startTestApp({ customerScale: 0, seedJobs: false });
  call = caller(app);
  [admin, agent] = await Promise.all([app.login('demo', 'admin'), app.login('demo', 'agent')]);
});
afterAll(() => app.stop());

const editable = (view: { workingHours: unknown; days: unknown; version: number }) => ({ workingHours: view.workingHours, days: view.days, version: view.version });

async function history(year: number) {
  const out = await documentClient().send(
    new QueryCommand({ TableName: tableName(), IndexName: 'gsi1', KeyConditionExpression: 'gsi1pk = :pk', ExpressionAttributeValues: { ':pk': keys.subjectHistory('demo', 'calendar', String(year)) }, ScanIndexForward: false }),
  );
  return out.Items ?? [];
}

describe('GET /v1/calendar/{year}', () => {
  it('2026 is official, with 国庆节 and its make-up days, for every role', async () => {
    const res = await call(agent, 'GET', '/v1/calendar/2026');
    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).toBe('"0"');
    expect(res.body).toMatchObject({ year: 2026, timeZone: 'Asia/Shanghai', official: true, source: 'chinese-days 1.5.7', workingHours: [{ start: '08:30', end: '17:30' }], warnings: [], version: 0, updatedAt: null, updatedBy: null });
    const byDate = Object.fromEntries(res.body.days.map((d: { date: string }) => [d.date, d]));
    expect(byDate['2026-10-01']).toEqual({ date: '2026-10-01', kind: 'holiday', name: '国庆节', origin: 'official' });
    expect(byDate['2026-10-10']).toMatchObject({ kind: 'makeup-working', origin: 'official' });
    expect(byDate['2026-02-14']).toMatchObject({ kind: 'makeup-working' });
    expect(res.body.days.filter((d: { kind: string }) => d.kind === 'holiday')).toHaveLength(33);
  });

  it('2027 has no official dates yet: weekends only, and a warning says so', async () => {
    const res = await call(agent, 'GET', '/v1/calendar/2027');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ year: 2027, official: false, source: null, days: [], version: 0 });
    expect(res.body.warnings).toEqual([{ code: 'official-data-missing', message: expect.stringContaining('2027') }]);
  });

  it('refuses a year outside 2000–2100, naming it', async () => {
    for (const year of ['1999', '2101', 'abc', '2026.5']) {
      const res = await call(agent, 'GET', `/v1/calendar/${year}`);
      expect({ year, status: res.status }).toEqual({ year, status: 400 });
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain('path.year');
    }
  });
});

describe('PUT /v1/calendar/{year}', () => {
  it('an admin adds a local holiday; GET shows it with origin local; audited with an event', async () => {
    const read = (await call(admin, 'GET', '/v1/calendar/2026')).body;
    const days = [...read.days, { date: '2026-11-30', kind: 'holiday', name: '公司成立日' }];
    const saved = await call(admin, 'PUT', '/v1/calendar/2026', { ...editable(read), days, workingHours: [{ start: '08:30', end: '12:00' }, { start: '13:30', end: '17:30' }] });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ version: 1, official: true, updatedBy: 'admin', warnings: [] });
    expect(saved.headers.get('etag')).toBe('"1"');

    const again = (await call(agent, 'GET', '/v1/calendar/2026')).body;
    expect(again.days.find((d: { date: string }) => d.date === '2026-11-30')).toEqual({ date: '2026-11-30', kind: 'holiday', name: '公司成立日', origin: 'local' });
    expect(again.days.find((d: { date: string }) => d.date === '2026-10-01')).toMatchObject({ origin: 'official' });
    expect(again.workingHours).toHaveLength(2);
    expect(again.version).toBe(1);

    const [audit] = await history(2026);
    expect(audit).toMatchObject({ action: 'calendar.updated', subjectType: 'calendar', subjectId: '2026', summary: expect.stringContaining('1 added'), detail: { added: ['2026-11-30 holiday 公司成立日'] } });
    const store = new TenantStore({ tenantId: 'demo', correlationId: 't', principal: { kind: 'system', id: 't', name: 't', roles: ['admin'], scopes: [] } } as never);
    // The event, as the publisher delivered it (the local stand-in for the tenant's SNS topic).
    await app.runtime.idle();
    expect(app.runtime.events.some((e) => e.tenantId === 'demo' && e.type === 'calendar.updated' && (e.data as { year: number }).year === 2026)).toBe(true);

    // The loader other capabilities call sees the local holiday and the working hours.
    const cal = await loadBusinessCalendar(store, { from: 2026, to: 2027 });
    expect(dayKind(cal, '2026-11-30')).toBe('holiday');
    expect(cal.years).toMatchObject({ '2026': { official: true }, '2027': { official: false } });
    const due = addElapsed(cal, '2026-12-30T10:00:00+08:00', 72 * 60, { postponeOverHolidays: true });
    expect(due.unofficialYears).toEqual([2027]);
  });

  it('accepts back the whole object GET returned (read-only fields ignored)', async () => {
    const read = (await call(admin, 'GET', '/v1/calendar/2030')).body;
    const saved = await call(admin, 'PUT', '/v1/calendar/2030', { ...read, days: [...read.days, { date: '2030-06-03', kind: 'holiday', name: '检修停业日', origin: 'official' }] });
    expect(saved.status).toBe(200);
    expect(saved.body.days).toEqual([{ date: '2030-06-03', kind: 'holiday', name: '检修停业日', origin: 'local' }]);
    expect(saved.body.warnings.map((w: { code: string }) => w.code)).toEqual(['official-data-missing']);
  });

  it('is for admins only', async () => {
    const read = (await call(agent, 'GET', '/v1/calendar/2028')).body;
    const res = await call(agent, 'PUT', '/v1/calendar/2028', editable(read));
    expect(res.status).toBe(403);
    expect((await call(agent, 'GET', '/v1/calendar/2028')).body.version).toBe(0);
  });

  it('refuses bad input naming the field, and writes nothing', async () => {
    const read = (await call(admin, 'GET', '/v1/calendar/2029')).body;
    const hours = [{ start: '08:30', end: '17:30' }];
    const CASES: [string, unknown, string][] = [
      ['a date of another year', { ...editable(read), workingHours: hours, days: [{ date: '2029-05-01', kind: 'holiday', name: 'a' }, { date: '2030-01-01', kind: 'holiday', name: 'b' }] }, 'body.days.1.date'],
      ['a date that does not exist', { ...editable(read), workingHours: hours, days: [{ date: '2029-02-30', kind: 'holiday', name: 'a' }] }, 'body.days.0.date'],
      ['a date twice', { ...editable(read), workingHours: hours, days: [{ date: '2029-05-01', kind: 'holiday', name: 'a' }, { date: '2029-05-02', kind: 'holiday', name: 'b' }, { date: '2029-05-01', kind: 'holiday', name: 'c' }] }, 'body.days.2.date'],
      ['a make-up working day on a weekday', { ...editable(read), workingHours: hours, days: [{ date: '2029-05-07', kind: 'makeup-working', name: '调休' }] }, 'body.days.0.kind'],
      ['a working interval that ends before it starts', { ...editable(read), workingHours: [{ start: '17:30', end: '08:30' }], days: [] }, 'body.workingHours.0.end'],
      ['overlapping working intervals', { ...editable(read), workingHours: [{ start: '08:30', end: '12:00' }, { start: '11:00', end: '17:30' }], days: [] }, 'body.workingHours.1.start'],
      ['a time that is not HH:mm', { ...editable(read), workingHours: [{ start: '8:30', end: '17:30' }], days: [] }, 'body.workingHours.0.start'],
      ['an unknown field', { ...editable(read), workingHours: hours, days: [], holidays: [] }, 'body.holidays'],
      ['an unknown kind', { ...editable(read), workingHours: hours, days: [{ date: '2029-05-01', kind: 'half-day', name: 'a' }] }, 'body.days.0.kind'],
      ['hostile text in a name', { ...editable(read), workingHours: hours, days: [{ date: '2029-05-01', kind: 'holiday', name: '节\u202E日' }] }, 'body.days.0.name'],
    ];
    for (const [what, body, field] of CASES) {
      const res = await call(admin, 'PUT', '/v1/calendar/2029', body);
      expect({ what, status: res.status }).toEqual({ what, status: 400 });
      expect({ what, fields: res.body.errors.map((e: { field: string }) => e.field) }).toEqual({ what, fields: expect.arrayContaining([field]) });
    }
    expect((await call(admin, 'GET', '/v1/calendar/2029')).body).toEqual(read);
    expect(await history(2029)).toEqual([]);
  });

  it('a stale version is 409 and changes nothing, also on the first save', async () => {
    const read = (await call(admin, 'GET', '/v1/calendar/2031')).body;
    const first = await call(admin, 'PUT', '/v1/calendar/2031', { ...editable(read), days: [{ date: '2031-03-03', kind: 'holiday', name: '甲' }] });
    expect(first.status).toBe(200);
    const stale = await call(admin, 'PUT', '/v1/calendar/2031', { ...editable(read), days: [{ date: '2031-03-04', kind: 'holiday', name: '乙' }] });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('stale-version');
    const staleLater = await call(admin, 'PUT', '/v1/calendar/2031', { ...editable(read), version: 7 });
    expect(staleLater.status).toBe(409);
    // If-Match (the ETag of GET) wins over the body's version.
    const staleEtag = await call(admin, 'PUT', '/v1/calendar/2031', { ...editable(read), version: 1 }, { 'if-match': '"0"' });
    expect(staleEtag.status).toBe(409);
    const now = (await call(admin, 'GET', '/v1/calendar/2031')).body;
    expect(now.days.map((d: { name: string }) => d.name)).toEqual(['甲']);
    expect(now.version).toBe(1);
    expect(await history(2031)).toHaveLength(1);
  });
});

describe('dashboard', () => {
  it('has the calendar section: the current year, and from December the coming one', async () => {
    const res = await call(agent, 'GET', '/v1/dashboard');
    expect(res.status).toBe(200);
    const local = new Date().toLocaleString('sv-SE', { timeZone: 'Asia/Shanghai' });
    const year = Number(local.slice(0, 4));
    const years = local.slice(5, 7) === '12' ? [year, year + 1] : [year];
    expect(res.body.calendar.map((c: { year: number }) => c.year)).toEqual(years);
    for (const c of res.body.calendar) {
      if (c.year === 2027) expect(c).toEqual({ year: 2027, official: false, warnings: [expect.objectContaining({ code: 'official-data-missing' })] });
      if (c.year === 2026) expect(c).toMatchObject({ year: 2026, official: true, warnings: [] });
    }
  });
});
