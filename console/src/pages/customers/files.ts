import { ApiError, requestRaw, type Query } from '../../api.ts';

/**
 * CSV downloads from the API: a template, an error report, the export. Large ones come in
 * chunks (`x-next-cursor` names the next); the chunks are joined into one file in the browser
 * and saved once. The server writes the BOM and the header in the first chunk only.
 */
export function saveBlob(blob: Blob, fileName: string): void {
  const href = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = href;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(href), 10_000);
}

/** The name in `content-disposition` (`filename*=UTF-8''…` preferred), or a fallback. */
export function fileNameOf(response: Response, fallback: string): string {
  const header = response.headers.get('content-disposition') ?? '';
  const star = /filename\*=UTF-8''([^;]+)/i.exec(header);
  if (star?.[1]) {
    try {
      return decodeURIComponent(star[1]);
    } catch {
      // fall through to the plain name
    }
  }
  return /filename="([^"]+)"/i.exec(header)?.[1] ?? fallback;
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const timer = window.setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      window.clearTimeout(timer);
      reject(new DOMException('Aborted', 'AbortError'));
    });
  });

/**
 * Call the API, waiting as told on 429 (`Retry-After`) and retrying a network failure, a 5xx or
 * an `Idempotency-Key` still in progress a few times with growing pauses; any other refusal is
 * thrown at once.
 */
export async function withRetry<T>(call: () => Promise<T>, signal?: AbortSignal, attempts = 4): Promise<T> {
  let failures = 0;
  for (;;) {
    try {
      return await call();
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      if (error.status === 429) {
        await sleep(1000 * (error.retryAfter ?? 1), signal);
        continue;
      }
      // The same Idempotency-Key still being worked on (a retry overtook the first try) is 409 too.
      const inProgress = error.status === 409 && error.code === 'idempotency-in-progress';
      const transient = error.status === 0 || error.status >= 500 || inProgress;
      if (!transient || ++failures >= attempts) throw error;
      await sleep(500 * 2 ** failures, signal);
    }
  }
}

export interface ChunkProgress {
  chunks: number;
  /** Rows so far, when the server says (`x-exported-rows`). */
  rows: number | null;
}

/** Every chunk of a chunked CSV, as one Blob (UTF-8, one BOM at most, at the start). */
export async function downloadChunks(
  path: string,
  query: Query,
  options: { signal?: AbortSignal; onProgress?(progress: ChunkProgress): void } = {},
): Promise<{ blob: Blob; fileName: string | undefined }> {
  const parts: string[] = [];
  let cursor: string | undefined;
  let fileName: string | undefined;
  let rows: number | null = 0;
  for (let chunk = 0; ; chunk++) {
    const response = await withRetry(() => requestRaw('GET', path, { query: { ...query, cursor }, accept: 'text/csv', signal: options.signal }), options.signal);
    let text = await response.text();
    if (chunk === 0) fileName = fileNameOf(response, '') || undefined;
    else if (text.startsWith('\uFEFF')) text = text.slice(1);
    parts.push(text);
    const counted = response.headers.get('x-exported-rows');
    rows = rows === null || counted === null ? null : rows + Number(counted);
    options.onProgress?.({ chunks: chunk + 1, rows });
    cursor = response.headers.get('x-next-cursor') ?? undefined;
    if (!cursor) break;
  }
  if (parts[0] && !parts[0].startsWith('\uFEFF')) parts[0] = `\uFEFF${parts[0]}`; // Excel reads UTF-8 by its BOM
  return { blob: new Blob(parts, { type: 'text/csv;charset=utf-8' }), fileName };
}

const REPORT_MEDIA = { csv: 'text/csv', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } as const;

/** A report as a file (`?format=csv|xlsx` of a route that also answers JSON), with the server's file name. */
export async function downloadReport(path: string, query: Query, format: 'csv' | 'xlsx', fallbackName: string): Promise<{ blob: Blob; fileName: string }> {
  const response = await requestRaw('GET', path, { query: { ...query, format }, accept: REPORT_MEDIA[format] });
  return { blob: await response.blob(), fileName: fileNameOf(response, fallbackName) };
}

/** One CSV file from the API, saved under its name. */
export async function downloadFile(path: string, fallbackName: string, signal?: AbortSignal): Promise<void> {
  const { blob, fileName } = await downloadChunks(path, {}, { signal });
  saveBlob(blob, fileName ?? fallbackName);
}
