import type * as z from 'zod';
import { UNIT_LEVELS, type AssessmentItem, type AssessmentSummary, type AssessmentView, type ItemsQuery, type KpiName, type ListAssessmentsQuery, type UnitScorecard } from '../../shared/contract/assessments.ts';
import { decodeCursor, encodeCursor } from '../../shared/db/cursor.ts';
import type { QueryInput, TenantStore } from '../../shared/db/tenant-store.ts';
import { assessmentFromItem, unitFromItem } from '../../shared/entities/assessment.ts';
import { regionOfUnit, regionUnit } from '../../shared/entities/kpi-facts.ts';
import { readFollowUpFromItem } from '../../shared/entities/read-cycle.ts';
import { notFoundError } from '../../shared/errors.ts';
import { invalidField } from '../../shared/http/problems.ts';
import { keys, periodSort } from '../../shared/keys.ts';
import { monthSortRange, monthsOf } from '../../shared/periods.ts';
import { Index } from '../../shared/table.ts';
import { canSeeRegion, type Principal } from '../../shared/tenancy.ts';
import { DISPATCH_CENTER, staffParts } from './scorecards.ts';

/**
 * Reading the snapshots: the list, one snapshot's scorecards (the units the caller may see) and a
 * KPI's drill-down items. A manager sees their regions' units and their staff; the dispatch
 * center, the sum of every region, is for those who see every region.
 */

/** The KPIs whose drill-down lists what counted against the unit. */
const TICKET_ITEMS: readonly KpiName[] = ['repair-timeliness', 'first-time-fix', 'reply-rate', 'return-visit-rate'];

export function unitVisible(p: Principal, unitId: string): boolean {
  if (unitId === DISPATCH_CENTER) return p.regions === undefined;
  return canSeeRegion(p, regionOfUnit(unitId));
}

/** Days after a period's end within which its last read cycles close (their follow-ups are written then). */
const CLOSE_SLACK_DAYS = 62;

const periodKind = (period: string) => (period.includes('-Q') ? 'quarterly' : 'annual');

export class AssessmentService {
  constructor(readonly store: TenantStore) {}

  private get t() {
    return this.store.tenantId;
  }

  async get(id: string): Promise<AssessmentSummary> {
    const item = await this.store.get(keys.assessmentHeader(this.t, id));
    if (!item) throw notFoundError('Assessment', { id });
    return assessmentFromItem(item);
  }

  /** Newest period first, a period's versions newest first. A kind without a period filters the pages read. */
  async list(query: z.infer<typeof ListAssessmentsQuery>): Promise<{ items: AssessmentSummary[]; nextCursor: string | null }> {
    if (query.period && query.kind && periodKind(query.period) !== query.kind) return { items: [], nextCursor: null };
    const page = await this.store.query({
      pk: keys.assessments(this.t),
      ...(query.period ? { sk: { beginsWith: keys.assessmentListSort(query.period, '') } } : {}),
      newestFirst: true,
      limit: query.limit ?? 50,
      cursor: query.cursor,
    });
    const items = page.items.map(assessmentFromItem).filter((a) => !query.kind || a.kind === query.kind);
    return { items, nextCursor: page.nextCursor ?? null };
  }

  /** The scorecards the caller may see, by level then rank (one Query of the level's sort prefix). */
  async view(id: string, query: { level?: UnitScorecard['level']; cursor?: string; limit?: number }): Promise<AssessmentView> {
    const assessment = await this.get(id);
    const principal = this.store.ctx.principal;
    const page = await this.store.query({
      pk: keys.assessment(this.t, id),
      sk: { beginsWith: query.level ? keys.assessmentUnitLevel(UNIT_LEVELS.indexOf(query.level)) : 'UNIT#' },
      limit: query.limit ?? 100,
      cursor: query.cursor,
    });
    const units = page.items.map(unitFromItem).filter((u) => unitVisible(principal, u.id));
    return { assessment, units, nextCursor: page.nextCursor ?? null };
  }

  /**
   * A unit's drill-down for a KPI, paginated across its partitions in order: the ticket KPIs' items
   * of each month (the dispatch center: of each region's), the read rate's follow-ups of the
   * period's read cycles (a reader: their follow-ups of the period). The cursor is the partition
   * reached and its own last key.
   */
  async items(id: string, query: z.infer<typeof ItemsQuery>): Promise<{ items: AssessmentItem[]; nextCursor: string | null }> {
    const assessment = await this.get(id);
    if (!unitVisible(this.store.ctx.principal, query.unit)) throw notFoundError('Unit', { unit: query.unit });
    if (query.kpi !== 'read-rate' && !TICKET_ITEMS.includes(query.kpi)) throw invalidField('kpi', `lists no items: only ${[...TICKET_ITEMS, 'read-rate'].join(', ')} do`);
    const limit = query.limit ?? 50;
    const list = `assessment-items|${id}|${query.unit}|${query.kpi}`;
    const at = decodeCursor(this.t, list, query.cursor) as { p: number; k?: Record<string, unknown> } | undefined;
    if (at && typeof at.p !== 'number') throw invalidField('cursor', 'is not a cursor of this list');
    const sources = query.kpi === 'read-rate' ? await this.followUpSources(assessment, query.unit) : await this.ticketSources(assessment, query.unit, query.kpi);
    const items: AssessmentItem[] = [];
    for (let p = at?.p ?? 0; p < sources.length; p++) {
      const source = sources[p]!;
      let startKey = p === at?.p ? at.k : undefined;
      for await (const page of this.store.queryPages({ ...source.query, limit: limit - items.length }, startKey)) {
        items.push(...page.items.map(source.map).filter((i): i is AssessmentItem => i !== null));
        startKey = page.lastKey;
        if (items.length >= limit) {
          const next = startKey ? { p, k: startKey } : p + 1 < sources.length ? { p: p + 1 } : undefined;
          return { items, nextCursor: next ? encodeCursor(this.t, list, next)! : null };
        }
      }
    }
    return { items, nextCursor: null };
  }

  private async ticketSources(a: AssessmentSummary, unit: string, kpi: KpiName): Promise<Source[]> {
    const units = unit === DISPATCH_CENTER ? (await this.regionUnits(a.id)).map(regionUnit) : [unit];
    const map = (item: Record<string, unknown>): AssessmentItem => ({
      reason: item.reason as AssessmentItem['reason'],
      subject: item.subject as AssessmentItem['subject'],
      regionId: String(item.regionId),
      staff: (item.staff as string | null) ?? null,
      at: String(item.at),
      ticketKind: (item.ticketKind as string | null) ?? null,
      detail: String(item.detail),
    });
    return units.flatMap((u) => monthsOf(a.period).map((month) => ({ query: { pk: keys.kpiItems(this.t, month, kpi, u) }, map })));
  }

  /** A region's read cycles whose window lies in the period, then each one's follow-ups; a reader's follow-ups of the period's read periods. */
  private async followUpSources(a: AssessmentSummary, unit: string): Promise<Source[]> {
    const months = monthsOf(a.period);
    const inPeriod = (period: string) => {
      const month = periodSort(period).slice(0, 7);
      return month >= months[0]! && month <= months.at(-1)!;
    };
    const map = (item: Record<string, unknown>): AssessmentItem | null => {
      const f = readFollowUpFromItem(item);
      if (!inPeriod(f.period)) return null;
      return { reason: 'not-read', subject: { type: 'meter', id: f.meterId }, regionId: f.regionId, staff: f.reader, at: f.createdAt, ticketKind: null, detail: `${f.cycleId} (${f.period})` };
    };
    if (unit.startsWith('staff:')) {
      const { regionId, username } = staffParts(unit);
      const ofRegion = (item: Record<string, unknown>) => (item.regionId === regionId ? map(item) : null);
      // Written when a cycle closes: from the period's start to a while after its end (a window closes after its month).
      const until = new Date(Date.parse(a.to) + CLOSE_SLACK_DAYS * 86_400_000).toISOString();
      return [{ query: { index: Index.readerFollowUps, pk: keys.readerFollowUps(this.t, username), sk: { between: [a.from, `${until}~`] } }, map: ofRegion }];
    }
    const regionIds = unit === DISPATCH_CENTER ? await this.regionUnits(a.id) : [regionOfUnit(unit)];
    const sources: Source[] = [];
    for (const regionId of regionIds) {
      for await (const page of this.store.queryPages<{ bookId: string; period: string }>({ index: Index.regionReadCycles, pk: keys.regionReadCycles(this.t, regionId), sk: { between: monthSortRange(a.period) }, limit: 500 })) {
        for (const cycle of page.items) sources.push({ query: { pk: keys.readFollowUp(this.t, cycle.bookId, cycle.period, '').pk, sk: { beginsWith: keys.readFollowUpPrefix(cycle.period) } }, map });
      }
    }
    return sources;
  }

  /** The regions of a snapshot, from its region units. */
  private async regionUnits(id: string): Promise<string[]> {
    const { items } = await this.store.query({ pk: keys.assessment(this.t, id), sk: { beginsWith: keys.assessmentUnitLevel(UNIT_LEVELS.indexOf('region')) }, limit: 1000 });
    return items.map(unitFromItem).map((u) => u.regionId!).sort();
  }
}

interface Source {
  query: Omit<QueryInput, 'cursor' | 'limit'>;
  map: (item: Record<string, unknown>) => AssessmentItem | null;
}
