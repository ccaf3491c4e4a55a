import type { TenantStore } from '../../shared/db/tenant-store.ts';
import { customerFromItem, type Customer } from '../../shared/entities/customer.ts';
import { meterFromItem, type Meter } from '../../shared/entities/meter.ts';
import { forbiddenError, notFoundError } from '../../shared/errors.ts';
import { keys } from '../../shared/keys.ts';
import { canSeeRegion, type Principal } from '../../shared/tenancy.ts';

/**
 * The caller's region scope over the archive. Every read of a customer or a meter goes through
 * here (or the search): one outside the caller's regions is "not found", exactly like another
 * tenant's; placing a customer in a region outside them is "forbidden" (the caller's scope, not
 * the region's existence).
 */

/** A customer the caller may see; another tenant's, another region's or a missing one is 404. */
export async function getCustomer(store: TenantStore, id: string, consistent = false): Promise<Customer> {
  const item = await store.get(keys.customer(store.tenantId, id), consistent);
  if (!item || !canSeeRegion(store.ctx.principal, String(item.regionId))) throw notFoundError('Customer', { id });
  return customerFromItem(item);
}

/** A meter the caller may see (meters carry their customer's region); otherwise 404. */
export async function getMeter(store: TenantStore, id: string, consistent = false): Promise<Meter> {
  const item = await store.get(keys.meter(store.tenantId, id), consistent);
  if (!item || !canSeeRegion(store.ctx.principal, String(item.regionId))) throw notFoundError('Meter', { id });
  return meterFromItem(item);
}

/** A caller may only place customers in their own regions (403). */
export function assertRegionInScope(principal: Principal, regionId: string): void {
  if (!canSeeRegion(principal, regionId)) throw forbiddenError('region-out-of-scope', `regionId: ${regionId} is outside your regions`, { regionId });
}
