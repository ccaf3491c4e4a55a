import type { TenantStore } from './db/tenant-store.ts';
import type { Region } from './entities/region.ts';
import type { TenantProfile } from './entities/tenant.ts';
import { notFound } from './http/problems.ts';
import { keys } from './keys.ts';
import { DEFAULT_TIME_ZONE } from './local-time.ts';
import { canSeeRegion } from './tenancy.ts';

/**
 * What every capability reads of its tenant: the time zone of its profile and its regions, with
 * the caller's region scope applied. One place for each, so that readings, tickets, inspections
 * and billing scope and date things exactly as the customer archive does.
 */

/** Profiles change only through the seed (and an operator): a minute of cache per warm Lambda. */
const TIME_ZONE_TTL_MS = 60_000;
const timeZones = new Map<string, { zone: string | undefined; until: number }>();

/** The time zone of the tenant's profile; undefined when the tenant has no profile. Cached for a minute. */
export async function storedTimeZone(store: TenantStore): Promise<string | undefined> {
  const cached = timeZones.get(store.tenantId);
  if (cached && cached.until > Date.now()) return cached.zone;
  const profile = await store.get<TenantProfile>(keys.tenantProfile(store.tenantId));
  const zone = profile?.timeZone;
  timeZones.set(store.tenantId, { zone, until: Date.now() + TIME_ZONE_TTL_MS });
  return zone;
}

/** The tenant's time zone, in which its rules run (DEFAULT_TIME_ZONE without a profile). */
export const tenantTimeZone = async (store: TenantStore): Promise<string> => (await storedTimeZone(store)) ?? DEFAULT_TIME_ZONE;

/** A tenant has tens of regions, not thousands: one page of the region partition holds them all. */
const REGIONS_PAGE = 200;

/** Every region of the tenant, by id. */
export async function tenantRegions(store: TenantStore): Promise<Region[]> {
  const { items } = await store.query<Region>({ pk: keys.regionsPartition(store.tenantId), limit: REGIONS_PAGE });
  return items;
}

/** The regions the caller may see (a manager: their own), by id. */
export async function visibleRegions(store: TenantStore): Promise<Region[]> {
  return (await tenantRegions(store)).filter((r) => canSeeRegion(store.ctx.principal, r.regionId));
}

/**
 * The region ids a list covers: the caller's regions, or the one asked for. A `regionId` outside
 * the caller's regions (or not existing) is 404, not 403: it does not confirm the region exists.
 */
export async function regionsInScope(store: TenantStore, regionId?: string): Promise<string[]> {
  const visible = (await visibleRegions(store)).map((r) => r.regionId);
  if (regionId === undefined || regionId === '') return visible;
  if (!visible.includes(regionId)) throw notFound('Region');
  return [regionId];
}
