import '../local/quiet-defaults.ts';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { ensureTable } from '../local/create-table.ts';
import { startRuntime, type Runtime } from '../local/runtime.ts';
import { writeCustomerCsv } from '../local/seed/customer-csv.ts';
import { ensureRegions, fmt, runJson } from './lib.ts';

/**
 * Import of N customers (BENCH_CUSTOMERS, default 100,000) through the product — the CLI in its own
 * process streaming the CSV in batches of 500 over HTTP to the local runtime, which validates each
 * row and writes it through the CustomerArchive (one transaction per customer: customer, account
 * guard, region check, meter, serial guard, audit records, outbox events) — as a ratio to the
 * baseline: the same items (built by the importer's column mapping and planNewCustomer) written
 * raw with BatchWriteItem, 25 a call, 16 calls in flight, into another table of the same DynamoDB
 * Local in the same run. The file is split in BENCH_ROUNDS parts (default 4), each written raw and
 * imported, alternating which side goes first: on a shared machine the load drifts during a
 * half-hour run, and a single raw-then-import sequence measured the drift as much as the code.
 *
 * Time: DynamoDB Local writes ~100–150 customers/s either way on a 2-core machine: 100,000
 * customers take about 15 minutes for each side. BENCH_CUSTOMERS=5000 takes about a minute.
 * BENCH_IMPORT_PARALLEL: batches the CLI keeps in flight (default 1: 16 rows in flight on the
 * server, the baseline's 16 calls).
 */
export const CUSTOMERS = Number(process.env.BENCH_CUSTOMERS ?? 100_000);
const PARALLEL = Number(process.env.BENCH_IMPORT_PARALLEL ?? 1);
/** Interleaved rounds (raw, import, import, raw, …) over parts of the file: load drift hits both sides. */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 4);
/** 22 regions: the demo's 3 and 19 more, created by ensureRegions (an admin's search spans them all). */
export const BENCH_REGIONS = ['r-east', 'r-west', 'r-south', ...Array.from({ length: 19 }, (_, i) => `r-b${String(i + 1).padStart(2, '0')}`)];
const PASSWORD = 'bench-password';

interface RawResult {
  customers: number;
  items: number;
  calls: number;
  seconds: number;
  rowsPerSecond: number;
  itemsPerSecond: number;
}

interface ImportResult {
  rows: number;
  counts: Record<string, number>;
  seconds: number;
  rowsPerSecond: number;
}

export interface ImportBench {
  figures: Record<string, number>;
  /** Left running when asked (`keep`), with N customers in its table: the search benchmark reuses it. */
  runtime?: Runtime;
  password: string;
}

export async function benchImport(options: { keep?: boolean; customers?: number } = {}): Promise<ImportBench> {
  const n = options.customers ?? CUSTOMERS;
  const rounds = Math.max(1, Math.min(ROUNDS, Math.floor(n / 1000)));
  const runtime = await startRuntime({ port: 0, seed: 'demo', seedPassword: PASSWORD, customerScale: 0, throttle: false, tableName: 'bench-import' });
  const files: string[] = [];
  let keep = false;
  try {
    await ensureRegions(runtime.url, PASSWORD, BENCH_REGIONS);
    const client = new DynamoDBClient({ endpoint: runtime.dynamoEndpoint, region: 'localhost', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
    await ensureTable(client, 'bench-raw');
    client.destroy();

    // The file in `rounds` parts; each part is written raw and imported, alternating which goes
    // first, so that a change of the machine's load during the run hits both sides alike.
    const raw = { customers: 0, items: 0, seconds: 0 };
    const imported = { rows: 0, created: 0, seconds: 0 };
    for (let round = 0; round < rounds; round++) {
      const from = 1 + Math.floor((round * n) / rounds);
      const count = Math.floor(((round + 1) * n) / rounds) - from + 1;
      const file = join(tmpdir(), `gascare-bench-import-${process.pid}-${round}.csv`);
      files.push(file);
      await writeCustomerCsv(file, { count, from, regions: BENCH_REGIONS, prefix: 'B' });
      const sides = [
        async () => {
          const r = await runJson<RawResult>('npx', ['tsx', 'bench/raw-batch-write.ts'], { ENDPOINT: runtime.dynamoEndpoint, TABLE: 'bench-raw', FILE: file, CONCURRENCY: '16', REGIONS: BENCH_REGIONS.join(',') });
          raw.customers += r.customers;
          raw.items += r.items;
          raw.seconds += r.seconds;
        },
        async () => {
          const r = await runJson<ImportResult>('npx', [
            'tsx', 'local/cli/customers.ts', 'import', file,
            '--url', runtime.url, '--tenant', 'demo', '--user', 'admin', '--password', PASSWORD,
            '--parallel', String(PARALLEL), '--json', '--quiet',
          ]);
          imported.rows += r.rows;
          imported.created += r.counts.created!;
          imported.seconds += r.seconds;
        },
      ];
      for (const side of round % 2 ? sides.reverse() : sides) await side();
    }
    if (imported.created !== n || raw.customers !== n) throw new Error(`import created ${imported.created}, raw wrote ${raw.customers}, of ${n}`);

    const rawRate = raw.customers / raw.seconds;
    const importRate = imported.rows / imported.seconds;
    const itemsPerRow = raw.items / raw.customers;
    console.log(`\nImport of ${n.toLocaleString('en')} customers (${fmt(itemsPerRow, 1)} items each), same DynamoDB Local, same run, ${rounds} interleaved rounds`);
    console.log('| what | customers | seconds | customers/s | items/s | ÷ raw |');
    console.log('| --- | --- | --- | --- | --- | --- |');
    console.log(`| raw BatchWriteItem, 25 items × 16 in flight (baseline) | ${raw.customers} | ${fmt(raw.seconds, 1)} | ${fmt(rawRate, 0)} | ${fmt(raw.items / raw.seconds, 0)} | 1.00 |`);
    console.log(`| import: CLI → HTTP batches of 500 (${PARALLEL} in flight) → archive, 16 rows in flight per batch | ${imported.rows} | ${fmt(imported.seconds, 1)} | ${fmt(importRate, 0)} | ${fmt(importRate * itemsPerRow, 0)} | ${fmt(importRate / rawRate)} |`);
    console.log(`(import ÷ raw is throughput; the import takes ${fmt(imported.seconds / raw.seconds)}× the baseline's time)`);
    keep = options.keep === true;
    return {
      figures: { customers: n, rawRowsPerSecond: rawRate, importRowsPerSecond: importRate, importToRawThroughput: importRate / rawRate, importToRawTime: imported.seconds / raw.seconds },
      runtime: keep ? runtime : undefined,
      password: PASSWORD,
    };
  } finally {
    for (const file of files) rmSync(file, { force: true });
    if (!keep) await runtime.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchImport();
