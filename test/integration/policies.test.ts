import dayjs from 'dayjs';
import { customersLifecyclePolicy } from '../../shared/contract/customers-policies.ts';
import '../../shared/local-time.ts'; // dayjs with its time-zone plugin
import { startTestApp, type TestApp } from '../support/app.ts';
import { caller, type Call } from '../support/retry.ts';
import { newCustomer } from './customers-fixtures.ts';

/**
 * Tenant policies over real HTTP: every section with its defaults and sources; a change scheduled
 * for later applies only from then, and the lifecycle rules read the version in force at the
 * action's instant; bad values are refused naming the field, with nothing written; packs.
 */
let app: TestApp;
let call: Call;
let admin: string;
let agent: string;
const SECTION = '/v1/policies/customers.lifecycle';
const defaults = customersLifecyclePolicy.defaults;

beforeAll(async () => {
  app = await startTestApp({ customerScale: 0 });
  call = caller(app);
  admin = await app.login('demo', 'admin');
  agent = await app.login('demo', 'agent');
});
afterAll(() => app.stop());

/** A supplied special-care household: the customer the night rule protects. */
async function suppliedSpecialCare() {
  const c = (await call(agent, 'POST', '/v1/customers', newCustomer({ specialCare: { elderly: true } }))).body;
  const act = (body: Record<string, unknown>) => call(admin, 'POST', `/v1/customers/${c.id}/actions`, body);
  await act({ action: 'accept', inspectionPassedAt: '2026-01-04T09:00:00+08:00', inspector: '陈刚' });
  await act({ action: 'sign-contract', contract: 'supply', signedAt: '2026-01-05T09:00:00+08:00' });
  await act({ action: 'sign-contract', contract: 'safe-use', signedAt: '2026-01-05T09:00:00+08:00' });
  expect((await act({ action: 'gas-on' })).status).toBe(200);
  return { id: c.id as string, act };
}

/** A window of the Shanghai wall clock around now (so "now" is inside it whatever the hour the test runs). */
const windowAroundNow = () => {
  const now = dayjs().tz('Asia/Shanghai');
  return { start: now.subtract(1, 'hour').format('HH:mm'), end: now.add(1, 'hour').format('HH:mm') };
};

const schedule = (values: unknown, effectiveFrom: string, reason = '测试调整', token = admin) => call(token, 'PUT', SECTION, { values, effectiveFrom, reason });

describe('reading policies', () => {
  it('lists every section with its values in force, defaults, sources and history', async () => {
    const res = await call(agent, 'GET', '/v1/policies');
    expect(res.status).toBe(200);
    const section = res.body.items.find((s: { section: string }) => s.section === 'customers.lifecycle');
    expect(section).toMatchObject({ title: { 'zh-CN': expect.any(String), en: expect.any(String) }, defaults, inForce: { versionId: null, effectiveFrom: null, values: defaults } });
    // The demo seed scheduled a change for next New Year: listed as scheduled, and in the history.
    expect(section.scheduled).toEqual([expect.objectContaining({ reason: expect.stringMatching(/新年起/), values: { ...defaults, specialCareNight: { start: '21:00', end: '07:00' } } })]);
    expect(section.history).toEqual(section.scheduled);
    expect(section.fields.find((f: { path: string }) => f.path === 'specialCareNight').source.ref).toMatch(/003/);
    expect(section.schema).toMatchObject({ type: 'object', properties: { specialCareNight: expect.any(Object) } });
  });

  it('says 404 for a section that does not exist', async () => {
    const res = await call(agent, 'GET', '/v1/policies/tickets.nonsense');
    expect(res.status).toBe(404);
  });
});

describe('changing a policy', () => {
  it('refuses a bad value naming the field, and writes nothing', async () => {
    const before = (await call(admin, 'GET', SECTION)).body;
    const cases: [unknown, string][] = [
      [{ ...defaults, specialCareNight: { start: '25:00', end: '06:00' } }, 'body.values.specialCareNight.start'],
      [{ ...defaults, restorationBanClasses: ['spaceship'] }, 'body.values.restorationBanClasses.0'],
      [{ ...defaults, restorationBanClasses: [] }, 'body.values.restorationBanClasses'],
      [{ ...defaults, nightShift: true }, 'body.values.nightShift'],
      [{ specialCareNight: null }, 'body.values.restorationBan'],
    ];
    for (const [values, field] of cases) {
      const res = await schedule(values, dayjs().add(1, 'day').toISOString());
      expect(res.status).toBe(400);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    }
    const past = await schedule(defaults, '2026-01-01T00:00:00+08:00');
    expect(past.status).toBe(422);
    expect(past.body.errors).toEqual([{ field: 'body.effectiveFrom', message: 'in the past' }]);
    expect((await schedule(defaults, dayjs().add(1, 'day').toISOString(), '调整', agent)).status).toBe(403);
    expect((await call(admin, 'GET', SECTION)).body.history).toEqual(before.history);
  });

  it('applies a change only from its effective date; a decision before it keeps the old rules', async () => {
    // The households first: on a loaded machine their set-up takes seconds, which must not eat
    // into the margin before the effective date.
    const first = await suppliedSpecialCare();
    const second = await suppliedSpecialCare();
    // The night protection off from now, so the first suspension passes whatever the hour…
    const off = await schedule({ ...defaults, specialCareNight: null }, new Date().toISOString(), '暂停夜间保护');
    expect(off.status).toBe(200);
    // …and a protection window around the current hour from a few seconds on.
    const from = dayjs().add(10, 'second');
    const window = windowAroundNow();
    const later = await schedule({ ...defaults, specialCareNight: window }, from.toISOString(), '全天保护（测试）');
    expect(later.status).toBe(200);
    expect(later.body.scheduled[0]).toEqual(expect.objectContaining({ effectiveFrom: from.toDate().toISOString(), reason: '全天保护（测试）', actor: expect.objectContaining({ id: 'admin' }) }));
    expect(later.body.inForce.values.specialCareNight).toBeNull();

    expect((await first.act({ action: 'suspend', reason: 'arrears' })).status).toBe(200);

    // As of the effective date the new version is in force (asked ahead of time with `at`).
    const ahead = (await call(agent, 'GET', `${SECTION}?at=${encodeURIComponent(from.add(1, 'second').toISOString())}`)).body;
    expect(ahead.inForce).toMatchObject({ versionId: later.body.scheduled[0].id, values: { specialCareNight: window } });

    await new Promise((r) => setTimeout(r, Math.max(0, from.diff(dayjs())) + 200));
    const refused = await second.act({ action: 'suspend', reason: 'arrears' });
    expect(refused.status).toBe(409);
    expect(refused.body.detail).toMatch(/special-care household .* is not suspended between/);
    expect((await second.act({ action: 'suspend', reason: 'hazard' })).status).toBe(200);

    // Every version is kept, newest effective date first; the earlier one is still on record.
    const now = (await call(agent, 'GET', SECTION)).body;
    const reasons = now.history.map((v: { reason: string }) => v.reason);
    expect(reasons.indexOf('全天保护（测试）')).toBe(reasons.indexOf('暂停夜间保护') - 1);
    expect(now.inForce.versionId).toBe(later.body.scheduled[0].id);
    expect(now.scheduled.map((v: { reason: string }) => v.reason)).not.toContain('全天保护（测试）');
  });

  it('cancels a scheduled version, but not one in force', async () => {
    const scheduled = await schedule(defaults, '2099-01-01T00:00:00+08:00', '远期调整');
    const id = scheduled.body.scheduled.at(-1).id;
    const cancelled = await call(admin, 'DELETE', `${SECTION}/versions/${id}`);
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.history.map((v: { id: string }) => v.id)).not.toContain(id);
    expect((await call(admin, 'DELETE', `${SECTION}/versions/${id}`)).status).toBe(404);
    const inForce = (await call(admin, 'GET', SECTION)).body.inForce.versionId;
    const refused = await call(admin, 'DELETE', `${SECTION}/versions/${inForce}`);
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('policy-in-effect');
  });
});

describe('regulation packs', () => {
  it('lists the packs with a source for every value', async () => {
    const res = await call(agent, 'GET', '/v1/policy-packs');
    expect(res.status).toBe(200);
    const pack = res.body.items.find((p: { id: string }) => p.id === 'provincial-night-restoration');
    expect(pack.sections[0]).toMatchObject({ section: 'customers.lifecycle', values: { restorationBan: { start: '22:00', end: '06:00' } }, sources: { restorationBan: { ref: expect.any(String) } } });
  });

  it('applies a pack over the values in force, recording the pack on the version', async () => {
    const before = (await call(admin, 'GET', SECTION)).body.inForce.values;
    expect((await call(agent, 'POST', '/v1/policy-packs/provincial-night-restoration/apply', { effectiveFrom: new Date().toISOString(), reason: '执行省规' })).status).toBe(403);
    expect((await call(admin, 'POST', '/v1/policy-packs/no-such-pack/apply', { effectiveFrom: new Date().toISOString(), reason: '执行省规' })).status).toBe(404);
    const applied = await call(admin, 'POST', '/v1/policy-packs/provincial-night-restoration/apply', { effectiveFrom: new Date().toISOString(), reason: '执行省规' });
    expect(applied.status).toBe(201);
    expect(applied.body.versions).toEqual([{ section: 'customers.lifecycle', versionId: expect.any(String) }]);
    const after = (await call(admin, 'GET', SECTION)).body;
    expect(after.inForce).toMatchObject({ versionId: applied.body.versions[0].versionId, values: { ...before, restorationBan: { start: '22:00', end: '06:00' }, restorationBanClasses: ['residential'] } });
    expect(after.history.find((v: { id: string }) => v.id === after.inForce.versionId)).toMatchObject({ pack: 'provincial-night-restoration', reason: '执行省规' });
  });
});
