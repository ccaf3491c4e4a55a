import { issueToken } from '../../shared/auth/tokens.ts';
import { startTestApp, type TestApp } from '../support/app.ts';

let app: TestApp;
let demoAdmin: string;
let northAdmin: string;

beforeAll(async () => {
  app = await startTestApp();
  demoAdmin = await app.login('demo', 'admin');
  northAdmin = await app.login('north', 'admin');
});
afterAll(() => app.stop());

const regionIds = async (token: string) => ((await app.api(token, 'GET', '/v1/regions')).body.items as { regionId: string }[]).map((r) => r.regionId).sort();

describe('health and documents', () => {
  it('answers /healthz when the store answers', async () => {
    const res = await app.raw('GET', '/healthz');
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('ok');
  });

  it('serves an OpenAPI 3.1 document listing the /v1 operations', async () => {
    const res = await app.raw('GET', '/openapi.json');
    expect(res.body.openapi).toBe('3.1.0');
    expect(res.body.paths['/v1/auth/login'].post.requestBody).toBeDefined();
    expect(res.body.paths['/v1/jobs/{job}/runs'].post.parameters.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['job', 'Idempotency-Key']));
  });
});

describe('login and tokens', () => {
  it('returns a token and the user, and /v1/me describes the caller', async () => {
    const login = await app.api(null, 'POST', '/v1/auth/login', { tenant: 'demo', username: 'manager', password: app.password });
    expect(login.status).toBe(200);
    expect(login.body.user).toMatchObject({ tenant: 'demo', username: 'manager', roles: ['manager'], regions: ['r-east'] });
    const me = await app.api(login.body.token, 'GET', '/v1/me');
    expect(me.body).toMatchObject({ tenant: 'demo', id: 'manager', roles: ['manager'], regions: ['r-east'], timeZone: 'Asia/Shanghai' });
    expect(login.body.timeZone).toBe('Asia/Shanghai');
  });

  it('refuses a wrong password, an unknown user and an unknown tenant alike with 401 problem+json', async () => {
    for (const body of [
      { tenant: 'demo', username: 'admin', password: 'wrong' },
      { tenant: 'demo', username: 'nobody', password: app.password },
      { tenant: 'nowhere', username: 'admin', password: app.password },
    ]) {
      const res = await app.api(null, 'POST', '/v1/auth/login', body);
      expect(res.status).toBe(401);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      expect(res.body.detail).toBe('Company code, user name or password is wrong');
    }
  });

  it('makes the guessing source wait after a few failures, even with the right password (other sources: users.test.ts)', async () => {
    for (let i = 0; i < 5; i++) await app.api(null, 'POST', '/v1/auth/login', { tenant: 'north', username: 'agent', password: `bad-${i}` });
    const res = await app.api(null, 'POST', '/v1/auth/login', { tenant: 'north', username: 'agent', password: app.password });
    expect(res.status).toBe(429);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('refuses forged, expired, alg=none and malformed tokens with 401', async () => {
    const [header, payload] = demoAdmin.split('.');
    const forgedPayload = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload!, 'base64url').toString()), tid: 'north', aud: 'north' })).toString('base64url');
    const none = `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${payload}.`;
    const expired = (await issueToken('demo', { kind: 'user', id: 'admin', name: 'a', roles: ['admin'], scopes: [] }, { ttlSeconds: -60, sessionVersion: 1 })).token;
    for (const token of [`${header}.${forgedPayload}.${demoAdmin.split('.')[2]}`, none, expired, 'not-a-token']) {
      const res = await app.api(token, 'GET', '/v1/me');
      expect(res.status).toBe(401);
      expect(res.body.type).toMatch(/unauthorized$/);
    }
    expect((await app.api(null, 'GET', '/v1/me')).status).toBe(401);
  });
});

describe('bad input is a 4xx naming the field, and writes nothing', () => {
  const post = (body: string, contentType = 'application/json') =>
    app.raw('POST', '/v1/regions', { body, headers: { authorization: `Bearer ${demoAdmin}`, 'content-type': contentType } });

  it.each([
    ['malformed JSON', '{"regionId": "r-x", ', 400, 'body'],
    ['a wrong type', '{"regionId": 42, "name": "X"}', 400, 'body.regionId'],
    ['an unknown field', '{"regionId": "r-x", "name": "X", "tenantId": "north"}', 400, 'body.tenantId'],
    ['a missing field', '{"regionId": "r-x"}', 400, 'body.name'],
    ['a 1 MB body', JSON.stringify({ regionId: 'r-x', name: 'x'.repeat(1024 * 1024) }), 413, 'body'],
  ])('%s', async (_, body, status, field) => {
    const res = await post(body);
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    expect(await regionIds(demoAdmin)).toEqual(['r-east', 'r-south', 'r-west']);
  });

  it('refuses a body that is not JSON with 415', async () => {
    const res = await post('regionId=r-x', 'application/x-www-form-urlencoded');
    expect(res.status).toBe(415);
  });

  it('refuses a role that may not call the route with 403', async () => {
    const manager = await app.login('demo', 'manager');
    const res = await app.api(manager, 'POST', '/v1/regions', { regionId: 'r-x', name: 'X' });
    expect(res.status).toBe(403);
    expect(await regionIds(demoAdmin)).toEqual(['r-east', 'r-south', 'r-west']);
  });
});

describe('tenancy', () => {
  it('lists only the caller tenant regions, and a manager only their own', async () => {
    expect(await regionIds(northAdmin)).toEqual(['n-1', 'n-2']);
    expect(await regionIds(await app.login('demo', 'manager'))).toEqual(['r-east']);
  });

  it('reads one region by id, and answers 404 for another tenant or another manager region', async () => {
    const manager = await app.login('demo', 'manager');
    expect((await app.api(manager, 'GET', '/v1/regions/r-east')).body).toMatchObject({ regionId: 'r-east', name: '东城片区' });
    expect((await app.api(manager, 'GET', '/v1/regions/r-west')).status).toBe(404);
    expect((await app.api(northAdmin, 'GET', '/v1/regions/r-east')).status).toBe(404);
    expect((await app.api(demoAdmin, 'GET', '/v1/regions/r-west')).status).toBe(200);
  });

  it('a body naming another tenant cannot redirect a write', async () => {
    const res = await app.api(northAdmin, 'POST', '/v1/regions', { regionId: 'r-x', name: 'X', tenant: 'demo' });
    expect(res.status).toBe(400);
    expect(await regionIds(demoAdmin)).toEqual(['r-east', 'r-south', 'r-west']);
  });
});
