import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runChild } from '../support/child.ts';
import { startTestApp, type TestApp } from '../support/app.ts';

/**
 * The `gascare` command (bin/gascare.js → local/cli/gascare/) as a child process against the
 * test app, with its own config file: --help, refusals as one line and a non-zero exit, login
 * with an API key and with a user, customers export, jobs run --follow, webhooks test.
 */
const SLOW = 240_000;
let app: TestApp;
let dir: string;
let config: string;
/** A webhook receiver: 200 on /ok, 500 elsewhere. */
let receiver: Server;
let receiverUrl: string;

beforeAll(async () => {
  receiver = createServer((req, res) => {
    req.resume();
    req.on('end', () => res.writeHead(req.url === '/ok' ? 200 : 500, { 'content-type': 'text/plain' }).end('receiver'));
  });
  await new Promise<void>((done) => receiver.listen(0, '127.0.0.1', done));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
  app = await startTestApp({ webhookRetryScale: 0.0001 });
  dir = mkdtempSync(join(tmpdir(), 'gascare-cmd-'));
  config = join(dir, 'gascare', 'config.json');
});
afterAll(async () => {
  await app.stop();
  receiver.closeAllConnections();
  await new Promise((done) => receiver.close(done));
  rmSync(dir, { recursive: true, force: true });
});

const gascare = (...args: string[]) => runChild(process.execPath, ['bin/gascare.js', ...args], { ...process.env, GASCARE_CONFIG: config, GASCARE_URL: '', NODE_OPTIONS: '' });

const createKey = async (scopes: string[]) => (await app.api(await app.login('demo', 'admin'), 'POST', '/v1/api-keys', { name: 'gascare CLI', scopes })).body as { id: string; key: string };

describe('gascare --help', () => {
  it('lists the commands', async () => {
    const run = await gascare('--help');
    expect(run.code).toBe(0);
    for (const command of ['login', 'logout', 'customers', 'jobs', 'webhooks']) expect(run.stdout).toMatch(new RegExp(`^  ${command}\\b`, 'm'));
    const jobs = await gascare('jobs', 'run', '--help');
    expect(jobs.stdout).toContain('--as-of <date>');
    expect(jobs.stdout).toContain('--follow');
  }, SLOW);
});

describe('failures: one line, non-zero exit', () => {
  it('says so when not signed in', async () => {
    const run = await gascare('jobs', 'run', 'reindex-customers', '--as-of', '2026-12-01');
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe('gascare: not signed in: run gascare login');
  }, SLOW);

  it('refuses bad credentials at login and stores nothing', async () => {
    const badKey = await gascare('login', '--url', app.url, '--api-key', 'gck_demo_nope_nope');
    expect(badKey.code).not.toBe(0);
    expect(badKey.stderr.trim()).toBe('gascare: login failed: the API key was refused');
    const badPassword = await gascare('login', '--url', app.url, '--tenant', 'demo', '--user', 'admin', '--password', 'wrong-password');
    expect(badPassword.code).not.toBe(0);
    expect(badPassword.stderr.trim()).toBe('gascare: login failed: wrong tenant, user or password');
    expect(() => statSync(config)).toThrow();
  }, SLOW);

  it('a key revoked after login: "not signed in"', async () => {
    const key = await createKey(['customers:read']);
    expect((await gascare('login', '--url', app.url, '--api-key', key.key)).code).toBe(0);
    await app.api(await app.login('demo', 'admin'), 'DELETE', `/v1/api-keys/${key.id}`);
    const run = await gascare('customers', 'export', '--out', join(dir, 'never.csv'), '--quiet');
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe('gascare: not signed in: run gascare login');
  }, SLOW);
});

describe('signed in', () => {
  it('with an API key: stores it (0600) and exports the customers', async () => {
    const key = await createKey(['customers:read']);
    const login = await gascare('login', '--url', app.url, '--api-key', key.key);
    expect(login.code).toBe(0);
    expect(login.stdout).toContain(`signed in to ${app.url}`);
    expect(statSync(config).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(config, 'utf8'))).toMatchObject({ url: app.url, apiKey: key.key, tenant: 'demo' });

    const out = join(dir, 'customers.csv');
    const run = await gascare('customers', 'export', '--out', out);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/export: \d+ customers in \d+ chunks/);
    const bytes = readFileSync(out);
    expect(bytes.subarray(0, 3).toString('hex')).toBe('efbbbf');
    expect(bytes.toString('utf8').split('\n').length).toBeGreaterThan(2); // header and the demo's customers
  }, SLOW);

  it('as a user: runs a job and follows it to the end; an unknown job is refused; logout forgets', async () => {
    const login = await gascare('login', '--url', app.url, '--tenant', 'demo', '--user', 'admin', '--password', app.password);
    expect(login.code).toBe(0);
    expect(login.stdout).toContain('as demo/admin');

    const run = await gascare('jobs', 'run', 'reindex-customers', '--as-of', '2026-12-01', '--follow');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^run \w+ of reindex-customers (queued|running|succeeded)/m);
    expect(run.stdout).toMatch(/^run \w+ of reindex-customers succeeded/m);
    expect(run.stderr).toMatch(/reindex-customers \|.*\| \d+% \|/); // the progress bar

    const unknown = await gascare('jobs', 'run', 'no-such-job', '--as-of', '2026-12-01', '--follow');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr.trim().split('\n')).toHaveLength(1);
    expect(unknown.stderr).toMatch(/^gascare: HTTP 404/);

    const badDate = await gascare('jobs', 'run', 'reindex-customers', '--as-of', 'yesterday');
    expect(badDate.code).toBe(1);
    expect(badDate.stderr).toContain('--as-of: "yesterday" is not a date');

    // webhooks test: the delivery's first attempt, a receiver's 500 is a failure.
    const admin = await app.login('demo', 'admin');
    const hook = async (path: string) => (await app.api(admin, 'POST', '/v1/webhooks', { url: `${receiverUrl}${path}`, events: ['customer.*'] })).body as { id: string };
    const ok = await gascare('webhooks', 'test', (await hook('/ok')).id);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/^delivery \w+ \(webhook\.test\): succeeded, attempt 1: 200/m);
    const failing = await gascare('webhooks', 'test', (await hook('/fail')).id);
    expect(failing.code).toBe(1);
    expect(failing.stdout).toMatch(/attempt \d+: 500/); // retries are fast here (webhookRetryScale)
    expect(failing.stderr).toMatch(/^gascare: webhook \w+: the test delivery failed \(500\)$/m);

    expect((await gascare('logout')).stdout).toContain('signed out');
    expect((await gascare('jobs', 'run', 'reindex-customers', '--as-of', '2026-12-01')).stderr.trim()).toBe('gascare: not signed in: run gascare login');
  }, SLOW);
});
