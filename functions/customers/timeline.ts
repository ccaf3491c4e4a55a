import type { Page, TenantStore } from '../../shared/db/tenant-store.ts';
import { keys } from '../../shared/keys.ts';
import { Index } from '../../shared/table.ts';
import { getCustomer } from './customer-scope.ts';

/**
 * Everything recorded about a customer the caller may see (its own changes, its meters, reveals,
 * later tickets…), newest first: the audit records whose subject is the customer.
 */
export async function customerTimeline(store: TenantStore, id: string, page: { cursor?: string; limit?: number }): Promise<Page<Record<string, unknown>>> {
  await getCustomer(store, id);
  return store.query({
    index: Index.bySubjectHistory,
    pk: keys.subjectHistory(store.tenantId, 'customer', id),
    newestFirst: true,
    limit: page.limit ?? 50,
    cursor: page.cursor,
  });
}
