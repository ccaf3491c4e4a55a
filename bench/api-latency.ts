import '../local/quiet-defaults.ts';
import { startRuntime } from '../local/runtime.ts';
import { keys } from '../shared/keys.ts';
import { autocannon, fmt, runJson, type Latency } from './lib.ts';

/**
 * p50/p99 of `GET /v1/me` (auth + middleware, no store read) and of `GET /v1/regions/{regionId}`
 * (a GetItem-backed endpoint) under autocannon (16 connections, separate process), each divided by
 * raw GetItem p50/p99 against the same DynamoDB Local in the same run.
 */
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);

export async function benchApiLatency(): Promise<Record<string, number>> {
  const password = 'bench-password';
  const runtime = await startRuntime({ port: 0, seed: 'demo', seedPassword: password, customerScale: 0, throttle: false, tableName: 'bench' });
  try {
    const login = await fetch(`${runtime.url}/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ tenant: 'demo', username: 'admin', password }) });
    const { token } = (await login.json()) as { token: string };
    const auth = { authorization: `Bearer ${token}` };

    const userKey = keys.user('demo', 'admin');
    const raw = await runJson<Latency>('npx', ['tsx', 'bench/raw-getitem.ts'], {
      ENDPOINT: runtime.dynamoEndpoint,
      TABLE: runtime.tableName,
      PK: userKey.pk,
      SK: userKey.sk,
      SECONDS: String(SECONDS),
    });
    const me = await autocannon(`${runtime.url}/v1/me`, auth, SECONDS);
    const region = await autocannon(`${runtime.url}/v1/regions/r-east`, auth, SECONDS);

    const rows: [string, Latency][] = [
      ['raw GetItem (baseline)', raw],
      ['GET /v1/me', me],
      ['GET /v1/regions/{regionId}', region],
    ];
    console.log(`\nAPI latency, 16 connections, ${SECONDS}s each, same DynamoDB Local`);
    console.log('| what | p50 ms | p99 ms | req/s | p50 ÷ raw | p99 ÷ raw |');
    console.log('| --- | --- | --- | --- | --- | --- |');
    for (const [name, l] of rows) console.log(`| ${name} | ${fmt(l.p50)} | ${fmt(l.p99)} | ${fmt(l.rps, 0)} | ${fmt(l.p50 / raw.p50)} | ${fmt(l.p99 / raw.p99)} |`);
    return { meP50Ratio: me.p50 / raw.p50, meP99Ratio: me.p99 / raw.p99, getP50Ratio: region.p50 / raw.p50, getP99Ratio: region.p99 / raw.p99 };
  } finally {
    await runtime.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchApiLatency();
