import { startTestApp, type TestApp } from '../support/app.ts';
import { caller, type Call } from '../support/retry.ts';
import { newCustomer } from './customers-fixtures.ts';

/**
 * The dispatch desk's queues over real HTTP: a region's open tickets by SLA risk (passed deadlines
 * first, special care first within each), paged in the same order, an assignee's work, closed
 * tickets leaving both, region scope, and the refusals naming the field.
 */
let app: TestApp;
let call: Call;
let admin: string;
let dispatcher: string;
let ids: Record<string, string> = {};

const HOUR = 3_600_000;
const ago = (hours: number) => new Date(Date.now() - hours * HOUR).toISOString();
const idsOf = (items: { id: string }[]) => items.map((t) => t.id);

beforeAll(async () => {
  app = await startTestApp({ customerScale: 0 });
  call = caller(app);
  admin = await app.login('demo', 'admin');
  dispatcher = await app.login('demo', 'dispatcher');
  const plain = (await call(admin, 'POST', '/v1/customers', newCustomer())).body.id;
  const care = (await call(admin, 'POST', '/v1/customers', newCustomer({ name: '李奶奶', specialCare: { elderly: true, livingAlone: true } }))).body.id;
  const file = async (customerId: string, kind: string, receivedAt?: string) =>
    (await call(dispatcher, 'POST', '/v1/tickets', { kind, customerId, description: '测试工单', channel: 'phone', ...(receivedAt ? { receivedAt } : {}) })).body.id as string;
  ids = {
    overdue: await file(plain, 'repair', ago(30)), // every repair deadline passed
    careOverdue: await file(care, 'repair', ago(3)), // its 2 h acknowledgement passed
    ahead: await file(plain, 'complaint'),
    careAhead: await file(care, 'complaint'),
    paused: await file(plain, 'repair'),
    closed: await file(plain, 'inquiry'),
  };
  await call(dispatcher, 'POST', `/v1/tickets/${ids.paused}/actions`, { action: 'pause', reason: 'no-access' });
  await call(dispatcher, 'POST', `/v1/tickets/${ids.closed}/actions`, { action: 'reply', message: '已答复' });
  expect((await call(dispatcher, 'POST', `/v1/tickets/${ids.closed}/actions`, { action: 'close' })).status).toBe(200);
});
afterAll(() => app.stop());

describe('the risk queue', () => {
  it('puts passed deadlines first (special care first), then the deadlines ahead, then the paused; no closed ticket', async () => {
    const res = await call(dispatcher, 'GET', '/v1/tickets?view=risk&regionId=r-east');
    expect(res.status).toBe(200);
    expect(idsOf(res.body.items)).toEqual([ids.careOverdue, ids.overdue, ids.careAhead, ids.ahead, ids.paused]);
    expect(res.body.items.map((t: { risk: string }) => t.risk).slice(0, 2)).toEqual(['breached', 'breached']);
    expect(res.body.items[0]).toMatchObject({ specialCare: true, kind: 'repair' });
    expect(res.body.nextCursor).toBeNull();
  });

  it('pages in the same order, each ticket once', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res: { status: number; body: { items: { id: string }[]; nextCursor: string | null } } = await call(dispatcher, 'GET', `/v1/tickets?view=risk&regionId=r-east&limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      expect(res.status).toBe(200);
      expect(res.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...idsOf(res.body.items));
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual([ids.careOverdue, ids.overdue, ids.careAhead, ids.ahead, ids.paused]);
  });

  it("is the manager's own region by default, and another region is not found", async () => {
    const manager = await app.login('demo', 'manager');
    expect(idsOf((await call(manager, 'GET', '/v1/tickets?view=risk')).body.items)).toContain(ids.overdue);
    expect((await call(manager, 'GET', '/v1/tickets?view=risk&regionId=r-west')).status).toBe(404);
  });

  it("is the tenant's for a caller of every region without regionId", async () => {
    const west = (await call(admin, 'POST', '/v1/customers', newCustomer({ regionId: 'r-west' }))).body.id;
    const far = (await call(admin, 'POST', '/v1/tickets', { kind: 'repair', customerId: west, description: '西区报修', channel: 'web', receivedAt: ago(48) })).body.id;
    const all = idsOf((await call(admin, 'GET', '/v1/tickets?view=risk')).body.items);
    expect(all.slice(0, 3)).toEqual([ids.careOverdue, far, ids.overdue]); // most overdue first within a rank
    expect(idsOf((await call(admin, 'GET', '/v1/tickets?view=risk&regionId=r-east')).body.items)).not.toContain(far);
  });

  it('moves a paused ticket back by its deadline once resumed', async () => {
    await call(dispatcher, 'POST', `/v1/tickets/${ids.paused}/actions`, { action: 'resume' });
    const order = idsOf((await call(dispatcher, 'GET', '/v1/tickets?view=risk&regionId=r-east')).body.items);
    // A repair's 2 h acknowledgement comes before the complaints' 48 h reply.
    expect(order).toEqual([ids.careOverdue, ids.overdue, ids.careAhead, ids.paused, ids.ahead]);
  });
});

describe("an assignee's queue", () => {
  it("holds the tickets dispatched to the field user until they are closed; the field user's own by default", async () => {
    const field = await app.login('demo', 'field');
    expect((await call(field, 'GET', '/v1/tickets?view=assignee')).body.items).toEqual([]);
    for (const body of [{ action: 'acknowledge' }, { action: 'dispatch', assignee: 'field' }]) await call(dispatcher, 'POST', `/v1/tickets/${ids.overdue}/actions`, body);
    expect(idsOf((await call(dispatcher, 'GET', '/v1/tickets?view=assignee&assignee=field')).body.items)).toEqual([ids.overdue]);
    expect(idsOf((await call(dispatcher, 'GET', '/v1/tickets?assignee=field&regionId=r-east')).body.items)).toEqual([ids.overdue]);
    expect(idsOf((await call(field, 'GET', '/v1/tickets?view=assignee')).body.items)).toEqual([ids.overdue]);
    expect((await call(dispatcher, 'GET', '/v1/tickets?view=assignee&assignee=agent')).body.items).toEqual([]);
    for (const body of [{ action: 'arrive' }, { action: 'resolve', resolution: '更换阀门' }]) expect((await call(field, 'POST', `/v1/tickets/${ids.overdue}/actions`, body)).status).toBe(200);
    expect((await call(dispatcher, 'POST', `/v1/tickets/${ids.overdue}/actions`, { action: 'close' })).status).toBe(200);
    expect((await call(field, 'GET', '/v1/tickets?view=assignee')).body.items).toEqual([]);
    expect(idsOf((await call(dispatcher, 'GET', '/v1/tickets?view=risk&regionId=r-east')).body.items)).not.toContain(ids.overdue);
  });
});

describe('refusals', () => {
  it.each([
    ['view=risk&status=received', 'query.status'],
    ['view=assignee&kind=repair', 'query.kind'],
    ['view=risk&assignee=field', 'query.assignee'],
    ['view=everything', 'query.view'],
    ['view=assignee&assignee=NOT%20A%20USER', 'query.assignee'],
    ['view=risk&cursor=forged', 'cursor'],
  ])('%s is a 400 naming %s', async (q, field) => {
    const res = await call(dispatcher, 'GET', `/v1/tickets?${q}`);
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
  });

  it('needs an assignee for an integrator', async () => {
    const key = (await call(admin, 'POST', '/v1/api-keys', { name: 'desk', scopes: ['tickets:read'] })).body.key;
    const res = await call(null, 'GET', '/v1/tickets?view=assignee', undefined, { 'x-api-key': key });
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(['query.assignee']);
  });
});
