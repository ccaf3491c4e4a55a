import { decodeCursor, encodeCursor } from '../../shared/db/cursor.ts';
import { TenantStore } from '../../shared/db/tenant-store.ts';
import type { ImportRowError } from '../../shared/entities/customer-import.ts';
import { httpHandler, type Request } from '../../shared/http/handler.ts';
import type { Reply } from '../../shared/http/reply.ts';
import { csvText } from './csv-cells.ts';
import { columnOf, IMPORT_FIELDS, type ImportField } from './csv-columns.ts';
import { BOM } from './import-template.ts';
import { CustomerImports } from './importer.ts';
import { importErrorsCsv as route } from './routes.ts';

/** Rows of the error report per request: far below what a Lambda may answer (6 MB). */
export const ERROR_REPORT_CHUNK = 5000;
export const ERROR_REPORT_HEADERS = ['行号', '户号', '字段', '列', '错误'];

/** One line per field error: row, account number, field, the file's column, message. */
export const errorReportRows = (errors: ImportRowError[]) =>
  errors.flatMap((e) =>
    e.errors.map((f) => [String(e.row), e.accountNumber ?? '', f.field, f.column ?? (IMPORT_FIELDS.includes(f.field as ImportField) ? columnOf(f.field as ImportField).header : ''), f.message]),
  );

export const main = async ({ ctx, params, query }: Request<typeof route>): Promise<Reply> => {
  const imports = new CustomerImports(new TenantStore(ctx));
  await imports.get(params.id);
  const list = `import-errors|${params.id}`;
  const startKey = decodeCursor(ctx.tenantId, list, query.cursor);
  const errors: ImportRowError[] = [];
  let lastKey: Record<string, unknown> | undefined;
  for await (const page of imports.errorPages(params.id, startKey)) {
    errors.push(...page.items);
    lastKey = page.lastKey;
    if (errors.length >= ERROR_REPORT_CHUNK) break;
  }
  const first = !query.cursor;
  const nextCursor = encodeCursor(ctx.tenantId, list, lastKey);
  const csv = csvText(first ? [ERROR_REPORT_HEADERS, ...errorReportRows(errors)] : errorReportRows(errors));
  return {
    status: 200,
    body: (first ? BOM : '') + csv,
    headers: { 'content-disposition': `attachment; filename="import-${params.id}-errors.csv"`, ...(nextCursor ? { 'x-next-cursor': nextCursor } : {}) },
  };
};

export const handler = httpHandler(route, main);
export { route };
