import { spawn } from 'node:child_process';
import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import { documentClient } from '../shared/db/client.ts';
import { tableName } from '../shared/table.ts';

/** Shared helpers of the benchmarks: percentiles, child processes, a printed table of ratios. */
export const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

export interface Latency {
  p50: number;
  p99: number;
  requests: number;
  rps: number;
}

/** Run a command in its own process and parse the JSON it prints last. */
export function runJson<T>(command: string, args: string[], env: Record<string, string> = {}): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`${command} ${args.join(' ')} exited ${code}`));
      const lastJson = out.trim().split('\n').reverse().find((l) => l.startsWith('{'));
      try {
        resolve(JSON.parse(lastJson ?? out) as T);
      } catch (error) {
        reject(error);
      }
    });
  });
}

/** autocannon in a separate process (so the load generator does not share the server's event loop). */
export async function autocannon(url: string, headers: Record<string, string>, seconds: number, connections = 16): Promise<Latency> {
  const args = ['autocannon', '-j', '-c', String(connections), '-d', String(seconds)];
  for (const [k, v] of Object.entries(headers)) args.push('-H', `${k}=${v}`);
  args.push(url);
  const out = await runJson<{ latency: { p50: number; p99: number }; requests: { total: number; average: number }; non2xx: number; errors: number }>('npx', args);
  if (out.non2xx || out.errors) throw new Error(`${url}: ${out.non2xx} non-2xx and ${out.errors} errors under load`);
  return { p50: out.latency.p50, p99: out.latency.p99, requests: out.requests.total, rps: out.requests.average };
}

export const fmt = (n: number, digits = 2) => n.toFixed(digits);

/** The regions a benchmark spreads its customers over, created (as the admin, through the API) when the tenant lacks them. */
export async function ensureRegions(url: string, password: string, regions: string[], tenant = 'demo'): Promise<void> {
  const headers = await loginHeaders(url, password, 'admin', tenant);
  const existing = new Set(((await (await fetch(`${url}/v1/regions`, { headers })).json()) as { items: { regionId: string }[] }).items.map((r) => r.regionId));
  for (const regionId of regions.filter((r) => !existing.has(r))) {
    const res = await fetch(`${url}/v1/regions`, { method: 'POST', headers, body: JSON.stringify({ regionId, name: regionId }) });
    if (res.status !== 201) throw new Error(`region ${regionId}: ${res.status} ${await res.text()}`);
  }
}

/** The headers of an API call as a user (logged in with the seed's password). */
export async function loginHeaders(url: string, password: string, username = 'admin', tenant = 'demo'): Promise<{ authorization: string; 'content-type': string }> {
  const login = await fetch(`${url}/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ tenant, username, password }) });
  const { token } = (await login.json()) as { token: string };
  return { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
}

/** Items put raw with BatchWriteItem, 25 a call, `parallel` calls in flight, unprocessed items retried: the baseline writes. */
export async function rawBatchPut(items: Record<string, unknown>[], parallel: number): Promise<void> {
  const calls = Array.from({ length: Math.ceil(items.length / 25) }, (_, i) => items.slice(i * 25, (i + 1) * 25));
  let next = 0;
  const worker = async () => {
    while (next < calls.length) {
      let request: Record<string, unknown[]> | undefined = { [tableName()]: calls[next++]!.map((Item) => ({ PutRequest: { Item } })) };
      while (request && Object.keys(request).length) {
        const out = await documentClient().send(new BatchWriteCommand({ RequestItems: request as never }));
        request = out.UnprocessedItems as Record<string, unknown[]> | undefined;
      }
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
}
