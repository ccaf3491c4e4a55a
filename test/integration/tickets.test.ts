import { ticketsDeadlinesPolicy } from '../../shared/contract/tickets-policies.ts';
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
      version: 1,
    });
    expect(preview.body).toMatchObject({ deadlines: res.body.deadlines, policy: res.body.policy, unofficialYears: res.body.unofficialYears });
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
    const both = await Promise.all(['field', 'field2'].map((assignee) => call(dispatcher, 'POST', `/v1/tickets/${t.id}/actions`, { action: 'dispatch', assignee, version: 2 })));
    expect(both.map((r) => r.status).sort()).toEqual([200, 409]);
    const stale = await call(dispatcher, 'POST', `/v1/tickets/${t.id}/actions`, { action: 'arrive' }, { 'if-match': '"2"' });
    expect(stale.status).toBe(412);
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
