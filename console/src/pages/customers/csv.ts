/**
 * A small streaming CSV reader (RFC 4180 as spreadsheets write it): quoted fields with `""`
 * escapes and line breaks inside, CRLF / LF / CR record ends, a UTF-8 BOM, and files saved by a
 * Chinese Excel in GB 18030 (detected when the start of the file is not UTF-8). The file is read
 * chunk by chunk (File.stream()); no more than a chunk and the current record are held at once.
 */
const COMMA = 44;
const QUOTE = 34;
const CR = 13;
const LF = 10;

export class CsvParser {
  private field = '';
  private record: string[] = [];
  private inQuotes = false;
  /** A quote seen inside a quoted field: the field's end, or the first half of `""`. */
  private quoteSeen = false;
  /** The field began with a quote (so an empty quoted field still makes a record). */
  private quoted = false;
  private afterCr = false;

  /** Feed the next piece of text; returns the records it completed. */
  push(text: string): string[][] {
    const out: string[][] = [];
    let i = 0;
    const n = text.length;
    while (i < n) {
      if (this.inQuotes) {
        if (this.quoteSeen) {
          this.quoteSeen = false;
          if (text.charCodeAt(i) === QUOTE) {
            this.field += '"';
            i++;
            continue;
          }
          this.inQuotes = false; // the closing quote; this character is read unquoted below
          continue;
        }
        const close = text.indexOf('"', i);
        if (close === -1) {
          this.field += text.slice(i);
          return out;
        }
        this.field += text.slice(i, close);
        this.quoteSeen = true;
        i = close + 1;
        continue;
      }
      const c = text.charCodeAt(i);
      if (this.afterCr) {
        this.afterCr = false;
        if (c === LF) {
          i++;
          continue;
        }
      }
      if (c === COMMA) {
        this.endField();
        i++;
      } else if (c === CR || c === LF) {
        out.push(this.endRecord());
        this.afterCr = c === CR;
        i++;
      } else if (c === QUOTE && this.field === '' && !this.quoted) {
        this.inQuotes = true;
        this.quoted = true;
        i++;
      } else {
        // A run of plain characters up to the next comma, line end or quote.
        let j = i + 1;
        while (j < n) {
          const d = text.charCodeAt(j);
          if (d === COMMA || d === CR || d === LF || d === QUOTE) break;
          j++;
        }
        this.field += text.slice(i, j);
        if (j < n && text.charCodeAt(j) === QUOTE) {
          this.field += '"'; // a stray quote inside an unquoted field is kept as written
          j++;
        }
        i = j;
      }
    }
    return out;
  }

  /** The end of the file: the last record, unless the file ended with a line break. */
  end(): string[][] {
    if (this.inQuotes) this.inQuotes = false; // an unclosed quote runs to the end of the file
    this.quoteSeen = false;
    if (this.field !== '' || this.record.length > 0 || this.quoted) return [this.endRecord()];
    return [];
  }

  private endField() {
    this.record.push(this.field);
    this.field = '';
    this.quoted = false;
  }

  private endRecord(): string[] {
    this.endField();
    const record = this.record;
    this.record = [];
    return record;
  }
}

/** Parse a whole text (tests, small inputs). */
export function parseCsv(text: string): string[][] {
  const parser = new CsvParser();
  return [...parser.push(text), ...parser.end()];
}

/** The file's encoding: UTF-8 (with or without BOM), else GB 18030 (a Chinese Excel's "CSV"). */
export function detectEncoding(head: Uint8Array): 'utf-8' | 'gb18030' {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf-8';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true }); // a character cut at the end is not an error
    return 'utf-8';
  } catch {
    return 'gb18030';
  }
}

/**
 * The records of a file, a chunk at a time. The consumer's pace is the reader's: while it awaits
 * (e.g. a batch being sent), nothing more is read.
 */
export async function* readCsv(file: Blob, signal?: AbortSignal): AsyncGenerator<string[][]> {
  const encoding = detectEncoding(new Uint8Array(await file.slice(0, 4096).arrayBuffer()));
  const decoder = new TextDecoder(encoding); // drops a leading BOM
  const parser = new CsvParser();
  const reader = file.stream().getReader();
  try {
    for (;;) {
      if (signal?.aborted) throw new DOMException('Aborted', 'AbortError');
      const { done, value } = await reader.read();
      if (done) break;
      const records = parser.push(decoder.decode(value, { stream: true }));
      if (records.length) yield records;
    }
    const tail = [...parser.push(decoder.decode()), ...parser.end()];
    if (tail.length) yield tail;
  } finally {
    reader.releaseLock();
  }
}

/** Records of a file, counted as it streams by (for the progress bar's total). */
export async function countCsvRecords(file: Blob, signal?: AbortSignal): Promise<number> {
  let count = 0;
  for await (const records of readCsv(file, signal)) count += records.length;
  return count;
}

/** The API's limit on a cell (ImportBatchBody). */
const MAX_CELL = 2000;

/** Columns without a header at the end of the header row (spreadsheets leave them) are dropped. */
export function headerOf(record: string[]): string[] {
  const header = [...record];
  while (header.length && header[header.length - 1]!.trim() === '') header.pop();
  return header;
}

/** A record as the API wants it: header → cell, empty cells left out. */
export function rowOf(header: string[], record: string[]): Record<string, string> {
  const row: Record<string, string> = {};
  header.forEach((name, i) => {
    const cell = record[i];
    if (cell !== undefined && cell.trim() !== '') row[name] = cell.length > MAX_CELL ? cell.slice(0, MAX_CELL) : cell;
  });
  return row;
}
