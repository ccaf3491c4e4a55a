import '../quiet-defaults.ts';
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { createReadStream, createWriteStream, existsSync, statSync, type WriteStream } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { parse } from 'csv-parse';

/**
 * The customer CSV on the command line, against a running gascare (local or AWS):
 *
 *   npm run customers -- import  <file.csv>  [--parallel 2] [--batch 500]
 *   npm run customers -- export  <out.csv>   [--region r-east] [--class residential]
 *   npm run customers -- template <out.csv>
 *
 * Connection: --url (GASCARE_URL, default http://localhost:3000); --api-key (GASCARE_API_KEY) or
 * --tenant/--user/--password (GASCARE_TENANT, GASCARE_USER, GASCARE_PASSWORD; default demo/admin).
 *
 * The import never holds the file: csv-parse streams it (a first pass counts the rows for the
 * progress bar), rows go in batches of 500 to `POST /v1/customer-imports/{id}/batches` with
 * `Idempotency-Key: <importId>:<firstRow>`, a few batches in flight, each retried with backoff on
 * 429, 5xx and network errors. The error report of rejected rows is written next to the file.
 */
export interface Connection {
  url: string;
  tenant?: string;
  user?: string;
  password?: string;
  apiKey?: string;
}

export interface ImportOptions extends Connection {
  file: string;
  /** Rows per batch (at most 500). */
  batchSize?: number;
  /** Batches in flight. */
  parallel?: number;
  /** Progress to stderr: a bar on a terminal, a line a second otherwise. */
  progress?: boolean;
  log?: (line: string) => void;
}

export interface ImportSummary {
  importId: string;
  state: string;
  rows: number;
  counts: Record<'created' | 'updated' | 'unchanged' | 'rejected' | 'skipped', number>;
  warnings: number;
  seconds: number;
  rowsPerSecond: number;
  errorReport?: string;
}

const BATCH_MAX = 500;
const MAX_ATTEMPTS = 8;

/* ----------------------------------------------------------------------------------------------
 * HTTP with retries
 * -------------------------------------------------------------------------------------------- */

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: unknown,
  ) {
    super(`HTTP ${status}: ${typeof problem === 'string' ? problem : JSON.stringify(problem)}`);
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** 429, 5xx, an Idempotency-Key still in progress (409) and network errors are retried with exponential backoff and jitter. */
export async function request(
  conn: Connection & { headers: Record<string, string> },
  method: string,
  path: string,
  body?: unknown,
  extra: Record<string, string> = {},
): Promise<Response> {
  for (let attempt = 1; ; attempt++) {
    let res: Response | undefined;
    let failure: unknown;
    try {
      res = await fetch(`${conn.url}${path}`, {
        method,
        headers: { ...conn.headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...extra },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch (error) {
      failure = error;
    }
    const retryable = !res || res.status === 429 || res.status >= 500 || (res.status === 409 && extra['idempotency-key'] !== undefined && (await inProgress(res)));
    if (res && !retryable) return res;
    if (attempt >= MAX_ATTEMPTS) {
      if (res) throw new ApiError(res.status, await res.text());
      throw failure;
    }
    const retryAfter = Number(res?.headers.get('retry-after') ?? 0) * 1000;
    await sleep(Math.max(retryAfter, Math.min(10_000, 200 * 2 ** (attempt - 1))) * (0.75 + Math.random() * 0.5));
  }
}

async function inProgress(res: Response): Promise<boolean> {
  const text = await res.clone().text();
  return text.includes('in progress');
}

async function json<T>(res: Response): Promise<T> {
  const text = await res.text();
  if (!res.ok) throw new ApiError(res.status, safeJson(text));
  return JSON.parse(text) as T;
}

const safeJson = (text: string) => {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
};

/** Credentials as headers: an API key as is, a user by logging in. */
export async function connect(conn: Connection): Promise<Connection & { headers: Record<string, string> }> {
  const url = conn.url.replace(/\/+$/, '');
  if (conn.apiKey) return { ...conn, url, headers: { 'x-api-key': conn.apiKey } };
  if (!conn.password) throw new Error('no credentials: give --api-key, or --password (GASCARE_PASSWORD) for the user');
  const res = await request({ ...conn, url, headers: {} }, 'POST', '/v1/auth/login', { tenant: conn.tenant ?? 'demo', username: conn.user ?? 'admin', password: conn.password });
  const { token } = await json<{ token: string }>(res);
  return { ...conn, url, headers: { authorization: `Bearer ${token}` } };
}

/* ----------------------------------------------------------------------------------------------
 * Import
 * -------------------------------------------------------------------------------------------- */

const csvParser = () => parse({ bom: true, relax_column_count: true, skip_empty_lines: false, trim: false });

/** Records after the header, counted by streaming the file once (nothing is kept). */
export async function countRows(file: string): Promise<number> {
  let records = 0;
  for await (const _record of createReadStream(file).pipe(csvParser())) records += 1;
  return Math.max(0, records - 1);
}

interface BatchReply {
  results: { row: number; status: string; errors?: { field: string; message: string }[]; warnings?: unknown[] }[];
  import: { counts: ImportSummary['counts'] };
}

export async function importCsv(options: ImportOptions): Promise<ImportSummary> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const batchSize = Math.min(options.batchSize ?? BATCH_MAX, BATCH_MAX);
  const parallel = Math.max(1, options.parallel ?? 2);
  const conn = await connect(options);
  const started = Date.now();
  const totalRows = await countRows(options.file);

  const records = createReadStream(options.file).pipe(csvParser());
  const iterator = records[Symbol.asyncIterator]();
  const head = await iterator.next();
  if (head.done) throw new Error(`${options.file} is empty: the first line must be the header`);
  const columns = (head.value as string[]).map((c) => c.trim());
  if (columns.some((c) => c.includes('\uFFFD'))) {
    throw new Error(`${options.file} is not UTF-8 (GBK?): in Excel save it as "CSV UTF-8 (逗号分隔)"`);
  }
  // Keyed, so a retry after a lost answer does not open a second import.
  const opened = await json<{ id: string }>(await request(conn, 'POST', '/v1/customer-imports', { fileName: basename(options.file).slice(0, 200), columns, totalRows }, { 'idempotency-key': `open:${randomUUID()}` }));
  const importId = opened.id;

  const counts: ImportSummary['counts'] = { created: 0, updated: 0, unchanged: 0, rejected: 0, skipped: 0 };
  let done = 0;
  let warnings = 0;
  const bar = options.progress === false ? undefined : progressBar(totalRows);
  const rate = () => done / Math.max((Date.now() - started) / 1000, 0.001);

  const send = async (firstRow: number, rows: Record<string, string>[]) => {
    const res = await request(conn, 'POST', `/v1/customer-imports/${importId}/batches`, { firstRow, rows }, { 'idempotency-key': `${importId}:${firstRow}` });
    const reply = await json<BatchReply>(res);
    for (const r of reply.results) {
      counts[r.status as keyof typeof counts] += 1;
      warnings += r.warnings?.length ?? 0;
    }
    done += rows.length;
    bar?.update(done, { speed: rate().toFixed(0), ...counts });
  };

  // Batches in flight are bounded: the parser waits (backpressure) while `parallel` are pending.
  const inFlight = new Set<Promise<void>>();
  let failure: unknown;
  const dispatch = async (firstRow: number, rows: Record<string, string>[]) => {
    const p: Promise<void> = send(firstRow, rows)
      .catch((error: unknown) => void (failure ??= error))
      .finally(() => inFlight.delete(p));
    inFlight.add(p);
    if (inFlight.size >= parallel) await Promise.race(inFlight);
    if (failure) throw failure;
  };
  let row = 1; // the header
  let batch: Record<string, string>[] = [];
  let firstRow = 2;
  try {
    for (;;) {
      const next = await iterator.next();
      if (next.done) break;
      row += 1;
      const cells = next.value as string[];
      const record: Record<string, string> = {};
      columns.forEach((c, i) => {
        if (c !== '' && cells[i] !== undefined && cells[i] !== '') record[c] = cells[i]!;
      });
      if (!batch.length) firstRow = row;
      batch.push(record);
      if (batch.length === batchSize) {
        await dispatch(firstRow, batch);
        batch = [];
      }
    }
    if (batch.length) await dispatch(firstRow, batch);
    await Promise.all(inFlight);
    if (failure) throw failure;
  } finally {
    bar?.stop();
  }

  const final = await json<{ state: string; counts: ImportSummary['counts']; rowsReceived: number }>(await request(conn, 'POST', `/v1/customer-imports/${importId}/complete`));
  const seconds = (Date.now() - started) / 1000;
  const summary: ImportSummary = { importId, state: final.state, rows: row - 1, counts: final.counts, warnings, seconds, rowsPerSecond: (row - 1) / seconds };
  if (final.counts.rejected) summary.errorReport = await downloadErrors(conn, importId, errorReportPath(options.file));
  log(
    `import ${importId}: ${summary.rows} rows in ${seconds.toFixed(1)} s (${summary.rowsPerSecond.toFixed(0)} rows/s): ` +
      `${final.counts.created} created, ${final.counts.updated} updated, ${final.counts.unchanged} unchanged, ${final.counts.rejected} rejected, ${final.counts.skipped} skipped` +
      (warnings ? `; ${warnings} warnings (columns import does not change)` : ''),
  );
  if (summary.errorReport) log(`rejected rows (row, field, message): ${summary.errorReport}`);
  return summary;
}

export const errorReportPath = (file: string) => join(dirname(file), `${basename(file, extname(file))}.errors.csv`);

/** The server's error report, chunk after chunk, into one file (BOM and header come with the first chunk). */
async function downloadErrors(conn: Connection & { headers: Record<string, string> }, importId: string, path: string): Promise<string> {
  await writeChunks(conn, `/v1/customer-imports/${importId}/errors.csv`, path);
  return path;
}

async function writeChunks(conn: Connection & { headers: Record<string, string> }, path: string, file: string, onChunk?: (rows: number) => void): Promise<number> {
  const out = createWriteStream(file);
  let chunks = 0;
  try {
    let cursor: string | undefined;
    do {
      const sep = path.includes('?') ? '&' : '?';
      const res = await request(conn, 'GET', `${path}${cursor ? `${sep}cursor=${encodeURIComponent(cursor)}` : ''}`);
      if (!res.ok) throw new ApiError(res.status, safeJson(await res.text()));
      cursor = res.headers.get('x-next-cursor') ?? undefined;
      const body = Buffer.from(await res.arrayBuffer());
      if (!out.write(body)) await once(out, 'drain');
      chunks += 1;
      onChunk?.(Number(res.headers.get('x-exported-rows') ?? 0));
    } while (cursor);
  } finally {
    await closeStream(out);
  }
  return chunks;
}

const closeStream = (out: WriteStream) => new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));

function progressBar(total: number) {
  const bar = new cliProgress.SingleBar({
    format: 'import |{bar}| {percentage}% | {value}/{total} rows | {speed} rows/s | ETA {eta_formatted} | +{created} ~{updated} ={unchanged} x{rejected}',
    noTTYOutput: true,
    notTTYSchedule: 1000,
    etaBuffer: 20,
    hideCursor: true,
  }, cliProgress.Presets.shades_classic);
  bar.start(total, 0, { speed: '0', created: 0, updated: 0, unchanged: 0, rejected: 0 });
  return bar;
}

/* ----------------------------------------------------------------------------------------------
 * Export and template
 * -------------------------------------------------------------------------------------------- */

export interface ExportOptions extends Connection {
  file: string;
  regionId?: string;
  class?: string;
  progress?: boolean;
  log?: (line: string) => void;
}

export async function exportCsv(options: ExportOptions): Promise<{ rows: number; chunks: number; seconds: number }> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const conn = await connect(options);
  const started = Date.now();
  const query = new URLSearchParams({ ...(options.regionId ? { regionId: options.regionId } : {}), ...(options.class ? { class: options.class } : {}) }).toString();
  let rows = 0;
  const bar =
    options.progress === false
      ? undefined
      : new cliProgress.SingleBar({ format: 'export | {value} rows | {speed} rows/s | {duration_formatted}', noTTYOutput: true, notTTYSchedule: 1000 }, cliProgress.Presets.shades_classic);
  bar?.start(0, 0, { speed: '0' });
  let chunks = 0;
  try {
    chunks = await writeChunks(conn, `/v1/customers/export.csv${query ? `?${query}` : ''}`, options.file, (n) => {
      rows += n;
      bar?.setTotal(rows);
      bar?.update(rows, { speed: (rows / Math.max((Date.now() - started) / 1000, 0.001)).toFixed(0) });
    });
  } finally {
    bar?.stop();
  }
  const seconds = (Date.now() - started) / 1000;
  log(`export: ${rows} customers in ${chunks} chunks, ${seconds.toFixed(1)} s → ${options.file}`);
  return { rows, chunks, seconds };
}

export async function downloadTemplate(options: Connection & { file: string }): Promise<void> {
  const conn = await connect(options);
  const res = await request(conn, 'GET', '/v1/customers/import-template.csv');
  if (!res.ok) throw new ApiError(res.status, safeJson(await res.text()));
  await writeFile(options.file, Buffer.from(await res.arrayBuffer()));
}

/* ----------------------------------------------------------------------------------------------
 * Command line
 * -------------------------------------------------------------------------------------------- */

const USAGE = `usage:
  npm run customers -- import   <file.csv> [--parallel 2] [--batch 500] [--json]
  npm run customers -- export   <out.csv>  [--region r-east] [--class residential]
  npm run customers -- template <out.csv>
connection: --url (GASCARE_URL, default http://localhost:3000), --api-key (GASCARE_API_KEY)
            or --tenant --user --password (GASCARE_TENANT, GASCARE_USER, GASCARE_PASSWORD; default demo, admin)`;

async function cli(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      url: { type: 'string' },
      tenant: { type: 'string' },
      user: { type: 'string' },
      password: { type: 'string' },
      'api-key': { type: 'string' },
      region: { type: 'string' },
      class: { type: 'string' },
      parallel: { type: 'string' },
      batch: { type: 'string' },
      json: { type: 'boolean' },
      quiet: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command, file] = positionals;
  if (values.help || !command || !file) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }
  const conn: Connection = {
    url: values.url ?? process.env.GASCARE_URL ?? 'http://localhost:3000',
    tenant: values.tenant ?? process.env.GASCARE_TENANT ?? 'demo',
    user: values.user ?? process.env.GASCARE_USER ?? 'admin',
    password: values.password ?? process.env.GASCARE_PASSWORD ?? process.env.GASCARE_SEED_PASSWORD,
    apiKey: values['api-key'] ?? process.env.GASCARE_API_KEY,
  };
  const progress = !values.quiet;
  switch (command) {
    case 'import': {
      if (!existsSync(file) || !statSync(file).isFile()) throw new Error(`no file ${file}`);
      const summary = await importCsv({ ...conn, file, progress, parallel: values.parallel ? Number(values.parallel) : undefined, batchSize: values.batch ? Number(values.batch) : undefined });
      if (values.json) console.log(JSON.stringify(summary));
      return summary.counts.rejected ? 3 : 0; // 3: done, with rejected rows (see the error report)
    }
    case 'export': {
      const result = await exportCsv({ ...conn, file, regionId: values.region, class: values.class, progress });
      if (values.json) console.log(JSON.stringify(result));
      return 0;
    }
    case 'template':
      await downloadTemplate({ ...conn, file });
      console.error(`template → ${file}`);
      return 0;
    default:
      console.error(USAGE);
      return 2;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    process.exitCode = await cli(process.argv.slice(2));
  } catch (error) {
    console.error(`customers: ${(error as Error).message}`);
    process.exitCode = 1;
  }
}
