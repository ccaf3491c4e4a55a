import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { startRuntime, type Runtime } from '../../local/runtime.ts';
import { seedDemo } from '../../local/seed/demo.ts';
import { jsonCall, rawCall } from './http.ts';
import { useFreshTable } from './table.ts';
import type { ApiKeyTier } from '../../shared/auth/api-key-tiers.ts';
import createClient, { type Client } from 'openapi-fetch';
import type { paths } from '../../console/src/api/schema.d.ts';

/**
 * The product as a test sees it: the local runtime on a random port, over the run's shared
 * DynamoDB Local, with a table of its own, spoken to over real HTTP.
 */
export interface ApiResponse<T = any> {
  status: number;
  headers: Headers;
  body: T;
}

export interface TestApp {
  url: string;
  password: string;
  runtime: Runtime;
  stop(): Promise<void>;
  login(tenant: string, username: string): Promise<string>;
  api<T = any>(token: string | null, method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<ApiResponse<T>>;
  raw(method: string, path: string, init?: { body?: string; headers?: Record<string, string> }): Promise<ApiResponse>;
  /**
   * The typed client (openapi-fetch over the console's generated schema, as the console and the
   * CLI use): a test written with it stops compiling when a path or a field it relies on changes.
   */
  client(credential: string | null): Client<paths>;
}

export interface TestAppOptions {
  seed?: 'demo' | 'none';
  /** Demo customers relative to `npm start`'s (default 0.01: a few dozen). */
  customerScale?: number;
  /** Whether the demo seed runs the jobs once (default true, as `npm start` does); false: a store the jobs never ran on. */
  seedJobs?: boolean;
  /** Shrinks the webhook retry schedule (0.0001: eight attempts in about 7 s). */
  webhookRetryScale?: number;
  /** Shrinks API-key tiers' daily quotas (`{ basic: 3 }`: the fourth request of a basic key's day is 429). */
  dailyQuotas?: Partial<Record<ApiKeyTier, number>>;
}

/** An integrator key (`gck_…`) or a console token. */
const credentialHeaders = (credential: string | null): Record<string, string> =>
  credential ? (credential.startsWith('gck_') ? { 'x-api-key': credential } : { authorization: `Bearer ${credential}` }) : {};

export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const endpoint = process.env.GASCARE_TEST_DYNAMODB_ENDPOINT;
  if (!endpoint) throw new Error('no DynamoDB Local: run tests through jest (test/support/store-environment.mjs starts it)');
  const password = `pw-${randomBytes(6).toString('hex')}`;
  const seed = options.seed ?? 'demo';
  const customerScale = options.customerScale ?? 0.01;
  let tableName = `t-${randomBytes(6).toString('hex')}`;
  if (seed === 'demo' && options.seedJobs === false) {
    // The runtime's own seed runs the jobs: seed the same demo without them first, into the table
    // the runtime then finds seeded (and leaves as it is). Before the runtime, so its stream poller
    // starts after the seed's records, as with its own seed.
    tableName = await useFreshTable();
    await seedDemo({ password, customerScale, jobs: false });
  }
  const runtime = await startRuntime({
    port: 0,
    dynamoEndpoint: endpoint,
    tableName,
    seed,
    seedPassword: password,
    customerScale,
    consoleDir: resolve('console/dist'),
    webhookRetryScale: options.webhookRetryScale,
    dailyQuotas: options.dailyQuotas,
  });

  const raw = (method: string, path: string, init: { body?: string; headers?: Record<string, string> } = {}) => rawCall(runtime.url, method, path, init);
  const api = (token: string | null, method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
    jsonCall(runtime.url, method, path, body, { ...credentialHeaders(token), ...headers });

  return {
    url: runtime.url,
    password,
    runtime,
    stop: () => runtime.stop(),
    raw,
    api: api as TestApp['api'],
    client: (credential) => createClient<paths>({ baseUrl: runtime.url, headers: credentialHeaders(credential) }),
    async login(tenant, username) {
      const res = await api(null, 'POST', '/v1/auth/login', { tenant, username, password });
      if (res.status !== 200) throw new Error(`login ${tenant}/${username} failed: ${res.status} ${JSON.stringify(res.body)}`);
      return (res.body as { token: string }).token;
    },
  };
}
