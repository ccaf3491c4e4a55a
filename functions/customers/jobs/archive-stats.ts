import { CUSTOMER_CLASSES, isSpecialCare, LIFECYCLE_STATES, type Customer } from '../../../shared/entities/customer.ts';
import { METER_AGE_BUCKETS, METER_TYPES, meterAgeBucket } from '../../../shared/entities/meter.ts';
import type { JobImpl } from '../../../shared/jobs/job.ts';
import { keys } from '../../../shared/keys.ts';
import { localDay } from '../../../shared/local-time.ts';
import { Index } from '../../../shared/table.ts';
import { tenantRegions, tenantTimeZone } from '../../../shared/tenant-profile.ts';

/**
 * Nightly archive statistics, per region: customers by class and account state, special-care
 * households, meters (active ones) by type and by age. One item per region at
 * `keys.archiveStats(tenant, region)`, read by the dashboard.
 *
 * Proportional to the archive: one paged Query per region over `byRegionName` (every customer of
 * the region), no Scan. Meters are counted from the meter summaries each customer item carries
 * (kept in the same transaction as the meter), so the walk reads each customer once and no meter
 * item at all — a query per customer for its meters would double the reads and the round trips.
 *
 * Resumable: after every page it reports progress with a checkpoint (the region, the page's last
 * key, the region's partial sums, and the totals so far); an attempt that takes over resumes from
 * there and ends with the same figures as an uninterrupted run.
 */
/** Customers per page of the region walk (one Query each, and one checkpoint each). */
export const PAGE_SIZE = 500;

type Counts<K extends string> = Record<K, number>;
const zero = <K extends string>(names: readonly K[]) => Object.fromEntries(names.map((n) => [n, 0])) as Counts<K>;

export interface RegionStats {
  regionId: string;
  asOf: string;
  customers: number;
  byClass: Counts<(typeof CUSTOMER_CLASSES)[number]>;
  byState: Counts<(typeof LIFECYCLE_STATES)[number]>;
  specialCare: number;
  meters: number;
  metersByType: Counts<(typeof METER_TYPES)[number]>;
  metersByAge: Counts<(typeof METER_AGE_BUCKETS)[number]>;
}

export const emptyStats = (regionId: string, asOf: string): RegionStats => ({
  regionId,
  asOf,
  customers: 0,
  byClass: zero(CUSTOMER_CLASSES),
  byState: zero(LIFECYCLE_STATES),
  specialCare: 0,
  meters: 0,
  metersByType: zero(METER_TYPES),
  metersByAge: zero(METER_AGE_BUCKETS),
});

/** Add one customer (and their active meters) to a region's sums. Pure. */
export function countCustomer(stats: RegionStats, c: Pick<Customer, 'class' | 'lifecycle' | 'specialCare' | 'meters'>, asOfDay: string): void {
  stats.customers += 1;
  if (c.class in stats.byClass) stats.byClass[c.class] += 1;
  if (c.lifecycle.state in stats.byState) stats.byState[c.lifecycle.state] += 1;
  if (isSpecialCare(c)) stats.specialCare += 1;
  for (const m of c.meters ?? []) {
    if (m.status !== 'active') continue;
    stats.meters += 1;
    if (m.type in stats.metersByType) stats.metersByType[m.type] += 1;
    stats.metersByAge[meterAgeBucket(m.installedAt, asOfDay)] += 1;
  }
}

/** Where an interrupted run picks up: inside `regionId`, after `lastKey`, with `partial` counted. */
export interface Checkpoint {
  regionId: string;
  lastKey?: Record<string, unknown>;
  partial?: RegionStats;
  /** Customers counted in finished regions and pages before this point. */
  done: number;
  regionsDone: number;
  meters: number;
  specialCare: number;
}

/** The job with a page size of its own (tests use small pages to exercise checkpoints). */
export const archiveStatsJob = (pageSize = PAGE_SIZE): Pick<JobImpl, 'run'> => ({
  async run({ store, asOf, resumeFrom, progress, log }) {
    const t = store.tenantId;
    const [allRegions, previous, timeZone] = await Promise.all([
      tenantRegions(store),
      store.query<RegionStats>({ pk: keys.archiveStatsPartition(t), limit: 200 }),
      tenantTimeZone(store),
    ]);
    const regions = allRegions.map((r) => r.regionId).sort();
    const asOfIso = asOf.toISOString();
    const asOfDay = localDay(asOf, timeZone);
    // The previous run's customer count estimates this run's total (progress is done/total).
    const total = previous.items.reduce((sum, s) => sum + Number(s.customers ?? 0), 0) || undefined;

    const resume = resumeFrom as Checkpoint | undefined;
    let done = resume?.done ?? 0;
    let regionsDone = resume?.regionsDone ?? 0;
    let meters = resume?.meters ?? 0;
    let specialCare = resume?.specialCare ?? 0;
    if (resume) log.info('resuming archive-stats', { regionId: resume.regionId, done });

    for (const regionId of regions) {
      if (resume && regionId < resume.regionId) continue; // finished before the interruption
      const resuming = resume?.regionId === regionId;
      const stats = resuming && resume.partial ? { ...resume.partial, asOf: asOfIso } : emptyStats(regionId, asOfIso);
      const startKey = resuming ? resume.lastKey : undefined;
      for await (const page of store.queryPages<Customer>({ index: Index.byRegionName, pk: keys.regionCustomers(t, regionId), limit: pageSize }, startKey)) {
        for (const customer of page.items) countCustomer(stats, customer, asOfDay);
        if (page.lastKey) {
          await progress({
            done: done + stats.customers,
            total: total && Math.max(total, done + stats.customers),
            checkpoint: { regionId, lastKey: page.lastKey, partial: stats, done, regionsDone, meters, specialCare } satisfies Checkpoint,
          });
        }
      }
      // Totals of finished regions, then the region's item, then the checkpoint past it.
      done += stats.customers;
      regionsDone += 1;
      meters += stats.meters;
      specialCare += stats.specialCare;
      await store.write({ kind: 'put', item: { ...keys.archiveStats(t, regionId), entity: 'archive-stats', ...stats } });
      const next = regions[regions.indexOf(regionId) + 1];
      await progress({
        done,
        total: total && Math.max(total, done),
        checkpoint: next ? ({ regionId: next, done, regionsDone, meters, specialCare } satisfies Checkpoint) : undefined,
        counts: { regions: regionsDone, customers: done, meters, specialCare },
      });
    }
    return { regions: regionsDone, customers: done, meters, specialCare };
  },
});

/** Its schedule is in ../manifest.ts. */
export const run = archiveStatsJob().run;
