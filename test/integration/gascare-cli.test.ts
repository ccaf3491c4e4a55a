import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runChild } from '../support/child.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { caller } from '../support/retry.ts';
import { newCustomer } from './customers-fixtures.ts';
import { gasOnMeter } from './reading-fixtures.ts';

/**
 * The `gascare` command (bin/gascare.js → local/cli/gascare/) as a child process against the
 * test app, with its own config file: --help, refusals as one line and a non-zero exit, login
 * with an API key and with a user, customers export, jobs run --follow, webhooks test, events
 * tail --once, readings upload (and its re-run).
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
    for (const command of ['login', 'logout', 'customers', 'readings', 'jobs', 'events', 'webhooks']) expect(run.stdout).toMatch(new RegExp(`^  ${command}\\b`, 'm'));
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

describe('events tail and readings upload', () => {
  it('events tail --once prints the events of an action done just before, as JSON lines or text; a key without events:read is refused', async () => {
    const admin = await app.login('demo', 'admin');
    const since = new Date(Date.now() - 1000).toISOString();
    const customer = (await app.api(admin, 'POST', '/v1/customers', newCustomer())).body as { id: string };
    expect((await gascare('login', '--url', app.url, '--api-key', (await createKey(['events:read'])).key)).code).toBe(0);
    await new Promise((r) => setTimeout(r, 1500)); // the feed leaves the newest second for the next poll

    const run = await gascare('events', 'tail', '--once', '--since', since, '--types', 'customer.*');
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });
    const events = run.stdout.trim().split('\n').map((line) => JSON.parse(line) as { id: string; type: string; data: { customerId?: string } });
    expect(events.filter((e) => e.data.customerId === customer.id).map((e) => e.type)).toEqual(['customer.created']);
    expect(events.every((e) => e.type.startsWith('customer.'))).toBe(true);
    expect(events.map((e) => e.id)).toEqual(events.map((e) => e.id).sort());

    const text = await gascare('events', 'tail', '--once', '--since', '10m', '--types', 'customer.created', '--format', 'text');
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(new RegExp(`^\\S+Z  customer\\.created +\\w{26}  customerId=${customer.id}`, 'm'));

    const badSince = await gascare('events', 'tail', '--once', '--since', 'yesterday');
    expect(badSince.code).toBe(1);
    expect(badSince.stderr).toContain('--since: "yesterday" is not a time');
    const badTypes = await gascare('events', 'tail', '--once', '--types', 'policy.*');
    expect(badTypes.code).toBe(1);
    expect(badTypes.stderr).toMatch(/^gascare: HTTP 400: .*query\.types\.0/);

    expect((await gascare('login', '--url', app.url, '--api-key', (await createKey(['customers:read'])).key)).code).toBe(0);
    const refused = await gascare('events', 'tail', '--once');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^gascare: not allowed: HTTP 403/);
  }, SLOW);

  it('events tail polls until Ctrl-C, then exits 0', async () => {
    expect((await gascare('login', '--url', app.url, '--api-key', (await createKey(['events:read'])).key)).code).toBe(0);
    const child = spawn(process.execPath, ['bin/gascare.js', 'events', 'tail', '--since', '1d', '--interval', '0.5'], { env: { ...process.env, GASCARE_CONFIG: config, GASCARE_URL: '', NODE_OPTIONS: '' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const deadline = Date.now() + 60_000;
    while (!stdout.includes('\n') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200)); // the first page (the demo's events of the day)
    await new Promise((r) => setTimeout(r, 1500)); // a few empty polls
    child.kill('SIGINT');
    expect({ code: await exited, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout.trim().split('\n').every((line) => typeof JSON.parse(line).id === 'string')).toBe(true);
  }, SLOW);

  it('readings upload: rows checked with their numbers, a summary, exit 3 on rejected rows; the same file again applies nothing twice', async () => {
    const admin = await app.login('demo', 'admin');
    const meterId = await gasOnMeter(caller(app), admin);
    const file = join(dir, 'readings.csv');
    writeFileSync(
      file,
      [
        'meterId,value,readAt,source',
        `${meterId},10,2026-11-01T10:00:00+08:00,field`,
        `${meterId},25.5,2026-11-15T10:00:00+08:00,`,
        `${meterId},25.5,2026-11-15T10:00:00+08:00,app`,
        `${meterId},abc,2026-11-20T10:00:00+08:00,field`,
        `M-0001,30,2026-11-20T10:00:00+08:00,field`,
        '01JZZZZZZZZZZZZZZZZZZZZZZZ,30,2026-11-20T10:00:00+08:00,field',
        '',
      ].join('\n'),
    );
    expect((await gascare('login', '--url', app.url, '--api-key', (await createKey(['readings:write'])).key)).code).toBe(0);

    const first = await gascare('readings', 'upload', file, '--batch', '2');
    expect(first.code).toBe(3);
    const lines = first.stdout.trim().split('\n');
    expect(lines[0]).toBe('readings.csv: 6 rows, 2 accepted, 1 duplicates, 3 rejected; exceptions raised: high 1 (2 batches)'); // 15.5 m³ in 14 days on a new meter: `high`
    expect(lines.slice(1)).toEqual([expect.stringMatching(/^ {2}row 5: value: /), expect.stringMatching(/^ {2}row 6: meterId: /), '  row 7: meterId: meter not found']);
    expect(first.stderr).toMatch(/readings \|.*\| \d+% \|/); // the progress bar

    const again = await gascare('readings', 'upload', file, '--batch', '2', '--json', '--quiet');
    expect(again.code).toBe(3);
    const summary = JSON.parse(again.stdout) as { accepted: number; duplicates: number; rejected: { row: number }[]; batches: number; replayedBatches: number };
    expect(summary).toMatchObject({ rows: 6, accepted: 2, duplicates: 1, exceptions: { high: 1 }, batches: 2, replayedBatches: 2 });
    expect(summary.rejected.map((r) => r.row)).toEqual([5, 6, 7]);
    const stored = await app.api(admin, 'GET', `/v1/meters/${meterId}/readings`);
    expect(stored.body.items.map((r: { value: number }) => r.value).sort()).toEqual([10, 25.5]);

    const clean = join(dir, 'clean.csv');
    writeFileSync(clean, `meterId,value,readAt,cardBalanceFen\n${meterId},40,2026-11-25T10:00:00+08:00,1235\n`);
    const ok = await gascare('readings', 'upload', clean, '--quiet');
    expect(ok.code).toBe(0);
    expect(ok.stdout.trim()).toMatch(/^clean\.csv: 1 rows, 1 accepted, 0 duplicates, 0 rejected; exceptions raised: .* \(1 batches\)$/);
    expect((await app.api(admin, 'GET', `/v1/meters/${meterId}/readings?limit=1`)).body.items[0]).toMatchObject({ value: 40, cardBalanceFen: 1235 });
    const yuan = join(dir, 'yuan.csv');
    writeFileSync(yuan, `meterId,value,readAt,cardBalance\n${meterId},45,2026-11-26T10:00:00+08:00,12.35\n`);
    const old = await gascare('readings', 'upload', yuan, '--quiet');
    expect(old.code).toBe(1);
    expect(old.stderr).toContain('unknown cardBalance (now cardBalanceFen (integer fen: ¥12.35 is 1235))');
    const decimal = join(dir, 'decimal.csv');
    writeFileSync(decimal, `meterId,value,readAt,cardBalanceFen\n${meterId},45,2026-11-26T10:00:00+08:00,12.35\n`);
    const refused = await gascare('readings', 'upload', decimal, '--quiet');
    expect(refused.code).toBe(3);
    expect(refused.stdout).toMatch(/row 2: cardBalanceFen: an integer number of fen/);
    const missing = await gascare('readings', 'upload', join(dir, 'nope.csv'));
    expect(missing.code).toBe(1);
    expect(missing.stderr.trim()).toBe(`gascare: no file ${join(dir, 'nope.csv')}`);
  }, SLOW);
});
