/**
 * The client side of the customer CSV import protocol (docs/import-export.md), once, for the CLI
 * (local/cli/customers.ts) and the console (console/src/pages/customers/import-run.ts):
 *
 * 1. open an import with the file's header: `POST /v1/customer-imports` (keyed, so a retry after
 *    a lost answer does not open a second one);
 * 2. send the rows in batches of at most 500 to `POST /v1/customer-imports/{id}/batches`, each
 *    with `Idempotency-Key: <importId>:<firstRow>`, so a retried batch is replayed, never counted
 *    twice; a few in flight at most; transient failures (network, 429, 5xx, an Idempotency-Key
 *    still in progress) retried per a policy;
 * 3. complete it: `POST /v1/customer-imports/{id}/complete`.
 *
 * Pure and browser-safe: no Node imports; the caller gives a `fetch`-like transport (the base URL
 * and the credentials are the transport's) and the rows, as an async iterable it reads at its
 * own pace (nothing more is read while batches are pending).
 */
import { MAX_BATCH_ROWS } from './customer-imports.ts';

/** The part of a `Response` the client reads. */
export interface TransportResponse {
  status: number;
  headers: { get(name: string): string | null };
  text(): Promise<string>;
  /** A copy whose body can be read without consuming this one's. */
  clone(): { text(): Promise<string> };
}

export interface TransportRequest {
  method: string;
  headers: Record<string, string>;
  body?: string;
  signal?: AbortSignal;
}

/** `fetch` relative to the API: resolves with any HTTP answer, throws on a network failure (or an abort). */
export type Transport<R extends TransportResponse = TransportResponse> = (path: string, init: TransportRequest) => Promise<R>;


export interface RetryPolicy {
  /** Failures of one request before it gives up. */
  attempts: number;
  /** Whether a 429 counts as a failure (false: wait as told, as long as it takes). */
  rateLimitIsFailure: boolean;
  /** Milliseconds to wait before the next try. */
  pause(failure: { failures: number; rateLimited: boolean; retryAfterSeconds?: number }): number;
}

/** An unattended client (the CLI): 8 tries, exponential backoff with jitter, at least `Retry-After`. */
export const PATIENT_RETRY: RetryPolicy = {
  attempts: 8,
  rateLimitIsFailure: true,
  pause: ({ failures, retryAfterSeconds }) => Math.max((retryAfterSeconds ?? 0) * 1000, Math.min(10_000, 200 * 2 ** (failures - 1))) * (0.75 + Math.random() * 0.5),
};

/** A client with a person waiting (the console): 429 waits as told; 4 failures and the person decides. */
export const INTERACTIVE_RETRY: RetryPolicy = {
  attempts: 4,
  rateLimitIsFailure: false,
  pause: ({ failures, rateLimited, retryAfterSeconds }) => (rateLimited ? 1000 * (retryAfterSeconds ?? 1) : 500 * 2 ** failures),
};

/** A refusal of the API (after the retries), with its problem details (parsed JSON, or the text). */
export class ImportRequestFailed extends Error {
  constructor(
    readonly step: 'open' | 'batch' | 'complete' | 'request',
    readonly status: number,
    readonly problem: unknown,
    readonly retryAfterSeconds?: number,
  ) {
    super(`HTTP ${status}: ${typeof problem === 'string' ? problem : JSON.stringify(problem)}`);
    this.name = 'ImportRequestFailed';
  }
}

const isAbort = (error: unknown) => (error as { name?: string } | null)?.name === 'AbortError';

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) return reject(new DOMException('Aborted', 'AbortError'));
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(new DOMException('Aborted', 'AbortError'));
    });
  });

const retryAfterOf = (res: TransportResponse) => Number(res.headers.get('retry-after')) || undefined;

/**
 * One request, retried on a network failure, 429, 5xx and a 409 "in progress" (the same
 * Idempotency-Key still being worked on: a retry overtook the first try). Resolves with the last
 * answer, whatever its status; throws the network failure when the tries run out.
 */
export async function sendWithRetry<R extends TransportResponse>(
  transport: Transport<R>,
  path: string,
  init: { method: string; body?: unknown; headers?: Record<string, string>; signal?: AbortSignal },
  policy: RetryPolicy = PATIENT_RETRY,
): Promise<R> {
  const request: TransportRequest = {
    method: init.method,
    headers: { ...(init.body === undefined ? {} : { 'content-type': 'application/json' }), ...init.headers },
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
    ...(init.signal ? { signal: init.signal } : {}),
  };
  let failures = 0;
  for (;;) {
    let res: R | undefined;
    let failure: unknown;
    try {
      res = await transport(path, request);
    } catch (error) {
      if (isAbort(error)) throw error;
      failure = error;
    }
    const rateLimited = res?.status === 429;
    const transient = !res || res.status >= 500 || (res.status === 409 && problemCode(await res.clone().text()) === IDEMPOTENCY_IN_PROGRESS);
    if (res && !rateLimited && !transient) return res;
    if (!rateLimited || policy.rateLimitIsFailure) failures += 1;
    if (failures >= policy.attempts) {
      if (res) return res;
      throw failure;
    }
    await sleep(policy.pause({ failures, rateLimited, retryAfterSeconds: res && retryAfterOf(res) }), init.signal);
  }
}

/** The problem code of the same `Idempotency-Key` still being worked on (a retry overtook the first try). */
export const IDEMPOTENCY_IN_PROGRESS = 'idempotency-in-progress';

/** The stable `code` of a problem+json body, if it is one. */
export function problemCode(text: string): string | undefined {
  const body = parseBody(text);
  return body && typeof body === 'object' && typeof (body as { code?: unknown }).code === 'string' ? (body as { code: string }).code : undefined;
}

const parseBody = (text: string): unknown => {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
};

/** The JSON of a 2xx answer; anything else is an ImportRequestFailed. */
export async function jsonOf<T>(res: TransportResponse, step: ImportRequestFailed['step'] = 'request'): Promise<T> {
  const text = await res.text();
  if (res.status < 200 || res.status > 299) throw new ImportRequestFailed(step, res.status, parseBody(text), retryAfterOf(res));
  return JSON.parse(text) as T;
}

export type RowCounts = Record<'created' | 'updated' | 'unchanged' | 'rejected' | 'skipped', number>;

/** What the API answers about an import (the fields the client reads). */
export interface ImportState {
  id: string;
  state: string;
  counts: RowCounts;
  rowsReceived: number;
}

export interface BatchReply<I extends ImportState = ImportState> {
  results: { row: number; status: string; warnings?: unknown[] }[];
  import: I;
}

export interface ImportProgress<I extends ImportState = ImportState> {
  /** Rows answered so far. */
  done: number;
  /** Rows by status, from the batches' results so far. */
  counts: RowCounts;
  /** Warnings in the results so far (columns the import does not change). */
  warnings: number;
  /** The import as the last answer had it. */
  import: I;
}

export interface ImportRun<I extends ImportState = ImportState> {
  transport: Transport;
  fileName: string;
  /** The file's header, as the rows name their cells. */
  columns: string[];
  totalRows?: number;
  /** The data rows, header → cell (empty cells left out), in file order from row 2. */
  rows: AsyncIterable<Record<string, string>> | Iterable<Record<string, string>>;
  /**
   * Idempotency-Key of the open request. A fresh random key opens a new import; a key derived from
   * the file (the CLI: its content hash, name and batch size) re-opens the same import while it is
   * open, so a run that died is resumed by running it again: its batches, re-sent under the same
   * `<importId>:<firstRow>` keys, are replayed (or counted once by the server's batch markers), and
   * the rest is sent. When that import was completed already, the file is imported anew, under
   * `<openKey>:after:<id of the completed import>` (deterministic too, so that run also resumes).
   */
  openKey: string;
  /** Rows per batch (at most 500). */
  batchRows?: number;
  /** Closes a batch early past this estimate of its UTF-8 size. */
  batchBytes?: number;
  /** Batches in flight (default 1). */
  parallel?: number;
  retry?: RetryPolicy;
  /** Stops reading and sending; what was sent stays imported, and the import is completed. */
  signal?: AbortSignal;
  onOpened?(imp: I): void;
  onProgress?(progress: ImportProgress<I>): void;
  /**
   * A batch failed for good (after the retries; not 401): resolve 'retry' to send it again,
   * 'stop' to end the import there (it is completed). Without it, the failure ends the run.
   */
  onBatchFailed?(error: unknown): Promise<'retry' | 'stop'>;
}

export interface ImportOutcome<I extends ImportState = ImportState> {
  /** The completed import. */
  import: I;
  /** Rows read from the file (sent or not). */
  rows: number;
  counts: RowCounts;
  warnings: number;
  /** Ended early: by the signal or by 'stop'. */
  stopped: boolean;
}

/**
 * The open key of a file picked in a browser (the console): its name, size, last-modified time and
 * header. Picking the same file again after the tab died resumes its import (see `openKey`); a
 * saved change to the file (new size or time) is a new import. Not a content hash: WebCrypto has no
 * streaming digest, and the file is not held whole. FNV-1a, twice (64 bits): an identity, not a secret.
 */
export function fileOpenKey(file: { name: string; size: number; lastModified: number }, header: readonly string[]): string {
  const text = `${file.name}\n${header.join('\u0001')}`;
  let a = 0x811c9dc5;
  let b = 0xcbf29ce4;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x01000193 ^ 0x5bd1e995) >>> 0;
  }
  const hex = (n: number) => n.toString(16).padStart(8, '0');
  return `open:file:${file.size}:${file.lastModified}:${hex(a)}${hex(b)}`;
}

/** Imports of the same file under one derived open key, one after the other, before giving up. */
const MAX_REOPEN = 50;

const zeroCounts = (): RowCounts => ({ created: 0, updated: 0, unchanged: 0, rejected: 0, skipped: 0 });

/** Open, feed and complete one import. */
export async function runCustomerImport<I extends ImportState = ImportState>(run: ImportRun<I>): Promise<ImportOutcome<I>> {
  const { transport, signal } = run;
  const retry = run.retry ?? PATIENT_RETRY;
  const batchRows = Math.min(run.batchRows ?? MAX_BATCH_ROWS, MAX_BATCH_ROWS);
  const parallel = Math.max(1, run.parallel ?? 1);
  const post = (path: string, body: unknown, key?: string, withSignal = true) =>
    sendWithRetry(transport, path, { method: 'POST', body, headers: key ? { 'idempotency-key': key } : {}, ...(withSignal && signal ? { signal } : {}) }, retry);

  const openBody = { fileName: run.fileName.slice(0, 200), columns: run.columns, ...(run.totalRows !== undefined ? { totalRows: run.totalRows } : {}) };
  /** Open under `key`; a replayed open (the key's import exists) answers the import as it was then: read it as it is now. */
  const open = async (key: string) => {
    const res = await post('/v1/customer-imports', openBody, key);
    const opened = await jsonOf<I>(res, 'open');
    if (res.headers.get('idempotent-replayed') !== 'true') return opened;
    return jsonOf<I>(await sendWithRetry(transport, `/v1/customer-imports/${opened.id}`, { method: 'GET', ...(signal ? { signal } : {}) }, retry), 'open');
  };
  let imp = await open(run.openKey);
  // The key's import is completed (the same file imported before): open the next one of the chain.
  for (let reopened = 0; imp.state !== 'open'; reopened++) {
    if (reopened >= MAX_REOPEN) throw new ImportRequestFailed('open', 409, `the file was imported ${MAX_REOPEN} times in a day under this key`);
    imp = await open(`${run.openKey}:after:${imp.id}`);
  }
  const importId = imp.id;
  run.onOpened?.(imp);

  const counts = zeroCounts();
  let warnings = 0;
  let done = 0;
  let read = 0;
  let stopped = false;

  const send = async (firstRow: number, rows: Record<string, string>[]) => {
    for (;;) {
      try {
        const reply = await jsonOf<BatchReply<I>>(await post(`/v1/customer-imports/${importId}/batches`, { firstRow, rows }, `${importId}:${firstRow}`), 'batch');
        for (const r of reply.results) {
          if (r.status in counts) counts[r.status as keyof RowCounts] += 1;
          warnings += r.warnings?.length ?? 0;
        }
        done += rows.length;
        imp = reply.import;
        run.onProgress?.({ done, counts: { ...counts }, warnings, import: imp });
        return;
      } catch (error) {
        if (!run.onBatchFailed || isAbort(error) || (error instanceof ImportRequestFailed && error.status === 401)) throw error;
        if ((await run.onBatchFailed(error)) === 'stop') {
          stopped = true;
          return;
        }
      }
    }
  };

  // Batches in flight are bounded: the reader waits while `parallel` are pending.
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

  let batch: Record<string, string>[] = [];
  let bytes = 0;
  let firstRow = 2; // the header is row 1
  try {
    for await (const row of run.rows) {
      if (signal?.aborted) throw new DOMException('Aborted', 'AbortError');
      read += 1;
      batch.push(row);
      if (run.batchBytes !== undefined) bytes += JSON.stringify(row).length * 3; // UTF-8: at most 3 bytes per UTF-16 unit
      if (batch.length >= batchRows || (run.batchBytes !== undefined && bytes >= run.batchBytes)) {
        const rows = batch;
        batch = [];
        bytes = 0;
        await dispatch(firstRow, rows);
        firstRow += rows.length;
      }
      if (stopped) break;
    }
    if (batch.length && !stopped) await dispatch(firstRow, batch);
    await Promise.all(inFlight);
    if (failure) throw failure;
  } catch (error) {
    if (!isAbort(error)) throw error;
    // Stopped by the signal: what was sent stays imported; the import is completed below.
    await Promise.allSettled(inFlight);
    stopped = true;
  }

  imp = await jsonOf<I>(await post(`/v1/customer-imports/${importId}/complete`, undefined, undefined, false), 'complete');
  return { import: imp, rows: read, counts, warnings, stopped };
}
