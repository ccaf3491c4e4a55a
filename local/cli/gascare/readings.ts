import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import cliProgress from 'cli-progress';
import { parse } from 'csv-parse';
import { PATIENT_RETRY, sendWithRetry, type Transport } from '../../../shared/contract/customer-import-client.ts';
import { MAX_READINGS_PER_BATCH, ReadingInput, type PostReadingsResult } from '../../../shared/contract/readings.ts';
import type { z } from 'zod';
import { countRows } from '../customers.ts';
import { authHeaders, CliError, NOT_SIGNED_IN, problemLine } from './api.ts';
import type { StoredLogin } from './config.ts';

/**
 * `gascare readings upload <file.csv>`: meter readings from a CSV into `POST /v1/readings`.
 *
 * The columns are the fields of a reading (docs/integrators.md › Readings from a CSV): `meterId`,
 * `value`, `readAt` (ISO with offset), and optionally `source` (default `integrator`),
 * `cardBalanceFen` (integer fen: ¥12.35 is 1235), `purchases`, `photoRef`. Each row is checked here with the route's own schema
 * (`ReadingInput`): a bad row is rejected with its row number (the header is row 1) and not sent.
 * The rest go in file order, one batch at a time (a meter's readings are validated against the
 * ones before), each with `Idempotency-Key: readings:<SHA-256 of the file>:<batch size>:<batch>`:
 * running the same file again (after a lost network, or by mistake) replays the first answers
 * for a day and applies nothing twice. Exit 3 when a row was rejected.
 */
export interface UploadOptions {
  file: string;
  batchSize?: number;
  progress?: boolean;
}

export interface UploadSummary {
  file: string;
  rows: number;
  accepted: number;
  duplicates: number;
  /** VEE exceptions raised on accepted readings, by rule. */
  exceptions: Record<string, number>;
  rejected: { row: number; field: string | null; reason: string }[];
  batches: number;
  /** Batches the API had seen (same file sent before): their first answers, nothing applied again. */
  replayedBatches: number;
}

export const READING_COLUMNS = ['meterId', 'value', 'readAt', 'source', 'cardBalanceFen', 'purchases', 'photoRef'] as const;
/** Columns renamed since: the header that still has one is told its new name. */
const RENAMED: Record<string, string> = { cardBalance: 'cardBalanceFen (integer fen: ¥12.35 is 1235)' };
const REQUIRED = ['meterId', 'value', 'readAt'];
const NUMERIC = new Set(['value', 'cardBalanceFen', 'purchases']);
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

type Reading = z.infer<typeof ReadingInput>;

/** A CSV record as the body's reading: numbers where the schema wants them, empty cells left out, `source` by default `integrator`. */
function candidateOf(columns: string[], record: string[]): Record<string, unknown> {
  const candidate: Record<string, unknown> = {};
  columns.forEach((column, i) => {
    const cell = (record[i] ?? '').trim();
    if (cell === '') return;
    candidate[column] = NUMERIC.has(column) && NUMBER.test(cell) ? Number(cell) : cell;
  });
  candidate.source ??= 'integrator';
  return candidate;
}

/** `readings[3].readAt` → `readAt`. */
const columnOf = (field: string | null) => field?.replace(/^readings\[\d+\]\.?/, '') || null;

export const batchKey = (sha256: string, batchSize: number, batch: number) => `readings:${sha256}:${batchSize}:${batch}`;

export async function uploadReadings(login: Pick<StoredLogin, 'url' | 'apiKey' | 'token'>, options: UploadOptions): Promise<UploadSummary> {
  const url = login.url.replace(/\/+$/, '');
  const headers = authHeaders(login);
  const transport: Transport<Response> = (path, init) => fetch(`${url}${path}`, { ...init, headers: { ...headers, ...init.headers } });
  const batchSize = Math.min(Math.max(1, Math.floor(options.batchSize ?? MAX_READINGS_PER_BATCH)), MAX_READINGS_PER_BATCH);
  if (!Number.isFinite(batchSize)) throw new CliError('--batch: not a number of rows');
  const { rows: totalRows, sha256 } = await countRows(options.file);

  const summary: UploadSummary = { file: basename(options.file), rows: 0, accepted: 0, duplicates: 0, exceptions: {}, rejected: [], batches: 0, replayedBatches: 0 };
  const bar =
    options.progress === false
      ? undefined
      : new cliProgress.SingleBar(
          { format: 'readings |{bar}| {percentage}% | {value}/{total} rows | +{accepted} ={duplicates} x{rejected}', noTTYOutput: true, notTTYSchedule: 1000, hideCursor: true },
          cliProgress.Presets.shades_classic,
        );
  bar?.start(Math.max(totalRows, 1), 0, { accepted: 0, duplicates: 0, rejected: 0 });
  const tick = () => bar?.update(summary.rows, { accepted: summary.accepted, duplicates: summary.duplicates, rejected: summary.rejected.length });

  let batch: { row: number; reading: Reading }[] = [];
  async function send() {
    if (!batch.length) return;
    const sent = batch;
    batch = [];
    const key = batchKey(sha256, batchSize, summary.batches);
    summary.batches += 1;
    const res = await sendWithRetry(transport, '/v1/readings', { method: 'POST', body: { readings: sent.map((r) => r.reading) }, headers: { 'idempotency-key': key } }, PATIENT_RETRY);
    if (res.status === 401) throw new CliError(NOT_SIGNED_IN);
    if (res.status === 403) throw new CliError(`not allowed: ${await problemLine(res)}`);
    if (!res.ok) throw new CliError(`batch ${summary.batches} (rows ${sent[0]!.row}–${sent.at(-1)!.row}): ${await problemLine(res)}`);
    if (res.headers.get('idempotent-replayed') === 'true') summary.replayedBatches += 1;
    const { results } = (await res.json()) as z.infer<typeof PostReadingsResult>;
    for (const r of results) {
      const row = sent[r.index]!.row;
      if (r.status === 'accepted') {
        summary.accepted += 1;
        for (const e of r.exceptions) summary.exceptions[e.rule] = (summary.exceptions[e.rule] ?? 0) + 1;
      } else if (r.exceptions.some((e) => e.rule === 'duplicate')) summary.duplicates += 1;
      else summary.rejected.push({ row, field: columnOf(r.field), reason: r.reason ?? 'rejected' });
    }
  }

  try {
    let columns: string[] | undefined;
    let row = 0;
    for await (const record of createReadStream(options.file).pipe(parse({ bom: true, relax_column_count: true, skip_empty_lines: false, trim: false })) as AsyncIterable<string[]>) {
      row += 1;
      if (!columns) {
        columns = record.map((c) => c.trim());
        if (columns.some((c) => c.includes('\uFFFD'))) throw new CliError(`${options.file} is not UTF-8: save it as "CSV UTF-8"`);
        const unknown = columns.filter((c) => !(READING_COLUMNS as readonly string[]).includes(c));
        const missing = REQUIRED.filter((c) => !columns!.includes(c));
        if (unknown.length || missing.length) {
          throw new CliError(`${options.file}: the header must name the columns ${READING_COLUMNS.join(', ')} (${[missing.length ? `missing ${missing.join(', ')}` : '', unknown.length ? `unknown ${unknown.map((c) => (RENAMED[c] ? `${c} (now ${RENAMED[c]})` : c)).join(', ')}` : ''].filter(Boolean).join('; ')})`);
        }
        continue;
      }
      if (record.every((cell) => cell.trim() === '')) continue;
      summary.rows += 1;
      const parsed = ReadingInput.safeParse(candidateOf(columns, record));
      if (!parsed.success) {
        for (const issue of parsed.error.issues) summary.rejected.push({ row, field: issue.path.length ? issue.path.join('.') : null, reason: issue.message });
      } else {
        batch.push({ row, reading: parsed.data });
        if (batch.length === batchSize) await send();
      }
      tick();
    }
    if (!columns) throw new CliError(`${options.file} is empty: the first line must be the header (${READING_COLUMNS.join(',')})`);
    await send();
    tick();
  } finally {
    bar?.stop();
  }
  summary.rejected.sort((a, b) => a.row - b.row);
  return summary;
}

/** The summary as lines a person reads. */
export function summaryLines(s: UploadSummary): string[] {
  const exceptions = Object.entries(s.exceptions).map(([rule, n]) => `${rule} ${n}`).join(', ');
  const rejectedRows = new Set(s.rejected.map((r) => r.row)).size;
  return [
    `${s.file}: ${s.rows} rows, ${s.accepted} accepted, ${s.duplicates} duplicates, ${rejectedRows} rejected; exceptions raised: ${exceptions || 'none'} (${s.batches} batches${s.replayedBatches ? `, ${s.replayedBatches} sent before: nothing applied again` : ''})`,
    ...s.rejected.map((r) => `  row ${r.row}: ${r.field ? `${r.field}: ` : ''}${r.reason}`),
  ];
}
