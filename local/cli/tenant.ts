import '../quiet-defaults.ts';
import { once } from 'node:events';
import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import { BatchGetItemCommand, BatchWriteItemCommand, GetItemCommand, ScanCommand, type AttributeValue, type WriteRequest } from '@aws-sdk/client-dynamodb';
import cliProgress from 'cli-progress';
import { TenantId } from '../../shared/contract/common.ts';
import { keys, tenantPrefix } from '../../shared/keys.ts';
import { ensureTable } from '../create-table.ts';
import { openStore, type OpenStore } from '../store-endpoint.ts';

/**
 * A tenant's items out of a local store and into another (an operator's backup, a move between
 * machines), with `npm start` running or not:
 *
 *   npm run tenant -- export  <tenant> <file.jsonl>
 *   npm run tenant -- restore <file.jsonl> [--force]
 *
 * Store: the data dir `npm start` uses (GASCARE_DATA_DIR, default .data), or --endpoint/--table.
 *
 * The file is JSON Lines: a header `{"format":"gascare-tenant-export","version":1,"tenant",…}`,
 * one item a line in DynamoDB's JSON (`{"pk":{"S":…},"n":{"N":"12.50"}}`, binary as base64:
 * numbers, sets and binary round-trip exactly), and a trailer `{"end":true,"items":n}` (a file
 * without it was cut short, and is refused).
 *
 * Export reads with a Scan filtered on the tenant's key prefix `T#<tenant>#` (plus its tenant
 * directory entry under `_platform`). No request or job path scans; this offline operator tool
 * does because nothing lists a tenant's partitions (every capability keys its own, by id, day or
 * shard): a Scan reads the whole table once, other tenants' items included, and that is fine
 * for a backup of a local store, not for anything a user waits on.
 *
 * Restore refuses a target that already holds the tenant (its profile or directory entry exists)
 * unless --force, which overwrites the file's items and leaves others the target has. It writes
 * with BatchWriteItem (unprocessed items retried with backoff), then reads every item back
 * (BatchGetItem, consistent) and compares it with the file's: a mismatch exits 1.
 */
const FORMAT = 'gascare-tenant-export';

type Item = Record<string, AttributeValue>;
type JsonItem = Record<string, unknown>;

/* ----------------------------------------------------------------------------------------------
 * DynamoDB JSON with binary as base64 (the SDK holds it as Uint8Array, which JSON cannot)
 * -------------------------------------------------------------------------------------------- */

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
const unb64 = (text: string) => new Uint8Array(Buffer.from(text, 'base64'));

function toJson(value: AttributeValue): unknown {
  if (value.B !== undefined) return { B: b64(value.B) };
  if (value.BS !== undefined) return { BS: value.BS.map(b64) };
  if (value.L !== undefined) return { L: value.L.map(toJson) };
  if (value.M !== undefined) return { M: itemToJson(value.M) };
  return value;
}
function fromJson(value: any): AttributeValue {
  if (value.B !== undefined) return { B: unb64(value.B) };
  if (value.BS !== undefined) return { BS: (value.BS as string[]).map(unb64) };
  if (value.L !== undefined) return { L: (value.L as unknown[]).map(fromJson) };
  if (value.M !== undefined) return { M: itemFromJson(value.M) };
  return value as AttributeValue;
}
export const itemToJson = (item: Item): JsonItem => Object.fromEntries(Object.entries(item).map(([k, v]) => [k, toJson(v)]));
export const itemFromJson = (item: JsonItem): Item => Object.fromEntries(Object.entries(item).map(([k, v]) => [k, fromJson(v)]));

/** The same item, whatever the order of a set's members (DynamoDB keeps sets unordered). */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (!value || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1))) {
    out[k] = ['SS', 'NS', 'BS'].includes(k) ? [...(v as string[])].sort() : canonical(v);
  }
  return out;
}

/* ----------------------------------------------------------------------------------------------
 * Progress (as `npm run customers`: a bar on a terminal, a line a second otherwise, on stderr)
 * -------------------------------------------------------------------------------------------- */

function progressBar(format: string, total = 0) {
  const bar = new cliProgress.SingleBar({ format, noTTYOutput: true, notTTYSchedule: 1000, hideCursor: true, stream: process.stderr }, cliProgress.Presets.shades_classic);
  bar.start(total, 0, { speed: '0' });
  const started = Date.now();
  return {
    update(done: number) {
      if (!total) bar.setTotal(done);
      bar.update(done, { speed: (done / Math.max((Date.now() - started) / 1000, 0.001)).toFixed(0) });
    },
    stop: () => bar.stop(),
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/* ----------------------------------------------------------------------------------------------
 * Export
 * -------------------------------------------------------------------------------------------- */

export async function exportTenant(store: OpenStore, tenantId: string, file: string, log: (line: string) => void): Promise<number> {
  const out = createWriteStream(file);
  const write = async (line: unknown) => {
    if (!out.write(`${JSON.stringify(line)}\n`)) await once(out, 'drain');
  };
  await write({ format: FORMAT, version: 1, tenant: tenantId, table: store.tableName, exportedAt: new Date().toISOString() });
  let items = 0;
  const bar = progressBar('export | {value} items | {speed} items/s | {duration_formatted}');
  try {
    const directory = keys.tenantDirectory(tenantId);
    const entry = await store.client.send(new GetItemCommand({ TableName: store.tableName, Key: { pk: { S: directory.pk }, sk: { S: directory.sk } }, ConsistentRead: true }));
    if (entry.Item) {
      await write(itemToJson(entry.Item));
      items += 1;
    }
    let start: Item | undefined;
    do {
      // The operator's Scan (see the header): filtered on the tenant's prefix, page after page.
      const page = await store.client.send(
        new ScanCommand({
          TableName: store.tableName,
          FilterExpression: 'begins_with(pk, :prefix)',
          ExpressionAttributeValues: { ':prefix': { S: tenantPrefix(tenantId) } },
          ExclusiveStartKey: start,
          ConsistentRead: true,
        }),
      );
      for (const item of page.Items ?? []) await write(itemToJson(item));
      items += page.Items?.length ?? 0;
      bar.update(items);
      start = page.LastEvaluatedKey;
    } while (start);
    await write({ end: true, items });
  } finally {
    bar.stop();
    await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
  }
  log(`export: ${items} items of tenant ${tenantId} from ${store.source} → ${file}`);
  return items;
}

/* ----------------------------------------------------------------------------------------------
 * Restore
 * -------------------------------------------------------------------------------------------- */

interface Header {
  format: string;
  tenant: string;
}

/** The file's header and item count, read once before anything is written (a cut-short file is refused). */
async function readEnvelope(file: string): Promise<{ header: Header; items: number }> {
  let header: Header | undefined;
  let last: any;
  let lines = 0;
  for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
    if (!line) continue;
    const parsed = JSON.parse(line);
    if (!header) header = parsed as Header;
    last = parsed;
    lines += 1;
  }
  if (header?.format !== FORMAT || !TenantId.safeParse(header.tenant).success) throw new Error(`${file} is not a tenant export (its first line must be the ${FORMAT} header)`);
  if (!last?.end || last.items !== lines - 2) throw new Error(`${file} is cut short: no trailer, or a trailer that does not count its items (export again)`);
  return { header, items: last.items as number };
}

async function* itemLines(file: string): AsyncGenerator<Item> {
  let first = true;
  for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
    if (!line) continue;
    if (first) {
      first = false;
      continue;
    }
    const parsed = JSON.parse(line) as JsonItem;
    if (parsed.end === true) return;
    yield itemFromJson(parsed);
  }
}

async function batchWrite(store: OpenStore, items: Item[]): Promise<void> {
  let pending: WriteRequest[] = items.map((Item) => ({ PutRequest: { Item } }));
  for (let attempt = 0; pending.length; attempt += 1) {
    if (attempt) await sleep(Math.min(50 * 2 ** attempt, 2000) * (0.5 + Math.random()));
    const out = await store.client.send(new BatchWriteItemCommand({ RequestItems: { [store.tableName]: pending } }));
    pending = out.UnprocessedItems?.[store.tableName] ?? [];
    if (attempt > 20 && pending.length) throw new Error(`${pending.length} items stay unprocessed after 20 retries`);
  }
}

/** Each item read back (consistent) and compared with the file's; the keys of those that differ or are missing. */
async function verify(store: OpenStore, items: Item[]): Promise<string[]> {
  const found = new Map<string, Item>();
  let wanted = items.map((i) => ({ pk: i.pk!, sk: i.sk! }));
  for (let attempt = 0; wanted.length; attempt += 1) {
    if (attempt) await sleep(Math.min(50 * 2 ** attempt, 2000));
    const out = await store.client.send(new BatchGetItemCommand({ RequestItems: { [store.tableName]: { Keys: wanted, ConsistentRead: true } } }));
    for (const item of out.Responses?.[store.tableName] ?? []) found.set(`${item.pk?.S}|${item.sk?.S}`, item);
    wanted = (out.UnprocessedKeys?.[store.tableName]?.Keys ?? []) as typeof wanted;
    if (attempt > 20 && wanted.length) throw new Error(`${wanted.length} keys stay unprocessed after 20 retries`);
  }
  return items
    .filter((item) => {
      const back = found.get(`${item.pk?.S}|${item.sk?.S}`);
      return !back || !isDeepStrictEqual(canonical(itemToJson(back)), canonical(itemToJson(item)));
    })
    .map((item) => `${item.pk?.S} / ${item.sk?.S}`);
}

export async function restoreTenant(store: OpenStore, file: string, options: { force?: boolean; log: (line: string) => void }): Promise<{ items: number; mismatches: string[] }> {
  const { header, items: total } = await readEnvelope(file);
  const tenantId = header.tenant;
  await ensureTable(store.client, store.tableName); // a data dir never started has no table yet
  const present = await Promise.all(
    [keys.tenantProfile(tenantId), keys.tenantDirectory(tenantId)].map((k) =>
      store.client.send(new GetItemCommand({ TableName: store.tableName, Key: { pk: { S: k.pk }, sk: { S: k.sk } }, ConsistentRead: true })).then((r) => Boolean(r.Item)),
    ),
  );
  if (present.some(Boolean) && !options.force) {
    throw new Error(`tenant ${tenantId} is already in ${store.source}: restore into an empty store (a fresh data dir started with GASCARE_SEED=none), or give --force to overwrite its items`);
  }
  const bar = progressBar('restore | {bar} | {value}/{total} items | {speed} items/s | ETA {eta_formatted}', total);
  const mismatches: string[] = [];
  let done = 0;
  try {
    // 100 items at a time: 4 BatchWriteItems of 25 in parallel, then one BatchGetItem of the 100.
    let chunk: Item[] = [];
    const flush = async () => {
      const slices = [0, 25, 50, 75].map((i) => chunk.slice(i, i + 25)).filter((s) => s.length);
      await Promise.all(slices.map((s) => batchWrite(store, s)));
      mismatches.push(...(await verify(store, chunk)));
      done += chunk.length;
      bar.update(done);
      chunk = [];
    };
    for await (const item of itemLines(file)) {
      chunk.push(item);
      if (chunk.length === 100) await flush();
    }
    if (chunk.length) await flush();
  } finally {
    bar.stop();
  }
  options.log(
    mismatches.length
      ? `restore: ${done} items of tenant ${tenantId} written to ${store.source}; ${mismatches.length} read back different or missing: ${mismatches.slice(0, 5).join(', ')}`
      : `restore: ${done} items of tenant ${tenantId} written to ${store.source} and verified item by item`,
  );
  return { items: done, mismatches };
}

/* ----------------------------------------------------------------------------------------------
 * Command line
 * -------------------------------------------------------------------------------------------- */

const USAGE = `usage:
  npm run tenant -- export  <tenant> <file.jsonl>
  npm run tenant -- restore <file.jsonl> [--force]
store: the data dir of npm start (GASCARE_DATA_DIR, default .data; running or not), or --endpoint <DynamoDB URL> [--table gascare]`;

async function cli(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { endpoint: { type: 'string' }, table: { type: 'string' }, force: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  });
  const [command, ...rest] = positionals;
  const log = (line: string) => process.stderr.write(`[gascare] ${line}\n`);
  const wanted = command === 'export' ? 2 : command === 'restore' ? 1 : -1;
  if (values.help || rest.length !== wanted) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }
  if (command === 'export' && !TenantId.safeParse(rest[0]).success) {
    console.error(`tenant: "${rest[0]}" is not a tenant id (lowercase letters, digits and "-", 2–32 characters)`);
    return 2;
  }
  if (command === 'restore' && !existsSync(rest[0]!)) {
    console.error(`file: no file ${rest[0]}`);
    return 2;
  }
  const store = await openStore({ dataDir: process.env.GASCARE_DATA_DIR ?? '.data', endpoint: values.endpoint, tableName: values.table, onProgress: log });
  try {
    if (command === 'export') {
      await exportTenant(store, rest[0]!, rest[1]!, log);
      return 0;
    }
    const { mismatches } = await restoreTenant(store, rest[0]!, { force: values.force, log });
    return mismatches.length ? 1 : 0;
  } finally {
    await store.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  cli(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: Error) => {
      console.error(`[gascare] ${error.message}`);
      process.exit(1);
    },
  );
}
