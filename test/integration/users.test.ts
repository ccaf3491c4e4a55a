import { request } from 'node:http';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { documentClient } from '../../shared/db/client.ts';
import { tableName } from '../../shared/table.ts';
import { startTestApp, type ApiResponse, type TestApp } from '../support/app.ts';
import { caller, type Call } from '../support/retry.ts';
import { uniq } from './customers-fixtures.ts';

/**
 * User management, passwords, sessions that end, and sign-in throttling that an attacker cannot
 * turn against the user. Sources are real: requests leave from 127.0.0.x addresses of loopback.
 */
let app: TestApp;
let call: Call;
let admin: string;
const STRONG = 'Gas-meter-2026';

beforeAll(async () => {
  app = await startTestApp({ customerScale: 0 });
  call = caller(app);
  admin = await app.login('demo', 'admin');
});
afterAll(() => app.stop());

/** A JSON request from a given local address (the gateway sees it as the source IP). */
function from(localAddress: string, method: string, path: string, body?: unknown, token?: string): Promise<ApiResponse> {
  const url = new URL(app.url);
  const payload = body === undefined ? undefined : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: url.port,
        path,
        method,
        localAddress,
        headers: { ...(payload ? { 'content-type': 'application/json' } : {}), ...(token ? { authorization: `Bearer ${token}` } : {}) },
      },
      (res) => {
        let text = '';
        res.on('data', (chunk) => (text += chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: new Headers(res.headers as Record<string, string>), body: text && /json/.test(res.headers['content-type'] ?? '') ? JSON.parse(text) : text }),
        );
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

const tokenOf = (link: string) => new URL(link, 'http://console').hash.match(/token=([^&]+)/)![1]!;
const signIn = (username: string, password: string, source = '127.0.0.1') => from(source, 'POST', '/v1/auth/login', { tenant: 'demo', username, password });

/** A user created by the admin who set their password through the setup link. */
async function newUser(roles = ['agent'], regions: string[] | undefined = ['r-east']) {
  const username = `u-${uniq()}`;
  const created = await call(admin, 'POST', '/v1/users', { username, name: '坐席 测试', roles, ...(regions ? { regions } : {}) });
  expect(created.status).toBe(201);
  const redeemed = await app.api(null, 'POST', '/v1/auth/password-reset', { tenant: 'demo', token: tokenOf(created.body.setup.resetUrl), newPassword: STRONG });
  expect(redeemed.status).toBe(204);
  const login = await signIn(username, STRONG);
  expect(login.status).toBe(200);
  return { username, token: login.body.token as string };
}

describe('user management', () => {
  it('creates a user without a password; the setup link sets one of the minimum strength, once', async () => {
    const username = `u-${uniq()}`;
    const created = await call(admin, 'POST', '/v1/users', { username, name: '抄表员 测试', roles: ['field'], regions: ['r-east'] });
    expect(created.body.user).toMatchObject({ username, roles: ['field'], regions: ['r-east'], passwordSet: false, disabled: false, lastSignInAt: null });
    expect(created.body.setup.resetUrl).toMatch(/\/reset-password#tenant=demo&token=/);
    const token = tokenOf(created.body.setup.resetUrl);

    const weak = await app.api(null, 'POST', '/v1/auth/password-reset', { tenant: 'demo', token, newPassword: 'abcdefghijkl' });
    expect(weak).toMatchObject({ status: 422, body: { code: 'weak-password', params: { problems: 'one-class' } } });
    expect((await app.api(null, 'POST', '/v1/auth/password-reset', { tenant: 'demo', token, newPassword: STRONG })).status).toBe(204);
    expect((await app.api(null, 'POST', '/v1/auth/password-reset', { tenant: 'demo', token, newPassword: `${STRONG}x` })).body.code).toBe('invalid-reset-link');

    const login = await signIn(username, STRONG);
    expect(login.body).toMatchObject({ mustChangePassword: false, user: { username, roles: ['field'], regions: ['r-east'] } });
    const list = await call(admin, 'GET', '/v1/users');
    const listed = list.body.items.find((u: { username: string }) => u.username === username);
    expect(Date.parse(listed.lastSignInAt)).toBeGreaterThan(Date.now() - 60_000);
    expect(listed.passwordSet).toBe(true);
    expect(JSON.stringify(list.body)).not.toMatch(/scrypt|passwordHash|pendingReset/);
  });

  it('refuses a taken username, an unknown region, and disabling oneself', async () => {
    expect((await call(admin, 'POST', '/v1/users', { username: 'agent', name: 'x', roles: ['agent'] })).body.code).toBe('username-taken');
    expect((await call(admin, 'POST', '/v1/users', { username: `u-${uniq()}`, name: 'x', roles: ['manager'], regions: ['r-nowhere'] })).body.code).toBe('unknown-region');
    expect((await call(admin, 'POST', '/v1/users/admin/actions', { action: 'disable' })).body.code).toBe('disable-self');
    expect((await call(await app.login('demo', 'manager'), 'GET', '/v1/users')).status).toBe(403);
  });

  it('a disable takes effect on the next request, and enabling does not revive old tokens', async () => {
    const { username, token } = await newUser();
    expect((await app.api(token, 'GET', '/v1/me')).status).toBe(200);
    const disabled = await call(admin, 'POST', `/v1/users/${username}/actions`, { action: 'disable' });
    expect(disabled.body).toMatchObject({ disabled: true });
    expect((await app.api(token, 'GET', '/v1/me')).status).toBe(401);
    expect((await signIn(username, STRONG)).status).toBe(401);

    await call(admin, 'POST', `/v1/users/${username}/actions`, { action: 'enable' });
    expect((await app.api(token, 'GET', '/v1/me')).status).toBe(401);
    expect((await signIn(username, STRONG)).status).toBe(200);
  });

  it('a change of roles or regions ends the sessions; a change of name does not', async () => {
    const { username, token } = await newUser(['manager'], ['r-east']);
    const read = await call(admin, 'GET', `/v1/users/${username}`);
    const renamed = await call(admin, 'PATCH', `/v1/users/${username}`, { name: '片区经理 测试' }, { 'if-match': read.headers.get('etag')! });
    expect(renamed.status).toBe(200);
    expect((await app.api(token, 'GET', '/v1/me')).status).toBe(200);
    expect((await call(admin, 'PATCH', `/v1/users/${username}`, { regions: ['r-west'], version: 1 })).body.code).toBe('stale-version');
    const moved = await call(admin, 'PATCH', `/v1/users/${username}`, { regions: ['r-west'], version: renamed.body.version });
    expect(moved.body).toMatchObject({ regions: ['r-west'] });
    expect((await app.api(token, 'GET', '/v1/me')).status).toBe(401);
    const again = await signIn(username, STRONG);
    expect((await app.api(again.body.token, 'GET', '/v1/me')).body.regions).toEqual(['r-west']);
  });
});

describe('passwords and sessions', () => {
  it('sign-out ends the session', async () => {
    const { token } = await newUser();
    expect((await app.api(token, 'POST', '/v1/auth/logout')).status).toBe(204);
    expect((await app.api(token, 'GET', '/v1/me')).status).toBe(401);
  });

  it('the user changes their own password: the current one is needed, other sessions end', async () => {
    const { username, token } = await newUser();
    expect((await app.api(token, 'POST', '/v1/auth/password', { currentPassword: 'wrong-one-2026', newPassword: 'Brand-new-2026' })).body.code).toBe('wrong-password');
    expect((await app.api(token, 'POST', '/v1/auth/password', { currentPassword: STRONG, newPassword: `${username}-2026` })).body.code).toBe('weak-password');
    const changed = await app.api(token, 'POST', '/v1/auth/password', { currentPassword: STRONG, newPassword: 'Brand-new-2026' });
    expect(changed.status).toBe(200);
    expect((await app.api(token, 'GET', '/v1/me')).status).toBe(401);
    expect((await app.api(changed.body.token, 'GET', '/v1/me')).status).toBe(200);
    expect((await signIn(username, STRONG)).status).toBe(401);
    expect((await signIn(username, 'Brand-new-2026')).status).toBe(200);
  });

  it('an admin reset link works once, voids the earlier one, and the admin never sees the password', async () => {
    const { username } = await newUser();
    const first = await call(admin, 'POST', `/v1/users/${username}/password-reset`);
    const second = await call(admin, 'POST', `/v1/users/${username}/password-reset`);
    expect(second.status).toBe(201);
    expect(JSON.stringify(second.body)).not.toContain(STRONG);
    expect((await app.api(null, 'POST', '/v1/auth/password-reset', { tenant: 'demo', token: tokenOf(first.body.resetUrl), newPassword: 'Reset-pass-2026' })).body.code).toBe('invalid-reset-link');
    expect((await app.api(null, 'POST', '/v1/auth/password-reset', { tenant: 'demo', token: tokenOf(second.body.resetUrl), newPassword: 'Reset-pass-2026' })).status).toBe(204);
    expect((await signIn(username, 'Reset-pass-2026')).status).toBe(200);
  });
});

describe('sign-in throttling', () => {
  it('slows the guessing source down and never locks out the right password from another source', async () => {
    const { username } = await newUser();
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await signIn(username, `wrong-${i}`, '127.0.0.2')).status);
    expect(statuses.slice(0, 3)).toEqual([401, 401, 401]);
    expect(statuses).toContain(429);
    const sameSource = await signIn(username, STRONG, '127.0.0.2');
    expect(sameSource.status).toBe(429);
    expect(Number(sameSource.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await signIn(username, STRONG, '127.0.0.3')).status).toBe(200);
  });

  it('checks parallel guesses one at a time: most of 40 are refused unchecked', async () => {
    const { username } = await newUser();
    const statuses = await Promise.all(Array.from({ length: 40 }, (_, i) => signIn(username, `guess-${i}`, '127.0.0.4').then((r) => r.status)));
    // Three free failures, then 2 s between attempts: a loaded machine may spread the 40 over a wait or two.
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(5);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(35);
    expect((await signIn(username, STRONG, '127.0.0.5')).status).toBe(200);
  });

  it('a sign-in for an unknown company writes nothing under its prefix', async () => {
    const tenant = `nosuch-${uniq()}`;
    expect((await app.api(null, 'POST', '/v1/auth/login', { tenant, username: 'admin', password: 'whatever-2026' })).status).toBe(401);
    const out = await documentClient().send(
      new ScanCommand({ TableName: tableName(), FilterExpression: 'begins_with(pk, :p)', ExpressionAttributeValues: { ':p': `T#${tenant}#` } }),
    );
    expect(out.Items).toEqual([]);
  });
});

// Last: it gives every demo user (the admin too) a new password and ends their sessions.
describe('a password someone else set', () => {
  it('leads to the change screen at the next sign-in, until the user set their own', async () => {
    const { resetDemoPasswords } = await import('../../local/seed/demo.ts');
    await resetDemoPasswords('Handed-over-2026', { mustChange: true });
    const first = await signIn('dispatcher', 'Handed-over-2026');
    expect(first.body.mustChangePassword).toBe(true);
    // Until then the token opens only /v1/me, sign-out and the change itself.
    expect((await app.api(first.body.token, 'GET', '/v1/regions')).body.code).toBe('password-change-required');
    expect((await app.api(first.body.token, 'GET', '/v1/me')).status).toBe(200);
    const changed = await app.api(first.body.token, 'POST', '/v1/auth/password', { currentPassword: 'Handed-over-2026', newPassword: 'Own-choice-2026' });
    expect(changed.status).toBe(200);
    expect((await signIn('dispatcher', 'Own-choice-2026')).body.mustChangePassword).toBe(false);
  });
});
