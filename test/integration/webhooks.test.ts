import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ulid } from 'ulid';
import type { DeliveryMessage } from '../../functions/webhooks/delivery.ts';
import { requeuePendingDeliveries } from '../../local/webhook-requeue.ts';
import { TenantStore } from '../../shared/db/tenant-store.ts';
import { deliveryItem, type DeliveryRecord } from '../../shared/entities/webhook.ts';
import { systemContext } from '../../shared/tenancy.ts';
import { verifySignature } from '../../shared/webhook-signature.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { caller } from '../support/retry.ts';
import { newCustomer } from './customers-fixtures.ts';

/**
 * Webhooks end to end: the local runtime's stream → fan-out → delivery queue → a real HTTP
 * receiver in this test, which checks every signature as docs/integrators.md tells receivers to.
 * The retry schedule is scaled down (0.0001: the eight attempts of about 18 h take about 7 s).
 */
let app: TestApp;
let call: ReturnType<typeof caller>;
let admin: string;
let receiver: Server;
let base: string;

interface Received {
  path: string;
  headers: IncomingMessage['headers'];
  body: string;
  at: number;
}
const received: Received[] = [];
/** What the receiver answers on a path: a status, or a status after a delay. */
const behaviour = new Map<string, (n: number) => { status: number; delayMs?: number }>();

beforeAll(async () => {
  receiver = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const path = req.url ?? '/';
      received.push({ path, headers: req.headers, body: Buffer.concat(chunks).toString('utf8'), at: Date.now() });
      const n = received.filter((r) => r.path === path).length;
      const { status, delayMs } = (behaviour.get(path) ?? ((): { status: number; delayMs?: number } => ({ status: 200 })))(n);
      setTimeout(() => res.writeHead(status, { 'content-type': 'text/plain' }).end(status >= 300 ? `receiver says ${status}` : 'ok'), delayMs ?? 0);
    });
  });
  await new Promise<void>((done) => receiver.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
  app = await startTestApp({ customerScale: 0, webhookRetryScale: 0.0001 });
  call = caller(app);
  admin = await app.login('demo', 'admin');
});
afterAll(async () => {
  await app.stop();
  receiver.closeAllConnections();
  await new Promise((done) => receiver.close(done));
});

async function until<T>(what: string, probe: () => Promise<T | undefined> | T | undefined, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const got = await probe();
    if (got !== undefined && got !== false) return got;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const subscribe = async (path: string, events: string[]) => {
  const res = await call(admin, 'POST', '/v1/webhooks', { url: `${base}${path}`, events, description: `test ${path}` });
  expect(res.status).toBe(201);
  return res.body as { id: string; secret: string; url: string; secretHint: string; version: number };
};
const at = (path: string) => received.filter((r) => r.path === path);
const bodyOf = (r: Received) => JSON.parse(r.body) as { id: string; type: string; createdAt: string; data: Record<string, unknown> };
const createCustomer = async () => (await call(admin, 'POST', '/v1/customers', newCustomer())).body as { id: string; version: number };
const deliveriesOf = async (id: string, query = '') => (await call(admin, 'GET', `/v1/webhooks/${id}/deliveries${query}`)).body.items as { id: string; eventId: string; eventType: string; state: string; attempts: { status: number | null; error: string | null; at: string }[]; attemptCount: number; round: number }[];

describe('a subscription', () => {
  it('shows its secret once, and refuses endpoints it must not reach, naming the field', async () => {
    const hook = await subscribe('/shown-once', ['customer.created']);
    expect(hook.secret).toMatch(/^whsec_[A-Za-z0-9_-]{32}$/);
    expect(hook.secretHint).toBe(hook.secret.slice(-4));
    const listed = (await call(admin, 'GET', '/v1/webhooks')).body.items.find((w: { id: string }) => w.id === hook.id);
    expect(listed).toMatchObject({ url: `${base}/shown-once`, events: ['customer.created'], state: 'active' });
    expect(JSON.stringify(listed)).not.toContain(hook.secret);
    expect((await call(admin, 'DELETE', `/v1/webhooks/${hook.id}`)).status).toBe(200);
    expect((await call(admin, 'GET', `/v1/webhooks/${hook.id}`)).status).toBe(404);

    for (const [url, message] of [
      ['http://hooks.example.com/in', /https/],
      ['https://10.0.0.8/in', /public address/],
      ['https://169.254.169.254/latest', /public address/],
    ] as const) {
      const res = await call(admin, 'POST', '/v1/webhooks', { url, events: ['*'] });
      expect(res.status).toBe(422);
      expect(res.body.errors).toEqual([expect.objectContaining({ field: 'url', message: expect.stringMatching(message) })]);
    }
    const badType = await call(admin, 'POST', '/v1/webhooks', { url: `${base}/x`, events: ['customer.created', 'policy.scheduled'] });
    expect(badType.status).toBe(400);
    expect(JSON.stringify(badType.body.errors)).toMatch(/events/);
  });

  it('is managed by admins and integrator keys with webhooks:manage only', async () => {
    const withScope = (await call(admin, 'POST', '/v1/api-keys', { name: 'sms gateway', scopes: ['webhooks:manage'] })).body.key;
    const without = (await call(admin, 'POST', '/v1/api-keys', { name: 'bank', scopes: ['customers:read'] })).body.key;
    expect((await call(withScope, 'GET', '/v1/webhooks')).status).toBe(200);
    expect((await call(without, 'GET', '/v1/webhooks')).status).toBe(403);
    expect((await call(await app.login('demo', 'dispatcher'), 'GET', '/v1/webhooks')).status).toBe(403);
    const byKey = await call(withScope, 'POST', '/v1/webhooks', { url: `${base}/by-key`, events: ['ticket.*'] });
    expect(byKey.status).toBe(201);
    expect((await call(await app.login('north', 'admin'), 'GET', `/v1/webhooks/${byKey.body.id}`)).status).toBe(404);
  });
});

describe('a delivery', () => {
  it('reaches the receiver signed with the secret, with the event id, and is recorded as succeeded', async () => {
    const hook = await subscribe('/ok', ['customer.*']);
    const customer = await createCustomer();
    const got = await until('customer.created at /ok', () => at('/ok').find((r) => bodyOf(r).type === 'customer.created' && bodyOf(r).data.customerId === customer.id));
    expect(verifySignature(got.headers['gascare-signature'] as string, hook.secret, got.body)).toEqual({ ok: true, t: expect.any(Number) });
    expect(verifySignature(got.headers['gascare-signature'] as string, 'whsec_someone-else', got.body).ok).toBe(false);
    const event = bodyOf(got);
    expect(got.headers['gascare-event-id']).toBe(event.id);
    expect(got.headers['gascare-event-type']).toBe('customer.created');
    expect(got.headers['content-type']).toBe('application/json');
    expect(event.data).toMatchObject({ customerId: customer.id, regionId: expect.any(String) });

    const delivery = await until('the delivery recorded', async () => (await deliveriesOf(hook.id, '?state=succeeded')).find((d) => d.eventId === event.id));
    expect(delivery).toMatchObject({ eventType: 'customer.created', state: 'succeeded', attemptCount: 1, round: 1, attempts: [expect.objectContaining({ status: 200, error: null })] });
  });

  it('to a failing receiver is retried with growing waits until it succeeds', async () => {
    behaviour.set('/flaky', (n) => ({ status: n <= 2 ? 500 : 200 }));
    const hook = await subscribe('/flaky', ['customer.created']);
    const customer = await createCustomer();
    const delivery = await until('the flaky delivery to succeed', async () => (await deliveriesOf(hook.id, '?state=succeeded'))[0]);
    const posts = at('/flaky');
    expect(posts.map((p) => bodyOf(p).data.customerId)).toEqual([customer.id, customer.id, customer.id]);
    expect(new Set(posts.map((p) => p.headers['gascare-event-id'])).size).toBe(1); // one event, three attempts: the receiver dedupes on the id
    expect(posts.map((p) => p.headers['gascare-delivery-attempt'])).toEqual(['1', '2', '3']);
    expect(delivery.attempts.map((a) => a.status)).toEqual([500, 500, 200]);
    expect(delivery.attempts[0]!.error).toBe('HTTP 500: receiver says 500');
    // Waits of the scaled schedule: ≥ 0.8 × 6 ms, then ≥ 0.8 × 18 ms.
    expect(posts[1]!.at - posts[0]!.at).toBeGreaterThanOrEqual(4);
    expect(posts[2]!.at - posts[1]!.at).toBeGreaterThanOrEqual(14);
  });

  it('to a receiver that never answers well is dead after 8 attempts, then redelivered by hand', async () => {
    let down = true;
    behaviour.set('/down', () => ({ status: down ? 503 : 204 }));
    const hook = await subscribe('/down', ['customer.created']);
    await createCustomer();
    const dead = await until('the delivery to die', async () => (await deliveriesOf(hook.id, '?state=dead'))[0], 30_000);
    expect(dead.attemptCount).toBe(8);
    expect(dead.attempts.map((a) => a.status)).toEqual(Array(8).fill(503));
    expect(at('/down')).toHaveLength(8);
    expect(await deliveriesOf(hook.id, '?state=pending')).toEqual([]);

    down = false;
    const redelivered = await call(admin, 'POST', `/v1/webhooks/${hook.id}/deliveries/${dead.id}/redeliver`);
    expect(redelivered.status).toBe(202);
    expect(redelivered.body).toMatchObject({ state: 'pending', round: 2, attemptCount: 0 });
    const done = await until('the redelivery', async () => {
      const d = (await call(admin, 'GET', `/v1/webhooks/${hook.id}/deliveries/${dead.id}`)).body;
      return d.state === 'succeeded' ? d : undefined;
    });
    expect(done).toMatchObject({ round: 2, attemptCount: 1, lastStatus: 204, lastError: null });
    expect(done.attempts).toHaveLength(9);
    expect(at('/down').at(-1)!.headers['gascare-event-id']).toBe(dead.eventId);
    // A finished delivery may be sent again; an unknown one is 404.
    expect((await call(admin, 'POST', `/v1/webhooks/${hook.id}/deliveries/01JZZZZZZZZZZZZZZZZZZZZZZZ/redeliver`)).status).toBe(404);
  }, 60_000);

  it('to a slow receiver does not hold up another endpoint', async () => {
    behaviour.set('/slow', () => ({ status: 200, delayMs: 4000 }));
    await subscribe('/slow', ['customer.updated']);
    await subscribe('/quick', ['customer.updated']);
    const customer = await createCustomer();
    const started = Date.now();
    await call(admin, 'PATCH', `/v1/customers/${customer.id}`, { notes: '慢接收方测试' });
    const quick = await until('customer.updated at /quick', () => at('/quick').find((r) => bodyOf(r).data.customerId === customer.id));
    const slow = await until('customer.updated at /slow', () => at('/slow').find((r) => bodyOf(r).data.customerId === customer.id));
    expect(quick.at - started).toBeLessThan(3000);
    expect(Math.abs(quick.at - slow.at)).toBeLessThan(3000); // both sent at once, the quick one answered while the slow one still waited
  });
});

describe('operations on a webhook', () => {
  it('a test ping arrives as webhook.test; a disabled webhook receives nothing; an enabled one again', async () => {
    const hook = await subscribe('/ops', ['customer.created']);
    const ping = await call(admin, 'POST', `/v1/webhooks/${hook.id}/test`);
    expect(ping.status).toBe(202);
    const got = await until('the ping', () => at('/ops').find((r) => bodyOf(r).type === 'webhook.test'));
    expect(bodyOf(got).id).toBe(ping.body.eventId);
    expect(verifySignature(got.headers['gascare-signature'] as string, hook.secret, got.body).ok).toBe(true);

    const disabled = await call(admin, 'PATCH', `/v1/webhooks/${hook.id}`, { state: 'disabled' }, { 'if-match': `"${hook.version}"` });
    expect(disabled.body).toMatchObject({ state: 'disabled', version: hook.version + 1 });
    expect((await call(admin, 'PATCH', `/v1/webhooks/${hook.id}`, { state: 'active' }, { 'if-match': `"${hook.version}"` })).status).toBe(412);
    const whileDisabled = await createCustomer();
    await app.runtime.idle();
    await new Promise((r) => setTimeout(r, 300));
    expect(at('/ops').some((r) => bodyOf(r).data.customerId === whileDisabled.id)).toBe(false);
    expect((await call(admin, 'POST', `/v1/webhooks/${hook.id}/test`)).status).toBe(409);

    await call(admin, 'PATCH', `/v1/webhooks/${hook.id}`, { state: 'active' });
    const afterwards = await createCustomer();
    await until('an event after enabling', () => at('/ops').find((r) => bodyOf(r).data.customerId === afterwards.id));
  });

  it('a rotated secret: deliveries carry a signature under each secret for the overlap', async () => {
    const hook = await subscribe('/rotate', ['customer.created']);
    const rotated = await call(admin, 'POST', `/v1/webhooks/${hook.id}/rotate-secret`);
    expect(rotated.status).toBe(200);
    expect(rotated.body.secret).not.toBe(hook.secret);
    expect(Date.parse(rotated.body.previousSecretValidUntil) - Date.now()).toBeGreaterThan(23 * 3_600_000);
    const customer = await createCustomer();
    const got = await until('a delivery after rotation', () => at('/rotate').find((r) => bodyOf(r).data.customerId === customer.id));
    const header = got.headers['gascare-signature'] as string;
    expect(header.match(/v1=/g)).toHaveLength(2);
    expect(verifySignature(header, rotated.body.secret, got.body).ok).toBe(true);
    expect(verifySignature(header, hook.secret, got.body).ok).toBe(true);
  });
});

describe('a restart of the local runtime', () => {
  it('queues every pending delivery again at its next attempt (the timers it had are gone), and none that is done', async () => {
    const hook = await subscribe('/requeued', ['customer.created']);
    const store = new TenantStore(systemContext('demo', 'test', 'test'));
    const now = Date.now();
    const record = (id: string, state: 'pending' | 'succeeded', nextAttemptAt: string | null): DeliveryRecord => ({
      id,
      webhookId: hook.id,
      eventId: id,
      eventType: 'customer.created',
      eventAt: new Date(now).toISOString(),
      state,
      attempts: [],
      attemptCount: 1,
      round: 2,
      nextAttemptAt,
      lastStatus: 503,
      lastError: 'receiver says 503',
      createdAt: new Date(now).toISOString(),
      updatedAt: new Date(now).toISOString(),
      body: '{}',
      version: 3,
    });
    const later = record(ulid(), 'pending', new Date(now + 60_000).toISOString());
    const overdue = record(ulid(), 'pending', new Date(now - 5_000).toISOString());
    const done = record(ulid(), 'succeeded', null);
    for (const d of [later, overdue, done]) await store.write({ kind: 'put', item: deliveryItem('demo', d) });

    const sent: { message: DeliveryMessage; delaySeconds: number }[] = [];
    await requeuePendingDeliveries({ send: async (message, delaySeconds) => void sent.push({ message, delaySeconds }) }, now);
    const mine = sent.filter((s) => s.message.webhookId === hook.id).sort((a, b) => a.delaySeconds - b.delaySeconds);
    expect(mine).toEqual([
      { message: { tenantId: 'demo', webhookId: hook.id, deliveryId: overdue.id, round: 2 }, delaySeconds: 0 },
      { message: { tenantId: 'demo', webhookId: hook.id, deliveryId: later.id, round: 2 }, delaySeconds: 60 },
    ]);
  });
});
