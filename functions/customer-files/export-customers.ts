import { TenantStore } from '../../shared/db/tenant-store.ts';
import { httpHandler, type Request } from '../../shared/http/handler.ts';
import type { Reply } from '../../shared/http/reply.ts';
import { tenantTimeZone } from '../../shared/tenant-profile.ts';
import { csvText } from './csv-cells.ts';
import { EXPORT_HEADERS } from './csv-columns.ts';
import { customerRow } from './csv-format.ts';
import { auditExport, exportChunk } from './exporter.ts';
import { BOM } from './import-template.ts';
import { exportCustomers as route } from './routes.ts';

/**
 * One chunk of the export. The first (no cursor) starts with the BOM and the header; the client
 * appends each next chunk (`x-next-cursor`) to the same file until there is no cursor.
 */
export const main = async ({ ctx, query }: Request<typeof route>): Promise<Reply> => {
  const store = new TenantStore(ctx);
  const first = !query.cursor;
  const [{ customers, nextCursor }, timeZone] = await Promise.all([exportChunk(store, query), tenantTimeZone(store)]);
  if (first) await auditExport(store, query);
  const rows = customers.map((c) => customerRow(c, timeZone));
  const csv = csvText(first ? [EXPORT_HEADERS, ...rows] : rows);
  return {
    status: 200,
    body: (first ? BOM : '') + csv,
    headers: {
      'content-disposition': 'attachment; filename="customers.csv"',
      'x-exported-rows': String(customers.length),
      ...(nextCursor ? { 'x-next-cursor': nextCursor } : {}),
    },
  };
};

export const handler = httpHandler(route, main);
export { route };
