import type { APIGatewayProxyEvent } from 'aws-lambda';
import { IN_PROGRESS_SECONDS, withIdempotency } from '../../shared/http/idempotency.ts';
import type { TenantContext } from '../../shared/tenancy.ts';
import { startTestApp, type TestApp } from '../support/app.ts';

/**
 * Writes through the HTTP stack: Idempotency-Key replays, retries after a crash, and the outbox.
 * These tests create regions, so they have an app of their own (platform-http's tests list the
 * seeded regions exactly).
 */
let app: TestApp;
let demoAdmin: string;
let northAdmin: string;

beforeAll(async () => {
  app = await startTestApp();
  [demoAdmin, northAdmin] = await Promise.all([app.login('demo', 'admin'), app.login('north', 'admin')]);
});
afterAll(() => app.stop());

const regionIds = async (token: string) => ((await app.api(token, 'GET', '/v1/regions')).body.items as { regionId: string }[]).map((r) => r.regionId).sort();

describe('idempotency', () => {
  it('replays the first response for the same key and body, and refuses the key with another body', async () => {
    const body = { regionId: 'r-idem', name: '幂等片区' };
    const headers = { 'idempotency-key': 'create-r-idem-1' };
    const first = await app.api(demoAdmin, 'POST', '/v1/regions', body, headers);
    const again = await app.api(demoAdmin, 'POST', '/v1/regions', body, headers);
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    const other = await app.api(demoAdmin, 'POST', '/v1/regions', { ...body, name: 'other' }, headers);
    expect(other.status).toBe(422);
    expect(other.body.errors[0].field).toBe('Idempotency-Key');
    // Without the key, a second create is a real second attempt: the region exists already.
    expect((await app.api(demoAdmin, 'POST', '/v1/regions', body)).status).toBe(409);
  });

  it('does not share keys between tenants', async () => {
    const headers = { 'idempotency-key': 'shared-key' };
    const demo = await app.api(demoAdmin, 'POST', '/v1/regions', { regionId: 'r-k', name: 'K' }, headers);
    const north = await app.api(northAdmin, 'POST', '/v1/regions', { regionId: 'n-k', name: 'K' }, headers);
    expect([demo.status, north.status]).toEqual([201, 201]);
    expect(await regionIds(northAdmin)).toContain('n-k');
    expect(await regionIds(northAdmin)).not.toContain('r-k');
  });
});

describe('outbox', () => {
  it('publishes the event of a committed change, and none for a refused one', async () => {
    await app.api(demoAdmin, 'POST', '/v1/regions', { regionId: 'r-evt', name: '事件片区' });
    await app.api(demoAdmin, 'POST', '/v1/regions', { regionId: 'r-evt', name: 'duplicate' });
    await app.runtime.idle();
    const published = app.runtime.events.filter((e) => e.type === 'region.created' && e.data.regionId === 'r-evt');
    expect(published).toHaveLength(1);
    expect(published[0]).toMatchObject({ tenantId: 'demo', data: { name: '事件片区' } });
  });
});

/**
 * A first attempt whose process is killed while it runs: it claims the key (as of `at`, epoch ms)
 * and never finishes, so its record stays in progress. Resolves once the record is written.
 */
async function crashedAttempt(body: Record<string, unknown>, idempotencyKey: string, at = Date.now()): Promise<void> {
  const ctx: TenantContext = { tenantId: 'demo', correlationId: 'crashed', principal: { kind: 'user', id: 'admin', name: 'admin', roles: ['admin'], scopes: [] } };
  const event = { httpMethod: 'POST', path: '/v1/regions', headers: { 'idempotency-key': idempotencyKey } } as unknown as APIGatewayProxyEvent;
  await new Promise<void>((claimed, failed) => {
    withIdempotency(ctx, event, JSON.stringify(body), () => {
      claimed();
      return new Promise(() => undefined); // the process dies here
    }, { now: () => at }).catch(failed);
  });
}

const createdEvents = async (regionId: string) => {
  await app.runtime.idle();
  return app.runtime.events.filter((e) => e.type === 'region.created' && e.data.regionId === regionId);
};

describe('a first attempt that crashed', () => {
  const expired = () => Date.now() - (IN_PROGRESS_SECONDS + 1) * 1000;

  it('answers a retry before its in-progress expiry with 409 and Retry-After, and writes nothing', async () => {
    const body = { regionId: 'r-crash-early', name: '崩溃片区' };
    await crashedAttempt(body, 'crash-early');

    const retry = await app.api(demoAdmin, 'POST', '/v1/regions', body, { 'idempotency-key': 'crash-early' });

    expect(retry.status).toBe(409);
    expect(retry.body.code).toBe('idempotency-in-progress');
    const retryAfter = Number(retry.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(IN_PROGRESS_SECONDS + 1);
    expect((await app.api(demoAdmin, 'GET', '/v1/regions/r-crash-early')).status).toBe(404);
  });

  it('runs afresh once for a retry after the expiry, and later retries replay that run', async () => {
    const body = { regionId: 'r-crash-late', name: '重试片区' };
    const headers = { 'idempotency-key': 'crash-late' };
    await crashedAttempt(body, 'crash-late', expired());

    const fresh = await app.api(demoAdmin, 'POST', '/v1/regions', body, headers);
    const again = await app.api(demoAdmin, 'POST', '/v1/regions', body, headers);

    expect(fresh.status).toBe(201);
    expect(fresh.headers.get('idempotent-replayed')).toBeNull();
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.body).toEqual(fresh.body);
    expect(await createdEvents('r-crash-late')).toHaveLength(1);
  });

  it('gives exactly one of two racing retries the fresh run', async () => {
    const body = { regionId: 'r-crash-race', name: '竞争片区' };
    const headers = { 'idempotency-key': 'crash-race' };
    await crashedAttempt(body, 'crash-race', expired());

    const replies = await Promise.all([1, 2].map(() => app.api(demoAdmin, 'POST', '/v1/regions', body, headers)));

    const ran = replies.filter((r) => r.status === 201 && r.headers.get('idempotent-replayed') === null);
    expect(ran).toHaveLength(1);
    // The other one saw the winner's record: still in progress, or already done.
    const other = replies.find((r) => r !== ran[0])!;
    expect(other.status === 409 ? Number(other.headers.get('retry-after')) > 0 : other.headers.get('idempotent-replayed') === 'true').toBe(true);
    expect(await createdEvents('r-crash-race')).toHaveLength(1);
  });

  it('still refuses the key with another body after the expiry (422)', async () => {
    await crashedAttempt({ regionId: 'r-crash-body', name: 'A' }, 'crash-body', expired());

    const other = await app.api(demoAdmin, 'POST', '/v1/regions', { regionId: 'r-crash-body', name: 'B' }, { 'idempotency-key': 'crash-body' });

    expect(other.status).toBe(422);
    expect(other.body.errors[0].field).toBe('Idempotency-Key');
    expect(other.body.code).toBe('idempotency-key-reused');
  });
});
