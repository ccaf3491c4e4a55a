import {
  ImportRequestFailed,
  INTERACTIVE_RETRY,
  fileOpenKey,
  runCustomerImport,
  type Transport,
  type TransportResponse,
} from '../../../../shared/contract/customer-import-client.ts';
import { ApiError, requestRaw, type ProblemDetails } from '../../api.ts';
import { countCsvRecords, headerOf, readCsv, rowOf } from './csv.ts';
import type { ImportView } from './model.ts';

/**
 * The browser side of a CSV import (docs/import-export.md): count the file's records as it
 * streams by (the progress bar's total), then hand the header and the rows to the import client
 * the CLI uses too (shared/contract/customer-import-client.ts): batches of at most 500 rows (and
 * ~1.5 MB), each with `Idempotency-Key: <importId>:<firstRow>`, one at a time. 429 waits as told;
 * a batch that keeps failing pauses the run until the user retries or stops. Then the import is
 * completed. Requests go through the console's API client (its token, its end of session on 401).
 */
const BATCH_BYTES = 1_500_000;

export interface ImportProgress {
  /** Data rows in the file (header excluded). */
  total: number;
  /** Rows answered so far. */
  done: number;
  import?: ImportView;
}

export interface ImportRunHooks {
  signal: AbortSignal;
  onCounting(): void;
  onProgress(progress: ImportProgress): void;
  /** A batch failed for good: resolve 'retry' to send it again, 'stop' to end the import here. */
  onBatchFailed(error: ApiError): Promise<'retry' | 'stop'>;
}

export class HeaderRejected extends Error {
  constructor(readonly problem: ApiError) {
    super(problem.message);
  }
}

export class EmptyFile extends Error {}

/** A refusal as the console's ApiError carries it back to the transport, and back again. */
function asResponse(error: ApiError): TransportResponse {
  const response: TransportResponse = {
    status: error.status,
    headers: { get: (name) => (name.toLowerCase() === 'retry-after' && error.retryAfter !== undefined ? String(error.retryAfter) : null) },
    text: async () => JSON.stringify(error.problem),
    clone: () => response,
  };
  return response;
}

function asApiError(error: unknown): unknown {
  if (!(error instanceof ImportRequestFailed)) return error;
  const problem: ProblemDetails =
    typeof error.problem === 'object' && error.problem !== null ? (error.problem as ProblemDetails) : { type: 'about:blank', title: String(error.problem), status: error.status };
  return new ApiError(error.status, problem, error.retryAfterSeconds);
}

/** The console's API client as the import client's transport: a refusal is an answer, a network failure throws. */
const transport: Transport = async (path, init) => {
  try {
    return await requestRaw(init.method, path, {
      body: init.body === undefined ? undefined : (JSON.parse(init.body) as unknown),
      headers: init.headers,
      signal: init.signal,
      accept: 'application/json, application/problem+json',
    });
  } catch (error) {
    if (error instanceof ApiError && error.status !== 0) return asResponse(error);
    throw error;
  }
};

/** The file's records one by one, read at the consumer's pace. */
async function* recordsOf(file: File, signal: AbortSignal): AsyncGenerator<string[]> {
  for await (const records of readCsv(file, signal)) yield* records;
}

export async function runImport(file: File, hooks: ImportRunHooks): Promise<ImportView> {
  const { signal } = hooks;
  hooks.onCounting();
  const total = Math.max(0, (await countCsvRecords(file, signal)) - 1);
  if (total === 0) throw new EmptyFile();
  hooks.onProgress({ total, done: 0 });

  const records = recordsOf(file, signal);
  const first = await records.next();
  if (first.done) throw new EmptyFile();
  const header = headerOf(first.value);
  async function* rows(): AsyncGenerator<Record<string, string>> {
    for await (const record of records) yield rowOf(header, record);
  }

  try {
    const outcome = await runCustomerImport<ImportView>({
      transport,
      fileName: file.name,
      columns: header,
      totalRows: total,
      rows: rows(),
      openKey: fileOpenKey(file, header),
      batchBytes: BATCH_BYTES,
      retry: INTERACTIVE_RETRY,
      signal,
      onOpened: (imp) => hooks.onProgress({ total, done: 0, import: imp }),
      onProgress: ({ done, import: imp }) => hooks.onProgress({ total, done, import: imp }),
      onBatchFailed: (error) => {
        const refusal = asApiError(error);
        if (!(refusal instanceof ApiError)) throw refusal;
        return hooks.onBatchFailed(refusal);
      },
    });
    return outcome.import;
  } catch (error) {
    if (error instanceof ImportRequestFailed && error.step === 'open' && error.status !== 401 && error.status < 500) throw new HeaderRejected(asApiError(error) as ApiError);
    throw asApiError(error);
  }
}
