import type * as z from 'zod';
import type { ReadCycleDetail, ReadCyclesQuery, ReadCycleStats, ReadCycleView } from '../../../shared/contract/read-cycles.ts';
import { decodeCursor, encodeCursor } from '../../../shared/db/cursor.ts';
import type { TenantStore } from '../../../shared/db/tenant-store.ts';
import { parseCycleId, readCycleFromItem, readCycleStatsView, readCycleView, readFollowUpFromItem, type StatsItem } from '../../../shared/entities/read-cycle.ts';
import { notFoundError } from '../../../shared/errors.ts';
import { keys } from '../../../shared/keys.ts';
import { Index } from '../../../shared/table.ts';
import { canSeeRegion } from '../../../shared/tenancy.ts';
import { regionsInScope } from '../../../shared/tenant-profile.ts';
import { CycleService } from './cycle-service.ts';
import { cycleCounts } from './schedule.ts';

type Query = z.infer<typeof ReadCyclesQuery>;

/** Periods of a region's figures returned without `period`: a year and a quarter of monthly cycles. */
const RECENT_STATS = 15;

/**
 * GET /v1/read-cycles: the cycles of the regions in scope, region after region, newest period
 * first (one Query per region on `regionReadCycles`; with `period`, a prefix of its sort key),
 * and the regions' figures for the period (or their recent periods) from their stats partitions.
 * The cursor holds the region reached and that region's own cursor, signed for this list.
 */
export async function listCycles(store: TenantStore, query: Query): Promise<{ items: ReadCycleView[]; nextCursor: string | null; regions: ReadCycleStats[]; readers: ReadCycleStats[] }> {
  const regions = await regionsInScope(store, query.regionId);
  const limit = query.limit ?? 50;
  const list = `read-cycles|${query.regionId ?? ''}|${query.period ?? ''}|${query.state ?? ''}|${query.reader ?? ''}`;
  const at = decodeCursor(store.tenantId, list, query.cursor) as { r: number; c?: string } | undefined;
  const items: ReadCycleView[] = [];
  let next: { r: number; c?: string } | undefined;
  for (let r = at?.r ?? 0; r < regions.length && items.length < limit; r++) {
    let cursor = r === at?.r ? at.c : undefined;
    do {
      const page = await store.query({
        index: Index.regionReadCycles,
        pk: keys.regionReadCycles(store.tenantId, regions[r]!),
        ...(query.period ? { sk: { beginsWith: keys.periodPrefix(query.period) } } : {}),
        newestFirst: true,
        limit: limit - items.length,
        ...(cursor ? { cursor } : {}),
      });
      items.push(...page.items.map(readCycleFromItem).filter((c) => (!query.state || c.state === query.state) && (!query.reader || c.reader === query.reader)).map(readCycleView));
      cursor = page.nextCursor;
    } while (cursor && items.length < limit);
    if (cursor) next = { r, c: cursor };
    else if (items.length >= limit && r + 1 < regions.length) next = { r: r + 1 };
  }
  const stats = await Promise.all(regions.map((regionId) => statsOf(store, keys.regionReadStatsPartition(store.tenantId, regionId), query.period)));
  const inScope = new Set(regions);
  // A reader's figures only for the regions in scope: another region's reader shows nothing.
  const readers = query.reader ? (await statsOf(store, keys.readerReadStatsPartition(store.tenantId, query.reader), query.period)).filter((s) => s.regionId !== null && inScope.has(s.regionId)) : [];
  return { items, nextCursor: next ? encodeCursor(store.tenantId, list, next)! : null, regions: stats.flat(), readers };
}

/** The figures of a stats partition (a region's or a reader's), newest first: a period's, or the recent ones. */
async function statsOf(store: TenantStore, pk: string, period: string | undefined): Promise<ReadCycleStats[]> {
  const page = await store.query<StatsItem>({ pk, ...(period ? { sk: { beginsWith: keys.periodPrefix(period) } } : {}), newestFirst: true, limit: RECENT_STATS });
  return page.items.map(readCycleStatsView);
}

/** A closed cycle's follow-up tasks (in its book's partition: at most a book's meters). */
async function followUpsOf(store: TenantStore, bookId: string, period: string) {
  const found = [];
  for await (const page of store.queryPages({ pk: keys.readBook(store.tenantId, bookId).pk, sk: { beginsWith: keys.readFollowUpPrefix(period) } })) found.push(...page.items.map(readFollowUpFromItem));
  return found;
}

/**
 * GET /v1/read-cycles/{id}: the cycle, its meters in walk order with their status counted now
 * (an open cycle's counts too; a closed cycle keeps the counts frozen at its close), and each
 * unread meter's follow-up task. A cycle outside the caller's regions is 404.
 */
export async function getCycle(store: TenantStore, id: string): Promise<z.infer<typeof ReadCycleDetail>> {
  const { bookId, period } = parseCycleId(id);
  const item = await store.get(keys.readCycle(store.tenantId, bookId, period));
  if (!item || !canSeeRegion(store.ctx.principal, String(item.regionId))) throw notFoundError('Read cycle', { id });
  const cycle = readCycleFromItem(item);
  const [meters, followUps] = await Promise.all([
    new CycleService(store).meters(cycle),
    cycle.state === 'closed' ? followUpsOf(store, bookId, period) : [],
  ]);
  const followUpOf = new Map(followUps.map((f) => [f.meterId, f.id]));
  const live = cycle.state === 'open' ? { ...cycle, counts: cycleCounts(meters), countedAt: new Date().toISOString() } : cycle;
  return {
    ...readCycleView(live),
    meters: meters.map((m, i) => ({
      meterId: m.meterId,
      serial: m.meter?.serial ?? '',
      seq: i + 1,
      status: m.status,
      lastReading: m.meter?.readings ? { value: m.meter.readings.last.value, readAt: m.meter.readings.last.readAt, source: m.meter.readings.last.source } : null,
      followUpId: followUpOf.get(m.meterId) ?? null,
    })),
  };
}
