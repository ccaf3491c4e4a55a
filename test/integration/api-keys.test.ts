import { parseApiKey } from '../../shared/auth/api-keys.ts';
import { startTestApp, type TestApp } from '../support/app.ts';

let app: TestApp;
let admin: string;

beforeAll(async () => {
  app = await startTestApp();
  admin = await app.login('demo', 'admin');
});
afterAll(() => app.stop());

const createKey = async (scopes: string[], token = admin) => (await app.api(token, 'POST', '/v1/api-keys', { name: 'IC卡系统', scopes })).body;

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
