import { ROUTES } from '../../functions/manifest.ts';
import { ROLES, SCOPES, type Role, type Scope } from '../../shared/contract/access.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { caller } from '../support/retry.ts';

/**
 * Scopes and roles on every route of the manifest, generated from each route's `access`: an
 * integrator key holding every scope but the route's gets 403, a key holding one of them gets
 * past the check (whatever the call then answers: 400 for the empty body, 404 for the made-up id);
 * a route for console users only refuses a key with every scope; a user of a role the route does
 * not name gets 403. A new route is walked as soon as it is in the manifest.
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

beforeAll(async () => {
  app = await startTestApp({ customerScale: 0 });
  call = caller(app);
  for (const role of ROLES) tokens.set(role, await app.login('demo', role));
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
