import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import type { APIGatewayRequestAuthorizerEvent } from 'aws-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { handler as authorizer } from '../../functions/authorizer/authorizer.ts';
import type { paths } from '../../console/src/api/schema.d.ts';
import { parseApiKey } from '../../shared/auth/api-keys.ts';
import { startTestApp, type TestApp } from '../support/app.ts';

const BASIC_QUOTA = 3;
let app: TestApp;
let admin: string;

beforeAll(async () => {
  // A basic key's day ends after 3 requests here (the tier table's 10,000 elsewhere).
  app = await startTestApp({ dailyQuotas: { basic: BASIC_QUOTA } });
  admin = await app.login('demo', 'admin');
});
afterAll(() => app.stop());

type CreateKey = paths['/v1/api-keys']['post']['requestBody']['content']['application/json'];
/** Through the typed client: the key's id and its secret, shown once. */
const createKey = async (scopes: CreateKey['scopes'], token = admin, extra: Pick<CreateKey, 'tier'> = {}) => {
  const { data, response } = await app.client(token).POST('/v1/api-keys', { body: { name: 'IC卡系统', scopes, ...extra } });
  if (!data) throw new Error(`POST /v1/api-keys: ${response.status}`);
  return data;
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const shanghaiToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());

describe('integrator API keys', () => {
  it('shows the secret once, lists keys without secrets, and authenticates the key', async () => {
    const created = await createKey(['customers:read']);
    expect(created.key).toMatch(/^gck_demo_/);
    const list = await app.api(admin, 'GET', '/v1/api-keys');
    const listed = list.body.items.find((k: { id: string }) => k.id === created.id);
    expect(listed).toMatchObject({ name: 'IC卡系统', scopes: ['customers:read'], revokedAt: null });
    expect(JSON.stringify(list.body)).not.toContain(parseApiKey(created.key)!.secret);
    expect(JSON.stringify(list.body)).not.toContain('secretHash');

    const me = await app.api(created.key, 'GET', '/v1/me');
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ tenant: 'demo', kind: 'api-key', id: created.id, scopes: ['customers:read'], timeZone: 'Asia/Shanghai' });
  });

  it('records when a key was last used', async () => {
    const created = await createKey(['customers:read']);
    await app.api(created.key, 'GET', '/v1/me');
    const listed = (await app.api(admin, 'GET', '/v1/api-keys')).body.items.find((k: { id: string }) => k.id === created.id);
    expect(Date.parse(listed.lastUsedAt)).toBeGreaterThan(Date.now() - 60_000);
  });

  it('refuses a route the key has no scope for with 403, and console-only routes', async () => {
    const created = await createKey(['readings:write']);
    expect((await app.api(created.key, 'GET', '/v1/regions')).status).toBe(403);
    expect((await app.api(created.key, 'GET', '/v1/api-keys')).status).toBe(403);
  });

  it('refuses a revoked key, a tampered secret, and a key re-labelled with another tenant', async () => {
    const created = await createKey(['customers:read']);
    const tampered = `${created.key.slice(0, -4)}AAAA`;
    const relabelled = created.key.replace('gck_demo_', 'gck_north_');
    expect((await app.api(tampered, 'GET', '/v1/me')).status).toBe(401);
    expect((await app.api(relabelled, 'GET', '/v1/me')).status).toBe(401);
    const revoked = await app.api(admin, 'DELETE', `/v1/api-keys/${created.id}`);
    expect(revoked.status).toBe(200);
    expect(revoked.body.revokedAt).not.toBeNull();
    expect((await app.api(created.key, 'GET', '/v1/me')).status).toBe(401);
  });

  it('only admins manage keys, and another tenant cannot revoke one (404)', async () => {
    const created = await createKey(['customers:read']);
    const dispatcher = await app.login('demo', 'dispatcher');
    expect((await app.api(dispatcher, 'POST', '/v1/api-keys', { name: 'x', scopes: ['customers:read'] })).status).toBe(403);
    const north = await app.login('north', 'admin');
    expect((await app.api(north, 'DELETE', `/v1/api-keys/${created.id}`)).status).toBe(404);
    expect((await app.api(created.key, 'GET', '/v1/me')).status).toBe(200);
  });

  it('refuses unknown scopes naming the field', async () => {
    const res = await app.api(admin, 'POST', '/v1/api-keys', { name: 'x', scopes: ['everything'] });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].field).toBe('body.scopes.0');
  });
});

describe('rotating a key', () => {
  it('keeps the key id with a new secret; the old secret works during the overlap, never after', async () => {
    const created = await createKey(['customers:read']);
    const rotated = await app.api(admin, 'POST', `/v1/api-keys/${created.id}/rotate`, { overlapHours: 0.001 }); // 3.6 s
    expect(rotated.status).toBe(200);
    expect(rotated.body).toMatchObject({ id: created.id, scopes: ['customers:read'], revokedAt: null });
    expect(parseApiKey(rotated.body.key)!.keyId).toBe(created.id);
    expect(rotated.body.key).not.toBe(created.key);
    const expires = Date.parse(rotated.body.previousExpiresAt);
    expect(expires - Date.parse(rotated.body.rotatedAt)).toBe(3600);
    expect((await app.api(created.key, 'GET', '/v1/me')).status).toBe(200);
    expect((await app.api(rotated.body.key, 'GET', '/v1/me')).status).toBe(200);
    await sleep(Math.max(0, expires - Date.now()) + 200);
    expect((await app.api(created.key, 'GET', '/v1/me')).status).toBe(401);
    expect((await app.api(rotated.body.key, 'GET', '/v1/me')).body).toMatchObject({ kind: 'api-key', id: created.id });
    const listed = (await app.api(admin, 'GET', '/v1/api-keys')).body.items.find((k: { id: string }) => k.id === created.id);
    expect(listed).toMatchObject({ rotatedAt: rotated.body.rotatedAt, previousExpiresAt: rotated.body.previousExpiresAt });
    expect(JSON.stringify(listed)).not.toContain('previousSecretHash');
  });

  it('defaults to 24 hours of overlap; rotating twice keeps only the newest previous secret', async () => {
    const created = await createKey(['customers:read']);
    const first = await app.api(admin, 'POST', `/v1/api-keys/${created.id}/rotate`, {});
    expect(Date.parse(first.body.previousExpiresAt) - Date.parse(first.body.rotatedAt)).toBe(24 * 3_600_000);
    const second = await app.api(admin, 'POST', `/v1/api-keys/${created.id}/rotate`, { overlapHours: 1 });
    expect(second.status).toBe(200);
    expect((await app.api(created.key, 'GET', '/v1/me')).status).toBe(401);
    expect((await app.api(first.body.key, 'GET', '/v1/me')).status).toBe(200);
    expect((await app.api(second.body.key, 'GET', '/v1/me')).status).toBe(200);
  });

  it('with overlapHours 0 the old secret stops at once', async () => {
    const created = await createKey(['customers:read']);
    const rotated = await app.api(admin, 'POST', `/v1/api-keys/${created.id}/rotate`, { overlapHours: 0 });
    expect(rotated.status).toBe(200);
    expect((await app.api(created.key, 'GET', '/v1/me')).status).toBe(401);
    expect((await app.api(rotated.body.key, 'GET', '/v1/me')).status).toBe(200);
  });

  it('refuses a revoked key with 409 naming why, overlaps outside 0..168 with 400', async () => {
    const created = await createKey(['customers:read']);
    expect((await app.api(admin, 'POST', `/v1/api-keys/${created.id}/rotate`, { overlapHours: 169 })).status).toBe(400);
    expect((await app.api(admin, 'POST', `/v1/api-keys/${created.id}/rotate`, { overlapHours: -1 })).status).toBe(400);
    await app.api(admin, 'DELETE', `/v1/api-keys/${created.id}`);
    const res = await app.api(admin, 'POST', `/v1/api-keys/${created.id}/rotate`, { overlapHours: 1 });
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ type: expect.stringContaining('api-key-revoked') });
    expect(res.body.detail).toMatch(/revoked/);
    expect((await app.api(created.key, 'GET', '/v1/me')).status).toBe(401);
  });
});

describe('tiers and the daily quota', () => {
  it('creates standard keys by default and shows the tier and its quota', async () => {
    const created = await createKey(['customers:read']);
    expect(created).toMatchObject({ tier: 'standard', dailyQuota: 100_000 });
    const premium = await createKey(['customers:read'], admin, { tier: 'premium' });
    expect(premium).toMatchObject({ tier: 'premium', dailyQuota: 1_000_000 });
    expect((await app.api(admin, 'POST', '/v1/api-keys', { name: 'x', scopes: ['customers:read'], tier: 'gold' })).status).toBe(400);
  });

  it("refuses a key's requests past its day's quota with 429 and Retry-After until the tenant's midnight; usage counts them", async () => {
    const created = await createKey(['customers:read'], admin, { tier: 'basic' });
    expect(created.dailyQuota).toBe(BASIC_QUOTA);
    for (let i = 0; i < BASIC_QUOTA; i++) expect((await app.api(created.key, 'GET', '/v1/me')).status).toBe(200);
    const over = await app.api(created.key, 'GET', '/v1/me');
    expect(over.status).toBe(429);
    expect(over.body.type).toContain('daily-quota-exceeded');
    const retryAfter = Number(over.headers.get('retry-after'));
    // Demo's zone is Asia/Shanghai: seconds until 16:00 UTC (its midnight).
    const now = new Date();
    const midnight = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), 16) + (now.getUTCHours() >= 16 ? 86_400_000 : 0);
    expect(Math.abs(retryAfter - (midnight - now.getTime()) / 1000)).toBeLessThan(5);

    const usage = await app.api(admin, 'GET', `/v1/api-keys/${created.id}/usage?days=30`);
    expect(usage.status).toBe(200);
    // Created today: only today is there (no made-up days before the key existed).
    expect(usage.body.days).toEqual([{ date: shanghaiToday(), requests: BASIC_QUOTA + 1 }]);

    // A higher tier lifts the quota at once.
    const patched = await app.api(admin, 'PATCH', `/v1/api-keys/${created.id}`, { tier: 'standard' });
    expect(patched.body).toMatchObject({ tier: 'standard', dailyQuota: 100_000 });
    expect((await app.api(created.key, 'GET', '/v1/me')).status).toBe(200);
  });

  it('usage refuses days outside 1..90 and a key of another tenant (404)', async () => {
    const created = await createKey(['customers:read']);
    expect((await app.api(admin, 'GET', `/v1/api-keys/${created.id}/usage?days=0`)).status).toBe(400);
    expect((await app.api(admin, 'GET', `/v1/api-keys/${created.id}/usage?days=91`)).status).toBe(400);
    const fresh = await app.api(admin, 'GET', `/v1/api-keys/${created.id}/usage`);
    expect(fresh.body.days).toEqual([{ date: shanghaiToday(), requests: 0 }]);
    const north = await app.login('north', 'admin');
    expect((await app.api(north, 'GET', `/v1/api-keys/${created.id}/usage`)).status).toBe(404);
  });
});

describe('the AWS authorizer', () => {
  // Its usage plans: the tenant's for users, one per key tier for integrators (infra/constructs/route-api.ts).
  const secrets = mockClient(SecretsManagerClient);
  const saved = { ...process.env };
  let northKey: string;
  beforeAll(async () => {
    // Before TENANT_ID binds this process to demo, as a tenant's stack is.
    northKey = (await createKey(['customers:read'], await app.login('north', 'admin'))).key;
    secrets.on(GetSecretValueCommand, { SecretId: 'arn:usage' }).resolves({ SecretString: 'usage-base' });
    Object.assign(process.env, { USAGE_KEY_SECRET_ARN: 'arn:usage', TENANT_ID: 'demo' });
  });
  afterAll(() => {
    secrets.restore();
    process.env = saved;
  });
  const event = (headers: Record<string, string>) =>
    ({ type: 'REQUEST', methodArn: 'arn:aws:execute-api:cn-north-1:1:api/prod/GET/v1/me', headers }) as unknown as APIGatewayRequestAuthorizerEvent;

  it('throttles a key by the usage plan of its tier, and follows a change of tier at once', async () => {
    const created = await createKey(['customers:read'], admin, { tier: 'basic' });
    expect((await authorizer(event({ 'x-api-key': created.key }))).usageIdentifierKey).toBe('usage-base-basic');
    await app.api(admin, 'PATCH', `/v1/api-keys/${created.id}`, { tier: 'premium' });
    expect((await authorizer(event({ 'x-api-key': created.key }))).usageIdentifierKey).toBe('usage-base-premium');
  });

  it('throttles a console user by the tenant\'s plan, and refuses another tenant\'s key', async () => {
    expect((await authorizer(event({ authorization: `Bearer ${admin}` }))).usageIdentifierKey).toBe('usage-base');
    await expect(authorizer(event({ 'x-api-key': northKey }))).rejects.toThrow('Unauthorized');
  });
});
