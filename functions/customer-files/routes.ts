import { CsvText } from '../../shared/contract/common.ts';
import {
  ErrorsCsvQuery,
  EXPORTERS,
  BatchReply,
  Import,
  ImportBatchBody,
  ImportErrorPage,
  ImportErrorsQuery,
  ImportPage,
  ImportParams,
  IMPORTERS,
  ImportsQuery,
  OpenImportBody,
} from '../../shared/contract/customer-imports.ts';
import { ExportQuery } from '../../shared/contract/customers.ts';
import { defineRoute } from '../../shared/http/route.ts';
import { CSV } from '../../shared/http/media.ts';

/* The customer archive as files (docs/import-export.md): CSV import in batches, its error report,
 * the template, and the masked export. Its own function: the CSV code and its dependencies stay
 * out of the archive's. */
const importTags = ['customer-imports'];

export const openImport = defineRoute({
  method: 'POST',
  path: '/v1/customer-imports',
  summary: 'Open a CSV import of customers with the file header; rows follow in batches; 201 with the import',
  access: IMPORTERS,
  body: OpenImportBody,
  idempotent: true,
  responses: { 201: Import },
  tags: importTags,
});

export const listImports = defineRoute({
  method: 'GET',
  path: '/v1/customer-imports',
  summary: 'Recent imports, newest first (admins see all, others their own)',
  access: IMPORTERS,
  query: ImportsQuery,
  responses: { 200: ImportPage },
  tags: importTags,
});

export const getImport = defineRoute({
  method: 'GET',
  path: '/v1/customer-imports/{id}',
  summary: 'An import: state, rows received, counts created / updated / unchanged / rejected / skipped',
  access: IMPORTERS,
  params: ImportParams,
  responses: { 200: Import },
  tags: importTags,
});

export const importBatch = defineRoute({
  method: 'POST',
  path: '/v1/customer-imports/{id}/batches',
  summary: 'Up to 500 rows of the file; per-row result created / updated / unchanged / rejected (with field errors) / skipped. Send Idempotency-Key <importId>:<firstRow>',
  access: IMPORTERS,
  params: ImportParams,
  body: ImportBatchBody,
  idempotent: true,
  maxBodyBytes: 2 * 1024 * 1024,
  responses: { 200: BatchReply },
  tags: importTags,
});

export const completeImport = defineRoute({
  method: 'POST',
  path: '/v1/customer-imports/{id}/complete',
  summary: 'No more rows: the import becomes done (or done-with-errors); completing again is a no-op',
  access: IMPORTERS,
  params: ImportParams,
  responses: { 200: Import },
  tags: importTags,
});

export const importErrors = defineRoute({
  method: 'GET',
  path: '/v1/customer-imports/{id}/errors',
  summary: 'Rejected rows of an import in row order: row number, account number, field errors',
  access: IMPORTERS,
  params: ImportParams,
  query: ImportErrorsQuery,
  responses: { 200: ImportErrorPage },
  tags: importTags,
});

export const importErrorsCsv = defineRoute({
  method: 'GET',
  path: '/v1/customer-imports/{id}/errors.csv',
  summary: 'The error report as CSV (UTF-8 with BOM), in chunks of up to 5,000 rows: x-next-cursor names the next chunk',
  access: IMPORTERS,
  params: ImportParams,
  query: ErrorsCsvQuery,
  produces: CSV,
  responses: { 200: CsvText },
  tags: importTags,
});

export const importTemplate = defineRoute({
  method: 'GET',
  path: '/v1/customers/import-template.csv',
  summary: 'The import template: UTF-8 with BOM, Chinese headers, a hint row and an example row (both skipped on import)',
  access: IMPORTERS,
  produces: CSV,
  responses: { 200: CsvText },
  tags: importTags,
});

export const exportCustomers = defineRoute({
  method: 'GET',
  path: '/v1/customers/export.csv',
  summary: 'Customers as CSV (import columns, phone and ID masked), one chunk of up to 2,000 rows; BOM and header on the first chunk; x-next-cursor names the next',
  access: EXPORTERS,
  query: ExportQuery,
  produces: CSV,
  responses: { 200: CsvText },
  tags: importTags,
});
