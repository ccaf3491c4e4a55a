import { readingVeePolicy, type ReadingCadencePolicy } from '../../../shared/contract/reading-policies.ts';
import type { CycleCounts } from '../../../shared/contract/read-cycles.ts';
import type { TenantStore, WriteOp } from '../../../shared/db/tenant-store.ts';
import { absent } from '../../../shared/db/tenant-store.ts';
import { meterFromItem, type Meter } from '../../../shared/entities/meter.ts';
import type { ReadBook } from '../../../shared/entities/read-book.ts';
import { cycleId, readCycleItem, readFollowUpItem, type ReadCycle, type ReadFollowUp } from '../../../shared/entities/read-cycle.ts';
import { conflict } from '../../../shared/http/problems.ts';
import { keys } from '../../../shared/keys.ts';
import { policyInForce, type PolicyRef } from '../../../shared/policies/policy-store.ts';
import { ReadingService } from '../reading-service.ts';
import { expectedUse } from '../vee/expected.ts';
import { DAY_MS } from '../vee/types.ts';
import { cycleCounts, meterStatus, type CycleWindow, type MeterCycleStatus } from './schedule.ts';

/**
 * The writes of a read cycle's life — open, count, close — each one transaction of the cycle and
 * the figures of its region and reader (`ADD` of the change), so the figures are always the sum of
 * their cycles and a step applied twice is refused by its condition (the cycle's state and
 * version), never counted twice. The read-cycles job drives them; a single cycle's live count
 * serves GET /v1/read-cycles/{id}.
 */

const alreadyOpen = () => conflict('the cycle is open already', 'cycle-open-already');
const cycleMoved = () => conflict('the cycle changed since it was counted', 'cycle-moved');

const statsKeys = (t: string, c: Pick<ReadCycle, 'regionId' | 'reader' | 'period' | 'cadence'>) => [
  { key: keys.regionReadStats(t, c.regionId, c.period, c.cadence), scope: { regionId: c.regionId } },
  { key: keys.readerReadStats(t, c.reader, c.period, c.cadence, c.regionId), scope: { reader: c.reader, regionId: c.regionId } },
];

const delta = (from: CycleCounts, to: CycleCounts) => ({ due: to.due - from.due, read: to.read - from.read, accurate: to.accurate - from.accurate, estimated: to.estimated - from.estimated });

/** The figures of the cycle's region and reader moved by `add` (one update each, in the cycle's transaction). */
function statsWrites(t: string, c: ReadCycle, add: Record<string, number>, at: string): WriteOp[] {
  return statsKeys(t, c).map(({ key, scope }) => ({
    kind: 'update',
    key,
    set: { entity: 'read-cycle-stats', period: c.period, cadence: c.cadence, target: c.target, updatedAt: at, ...scope },
    add,
  }));
}

export interface MeterOfCycle {
  meterId: string;
  meter: Meter | undefined;
  status: MeterCycleStatus;
  accurate: boolean;
}

export class CycleService {
  constructor(readonly store: TenantStore) {}

  private get t() {
    return this.store.tenantId;
  }

  /** Open a book's cycle for a window: false when it is open already (a second run). */
  async open(book: ReadBook, window: CycleWindow, cadence: ReadingCadencePolicy, ref: PolicyRef, at: Date): Promise<boolean> {
    const now = at.toISOString();
    const cycle: ReadCycle = {
      id: cycleId(book.id, window.period),
      bookId: book.id,
      bookName: book.name,
      regionId: book.regionId,
      reader: book.reader,
      cadence: book.cadence,
      period: window.period,
      window: { opensOn: window.opensOn, closesAfter: window.closesAfter, opensAt: window.opensAt.toISOString(), closesAt: window.closesAt.toISOString(), postponedDays: window.postponedDays },
      unofficialYears: window.unofficialYears,
      meterIds: book.meterIds,
      state: 'open',
      counts: { due: book.meterIds.length, read: 0, accurate: 0, estimated: 0 },
      countedAt: now,
      target: cadence[book.cadence].readRateTarget,
      accuracyTarget: cadence.accuracyTarget,
      policyVersionId: ref.versionId,
      openedAt: now,
      closedAt: null,
      version: 1,
    };
    try {
      await this.store.commit({
        writes: [{ kind: 'put', item: readCycleItem(this.t, cycle), condition: absent(alreadyOpen()) }, ...statsWrites(this.t, cycle, { books: 1, due: cycle.counts.due }, now)],
        events: [{ type: 'read-cycle.opened', data: { cycleId: cycle.id, bookId: book.id, regionId: book.regionId, reader: book.reader, period: cycle.period, due: cycle.counts.due } }],
      });
      return true;
    } catch (error) {
      if ((error as { type?: string }).type === 'cycle-open-already') return false;
      throw error;
    }
  }

  /** Each meter of the cycle, in walk order, with its status in the window (one BatchGetItem per 100 meters). */
  async meters(cycle: Pick<ReadCycle, 'meterIds' | 'window'>): Promise<MeterOfCycle[]> {
    const items = await this.store.getMany(cycle.meterIds.map((id) => keys.meter(this.t, id)));
    const byId = new Map(items.filter((i) => i.entity === 'meter').map((i) => [String(i.id), meterFromItem(i)]));
    const window = { opensAt: new Date(cycle.window.opensAt), closesAt: new Date(cycle.window.closesAt) };
    return cycle.meterIds.map((meterId) => {
      const meter = byId.get(meterId);
      return { meterId, meter, ...meterStatus(meter, window) };
    });
  }

  /** Store the counts of an open cycle when they changed; false when nothing changed. */
  async recount(cycle: ReadCycle, at: Date): Promise<boolean> {
    const counts = cycleCounts(await this.meters(cycle));
    const change = delta(cycle.counts, counts);
    if (Object.values(change).every((n) => n === 0)) return false;
    const now = at.toISOString();
    await this.store.commit({
      writes: [
        { kind: 'update', key: keys.readCycle(this.t, cycle.bookId, cycle.period), set: { counts, countedAt: now, version: cycle.version + 1 }, condition: this.unchanged(cycle) },
        ...statsWrites(this.t, cycle, change, now),
      ],
    });
    return true;
  }

  private unchanged(cycle: ReadCycle) {
    return { expression: '#state = :open AND #version = :version', names: { '#state': 'state', '#version': 'version' }, values: { ':open': 'open', ':version': cycle.version }, onFail: cycleMoved() };
  }

  /**
   * Close a cycle past its window: each meter not read gets a follow-up task (and, when the
   * policy asks, an estimate flagged as one first), then the cycle's final counts are frozen with
   * its region's and reader's figures. A close cut off midway is done again from the start: the
   * estimates it wrote are in the meters' history (dated in the window, so not written twice) and
   * the tasks are put under the same keys.
   */
  async close(cycle: ReadCycle, cadence: ReadingCadencePolicy, at: Date): Promise<{ followUps: number; estimates: number }> {
    let meters = await this.meters(cycle);
    let estimates = 0;
    if (cadence.estimateUnreadAtClose) {
      estimates = await this.estimate(cycle, meters.filter((m) => m.status === 'unread'), at);
      if (estimates) meters = await this.meters(cycle);
    }
    const now = at.toISOString();
    const missed = meters.filter((m) => m.status === 'unread' || m.status === 'estimated');
    const followUps: ReadFollowUp[] = missed.map((m) => ({
      id: `${cycle.id}-${m.meterId}`,
      cycleId: cycle.id,
      bookId: cycle.bookId,
      period: cycle.period,
      meterId: m.meterId,
      regionId: cycle.regionId,
      reader: cycle.reader,
      estimateReadingId: m.status === 'estimated' ? (m.meter?.readings?.last.readingId ?? null) : null,
      createdAt: cycle.window.closesAt,
    }));
    await this.store.putMany(followUps.map((f) => readFollowUpItem(this.t, f)));
    const counts = cycleCounts(meters);
    await this.store.commit({
      writes: [
        {
          kind: 'update',
          key: keys.readCycle(this.t, cycle.bookId, cycle.period),
          set: { state: 'closed', counts, countedAt: now, closedAt: now, followUps: followUps.length, version: cycle.version + 1 },
          remove: ['gsi2pk', 'gsi2sk'],
          condition: this.unchanged(cycle),
        },
        ...statsWrites(this.t, cycle, { ...delta(cycle.counts, counts), closedBooks: 1 }, now),
      ],
      events: [{ type: 'read-cycle.closed', data: { cycleId: cycle.id, bookId: cycle.bookId, regionId: cycle.regionId, reader: cycle.reader, period: cycle.period, ...counts, followUps: followUps.length } }],
    });
    return { followUps: followUps.length, estimates };
  }

  /**
   * Estimates of the unread meters, dated the last second of the window: the last value plus the
   * expected daily use (VEE's `expectedUse`) times the days since. A meter without a usable
   * history gets no estimate (its follow-up task stays). Written through ingestion, so VEE (e.g.
   * too many estimates in a row) judges them like any reading.
   */
  private async estimate(cycle: ReadCycle, unread: MeterOfCycle[], at: Date): Promise<number> {
    const { values: vee } = await policyInForce(this.store, readingVeePolicy, at);
    const readAt = new Date(Date.parse(cycle.window.closesAt) - 1000).toISOString();
    const inputs = unread.flatMap(({ meter }) => {
      if (!meter?.readings) return [];
      const { dailyUse } = expectedUse(meter.readings.recent, readAt, vee);
      if (dailyUse === null) return [];
      const days = (Date.parse(readAt) - Date.parse(meter.readings.last.readAt)) / DAY_MS;
      const value = Math.round(meter.readings.last.value + dailyUse * days) % 10 ** meter.digits;
      return [{ meterId: meter.id, value, readAt, source: 'estimate' as const }];
    });
    if (!inputs.length) return 0;
    const results = await new ReadingService(this.store).ingest(inputs, at);
    return results.filter((r) => r.status === 'accepted').length;
  }
}
