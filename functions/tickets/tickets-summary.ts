import type { DashboardSectionProvider } from '../../shared/capability.ts';
import type { TenantStore } from '../../shared/db/tenant-store.ts';
import { keys } from '../../shared/keys.ts';
import { localDay } from '../../shared/local-time.ts';

/**
 * The dashboard's ticket cards, from the figures every ticket write keeps in step (the region's
 * `TICKETSTATS` partition, shared/entities/ticket.ts `ticketWrites`): a read of a few items per
 * region in scope, never of the tickets. `null` while no ticket of the scope was ever written.
 */
type Figures = Record<string, unknown>;
const n = (f: Figures | undefined, name: string) => (typeof f?.[name] === 'number' ? (f[name] as number) : 0);

const riskFigures = async (store: TenantStore, regions: string[]) =>
  (await Promise.all(regions.map(async (r) => (await store.query<Figures>({ pk: keys.ticketTallies(store.tenantId, r), sk: { beginsWith: keys.ticketRiskTallyPrefix }, limit: 50 })).items))).flat();

export const ticketsSection: DashboardSectionProvider<'tickets'> = async ({ store, regions }) => {
  const shards = await riskFigures(store, regions);
  if (!shards.length) return null;
  const sum = (name: string) => shards.reduce((acc, f) => acc + n(f, name), 0);
  return { open: sum('open'), bySlaRisk: { 'on-track': sum('onTrack'), 'at-risk': sum('atRisk'), breached: sum('breached') } };
};

/** Emergencies received today (the tenant's day): how many, how many still open, how many were on site in time. */
export const emergenciesSection: DashboardSectionProvider<'emergenciesToday'> = async ({ store, regions, timeZone }) => {
  const day = localDay(new Date(), timeZone);
  const items = await store.getMany<Figures>(regions.map((r) => ({ pk: keys.ticketTallies(store.tenantId, r), sk: keys.ticketEmergencyTallySort(day) })));
  if (!items.length && !(await riskFigures(store, regions)).length) return null;
  const sum = (name: string) => items.reduce((acc, f) => acc + n(f, name), 0);
  return { total: sum('total'), open: sum('open'), onSiteInTime: sum('onSiteInTime') };
};
