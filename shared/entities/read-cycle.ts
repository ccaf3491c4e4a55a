import type { Cadence, CycleCounts, ReadCycleStats, ReadCycleView } from '../contract/read-cycles.ts';
import type { Item } from '../db/tenant-store.ts';
import { keys, openCycleShard } from '../keys.ts';

/**
 * A read cycle (docs/data-model.md › Read cycles): one per read book and period, in the book's
 * partition. It keeps the meters due as they were when it opened (the walk order of that day), so
 * a book changed during the window does not change what was due.
 */
export interface ReadCycle {
  id: string;
  bookId: string;
  bookName: string;
  regionId: string;
  reader: string;
  cadence: Cadence;
  period: string;
  window: { opensOn: string; closesAfter: string; opensAt: string; closesAt: string; postponedDays: number };
  unofficialYears: number[];
  meterIds: string[];
  state: 'open' | 'closed';
  counts: CycleCounts;
  countedAt: string;
  target: number;
  accuracyTarget: number;
  policyVersionId: string | null;
  openedAt: string;
  closedAt: string | null;
  version: number;
}

export const cycleId = (bookId: string, period: string) => `${bookId}-${period}`;
/** A cycle id's book and period (the id is validated by `ReadCycleId`: a 26-character ULID, `-`, the period). */
export const parseCycleId = (id: string) => ({ bookId: id.slice(0, 26), period: id.slice(27) });

/** The item: the region's list (gsi1) and, while open, the job's close walk (gsi2). */
export const readCycleItem = (tenantId: string, c: ReadCycle): Item => ({
  ...keys.readCycle(tenantId, c.bookId, c.period),
  entity: 'read-cycle',
  ...c,
  gsi1pk: keys.regionReadCycles(tenantId, c.regionId),
  gsi1sk: keys.regionReadCycleSort(c.period, c.bookId),
  ...(c.state === 'open' ? { gsi2pk: keys.openReadCycles(tenantId, openCycleShard(c.bookId)), gsi2sk: keys.openReadCycleSort(c.window.closesAt, c.id) } : {}),
});

export function readCycleFromItem(item: Record<string, unknown>): ReadCycle {
  const { pk: _pk, sk: _sk, entity: _e, gsi1pk: _1, gsi1sk: _2, gsi2pk: _3, gsi2sk: _4, ...rest } = item;
  return rest as unknown as ReadCycle;
}

const rate = (n: number, d: number) => (d ? n / d : null);

export const readCycleView = (c: ReadCycle): ReadCycleView => ({
  id: c.id,
  bookId: c.bookId,
  bookName: c.bookName,
  regionId: c.regionId,
  reader: c.reader,
  cadence: c.cadence,
  period: c.period,
  window: c.window,
  state: c.state,
  counts: c.counts,
  readRate: rate(c.counts.read, c.counts.due),
  accuracy: rate(c.counts.accurate, c.counts.read),
  target: c.target,
  accuracyTarget: c.accuracyTarget,
  countedAt: c.countedAt,
  unofficialYears: c.unofficialYears,
  policyVersionId: c.policyVersionId,
  openedAt: c.openedAt,
  closedAt: c.closedAt,
});

/** A meter not read when its cycle closed: the reader goes back (and an estimate, if the policy allows, is flagged as one). */
export interface ReadFollowUp {
  id: string;
  cycleId: string;
  bookId: string;
  period: string;
  meterId: string;
  regionId: string;
  reader: string;
  /** The estimate written at close, when the policy asks for one. */
  estimateReadingId: string | null;
  createdAt: string;
}

export const readFollowUpItem = (tenantId: string, f: ReadFollowUp): Item => ({
  ...keys.readFollowUp(tenantId, f.bookId, f.period, f.meterId),
  entity: 'read-follow-up',
  ...f,
  gsi1pk: keys.readerFollowUps(tenantId, f.reader),
  gsi1sk: `${f.createdAt}#${f.id}`,
});

export function readFollowUpFromItem(item: Record<string, unknown>): ReadFollowUp {
  const { pk: _pk, sk: _sk, entity: _e, gsi1pk: _1, gsi1sk: _2, ...rest } = item;
  return rest as unknown as ReadFollowUp;
}

/** The stats item's numbers (ADDed by the job with each cycle's change). */
export interface StatsItem {
  books: number;
  closedBooks: number;
  due: number;
  read: number;
  accurate: number;
  estimated: number;
  target: number;
  period: string;
  cadence: Cadence;
  regionId?: string;
  reader?: string;
  updatedAt: string;
}

export function readCycleStatsView(s: StatsItem): ReadCycleStats {
  const counts = { due: s.due ?? 0, read: s.read ?? 0, accurate: s.accurate ?? 0, estimated: s.estimated ?? 0 };
  return {
    scope: s.reader ? 'reader' : 'region',
    regionId: s.regionId ?? null,
    reader: s.reader ?? null,
    period: s.period,
    cadence: s.cadence,
    books: s.books ?? 0,
    closedBooks: s.closedBooks ?? 0,
    counts,
    readRate: rate(counts.read, counts.due),
    accuracy: rate(counts.accurate, counts.read),
    target: s.target,
    frozen: (s.books ?? 0) > 0 && s.closedBooks === s.books,
    updatedAt: s.updatedAt,
  };
}
