import type { TenantStore } from '../../shared/db/tenant-store.ts';
import { unprocessableError } from '../../shared/errors.ts';
import { keys } from '../../shared/keys.ts';

/** Regions given to a user must be regions of the tenant (tens of them: one Query). */
export async function assertRegionsExist(store: TenantStore, regions: readonly string[] | null | undefined): Promise<void> {
  if (!regions?.length) return;
  const { items } = await store.query<{ regionId: string }>({ pk: keys.regionsPartition(store.tenantId), limit: 200 });
  const known = new Set(items.map((r) => r.regionId));
  const unknown = regions.filter((r) => !known.has(r));
  if (unknown.length) {
    throw unprocessableError('unknown-region', `Unknown region ${unknown.join(', ')}`, { regionId: unknown[0]! }, { fields: [{ field: 'regions', message: `unknown: ${unknown.join(', ')}` }] });
  }
}
