import { randomBytes } from 'node:crypto';
import { SignJWT, decodeJwt } from 'jose';
import { ROUTES } from '../../functions/manifest.ts';
import { ROLES, SCOPES, type Role, type Scope } from '../../shared/contract/access.ts';
import { derivedKey } from '../../shared/secrets.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { caller } from '../support/retry.ts';

/**
 * Scopes and roles on every route of the manifest, generated from each route's `access`: an
 * integrator key holding every scope but the route's gets 403, a key holding one of them gets
 * past the check (whatever the call then answers: 400 for the empty body, 404 for the made-up id);
 * a route for console users only refuses a key with every scope; a user of a role the route does
 * not name gets 403. A credential that is not, or no longer, valid (expired, forged, tampered,
 * unsigned, a signed-out session, a revoked key, a rotated-out secret, a made-up key) gets 401
 * and a problem without data on every route. A new route is walked as soon as it is in the manifest.
 */
let app: TestApp;
let call: ReturnType<typeof caller>;
const keys = new Map<string, string>();
const tokens = new Map<Role, string>();
const NO_SUCH_ID = '01JAAAAAAAAAAAAAAAAAAAAAAA';

const guarded = ROUTES.filter((r) => !('public' in r.access)).map((r) => ({
  route: `${r.method} ${r.path}`,
  method: r.method,
  path: r.path.replace(/\{[^}]+\}/g, NO_SUCH_ID),
  access: r.access as { roles: readonly Role[]; scopes?: readonly Scope[] },
}));
const keyFor = async (scopes: readonly Scope[]) => {
  const name = [...scopes].sort().join(',');
  if (!keys.has(name)) {
    const created = await call(tokens.get('admin')!, 'POST', '/v1/api-keys', { name: `walk ${keys.size}`, scopes, tier: 'premium' });
    if (created.status !== 201) throw new Error(`POST /v1/api-keys: ${created.status} ${JSON.stringify(created.body)}`);
    keys.set(name, created.body.key);
  }
  return keys.get(name)!;
};

/** Credentials the authorizer must refuse, whatever the route: name → the header value. */
const invalid = new Map<string, string>();

/** The claims of a real token, re-signed with `key` (the token key, or another) after `change`. */
async function resigned(token: string, key: Uint8Array, change: (claims: Record<string, unknown>) => Record<string, unknown>) {
  return new SignJWT(change({ ...decodeJwt(token) })).setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).sign(key);
}

async function invalidCredentials(admin: string) {
  const now = Math.floor(Date.now() / 1000);
  invalid.set('an expired token', await resigned(admin, derivedKey('token'), (c) => ({ ...c, iat: now - 7200, exp: now - 60 })));
  invalid.set('a token signed with another key', await resigned(admin, randomBytes(32), (c) => c));
  // The agent's own token, its payload swapped for an admin's claims: the signature no longer matches.
  const [header, , signature] = tokens.get('agent')!.split('.');
  invalid.set('a tampered token (roles raised)', `${header}.${admin.split('.')[1]}.${signature}`);
  const unsigned = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
  invalid.set('an unsigned token (alg none)', `${unsigned}.${admin.split('.')[1]}.`);
  invalid.set('a token of another audience', await resigned(admin, derivedKey('token'), (c) => ({ ...c, aud: 'north' })));
  // A second session of the dispatcher, then signed out: every token of that session version ends.
  const signedOut = await app.login('demo', 'dispatcher');
  expect((await call(signedOut, 'POST', '/v1/auth/logout')).status).toBe(204);
  invalid.set('a signed-out token', signedOut);
  tokens.set('dispatcher', await app.login('demo', 'dispatcher'));
  const revoked = (await call(admin, 'POST', '/v1/api-keys', { name: 'revoked', scopes: [...SCOPES] })).body;
  expect((await call(admin, 'DELETE', `/v1/api-keys/${revoked.id}`)).status).toBe(200);
  invalid.set('a revoked API key', revoked.key);
  // Rotated with no overlap: the old secret ends at once, the new one works.
  const rotated = (await call(admin, 'POST', '/v1/api-keys', { name: 'rotated', scopes: [...SCOPES] })).body;
  expect((await call(admin, 'POST', `/v1/api-keys/${rotated.id}/rotate`, { overlapHours: 0 })).status).toBe(200);
  invalid.set('a rotated-out API key', rotated.key);
  invalid.set('a made-up API key of the tenant', `gck_demo_${NO_SUCH_ID}_${randomBytes(32).toString('base64url')}`);
}

beforeAll(async () => {
  app = await startTestApp({ customerScale: 0 });
  call = caller(app);
  for (const role of ROLES) tokens.set(role, await app.login('demo', role));
  await invalidCredentials(tokens.get('admin')!);
});
afterAll(() => app.stop());

describe('access on every route', () => {
  it('walks every guarded route of the manifest', () => {
    expect(guarded.length).toBeGreaterThan(90);
  });

  it.each(guarded)('$route: a key without its scope is refused, a key with one gets past', async ({ method, path, access }) => {
    const scopes = access.scopes ?? [];
    const lacking = SCOPES.filter((s) => !scopes.includes(s));
    if (lacking.length) {
      const refused = await call(await keyFor(lacking), method, path);
      expect([refused.status, refused.body?.code]).toEqual([403, 'forbidden']);
    }
    for (const scope of scopes) {
      const passed = await call(await keyFor([scope]), method, path);
      expect([scope, passed.status === 401 || passed.status === 403]).toEqual([scope, false]);
    }
  });

  it.each(guarded.filter((g) => ROLES.some((r) => !g.access.roles.includes(r))))('$route: a user of another role is refused', async ({ method, path, access }) => {
    for (const role of ROLES.filter((r) => !access.roles.includes(r))) {
      const refused = await call(tokens.get(role)!, method, path);
      expect([role, refused.status]).toEqual([role, 403]);
    }
  });
});

describe('credentials that are not, or no longer, valid, on every route', () => {
  const PROBLEM_FIELDS = ['code', 'correlationId', 'detail', 'instance', 'status', 'title', 'type'];

  it('covers every kind', () => {
    expect(invalid.size).toBe(9);
  });

  it.each(guarded)('$route: each is 401, with nothing but the problem', async ({ method, path }) => {
    for (const [name, credential] of invalid) {
      const res = await call(credential, method, path);
      expect([name, res.status, res.body?.code]).toEqual([name, 401, 'unauthorized']);
      expect([name, Object.keys(res.body).filter((k) => !PROBLEM_FIELDS.includes(k))]).toEqual([name, []]);
    }
  });
});
