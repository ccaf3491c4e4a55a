import '../local/quiet-defaults.ts';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startRuntime, type Runtime } from '../local/runtime.ts';
import { customerCsvRow, writeCustomerCsv } from '../local/seed/customer-csv.ts';
import { accountGuardKey } from '../shared/entities/customer.ts';
import { firstChar, keys } from '../shared/keys.ts';
import { normalizePhone, normalizeSearchKey } from '../shared/contract/search-key.ts';
import { Index } from '../shared/table.ts';
import { autocannon, ensureRegions, fmt, runJson, type Latency } from './lib.ts';
import { BENCH_REGIONS, CUSTOMERS } from './import.ts';

/**
 * Customer search as an admin (every region) at N customers (BENCH_CUSTOMERS, default 100,000)
 * over the 22 regions of BENCH_REGIONS: p50/p99 of `GET /v1/customers?q=…` under autocannon (16
 * connections, its own process, no throttling) for a tenant-wide name prefix, the last 4 digits of
 * a phone, a whole phone and an account number, each divided by the same percentile of a raw
 * DynamoDB read of the same page, against the same DynamoDB Local in the same run:
 * - name prefix: one Query of `byTenantName` (the prefix's first character, the target's shard,
 *   begins_with, 20 items);
 * - last 4 digits: one Query of `byPhone` (the partition of the last 4, begins_with, 20 items);
 * - phone: one Query of `byPhone` (begins_with the whole reversed phone);
 * - account number: GetItem of the account guard, then GetItem of the customer.
 * The API does more for each: the caller's regions (a Query), the exact lookups tried in parallel
 * (account guard, serial guard, phone), and for a prefix both tenant-wide indexes in each of their
 * SEARCH_SHARDS shards (4 Queries), merged — instead of 2 Queries per region (44 with 22 regions).
 *
 * With the import benchmark's runtime (bench/run-all.ts) it searches the N imported customers;
 * alone it seeds N customers raw (BatchWriteItem of planNewCustomer's items, ~5 minutes at 100k).
 */
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const PASSWORD = 'bench-password';

export async function benchSearch(options: { runtime?: Runtime; password?: string; customers?: number } = {}): Promise<Record<string, number>> {
  const n = options.customers ?? CUSTOMERS;
  const runtime = options.runtime ?? (await seededRuntime(n));
  const password = options.runtime ? options.password! : PASSWORD;
  try {
    const login = await fetch(`${runtime.url}/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ tenant: 'demo', username: 'admin', password }) });
    const { token } = (await login.json()) as { token: string };
    const auth = { authorization: `Bearer ${token}` };

    // A household from the middle of the file.
    let row = Math.ceil(n / 2);
    while (customerCsvRow(row, { regions: BENCH_REGIONS }).类别 !== '居民') row += 1;
    const target = customerCsvRow(row, { regions: BENCH_REGIONS, prefix: 'B' });
    // An admin's `q=<surname>`: a full page (20) of a common first character.
    const namePrefix = target['户名']!.slice(0, 1);
    const nameKey = normalizeSearchKey(namePrefix);
    const phone = normalizePhone(target['电话']!)!;
    const last4 = phone.slice(-4);
    const query = (index: string, pk: string, prefix: string) => ({ OP: 'query', INDEX: index, PK: pk, SK_PREFIX: prefix, LIMIT: '20' });
    const cases: { name: string; q: string; matchedBy: string; raw: Record<string, string> }[] = [
      {
        name: `name prefix "${namePrefix}", tenant-wide`,
        q: namePrefix,
        matchedBy: 'prefix',
        // A page of 20 from one shard (of SEARCH_SHARDS): each holds about as many customers of the prefix.
        raw: query(Index.byTenantName, keys.tenantNameCustomers('demo', firstChar(nameKey), 0), keys.customerNamePrefix(nameKey)),
      },
      {
        name: `phone, last 4 digits "${last4}"`,
        q: last4,
        matchedBy: 'phone-last-digits',
        raw: query(Index.byPhone, keys.customersByPhone('demo', last4), keys.customerPhoneEndingPrefix(last4)),
      },
      {
        name: 'phone',
        q: target['电话']!,
        matchedBy: 'phone',
        raw: query(Index.byPhone, keys.customersByPhone('demo', phone), keys.customerPhonePrefix(phone)),
      },
      {
        name: 'account number',
        q: target['户号']!,
        matchedBy: 'account-number',
        raw: { OP: 'get', ...pkSk(accountGuardKey('demo', target['户号']!)), THEN_PK_PREFIX: keys.customer('demo', '').pk, THEN_SK: keys.customer('demo', '').sk, THEN_ATTR: 'customerId' },
      },
    ];

    const rows: { name: string; api: Latency; raw: Latency; hits: number }[] = [];
    for (const c of cases) {
      const url = `${runtime.url}/v1/customers?q=${encodeURIComponent(c.q)}`;
      const check = (await (await fetch(url, { headers: auth })).json()) as { items: unknown[]; matchedBy: string };
      if (check.matchedBy !== c.matchedBy || !check.items.length) throw new Error(`${c.name}: expected a ${c.matchedBy} match, got ${check.items.length} by ${check.matchedBy}`);
      const raw = await runJson<Latency>('npx', ['tsx', 'bench/raw-getitem.ts'], { ENDPOINT: runtime.dynamoEndpoint, TABLE: runtime.tableName, SECONDS: String(SECONDS), ...c.raw });
      const api = await autocannon(url, auth, SECONDS);
      rows.push({ name: c.name, api, raw, hits: check.items.length });
    }

    console.log(`\nCustomer search as an admin at ${n.toLocaleString('en')} customers (${BENCH_REGIONS.length} regions), 16 connections, ${SECONDS}s each, same DynamoDB Local`);
    console.log('| GET /v1/customers?q= | hits | API p50 ms | API p99 ms | API req/s | raw p50 ms | raw p99 ms | p50 ÷ raw | p99 ÷ raw |');
    console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
    for (const r of rows) {
      console.log(`| ${r.name} | ${r.hits} | ${fmt(r.api.p50)} | ${fmt(r.api.p99)} | ${fmt(r.api.rps, 0)} | ${fmt(r.raw.p50)} | ${fmt(r.raw.p99)} | ${fmt(r.api.p50 / r.raw.p50)} | ${fmt(r.api.p99 / r.raw.p99)} |`);
    }
    const ratio = (i: number, p: 'p50' | 'p99') => rows[i]!.api[p] / rows[i]!.raw[p];
    return {
      customers: n,
      regions: BENCH_REGIONS.length,
      namePrefixP99Ratio: ratio(0, 'p99'),
      phoneLast4P99Ratio: ratio(1, 'p99'),
      phoneP99Ratio: ratio(2, 'p99'),
      accountNumberP99Ratio: ratio(3, 'p99'),
      namePrefixP50Ratio: ratio(0, 'p50'),
      phoneLast4P50Ratio: ratio(1, 'p50'),
      phoneP50Ratio: ratio(2, 'p50'),
      accountNumberP50Ratio: ratio(3, 'p50'),
    };
  } finally {
    if (!options.runtime) await runtime.stop();
  }
}

const pkSk = (key: { pk: string; sk: string }) => ({ PK: key.pk, SK: key.sk });

/** A fresh runtime with N customers written raw: the items planNewCustomer builds (no audit, no outbox). */
async function seededRuntime(n: number): Promise<Runtime> {
  const runtime = await startRuntime({ port: 0, seed: 'demo', seedPassword: PASSWORD, customerScale: 0, throttle: false, tableName: 'bench-search' });
  const file = join(tmpdir(), `gascare-bench-search-${process.pid}.csv`);
  try {
    await ensureRegions(runtime.url, PASSWORD, BENCH_REGIONS);
    await writeCustomerCsv(file, { count: n, regions: BENCH_REGIONS, prefix: 'B' });
    const seeded = await runJson<{ customers: number; seconds: number }>('npx', ['tsx', 'bench/raw-batch-write.ts'], {
      ENDPOINT: runtime.dynamoEndpoint,
      TABLE: runtime.tableName,
      FILE: file,
      ITEMS: 'data',
      REGIONS: BENCH_REGIONS.join(','),
    });
    console.log(`(seeded ${seeded.customers} customers raw in ${fmt(seeded.seconds, 0)} s)`);
    return runtime;
  } catch (error) {
    await runtime.stop();
    throw error;
  } finally {
    rmSync(file, { force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchSearch();
