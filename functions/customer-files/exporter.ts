import { ulid } from 'ulid';
import { decodeCursor, encodeCursor } from '../../shared/db/cursor.ts';
import type { TenantStore } from '../../shared/db/tenant-store.ts';
import { customerFromItem, type Customer, type CustomerClass } from '../../shared/entities/customer.ts';
import { invalidField } from '../../shared/http/problems.ts';
import { keys } from '../../shared/keys.ts';
import { Index } from '../../shared/table.ts';
import { regionsInScope } from '../../shared/tenant-profile.ts';

/**
 * The export walks the caller's regions one after the other, each by name (`byRegionName`, or
 * `byRegionClass` with a class), in Queries of at most 500 items, and stops at `limit` rows. The
 * cursor is the region and the last key read there (signed, bound to the tenant and the filters),
 * so a 100k-row export is a sequence of small requests, each far below the 6 MB a Lambda can answer.
 */
export const EXPORT_CHUNK = 2000;
const QUERY_PAGE = 500;

export interface ExportQuery {
  regionId?: string;
  class?: CustomerClass;
  cursor?: string;
  limit?: number;
}

interface Position {
  r: string;
  k?: Record<string, unknown>;
}

export async function exportChunk(store: TenantStore, query: ExportQuery): Promise<{ customers: Customer[]; nextCursor?: string }> {
  const t = store.tenantId;
  const regions = await regionsInScope(store, query.regionId);
  const list = `export|region=${query.regionId ?? '*'}|class=${query.class ?? '*'}`;
  const at = decodeCursor(t, list, query.cursor) as Position | undefined;
  let index = at ? regions.indexOf(at.r) : 0;
  if (index < 0) throw invalidField('cursor', 'is not a cursor of this list');
  let startKey = at?.k;

  const limit = query.limit ?? EXPORT_CHUNK;
  const customers: Customer[] = [];
  while (customers.length < limit && index < regions.length) {
    const regionId = regions[index]!;
    const source = query.class
      ? { index: Index.byRegionClass, pk: keys.regionClassCustomers(t, regionId, query.class) }
      : { index: Index.byRegionName, pk: keys.regionCustomers(t, regionId) };
    const first = await store.queryPages({ ...source, sk: { beginsWith: keys.customerNamePrefix('') }, limit: Math.min(QUERY_PAGE, limit - customers.length) }, startKey).next();
    const page = first.done ? { items: [], lastKey: undefined } : first.value;
    customers.push(...page.items.map(customerFromItem));
    startKey = page.lastKey;
    if (!startKey) index += 1;
  }
  const nextCursor = index < regions.length ? encodeCursor(t, list, { r: regions[index]!, ...(startKey ? { k: startKey } : {}) }) : undefined;
  return { customers, nextCursor };
}

/** A bulk read of the archive is recorded (who, which filter) once per export, on its first chunk. */
export async function auditExport(store: TenantStore, query: ExportQuery): Promise<void> {
  await store.commit({
    writes: [],
    audit: {
      action: 'customers.exported',
      subject: { type: 'customer-export', id: ulid() },
      summary: `customer export (masked) of ${query.regionId ?? 'all visible regions'}${query.class ? `, class ${query.class}` : ''}`,
      detail: { regionId: query.regionId ?? null, class: query.class ?? null },
    },
  });
}
