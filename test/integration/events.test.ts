import { startTestApp, type TestApp } from '../support/app.ts';
import { caller } from '../support/retry.ts';
import { newCustomer } from './customers-fixtures.ts';

/**
 * `GET /v1/events`: the outbox as a feed, oldest first. Events of actions appear in their order,
 * `types` filters as a webhook subscribes, the cursor resumes without gaps or repeats, another
 * tenant's events never appear, the scope is `events:read`, and bad queries are 400s naming the field.
 */
let app: TestApp;
let call: ReturnType<typeof caller>;
let admin: string;
let northAdmin: string;
let start: string;

interface Feed {
  items: { id: string; type: string; createdAt: string; data: Record<string, unknown> }[];
  next: string;
}

beforeAll(async () => {
  app = await startTestApp({ customerScale: 0, seedJobs: false });
  call = caller(app);
  [admin, northAdmin] = await Promise.all([app.login('demo', 'admin'), app.login('north', 'admin')]);
  start = new Date().toISOString();
});
afterAll(() => app.stop());

const feed = async (token: string, query: string) => {
  const res = await call<Feed>(token, 'GET', `/v1/events?${query}`);
  expect({ status: res.status, body: res.status === 200 ? 'ok' : res.body }).toEqual({ status: 200, body: 'ok' });
  return res.body;
};

/** Every page from a query, following `next` until a page is empty. */
async function all(token: string, query: string, limit: number) {
  const seen: Feed['items'] = [];
  let page = await feed(token, `${query}&limit=${limit}`);
  for (let n = 0; n < 200; n += 1) {
    expect(page.items.length).toBeLessThanOrEqual(limit);
    seen.push(...page.items);
    if (!page.items.length) return seen;
    page = await feed(token, `after=${encodeURIComponent(page.next)}&limit=${limit}`);
  }
  throw new Error('the feed did not end');
}

/** Polls until `probe` is satisfied (events are left a second to settle). */
async function until<T>(probe: () => Promise<T | undefined>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const got = await probe();
    if (got !== undefined) return got;
    if (Date.now() > deadline) throw new Error('timed out waiting for the events');
    await new Promise((r) => setTimeout(r, 250));
  }
}

describe('GET /v1/events', () => {
  const customers: { id: string; accountNumber: string }[] = [];

  beforeAll(async () => {
    for (let i = 0; i < 3; i += 1) {
      const res = await call(admin, 'POST', '/v1/customers', newCustomer());
      expect(res.status).toBe(201);
      customers.push(res.body);
    }
    const updated = await call(admin, 'PATCH', `/v1/customers/${customers[0]!.id}`, { notes: '改约上午' }, { 'if-match': '"1"' });
    expect(updated.status).toBe(200);
  });

  const ours = (items: Feed['items']) => items.filter((e) => customers.some((c) => e.data.customerId === c.id));

  it('shows the events of actions in the order they happened, as a webhook delivers them', async () => {
    const items = await until(async () => {
      const got = ours((await feed(admin, `since=${encodeURIComponent(start)}`)).items);
      return got.length >= 4 ? got : undefined;
    });
    expect(items.map((e) => [e.type, e.data.customerId])).toEqual([
      ['customer.created', customers[0]!.id],
      ['customer.created', customers[1]!.id],
      ['customer.created', customers[2]!.id],
      ['customer.updated', customers[0]!.id],
    ]);
    expect(items.map((e) => e.id)).toEqual(items.map((e) => e.id).sort());
    for (const e of items) expect(Object.keys(e).sort()).toEqual(['createdAt', 'data', 'id', 'type']);
    expect(items[0]!.data).toMatchObject({ customerId: customers[0]!.id, accountNumber: customers[0]!.accountNumber });
  });

  it('filters by types as a webhook subscribes (exact, family, "*")', async () => {
    const since = `since=${encodeURIComponent(start)}`;
    const updated = (await feed(admin, `${since}&types=customer.updated`)).items;
    expect(updated.map((e) => e.type)).toEqual(['customer.updated']);
    expect(ours((await feed(admin, `${since}&types=customer.*`)).items)).toHaveLength(4);
    expect(ours((await feed(admin, `${since}&types=${encodeURIComponent('ticket.*,customer.created')}`)).items).map((e) => e.type)).toEqual(['customer.created', 'customer.created', 'customer.created']);
    expect(ours((await feed(admin, `${since}&types=ticket.*`)).items)).toEqual([]);
  });

  it('resumes from the cursor without gaps or repeats, and from an event id', async () => {
    const since = `since=${encodeURIComponent(start)}`;
    const whole = (await feed(admin, since)).items;
    expect(whole.length).toBeGreaterThanOrEqual(4);
    for (const limit of [1, 2, 3]) {
      const paged = await all(admin, since, limit);
      expect({ limit, ids: paged.map((e) => e.id) }).toEqual({ limit, ids: whole.map((e) => e.id) });
    }
    const afterFirst = (await feed(admin, `after=${whole[0]!.id}`)).items;
    expect(afterFirst.map((e) => e.id)).toEqual(whole.slice(1).map((e) => e.id));
    // A tail: the last `next` answers nothing new, then the next action only.
    const tail = (await feed(admin, since)).next;
    expect((await feed(admin, `after=${encodeURIComponent(tail)}`)).items).toEqual([]);
    const another = (await call(admin, 'POST', '/v1/customers', newCustomer())).body;
    const fresh = await until(async () => {
      const got = (await feed(admin, `after=${encodeURIComponent(tail)}`)).items;
      return got.length ? got : undefined;
    });
    expect(fresh.map((e) => [e.type, e.data.customerId])).toEqual([['customer.created', another.id]]);
  });

  it("never shows another tenant's events, nor takes its cursor", async () => {
    const north = (await call(northAdmin, 'POST', '/v1/customers', newCustomer({ regionId: 'n-1' }))).body;
    const week = `since=${encodeURIComponent(new Date(Date.now() - 6 * 86_400_000).toISOString())}`;
    await until(async () => ((await feed(northAdmin, week)).items.some((e) => e.data.customerId === north.id) ? true : undefined));
    const northFeed = await all(northAdmin, week, 100);
    expect(JSON.stringify(northFeed)).not.toContain(customers[0]!.id);
    const demoFeed = await all(admin, week, 100);
    expect(JSON.stringify(demoFeed)).not.toContain(north.id);
    const demoCursor = (await feed(admin, week)).next;
    const foreign = await call(northAdmin, 'GET', `/v1/events?after=${encodeURIComponent(demoCursor)}`);
    expect(foreign.status).toBe(400);
    expect(foreign.body.errors.map((e: { field: string }) => e.field)).toEqual(['query.after']);
  });

  it('is read by admins and keys with events:read only', async () => {
    const withScope = (await call(admin, 'POST', '/v1/api-keys', { name: 'event poller', scopes: ['events:read'] })).body.key;
    const without = (await call(admin, 'POST', '/v1/api-keys', { name: 'archive reader', scopes: ['customers:read', 'webhooks:manage'] })).body.key;
    const manager = await app.login('demo', 'manager');
    expect((await call(withScope, 'GET', '/v1/events')).status).toBe(200);
    expect(ours((await feed(withScope, `since=${encodeURIComponent(start)}`)).items)).toHaveLength(4);
    expect((await call(without, 'GET', '/v1/events')).status).toBe(403);
    expect((await call(manager, 'GET', '/v1/events')).status).toBe(403);
    expect((await call(null, 'GET', '/v1/events')).status).toBe(401);
  });

  it.each([
    ['since=yesterday', 'query.since'],
    [`since=${encodeURIComponent(new Date(Date.now() - 8 * 86_400_000).toISOString())}`, 'query.since'],
    [`since=${encodeURIComponent(new Date(Date.now() + 3_600_000).toISOString())}`, 'query.since'],
    ['limit=101', 'query.limit'],
    ['limit=0', 'query.limit'],
    ['limit=ten', 'query.limit'],
    ['types=customer.exploded', 'query.types.0'],
    ['types=policy.*', 'query.types.0'],
    ['after=not-a-cursor', 'query.after'],
    ['after=abc.def', 'query.after'],
    ['when=now', 'query.when'],
  ])('%s is a 400 naming %s', async (query, field) => {
    const res = await call(admin, 'GET', `/v1/events?${query}`);
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
  });
});
