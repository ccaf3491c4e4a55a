import { CustomerService } from '../../functions/customers/customer-service.ts';
import { TicketService } from '../../functions/tickets/ticket-service.ts';
import { ticketsDeadlinesPolicy } from '../../shared/contract/tickets-policies.ts';
import { TenantStore } from '../../shared/db/tenant-store.ts';
import { regionItem } from '../../shared/entities/region.ts';
import { tenantProfileItem } from '../../shared/entities/tenant.ts';
import { systemContext } from '../../shared/tenancy.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { caller, type Call } from '../support/retry.ts';
import { newCustomer } from './customers-fixtures.ts';

/**
 * Service tickets over real HTTP: intake with deadlines from the policy in force, the preview,
 * the refusals, the workflow under optimistic locking, pauses, and the emergency notice written
 * with the ticket.
 */
let app: TestApp;
let call: Call;
let admin: string;
let dispatcher: string;
let customerId: string;

const intake = (overrides: Record<string, unknown> = {}) => ({ kind: 'complaint', customerId, description: '燃气费计算有误', channel: 'phone', ...overrides });

beforeAll(async () => {
  app = await startTestApp({ customerScale: 0 });
  call = caller(app);
  admin = await app.login('demo', 'admin');
  dispatcher = await app.login('demo', 'dispatcher');
  customerId = (await call(admin, 'POST', '/v1/customers', newCustomer())).body.id;
});
afterAll(() => app.stop());

describe('intake', () => {
  it('computes the deadlines on the calendar, records the policy, and equals the preview', async () => {
    const body = intake({ receivedAt: '2026-09-30T10:00:00+08:00' });
    const preview = await call(admin, 'POST', '/v1/tickets/deadline-preview', body);
    expect(preview.status).toBe(200);
    const res = await call(admin, 'POST', '/v1/tickets', body);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      status: 'received',
      deadlines: { reply: '2026-10-09T02:00:00.000Z', result: '2026-10-14T02:00:00.000Z' },
      policy: { section: 'tickets.deadlines', versionId: null, effectiveFrom: null },
      // Warnings at 80 % of each deadline on its clock (tickets.sla): 38.4 and 134.4 counted hours.
      sla: { policy: { section: 'tickets.sla', versionId: null }, warnAt: { reply: '2026-10-08T16:24:00.000Z', result: '2026-10-12T16:24:00.000Z' }, warned: {}, breached: {}, missed: [], escalations: [] },
      risk: 'breached',
      version: 1,
    });
    expect(preview.body).toMatchObject({ deadlines: res.body.deadlines, warnAt: res.body.sla.warnAt, policy: res.body.policy, unofficialYears: res.body.unofficialYears });
    const got = await call(admin, 'GET', `/v1/tickets/${res.body.id}`);
    expect(got.body.history).toEqual([expect.objectContaining({ action: 'ticket.received' })]);
    const timeline = (await call(admin, 'GET', `/v1/customers/${customerId}/timeline`)).body.items;
    expect(timeline).toContainEqual(expect.objectContaining({ action: 'ticket.received', detail: expect.objectContaining({ ticketId: res.body.id }) }));
  });

  it('refuses a receivedAt in the future, naming the field', async () => {
    const res = await call(admin, 'POST', '/v1/tickets', intake({ receivedAt: new Date(Date.now() + 3_600_000).toISOString() }));
    expect(res.status).toBe(422);
    expect(JSON.stringify(res.body)).toContain('receivedAt');
  });

  it('refuses a receivedAt before the business calendar begins (2000), naming the field, and files nothing', async () => {
    const before = (await call(admin, 'GET', '/v1/tickets?kind=complaint&status=received&limit=100')).body.items.length;
    for (const receivedAt of ['1999-12-31T23:59:00+08:00', '0000-01-01T00:00:00Z']) {
      const res = await call(admin, 'POST', '/v1/tickets', intake({ receivedAt }));
      expect(res.status).toBe(422);
      expect(res.body).toMatchObject({ code: 'received-before-calendar', errors: [{ field: 'receivedAt' }] });
      expect((await call(admin, 'POST', '/v1/tickets/deadline-preview', intake({ receivedAt }))).status).toBe(422);
    }
    expect((await call(admin, 'GET', '/v1/tickets?kind=complaint&status=received&limit=100')).body.items).toHaveLength(before);
  });

  it("does not file a ticket on another tenant's customer", async () => {
    const north = await app.login('north', 'admin');
    expect((await call(north, 'POST', '/v1/tickets', intake())).status).toBe(404);
    expect((await call(north, 'POST', '/v1/tickets/deadline-preview', intake())).status).toBe(404);
  });

  it('writes the on-call notice of an emergency with the ticket', async () => {
    const res = await call(admin, 'POST', '/v1/tickets', intake({ kind: 'emergency', description: '楼道内有燃气味' }));
    expect(res.body).toMatchObject({ priority: 'urgent', deadlines: { acknowledge: expect.any(String), onSite: expect.any(String) } });
    expect(Date.parse(res.body.deadlines.onSite) - Date.parse(res.body.receivedAt)).toBe(30 * 60_000);
    const history = (await call(admin, 'GET', `/v1/tickets/${res.body.id}`)).body.history;
    expect(history).toContainEqual(expect.objectContaining({ action: 'notification.opened' }));
    const tasks = (await call(admin, 'GET', '/v1/notifications?channel=phone-task&type=ticket.emergency')).body.items;
    expect(tasks).toContainEqual(expect.objectContaining({ type: 'ticket.emergency', subject: { type: 'ticket', id: res.body.id } }));
  });

  it('lists by status and kind', async () => {
    const res = await call(admin, 'POST', '/v1/tickets', intake({ kind: 'inquiry', description: '如何办理过户' }));
    const list = (await call(admin, 'GET', '/v1/tickets?kind=inquiry&status=received')).body.items;
    expect(list.map((t: { id: string }) => t.id)).toContain(res.body.id);
    expect((await call(admin, 'GET', '/v1/tickets?kind=repair&status=received')).body.items.map((t: { id: string }) => t.id)).not.toContain(res.body.id);
    expect((await call(admin, 'GET', '/v1/tickets?regionId=r-east')).body.items.map((t: { id: string }) => t.id)).toContain(res.body.id);
  });
});

describe('actions', () => {
  const repair = async () => (await call(admin, 'POST', '/v1/tickets', intake({ kind: 'repair', description: '灶具打不着火' }))).body;

  it('refuses an illegal transition with the reason', async () => {
    const t = await repair();
    const res = await call(dispatcher, 'POST', `/v1/tickets/${t.id}/actions`, { action: 'close' });
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ code: 'illegal-transition' });
  });

  it('lets one of two dispatchers acting at once win', async () => {
    const t = await repair();
    await call(dispatcher, 'POST', `/v1/tickets/${t.id}/actions`, { action: 'acknowledge' });
    const both = await Promise.all([1, 2].map(() => call(dispatcher, 'POST', `/v1/tickets/${t.id}/actions`, { action: 'dispatch', assignee: 'field', version: 2 })));
    expect(both.map((r) => r.status).sort()).toEqual([200, 409]);
    const got = (await call(admin, 'GET', `/v1/tickets/${t.id}`)).body;
    expect(got).toMatchObject({ status: 'dispatched', version: 3 });
    expect(got.history.filter((h: { action: string }) => h.action === 'ticket.dispatch')).toHaveLength(1);
    const stale = await call(dispatcher, 'POST', `/v1/tickets/${t.id}/actions`, { action: 'arrive' }, { 'if-match': '"2"' });
    expect(stale.status).toBe(412);
  });

  it('dispatches only to an enabled field user of the region, naming the field, and changes nothing otherwise', async () => {
    const t = await repair();
    await call(dispatcher, 'POST', `/v1/tickets/${t.id}/actions`, { action: 'acknowledge' });
    for (const assignee of ['agent', 'nobody-here']) {
      const res = await call(dispatcher, 'POST', `/v1/tickets/${t.id}/actions`, { action: 'dispatch', assignee });
      expect(res.status).toBe(422);
      expect(res.body).toMatchObject({ code: 'assignee-not-eligible', errors: [{ field: 'assignee' }] });
    }
    const west = (await call(admin, 'POST', '/v1/customers', newCustomer({ regionId: 'r-west' }))).body.id;
    const far = (await call(admin, 'POST', '/v1/tickets', intake({ kind: 'repair', customerId: west }))).body;
    await call(dispatcher, 'POST', `/v1/tickets/${far.id}/actions`, { action: 'acknowledge' });
    // The demo's field user works in r-east only.
    expect((await call(dispatcher, 'POST', `/v1/tickets/${far.id}/actions`, { action: 'dispatch', assignee: 'field' })).status).toBe(422);
    const got = (await call(admin, 'GET', `/v1/tickets/${t.id}`)).body;
    expect(got).toMatchObject({ status: 'acknowledged', assignee: null, version: 2 });
    expect(got.history.map((h: { action: string }) => h.action)).toEqual(['ticket.acknowledge', 'ticket.received']);
  });

  it('lets field staff work their own tickets on site, and nothing else', async () => {
    const field = await app.login('demo', 'field');
    const mine = await repair();
    const other = await repair();
    await call(dispatcher, 'POST', `/v1/tickets/${mine.id}/actions`, { action: 'acknowledge' });
    expect((await call(field, 'POST', `/v1/tickets/${mine.id}/actions`, { action: 'dispatch', assignee: 'field' })).status).toBe(403);
    await call(dispatcher, 'POST', `/v1/tickets/${mine.id}/actions`, { action: 'dispatch', assignee: 'field' });
    expect((await call(field, 'POST', `/v1/tickets/${mine.id}/actions`, { action: 'arrive' })).body).toMatchObject({ status: 'on-site', met: { onSite: expect.any(String) } });
    expect((await call(field, 'POST', `/v1/tickets/${mine.id}/actions`, { action: 'resolve', resolution: '更换点火针' })).body).toMatchObject({ status: 'resolved' });
    const close = await call(field, 'POST', `/v1/tickets/${mine.id}/actions`, { action: 'close' });
    expect(close).toMatchObject({ status: 403, body: { code: 'field-action' } });
    expect((await call(field, 'POST', `/v1/tickets/${other.id}/actions`, { action: 'pause', reason: 'no-access' })).body).toMatchObject({ code: 'not-assigned' });
    expect((await call(admin, 'GET', `/v1/tickets/${other.id}`)).body).toMatchObject({ paused: null, version: 1 });
  });

  it('restarts the resolve deadline when a closed repair is reopened, and counts it against first-time fix', async () => {
    const t = await repair();
    for (const body of [{ action: 'acknowledge' }, { action: 'dispatch', assignee: 'field' }, { action: 'arrive' }, { action: 'resolve', resolution: '更换点火针' }, { action: 'close' }]) {
      expect((await call(dispatcher, 'POST', `/v1/tickets/${t.id}/actions`, body)).status).toBe(200);
    }
    const before = Date.now();
    const reopened = (await call(dispatcher, 'POST', `/v1/tickets/${t.id}/actions`, { action: 'reopen', reason: '再次打不着火' })).body;
    expect(reopened).toMatchObject({ status: 'reopened', firstTimeFix: false, resolution: null, deadlines: { acknowledge: t.deadlines.acknowledge, onSite: t.deadlines.onSite } });
    const resolveIn = Date.parse(reopened.deadlines.resolve) - before;
    expect(resolveIn).toBeGreaterThanOrEqual(24 * 3_600_000 - 1000);
    expect(resolveIn).toBeLessThan(24 * 3_600_000 + 60_000);
    expect(reopened.met).not.toHaveProperty('resolve');
  });

  it('moves the deadlines by the paused time on resume', async () => {
    const t = await repair();
    await call(dispatcher, 'POST', `/v1/tickets/${t.id}/actions`, { action: 'pause', reason: 'waiting-for-customer' });
    await new Promise((r) => setTimeout(r, 1200));
    const resumed = (await call(dispatcher, 'POST', `/v1/tickets/${t.id}/actions`, { action: 'resume' })).body;
    const [pause] = resumed.pauses;
    const paused = Date.parse(pause.to) - Date.parse(pause.from);
    expect(paused).toBeGreaterThanOrEqual(1000);
    expect(Date.parse(resumed.deadlines.resolve) - Date.parse(t.deadlines.resolve)).toBe(paused);
    const timeline = (await call(admin, 'GET', `/v1/customers/${customerId}/timeline`)).body.items;
    expect(timeline).toContainEqual(expect.objectContaining({ action: 'ticket.resume', detail: expect.objectContaining({ ticketId: t.id }) }));
  });
});

describe('policy versions', () => {
  it('a version scheduled later does not change an earlier ticket; a ticket received after it uses it', async () => {
    const earlier = (await call(admin, 'POST', '/v1/tickets', intake({ kind: 'repair', description: '表具漏气' }))).body;
    const values = { ...ticketsDeadlinesPolicy.defaults, repair: { ...ticketsDeadlinesPolicy.defaults.repair, acknowledge: { clock: 'elapsed', minutes: 60 } } };
    const effectiveFrom = new Date(Date.now() + 1500).toISOString();
    const put = await call(admin, 'PUT', '/v1/policies/tickets.deadlines', { values, effectiveFrom, reason: '报修确认缩短为 1 小时' });
    expect(put.status).toBe(200);
    await new Promise((r) => setTimeout(r, 2000));
    const later = (await call(admin, 'POST', '/v1/tickets', intake({ kind: 'repair', description: '表具漏气' }))).body;
    expect(Date.parse(later.deadlines.acknowledge) - Date.parse(later.receivedAt)).toBe(60 * 60_000);
    expect(later.policy).toMatchObject({ versionId: expect.any(String), effectiveFrom });
    const again = (await call(admin, 'GET', `/v1/tickets/${earlier.id}`)).body;
    expect(again.deadlines).toEqual(earlier.deadlines);
    expect(again.policy).toEqual({ section: 'tickets.deadlines', versionId: null, effectiveFrom: null });
    // Received before the change (recorded after it): the rules it was received under.
    const backdated = (await call(admin, 'POST', '/v1/tickets', intake({ kind: 'repair', description: '表具漏气', receivedAt: earlier.receivedAt }))).body;
    expect(backdated.deadlines).toEqual(earlier.deadlines);
  });
});

describe('the emergency notice policy', () => {
  it('refuses an SMS to the on-call crew without a duty phone, naming the field', async () => {
    const res = await call(admin, 'PUT', '/v1/policies/tickets.dispatch', { values: { onCall: { channel: 'sms', name: '抢险值班', phone: null } }, effectiveFrom: new Date(Date.now() + 60_000).toISOString(), reason: '改为短信' });
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(['body.values.onCall.phone']);
  });
});

describe("the tenant's time zone", () => {
  it('runs the same-day deadline on the local working day of the tenant', async () => {
    // A tenant on Tokyo time (UTC+9): Friday 2026-11-27 16:30 in Shanghai is 17:30 in Tokyo, after hours.
    const store = new TenantStore(systemContext('tz-tokyo', 'fixture', 'tickets-time-zone'));
    const createdAt = new Date().toISOString();
    await store.commit({
      writes: [
        { kind: 'put', item: tenantProfileItem({ tenantId: 'tz-tokyo', name: '东洋燃气', timeZone: 'Asia/Tokyo', locale: 'zh-CN', tier: 'standard', version: 1, createdAt, updatedAt: createdAt }) },
        { kind: 'put', item: regionItem('tz-tokyo', { regionId: 't-1', name: '一区', kind: 'region', createdAt }) },
      ],
    });
    const { customer } = await new CustomerService(store).create(newCustomer({ regionId: 't-1' }) as never);
    const receivedAt = '2026-11-27T16:30:00+08:00';
    const body = { kind: 'inquiry' as const, description: '如何办理过户', channel: 'phone' as const, receivedAt };
    const tokyo = await new TicketService(store).preview({ ...body, customerId: customer.id });
    expect(tokyo.deadlines).toEqual({ reply: '2026-11-30T08:30:00.000Z' }); // Monday 17:30 in Tokyo
    const shanghai = (await call(admin, 'POST', '/v1/tickets/deadline-preview', { ...body, customerId })).body;
    expect(shanghai.deadlines).toEqual({ reply: '2026-11-27T09:30:00.000Z' }); // Friday 17:30 in Shanghai
  });
});

describe("the tenant's business calendar", () => {
  it("postpones a complaint over a holiday the tenant added to its calendar", async () => {
    const body = intake({ receivedAt: '2026-11-02T10:00:00+08:00' });
    expect((await call(admin, 'POST', '/v1/tickets/deadline-preview', body)).body.deadlines).toEqual({ reply: '2026-11-04T02:00:00.000Z', result: '2026-11-09T02:00:00.000Z' });
    const year = (await call(admin, 'GET', '/v1/calendar/2026')).body;
    const put = await call(admin, 'PUT', '/v1/calendar/2026', { ...year, days: [...year.days, { date: '2026-11-03', kind: 'holiday', name: '公司纪念日' }].sort((a, b) => a.date.localeCompare(b.date)) });
    expect(put.status).toBe(200);
    const ticket = (await call(admin, 'POST', '/v1/tickets', body)).body;
    // 11-03 stops the clock: a day later each.
    expect(ticket.deadlines).toEqual({ reply: '2026-11-05T02:00:00.000Z', result: '2026-11-10T02:00:00.000Z' });
  });
});
