import '../local/quiet-defaults.ts';
import { createReadStream } from 'node:fs';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { BatchWriteCommand, DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { parse } from 'csv-parse';
import { ulid } from 'ulid';
import { planNewCustomer } from '../functions/customers/customer-plans.ts';
import { resolveColumns } from '../functions/customer-files/csv-columns.ts';
import { parseRow, toNewCustomer } from '../functions/customer-files/csv-rows.ts';
import { TenantStore, type Item } from '../shared/db/tenant-store.ts';
import { localDay } from '../shared/local-time.ts';
import { loadMasterSecret } from '../shared/secrets.ts';
import { systemContext } from '../shared/tenancy.ts';

/**
 * The import's baseline: the very items an import of FILE writes — each row read by the importer's
 * own column mapping, planned by `planNewCustomer` (customer with every index attribute, account
 * guard, meter, serial guard) plus the audit records and outbox events `TenantStore.commit` adds —
 * written raw with BatchWriteItem, 25 items a call, CONCURRENCY calls in flight, no HTTP, no
 * validation round trips, no transactions. Runs as its own process; prints JSON.
 * env: ENDPOINT, TABLE, FILE, TENANT (demo), CONCURRENCY (16), REGIONS (r-east,r-west,r-south),
 * ITEMS (`all`; `data`: customer, guards and meter without audit and outbox — how the search
 * benchmark seeds its 100k customers fast).
 */
const { ENDPOINT, TABLE, FILE, TENANT = 'demo', CONCURRENCY = '16', REGIONS = 'r-east,r-west,r-south', ITEMS = 'all' } = process.env;
if (!ENDPOINT || !TABLE || !FILE) throw new Error('ENDPOINT, TABLE and FILE are required');
process.env.TABLE_NAME = TABLE;
await loadMasterSecret(); // the ID numbers are sealed as the import seals them (GASCARE_SECRET of the runtime)

const doc = DynamoDBDocumentClient.from(new DynamoDBClient({ endpoint: ENDPOINT, region: 'localhost', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } }), {
  marshallOptions: { removeUndefinedValues: true },
});
const store = new TenantStore(systemContext(TENANT, 'bench', 'bench'));
const regions = REGIONS.split(',').map((regionId) => ({ regionId, name: regionId }));

/** Items of the file, customer after customer, planned as they are needed (the file is never held). */
async function* items(): AsyncGenerator<Item> {
  const records = createReadStream(FILE!).pipe(parse({ bom: true, relax_column_count: true }));
  let header: string[] | undefined;
  let columns: ReturnType<typeof resolveColumns>['columns'];
  for await (const record of records as AsyncIterable<string[]>) {
    if (!header) {
      header = record;
      columns = resolveColumns(header).columns;
      continue;
    }
    const cells = Object.fromEntries(header.map((h, i) => [h, record[i] ?? '']));
    const row = parseRow(cells, columns!, { regions, timeZone: 'Asia/Shanghai' });
    const { input, meters } = toNewCustomer(row);
    if (!input) continue;
    const now = new Date();
    const plan = planNewCustomer(TENANT, input, { id: ulid(now.getTime()), now: now.toISOString(), today: localDay(now) }, meters);
    for (const w of plan.writes) if (w.kind === 'put') yield w.item;
    if (ITEMS === 'all') {
      for (const a of plan.audit) yield store.auditItem(a, now);
      for (const e of plan.events) yield store.outboxItem(e, now);
    }
    customers += 1;
  }
}

let customers = 0;
let written = 0;
let calls = 0;
const source = items();
let exhausted = false;

async function nextBatch(): Promise<Item[]> {
  const batch: Item[] = [];
  while (batch.length < 25 && !exhausted) {
    const next = await source.next();
    if (next.done) exhausted = true;
    else batch.push(next.value);
  }
  return batch;
}

// One puller at a time over the generator; writers in parallel.
let pulling: Promise<unknown> = Promise.resolve();
const pull = () => {
  const batch = pulling.then(nextBatch);
  pulling = batch;
  return batch;
};

async function writer() {
  for (;;) {
    const batch = await pull();
    if (!batch.length) return;
    let request: Record<string, unknown[]> | undefined = { [TABLE!]: batch.map((Item) => ({ PutRequest: { Item } })) };
    while (request && Object.keys(request).length) {
      const out = await doc.send(new BatchWriteCommand({ RequestItems: request as never }));
      calls += 1;
      request = out.UnprocessedItems as typeof request;
    }
    written += batch.length;
  }
}

const started = performance.now();
await Promise.all(Array.from({ length: Number(CONCURRENCY) }, writer));
const seconds = (performance.now() - started) / 1000;
console.log(JSON.stringify({ customers, items: written, calls, seconds, rowsPerSecond: customers / seconds, itemsPerSecond: written / seconds }));
