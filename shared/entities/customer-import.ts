import type { Item } from '../db/tenant-store.ts';
import { keys } from '../keys.ts';

/**
 * A CSV import of customers: a server-side record fed in batches of rows by a streaming client
 * (the CLI, the console's import wizard). It keeps the counters of the rows seen so far, the
 * columns of the file, and one error item per rejected row; each batch leaves a marker so that a
 * retried batch never counts twice. See docs/import-export.md.
 */
export { ROW_STATUSES } from '../contract/customer-imports.ts';
export type { ImportState, RowStatus } from '../contract/customer-imports.ts';
import { ROW_STATUSES, type ImportState, type RowStatus } from '../contract/customer-imports.ts';

export type ImportCounts = Record<RowStatus, number>;

export const zeroCounts = (): ImportCounts => ({ created: 0, updated: 0, unchanged: 0, rejected: 0, skipped: 0 });

export interface CustomerImport {
  id: string;
  fileName: string;
  /** The file's header, as sent; each resolved to a field (or ignored). */
  columns: string[];
  /** What the client announced (for the progress bar); may be absent. */
  totalRows?: number;
  state: ImportState;
  counts: ImportCounts;
  rowsReceived: number;
  batches: number;
  createdBy: { kind: string; id: string; name: string };
  createdAt: string;
  updatedAt: string;
  completedAt?: string;
}

export interface RowError {
  field: string;
  /** The file's column that held the field, when there is one. */
  column?: string;
  message: string;
}

export interface ImportRowError {
  row: number;
  accountNumber?: string;
  errors: RowError[];
}

/** Import records and their row errors are kept 90 days. */
export const IMPORT_TTL_DAYS = 90;

const ttlFrom = (createdAt: string) => Math.floor(Date.parse(createdAt) / 1000) + IMPORT_TTL_DAYS * 86_400;

/** Counters are top-level numbers (`n_created`, …) so a batch adds to them with one UpdateItem ADD. */
export const counterAttribute = (status: RowStatus) => `n_${status}`;

export function customerImportItem(tenantId: string, imp: CustomerImport): Item {
  const { counts, ...rest } = imp;
  return {
    ...keys.customerImport(tenantId, imp.id),
    entity: 'customer-import',
    ...rest,
    ...Object.fromEntries(Object.entries(counts).map(([status, n]) => [counterAttribute(status as RowStatus), n])),
    ttl: ttlFrom(imp.createdAt),
  };
}

export function customerImportFromItem(item: Record<string, unknown>): CustomerImport {
  const counts = zeroCounts();
  for (const status of ROW_STATUSES) counts[status] = Number(item[counterAttribute(status)] ?? 0);
  return {
    id: String(item.id),
    fileName: String(item.fileName),
    columns: (item.columns as string[]) ?? [],
    ...(item.totalRows !== undefined ? { totalRows: Number(item.totalRows) } : {}),
    state: item.state as ImportState,
    counts,
    rowsReceived: Number(item.rowsReceived ?? 0),
    batches: Number(item.batches ?? 0),
    createdBy: item.createdBy as CustomerImport['createdBy'],
    createdAt: String(item.createdAt),
    updatedAt: String(item.updatedAt),
    ...(item.completedAt ? { completedAt: String(item.completedAt) } : {}),
  };
}

export const importErrorItem = (tenantId: string, importId: string, createdAt: string, e: ImportRowError): Item => ({
  ...keys.customerImportError(tenantId, importId, e.row),
  entity: 'customer-import-error',
  ...e,
  ttl: ttlFrom(createdAt),
});

export const importBatchItem = (tenantId: string, importId: string, createdAt: string, firstRow: number, rows: number, counts: ImportCounts): Item => ({
  ...keys.customerImportBatch(tenantId, importId, firstRow),
  entity: 'customer-import-batch',
  firstRow,
  rows,
  counts,
  at: new Date().toISOString(),
  ttl: ttlFrom(createdAt),
});
