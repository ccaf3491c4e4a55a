import '../quiet-defaults.ts';
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { createReadStream, createWriteStream, existsSync, statSync, type WriteStream } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { parse } from 'csv-parse';
import { MAX_BATCH_ROWS } from '../../shared/contract/customer-imports.ts';
import { jsonOf, PATIENT_RETRY, runCustomerImport, sendWithRetry, type RowCounts, type Transport } from '../../shared/contract/customer-import-client.ts';

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
 * progress bar) into the import client the console uses too (shared/contract/customer-import-client.ts):
 * batches of 500 with `Idempotency-Key: <importId>:<firstRow>`, a few in flight, each retried with
 * backoff on 429, 5xx and network errors. The error report of rejected rows is written next to the file.
 */
export interface Connection {
  url: string;
  tenant?: string;
  user?: string;
  password?: string;
  apiKey?: string;
  /** A session token (`gascare login` stores one), sent as `Authorization: Bearer`. */
  token?: string;
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
  counts: RowCounts;
  warnings: number;
  seconds: number;
  rowsPerSecond: number;
  errorReport?: string;
}

/* ----------------------------------------------------------------------------------------------
 * HTTP with retries (shared/contract/customer-import-client.ts)
 * -------------------------------------------------------------------------------------------- */

type Connected = Connection & { headers: Record<string, string> };

const transportOf = (conn: Connected): Transport<Response> => (path, init) => fetch(`${conn.url}${path}`, { ...init, headers: { ...conn.headers, ...init.headers } });

/** 429, 5xx, an Idempotency-Key still in progress (409) and network errors are retried with exponential backoff and jitter. */
export const request = (conn: Connected, method: string, path: string, body?: unknown): Promise<Response> => sendWithRetry(transportOf(conn), path, { method, body }, PATIENT_RETRY);

/** Credentials as headers: an API key as is, a user by logging in. */
export async function connect(conn: Connection): Promise<Connected> {
  const url = conn.url.replace(/\/+$/, '');
  if (conn.apiKey) return { ...conn, url, headers: { 'x-api-key': conn.apiKey } };
  if (conn.token) return { ...conn, url, headers: { authorization: `Bearer ${conn.token}` } };
  if (!conn.password) throw new Error('no credentials: give --api-key, or --password (GASCARE_PASSWORD) for the user');
  const res = await request({ ...conn, url, headers: {} }, 'POST', '/v1/auth/login', { tenant: conn.tenant ?? 'demo', username: conn.user ?? 'admin', password: conn.password });
  const { token } = await jsonOf<{ token: string }>(res);
  return { ...conn, url, headers: { authorization: `Bearer ${token}` } };
}

/** A download that is not 2xx is an ImportRequestFailed. */
async function ensureOk(res: Response): Promise<Response> {
  if (!res.ok) await jsonOf(res);
  return res;
}

/* ----------------------------------------------------------------------------------------------
 * Import
 * -------------------------------------------------------------------------------------------- */

const csvParser = () => parse({ bom: true, relax_column_count: true, skip_empty_lines: false, trim: false });

/** Records after the header, counted by streaming the file once (nothing is kept), and the SHA-256 of its bytes. */
export async function countRows(file: string): Promise<{ rows: number; sha256: string }> {
  let records = 0;
  const hash = createHash('sha256');
  const bytes = createReadStream(file);
  bytes.on('data', (chunk) => hash.update(chunk));
  for await (const _record of bytes.pipe(csvParser())) records += 1;
  return { rows: Math.max(0, records - 1), sha256: hash.digest('base64url') };
}

/**
 * The open request's Idempotency-Key: the same file (bytes and name), sent by the same caller in
 * the same batch size, re-opens the same import, so running a command again after it died (kill -9,
 * a lost network, a closed laptop) resumes that import instead of starting a second one. The
 * server scopes keys to the tenant and the caller; the tenant is in the key too, for the reader.
 * Keys are kept a day: after that, the same command starts a new import.
 */
export const openKeyOf = (file: { sha256: string; name: string }, who: string, batchRows: number) =>
  `open:${who}:${batchRows}:${createHash('sha256').update(`${file.name}\n${file.sha256}`).digest('base64url')}`.slice(0, 100);

export async function importCsv(options: ImportOptions): Promise<ImportSummary> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const conn = await connect(options);
  const started = Date.now();
  const { rows: totalRows, sha256 } = await countRows(options.file);
  const batchRows = Math.min(options.batchSize ?? MAX_BATCH_ROWS, MAX_BATCH_ROWS);

  const records = createReadStream(options.file).pipe(csvParser());
  const iterator = records[Symbol.asyncIterator]();
  const head = await iterator.next();
  if (head.done) throw new Error(`${options.file} is empty: the first line must be the header`);
  const columns = (head.value as string[]).map((c) => c.trim());
  if (columns.some((c) => c.includes('\uFFFD'))) {
    throw new Error(`${options.file} is not UTF-8 (GBK?): in Excel save it as "CSV UTF-8 (逗号分隔)"`);
  }
  async function* rows(): AsyncGenerator<Record<string, string>> {
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      const cells = next.value as string[];
      const record: Record<string, string> = {};
      columns.forEach((c, i) => {
        if (c !== '' && cells[i] !== undefined && cells[i] !== '') record[c] = cells[i]!;
      });
      yield record;
    }
  }

  const bar = options.progress === false ? undefined : progressBar(totalRows);
  let outcome;
  try {
    outcome = await runCustomerImport({
      transport: transportOf(conn),
      fileName: basename(options.file),
      columns,
      totalRows,
      rows: rows(),
      openKey: openKeyOf({ sha256, name: basename(options.file) }, conn.apiKey ? 'key' : (conn.tenant ?? 'demo'), batchRows),
      batchRows,
      parallel: options.parallel ?? 2,
      retry: PATIENT_RETRY,
      onProgress: ({ done, counts }) => bar?.update(done, { speed: (done / Math.max((Date.now() - started) / 1000, 0.001)).toFixed(0), ...counts }),
    });
  } finally {
    bar?.stop();
  }

  const { import: final, rows: read, warnings } = outcome;
  const importId = final.id;
  const seconds = (Date.now() - started) / 1000;
  const summary: ImportSummary = { importId, state: final.state, rows: read, counts: final.counts, warnings, seconds, rowsPerSecond: read / seconds };
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
async function downloadErrors(conn: Connected, importId: string, path: string): Promise<string> {
  await writeChunks(conn, `/v1/customer-imports/${importId}/errors.csv`, path);
  return path;
}

async function writeChunks(conn: Connected, path: string, file: string, onChunk?: (rows: number) => void): Promise<number> {
  const out = createWriteStream(file);
  let chunks = 0;
  try {
    let cursor: string | undefined;
    do {
      const sep = path.includes('?') ? '&' : '?';
      const res = await ensureOk(await request(conn, 'GET', `${path}${cursor ? `${sep}cursor=${encodeURIComponent(cursor)}` : ''}`));
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
  const res = await ensureOk(await request(conn, 'GET', '/v1/customers/import-template.csv'));
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
