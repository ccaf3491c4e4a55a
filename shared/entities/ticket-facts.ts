import { localDay } from '../local-time.ts';
import { regionUnit, staffUnit, markKey, type KpiFacts, type KpiMark, type UnitCounters } from './kpi-facts.ts';
// Values of ticket.ts are read inside functions only: the two modules import each other.
import { DEADLINE_NAMES, DONE_STATUSES, type DeadlineName, type Ticket } from './ticket.ts';

/**
 * What a ticket adds to the assessments' counters, as it stands at `at` (pure; docs/domain.md ›
 * "Performance assessment"). A ticket counts in the tenant-local month it was received, for its
 * region and, once dispatched, its field user:
 * - repairs (kinds `repair` and `emergency`): `repairs`, and `repairsOnTime` while no deadline has
 *   been missed (one met late, or passed unmet while open, or recorded missed by the sweep);
 *   `repairsResolved` once resolved (even if reopened since) and `fixedFirstTime` unless a reopen
 *   within 30 days took the first-time fix away;
 * - complaints and inquiries: `repliesDue` once the reply is given or its deadline has passed,
 *   `repliedOnTime` when given by the deadline;
 * - repairs and complaints: `closed` once closed, `returnVisited` once the return visit is made.
 * The dispatch center's figures are the sum of the regions'; staff count for repairs only.
 */
const REPAIRS = new Set(['repair', 'emergency']);
const REPLIES = new Set(['complaint', 'inquiry']);
const VISITED = new Set(['repair', 'emergency', 'complaint']);

/** The deadlines missed by `at`: recorded by the sweep, met late, or passed unmet while the ticket is worked. */
export function missedDeadlines(t: Ticket, at: Date): DeadlineName[] {
  const now = at.toISOString();
  const recorded = new Set(t.sla.missed.map((m) => m.deadline));
  return DEADLINE_NAMES.filter((n) => {
    const due = t.deadlines[n];
    if (due === undefined) return false;
    if (recorded.has(n)) return true;
    const met = t.met[n];
    if (met) return met > due;
    return !DONE_STATUSES.includes(t.status) && !t.paused && due <= now;
  });
}

export function ticketFacts(t: Ticket, at: Date, timeZone: string): { facts: KpiFacts; marks: KpiMark[] } {
  const month = localDay(new Date(t.receivedAt), timeZone).slice(0, 7);
  const region = regionUnit(t.regionId);
  const staff = t.assignee ? staffUnit(t.regionId, t.assignee) : null;
  const counters: UnitCounters = {};
  const marks: KpiMark[] = [];
  // Only what the ticket adds: a counter it adds 0 to is not named, a unit it adds nothing to is left out.
  const add = (unit: string, values: Record<string, number>) => {
    for (const [k, v] of Object.entries(values)) if (v) (counters[unit] ??= {})[k] = (counters[unit]?.[k] ?? 0) + v;
  };
  const mark = (kpi: string, reason: string, detail: string, units: (string | null)[]) => {
    for (const unitId of units) if (unitId) marks.push({ kpi, unitId, reason, detail });
  };
  const missed = missedDeadlines(t, at);
  if (REPAIRS.has(t.kind)) {
    const resolved = t.resolution !== null || t.reopens.length > 0;
    const values = { repairs: 1, repairsOnTime: missed.length ? 0 : 1, repairsResolved: resolved ? 1 : 0, fixedFirstTime: resolved && t.firstTimeFix ? 1 : 0 };
    add(region, values);
    if (staff) add(staff, values);
    if (missed.length) mark('repair-timeliness', 'deadline-missed', missed.join(', '), [region, staff]);
    if (resolved && !t.firstTimeFix) mark('first-time-fix', 'reopened', t.reopens.map((r) => r.reason).join('; ').slice(0, 200), [region, staff]);
  }
  if (REPLIES.has(t.kind) && t.deadlines.reply) {
    const late = missed.includes('reply');
    const due = t.met.reply !== undefined || late;
    add(region, { repliesDue: due ? 1 : 0, repliedOnTime: t.met.reply !== undefined && !late ? 1 : 0 });
    if (late) mark('reply-rate', 'not-replied-in-time', t.met.reply ? `replied ${t.met.reply}` : 'no reply', [region]);
  }
  if (VISITED.has(t.kind)) {
    const closed = DONE_STATUSES.includes(t.status);
    add(region, { closed: closed ? 1 : 0, returnVisited: t.returnVisit ? 1 : 0 });
    if (closed && !t.returnVisit) mark('return-visit-rate', 'no-return-visit', `closed ${t.closedAt ?? ''}`.trim(), [region]);
  }
  return { facts: { month, counters, marks: marks.map(markKey), staff: t.assignee }, marks };
}
