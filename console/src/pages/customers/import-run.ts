import { api, ApiError, idempotencyKey } from '../../api.ts';
import { countCsvRecords, headerOf, readCsv, rowOf } from './csv.ts';
import { withRetry } from './files.ts';
import type { BatchReply, ImportView } from './model.ts';

/**
 * The browser side of a CSV import (docs/import-export.md): count the file's records as it
 * streams by (the progress bar's total), open an import with the header, then send the rows in
 * batches of at most 500 (and ~1.5 MB), each with `Idempotency-Key: <importId>:<firstRow>`, so
 * a retried batch is replayed, never counted twice. 429 waits as told; a batch that keeps
 * failing pauses the run until the user retries or stops. Then the import is completed.
 */
export const BATCH_ROWS = 500;
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

export async function runImport(file: File, hooks: ImportRunHooks): Promise<ImportView> {
  const { signal } = hooks;
  hooks.onCounting();
  const total = Math.max(0, (await countCsvRecords(file, signal)) - 1);
  if (total === 0) throw new EmptyFile();
  hooks.onProgress({ total, done: 0 });

  let imp: ImportView | undefined;
  let header: string[] | undefined;
  let batch: Record<string, string>[] = [];
  let bytes = 0;
  let firstRow = 2; // the header is row 1
  let done = 0;
  let stopped = false;

  const send = async () => {
    if (!batch.length || !imp) return;
    const body = { firstRow, rows: batch };
    const key = `${imp.id}:${firstRow}`;
    for (;;) {
      try {
        const reply = await withRetry(() => api.post<BatchReply>(`/v1/customer-imports/${imp!.id}/batches`, body, { headers: { 'idempotency-key': key }, signal }), signal);
        done += batch.length;
        imp = reply.import;
        hooks.onProgress({ total, done, import: imp });
        break;
      } catch (error) {
        if (!(error instanceof ApiError) || error.status === 401) throw error;
        if ((await hooks.onBatchFailed(error)) === 'stop') {
          stopped = true;
          break;
        }
      }
    }
    firstRow += batch.length;
    batch = [];
    bytes = 0;
  };

  try {
    for await (const records of readCsv(file, signal)) {
      for (const record of records) {
        if (!header) {
          header = headerOf(record);
          try {
            imp = await withRetry(
              () => api.post<ImportView>('/v1/customer-imports', { fileName: file.name.slice(0, 200), columns: header, totalRows: total }, { headers: { 'idempotency-key': idempotencyKey() }, signal }),
              signal,
            );
          } catch (error) {
            if (error instanceof ApiError && error.status !== 401 && error.status < 500 && error.status !== 0) throw new HeaderRejected(error);
            throw error;
          }
          hooks.onProgress({ total, done, import: imp });
          continue;
        }
        const row = rowOf(header, record);
        batch.push(row);
        bytes += JSON.stringify(row).length * 3; // UTF-8: at most 3 bytes per UTF-16 unit
        if (batch.length >= BATCH_ROWS || bytes >= BATCH_BYTES) await send();
        if (stopped) break;
      }
      if (stopped) break;
    }
    if (!stopped) await send();
  } catch (error) {
    if (!imp || (error as Error).name !== 'AbortError') throw error;
    // Stopped by the user: what was sent stays imported; the import is closed below.
  }
  if (!imp) throw new EmptyFile();
  return withRetry(() => api.post<ImportView>(`/v1/customer-imports/${imp!.id}/complete`, {}));
}
