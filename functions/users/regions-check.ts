import type { TenantStore } from '../../shared/db/tenant-store.ts';
import { unprocessableError } from '../../shared/errors.ts';
import { tenantRegions } from '../../shared/tenant-profile.ts';

/** Regions given to a user must be regions of the tenant (the tenant's region list). */
export async function assertRegionsExist(store: TenantStore, regions: readonly string[] | null | undefined): Promise<void> {
  if (!regions?.length) return;
  const known = new Set((await tenantRegions(store)).map((r) => r.regionId));
  const unknown = regions.filter((r) => !known.has(r));
  if (unknown.length) {
    throw unprocessableError('unknown-region', `Unknown region ${unknown.join(', ')}`, { regionId: unknown[0]! }, { fields: [{ field: 'regions', message: `unknown: ${unknown.join(', ')}` }] });
  }
}
