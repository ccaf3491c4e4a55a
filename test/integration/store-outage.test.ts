import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startRuntime, type Runtime } from '../../local/runtime.ts';
import { logger } from '../../shared/logger.ts';
import { jsonCall } from '../support/http.ts';

/**
 * The store going away under a running runtime: with a DynamoDB Local of its own (not the test
 * file's) persisted in a temp dir, its Java process is killed. Every kind of call answers 503
 * with Retry-After while it is down (never 500), and the runtime's supervisor starts it again on
 * the same port and data: the same calls then succeed, with nobody restarting anything.
 */
const password = 'outage-password-1';
let dataDir: string;
let runtime: Runtime;
let token: string;
let apiKey: string;

const call = (method: string, path: string, init: { body?: unknown; headers?: Record<string, string> } = {}) => jsonCall(runtime.url, method, path, init.body, init.headers) as Promise<{ status: number; headers: Headers; body: any }>;

const bearer = () => ({ authorization: `Bearer ${token}` });
let region = 0;
/** A read, a write, a search, a login and an API-key check. */
const CALLS = {
  read: () => call('GET', '/v1/regions', { headers: bearer() }),
  write: () => call('POST', '/v1/regions', { headers: bearer(), body: { regionId: `r-o${++region}`, name: `断线${region}` } }),
  search: () => call('GET', `/v1/customers?q=${encodeURIComponent('张')}`, { headers: bearer() }),
  login: () => call('POST', '/v1/auth/login', { body: { tenant: 'demo', username: 'admin', password } }),
  'api key': () => call('GET', '/v1/customers', { headers: { 'x-api-key': apiKey } }),
};

const LONG = 180_000;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'gascare-outage-'));
  runtime = await startRuntime({ port: 0, dataDir, seed: 'demo', seedPassword: password, customerScale: 0.005, storeRestartDelayMs: 6000 });
  const login = await call('POST', '/v1/auth/login', { body: { tenant: 'demo', username: 'admin', password } });
  token = login.body.token;
  apiKey = (await call('POST', '/v1/api-keys', { headers: bearer(), body: { name: 'meter vendor', scopes: ['customers:read'] } })).body.key;
}, LONG);
afterAll(async () => {
  await runtime?.stop();
  rmSync(dataDir, { recursive: true, force: true });
}, LONG);

/** What the stream poller logs (it used to write ~10 warnings a second for as long as the store was down). */
const pollerLines: string[] = [];
for (const level of ['warn', 'info'] as const) {
  const original = logger[level].bind(logger) as (...args: unknown[]) => void;
  (logger as unknown as Record<string, unknown>)[level] = (message: unknown, ...rest: unknown[]) => {
    if (typeof message === 'string' && message.startsWith('stream poll')) pollerLines.push(`${level}: ${message}`);
    original(message, ...rest);
  };
}

it('answers 503 with Retry-After while the store is down, and recovers on its own when the supervisor restarted it', async () => {
  for (const [name, make] of Object.entries(CALLS)) expect([name, (await make()).status]).toEqual([name, name === 'write' ? 201 : 200]);
  const before = (await CALLS.read()).body.items.length;

  const pid = runtime.dynamo!.pid!;
  expect(pid).toBeGreaterThan(0);
  process.kill(pid, 'SIGKILL');
  await new Promise((r) => setTimeout(r, 300));

  // All at once: within the supervisor's pause before it starts the store again.
  const down = await Promise.all(Object.entries(CALLS).map(async ([name, make]) => [name, await make()] as const));
  for (const [name, res] of down) {
    expect([name, res.status]).toEqual([name, 503]);
    expect([name, Number(res.headers.get('retry-after'))]).toEqual([name, expect.any(Number)]);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(res.body).toMatchObject({ status: 503, code: 'store-unavailable' });
  }

  // Same port, same data: the same calls succeed again once the supervisor restarted it.
  const deadline = Date.now() + 90_000;
  let last = 0;
  while (Date.now() < deadline) {
    last = (await CALLS.read()).status;
    if (last === 200) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  expect(last).toBe(200);
  expect(runtime.dynamo!.pid).not.toBe(pid);
  for (const [name, make] of Object.entries(CALLS)) expect([name, (await make()).status]).toEqual([name, name === 'write' ? 201 : 200]);
  expect((await CALLS.read()).body.items.length).toBe(before + 1); // the data of before the outage, and the write after it

  // The poller: one line when it started failing, one when it recovered.
  const until = Date.now() + 20_000;
  while (pollerLines.length < 2 && Date.now() < until) await new Promise((r) => setTimeout(r, 250));
  expect(pollerLines).toEqual([expect.stringMatching(/^warn: stream poll failing/), expect.stringMatching(/^info: stream poll recovered/)]);
}, LONG);
