import '../local/quiet-defaults.ts';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startRuntime } from '../local/runtime.ts';
import { TenantStore } from '../shared/db/tenant-store.ts';
import { customerFromItem } from '../shared/entities/customer.ts';
import { keys } from '../shared/keys.ts';
import { Index } from '../shared/table.ts';
import { systemContext } from '../shared/tenancy.ts';
import { fmt, loginHeaders, runJson, type Latency } from './lib.ts';

/**
 * The load run (issue "proof harness"): `npm start`'s runtime with the demo, a mixed workload
 * (archive searches, ticket actions, reading batches: bench/load-client.ts) from autocannon in its
 * own process for BENCH_LOAD_SECONDS (60) at BENCH_LOAD_CONNECTIONS (50). It fails on any error,
 * timeout or non-2xx. Throughput and p50/p99 are printed against raw DynamoDB Local Queries (the
 * search's own index, 20 items) at the same connections for the same time, in the same run.
 * env: BENCH_LOAD_SECONDS, BENCH_LOAD_CONNECTIONS, BENCH_LOAD_BATCH (readings a batch, 20),
 * BENCH_LOAD_SCALE (demo customers relative to npm start's, 0.5).
 */
const SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 60);
const CONNECTIONS = Number(process.env.BENCH_LOAD_CONNECTIONS ?? 50);
const BATCH = Number(process.env.BENCH_LOAD_BATCH ?? 20);
const SCALE = Number(process.env.BENCH_LOAD_SCALE ?? 0.5);
const TICKETS = 300;
const METERS = 1000;
const PASSWORD = 'bench-password';
const REGIONS = ['r-east', 'r-west', 'r-south'];

interface LoadResult extends Latency {
  errors: number;
  timeouts: number;
  non2xx: number;
  byStatus: Record<string, number>;
  byKind: Record<string, number>;
}

export async function benchLoad(): Promise<Record<string, number>> {
  const runtime = await startRuntime({ port: 0, seed: 'demo', seedPassword: PASSWORD, customerScale: SCALE, throttle: false, tableName: 'bench-load' });
  const dir = mkdtempSync(join(tmpdir(), 'gascare-load-'));
  try {
    const headers = await loginHeaders(runtime.url, PASSWORD, 'admin');
    const store = new TenantStore(systemContext('demo', 'bench', 'bench'));
    const customers = [];
    for (const regionId of REGIONS) {
      for await (const page of store.queryPages({ index: Index.byRegionName, pk: keys.regionCustomers('demo', regionId) })) customers.push(...page.items.map(customerFromItem));
    }
    const gasOn = customers.filter((c) => c.lifecycle.state === 'gas-on');
    const searches = customers.flatMap((c) => [c.accountNumber.slice(0, -2), c.name]);

    // Tickets to act on, acknowledged (pause and resume need a ticket being worked).
    const tickets: string[] = [];
    for (let i = 0; i < TICKETS; i++) {
      const customer = gasOn[i % gasOn.length]!;
      const created = await fetch(`${runtime.url}/v1/tickets`, { method: 'POST', headers, body: JSON.stringify({ kind: 'repair', customerId: customer.id, description: '压测：表具检查', channel: 'phone' }) });
      const { id } = (await created.json()) as { id: string };
      const ack = await fetch(`${runtime.url}/v1/tickets/${id}/actions`, { method: 'POST', headers, body: JSON.stringify({ action: 'acknowledge' }) });
      if (created.status !== 201 || ack.status !== 200) throw new Error(`ticket ${i}: ${created.status} / ${ack.status}`);
      tickets.push(id);
    }
    // Meters to read, each from its last value.
    const active = gasOn.flatMap((c) => (c.meters ?? []).filter((m) => m.status === 'active').map((m) => m.id)).slice(0, METERS);
    const meters = await Promise.all(
      active.map(async (id) => {
        const page = (await (await fetch(`${runtime.url}/v1/meters/${id}/readings?limit=1`, { headers })).json()) as { items: { value: number }[] };
        return { id, value: page.items[0]?.value ?? 0 };
      }),
    );
    if (meters.length < BATCH * 10) throw new Error(`only ${meters.length} active meters: raise BENCH_LOAD_SCALE`);

    const configFile = join(dir, 'load.json');
    writeFileSync(configFile, JSON.stringify({ url: runtime.url, seconds: SECONDS, connections: CONNECTIONS, batch: BATCH, headers, searches, tickets, meters }));
    const ours = await runJson<LoadResult>('npx', ['tsx', 'bench/load-client.ts'], { LOAD_CONFIG: configFile });
    const raw = await runJson<Latency>('npx', ['tsx', 'bench/raw-getitem.ts'], {
      ENDPOINT: runtime.dynamoEndpoint,
      TABLE: runtime.tableName,
      OP: 'query',
      INDEX: Index.byRegionName,
      PK: keys.regionCustomers('demo', 'r-east'),
      SECONDS: String(SECONDS),
      CONNECTIONS: String(CONNECTIONS),
    });
    // autocannon's `errors` counts the timeouts among them.
    const failures = ours.errors + ours.non2xx;
    console.log(`\nLoad: ${SECONDS} s at ${CONNECTIONS} connections, a third each: searches, ticket actions, batches of ${BATCH} readings (${ours.byKind.search} / ${ours.byKind.ticket} / ${ours.byKind.readings} sent)`);
    console.log('| what | requests | req/s | p50 ms | p99 ms | errors (timeouts among them), non-2xx |');
    console.log('| --- | --- | --- | --- | --- | --- |');
    console.log(`| mixed workload through the API | ${ours.requests} | ${fmt(ours.rps, 0)} | ${fmt(ours.p50)} | ${fmt(ours.p99)} | ${ours.errors} (${ours.timeouts}), ${ours.non2xx} (${JSON.stringify(ours.byStatus)}) |`);
    console.log(`| raw Query of the search index, 20 items | ${raw.requests} | ${fmt(raw.rps, 0)} | ${fmt(raw.p50)} | ${fmt(raw.p99)} | |`);
    console.log(`| ratio | | ${fmt(ours.rps / raw.rps)} | ${fmt(ours.p50 / raw.p50)} | ${fmt(ours.p99 / raw.p99)} | |`);
    if (failures) throw new Error(`${failures} failed requests under load: ${JSON.stringify(ours.byStatus)}`);
    return { requests: ours.requests, rps: ours.rps, rpsRatio: ours.rps / raw.rps, p50Ratio: ours.p50 / raw.p50, p99Ratio: ours.p99 / raw.p99, failures };
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await runtime.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchLoad();
