import * as z from 'zod';
import type { Role, Scope } from './access.ts';
import { Actor, Cursor, HumanText, IdParams, IsoDateTime, limitUpTo, Page, pageQuery } from './common.ts';

/** The customer CSV import and export (docs/import-export.md). */
export const IMPORT_STATES = ['open', 'done', 'done-with-errors'] as const;
export type ImportState = (typeof IMPORT_STATES)[number];

export const ROW_STATUSES = ['created', 'updated', 'unchanged', 'rejected', 'skipped'] as const;
export type RowStatus = (typeof ROW_STATUSES)[number];

/** Imports: admins and managers (their regions), and integrator keys with customers:write. Exports are masked like every list. */
export const IMPORT_ROLES: readonly Role[] = ['admin', 'manager'];
export const EXPORT_ROLES: readonly Role[] = ['admin', 'manager'];
export const IMPORTERS = { roles: IMPORT_ROLES, scopes: ['customers:write'] as readonly Scope[] };
export const EXPORTERS = { roles: EXPORT_ROLES, scopes: ['customers:read', 'customers:write'] as readonly Scope[] };

/** Rows per batch request. */
export const MAX_BATCH_ROWS = 500;

export const OpenImportBody = z.strictObject({
  fileName: HumanText({ max: 200 }),
  /** The file's header row, as written (Chinese or English column names). */
  columns: z.array(z.string().max(64)).min(1).max(60),
  totalRows: z.int().min(0).max(10_000_000).optional(),
});

export const ImportBatchBody = z.strictObject({
  /** The spreadsheet row number of rows[0]: the header is row 1, so the first data row is 2. */
  firstRow: z.int().min(2).max(100_000_000),
  rows: z.array(z.record(z.string().max(64), z.string().max(2000))).min(1).max(MAX_BATCH_ROWS),
});

export const ImportParams = IdParams;
export const ImportsQuery = pageQuery(100);
export const ImportErrorsQuery = z.strictObject({ cursor: Cursor.optional(), limit: limitUpTo().optional() });
export const ErrorsCsvQuery = z.strictObject({ cursor: Cursor.optional() });

const Counts = z.strictObject({ created: z.int(), updated: z.int(), unchanged: z.int(), rejected: z.int(), skipped: z.int() });
export const RowError = z.strictObject({ field: z.string(), column: z.string().optional(), message: z.string() });

export const Import = z.strictObject({
  id: z.string(),
  fileName: z.string(),
  state: z.enum(IMPORT_STATES),
  counts: Counts,
  rowsReceived: z.int(),
  totalRows: z.int().nullable(),
  batches: z.int(),
  /** Each column of the file and the field it was read into (null: ignored). */
  columns: z.array(z.strictObject({ column: z.string(), field: z.string().nullable() })),
  createdBy: Actor,
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  completedAt: IsoDateTime.nullable(),
});
export const ImportPage = Page(Import);

export const RowResult = z.strictObject({
  row: z.int(),
  status: z.enum(ROW_STATUSES),
  accountNumber: z.string().optional(),
  customerId: z.string().optional(),
  /** For `updated`: the fields that changed. */
  changed: z.array(z.string()).optional(),
  errors: z.array(RowError).optional(),
  /** How many errors the row has when the reply lists only some (see GET …/errors). */
  errorCount: z.int().optional(),
  /** What the row asked that import does not change (create-only columns, another meter). */
  warnings: z.array(RowError).optional(),
});

export const BatchReply = z.strictObject({ results: z.array(RowResult), import: Import });

export const ImportRowError = z.strictObject({ row: z.int(), accountNumber: z.string().optional(), errors: z.array(RowError) });
export const ImportErrorPage = Page(ImportRowError);

export type Import = z.infer<typeof Import>;
export type RowResult = z.infer<typeof RowResult>;
export type BatchReply = z.infer<typeof BatchReply>;
export type ImportRowError = z.infer<typeof ImportRowError>;
export type ImportCounts = z.infer<typeof Counts>;
