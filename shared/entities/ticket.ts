import type { PolicyRef } from '../policies/policy-store.ts';
import type { Condition, Item, WriteOp } from '../db/tenant-store.ts';
import type { ESCALATION_LEVELS, PAUSE_REASONS, TicketChannel, TicketDeadlines, TicketKind, TicketPriority, TicketRisk, TicketStatus, TicketView } from '../contract/tickets.ts';
import { keys, ticketTallyShard } from '../keys.ts';
import { localDay } from '../local-time.ts';
import { counterDelta, kpiFactWrites, type KpiFacts } from './kpi-facts.ts';
import { ticketFacts } from './ticket-facts.ts';

/** A service ticket as stored (docs/data-model.md, "Service tickets"). Absent facts are null. */
export interface Ticket {
  id: string;
  kind: TicketKind;
  status: TicketStatus;
  priority: TicketPriority;
  channel: TicketChannel;
  customerId: string;
  regionId: string;
  specialCare: boolean;
  description: string;
  referred: boolean;
  receivedAt: string;
  deadlines: TicketDeadlines;
  /** The instant each deadline was met. */
  met: Partial<Record<keyof TicketDeadlines, string>>;
  /** The `tickets.deadlines` version the deadlines were computed under. */
  policy: PolicyRef;
  unofficialYears: number[];
  escalation: { level: number; history: { level: (typeof ESCALATION_LEVELS)[number]; at: string; reason: string; by: string }[] };
  paused: { since: string; reason: (typeof PAUSE_REASONS)[number]; note: string | null } | null;
  pauses: { from: string; to: string; reason: (typeof PAUSE_REASONS)[number] }[];
  assignee: string | null;
  resolution: string | null;
  reply: string | null;
  closedAt: string | null;
  returnVisit: { satisfied: boolean; score: number; note: string | null; at: string } | null;
  reopens: { at: string; reason: string; withinThirtyDays: boolean }[];
  firstTimeFix: boolean;
  /** What the `sla-sweep` did and will do (shared/entities/ticket.ts `nextSlaEvent`). */
  sla: TicketSla;
  createdBy: { kind: string; id: string; name: string };
  createdAt: string;
  updatedAt: string;
  version: number;
  /** What the stored ticket adds to its region's figures (`ticketTally`); absent on a ticket not written since they exist. */
  tally?: TicketTally;
  /** What the stored ticket adds to the assessments' counters and drill-downs (shared/entities/ticket-facts.ts); absent on a ticket not written since they exist. */
  facts?: KpiFacts;
}

export type DeadlineName = keyof TicketDeadlines;
export type EscalationLevel = (typeof ESCALATION_LEVELS)[number];
/** The escalation levels in order (the contract's ESCALATION_LEVELS, without loading the contract's schemas). */
export const ESCALATION_ORDER: readonly EscalationLevel[] = ['department', 'company', 'regulator'];

/**
 * A ticket's SLA state. `warnAt`: when each deadline's warning is due (the `tickets.sla` version
 * in force when the deadline was set: `warnAtPercent` of the time to it). `warned` / `breached`:
 * when the sweep warned, and the instant each deadline was missed. `escalations`: the automatic
 * levels scheduled at the breach that started the current chain (kept while a breached deadline
 * is unmet).
 */
export interface TicketSla {
  policy: PolicyRef;
  warnAtPercent: number;
  warnAt: Partial<Record<DeadlineName, string>>;
  warned: Partial<Record<DeadlineName, string>>;
  breached: Partial<Record<DeadlineName, string>>;
  /** Every deadline ever missed, with its instant (a reopen restarts `breached`, not this): repair timeliness counts it. */
  missed: { deadline: DeadlineName; at: string }[];
  escalations: { level: EscalationLevel; at: string }[];
}

export const ticketSubject = (id: string) => ({ type: 'ticket', id });

/** The statuses of a ticket whose work is done. */
export const DONE_STATUSES: readonly TicketStatus[] = ['closed', 'return-visited'];
/** Every deadline name, in the order of the work. */
export const DEADLINE_NAMES: readonly DeadlineName[] = ['acknowledge', 'onSite', 'resolve', 'reply', 'result'];
const unmet = (t: Ticket) => DEADLINE_NAMES.filter((n) => t.deadlines[n] !== undefined && !t.met[n]);

/** The earliest deadline not yet met, while the ticket is worked and not paused. */
export function dueAt(ticket: Ticket): string | null {
  if (ticket.paused || DONE_STATUSES.includes(ticket.status)) return null;
  return unmet(ticket).map((n) => ticket.deadlines[n]!).sort()[0] ?? null;
}

export type SlaEvent = { at: string } & ({ kind: 'warn' | 'breach'; deadline: DeadlineName } | { kind: 'escalate'; level: EscalationLevel; deadline: DeadlineName });

/** The breached deadlines not met yet (what keeps an escalation chain going), earliest first. */
export const openBreaches = (t: Ticket): DeadlineName[] => unmet(t).filter((n) => t.sla.breached[n] !== undefined).sort((a, b) => t.deadlines[a]!.localeCompare(t.deadlines[b]!));

/**
 * The sweep's next piece of work on a ticket, or null (closed, paused, nothing ahead): for each
 * unmet deadline its warning (unless warned) and its breach (unless breached); while a breached
 * deadline is unmet, the next scheduled escalation above the ticket's level.
 */
export function nextSlaEvent(t: Ticket): SlaEvent | null {
  if (t.paused || DONE_STATUSES.includes(t.status)) return null;
  const events: SlaEvent[] = [];
  for (const n of unmet(t)) {
    if (t.sla.breached[n]) continue;
    const warnAt = t.sla.warnAt[n];
    if (!t.sla.warned[n] && warnAt && warnAt < t.deadlines[n]!) events.push({ kind: 'warn', deadline: n, at: warnAt });
    events.push({ kind: 'breach', deadline: n, at: t.deadlines[n]! });
  }
  const [breach] = openBreaches(t);
  const escalation = breach ? t.sla.escalations.find((e) => ESCALATION_ORDER.indexOf(e.level) + 1 > t.escalation.level) : undefined;
  if (breach && escalation) events.push({ kind: 'escalate', level: escalation.level, deadline: breach, at: escalation.at });
  return events.sort((a, b) => a.at.localeCompare(b.at))[0] ?? null;
}

/** SLA risk at an instant: a deadline passed unmet, one in its warning time, or neither; null once closed. */
export function riskOf(t: Ticket, now: Date): TicketRisk | null {
  if (DONE_STATUSES.includes(t.status)) return null;
  const at = now.toISOString();
  const open = unmet(t);
  if (open.some((n) => t.deadlines[n]! <= at)) return 'breached';
  if (open.some((n) => (t.sla.warnAt[n] ?? t.deadlines[n]!) <= at)) return 'due-soon';
  return 'on-track';
}

/**
 * The item: the lists' index attributes follow the data on every (full, conditional) Put.
 * gsi1 region (by status), gsi2 region and kind, gsi3 kind, gsi4 status, gsi6 every ticket;
 * gsi5 the sweep's index (sparse: only while the sweep has work ahead on the ticket), partitioned
 * by the hour of that work, or of the write when the work is overdue already (a ticket recorded
 * after the fact), so the sweep, which reads from its last hour on, never misses it.
 */
export function ticketItem(tenantId: string, ticket: Ticket, writtenAt: Date = new Date()): Item {
  const sort = keys.ticketStatusSort(ticket.status, ticket.receivedAt, ticket.id);
  const next = nextSlaEvent(ticket);
  const bucket = next ? (next.at > writtenAt.toISOString() ? next.at : writtenAt.toISOString()) : null;
  return {
    ...keys.ticket(tenantId, ticket.id),
    entity: 'ticket',
    ...ticket,
    gsi1pk: keys.ticketsOfRegion(tenantId, ticket.regionId),
    gsi1sk: sort,
    gsi2pk: keys.ticketsOfRegionKind(tenantId, ticket.regionId, ticket.kind),
    gsi2sk: sort,
    gsi3pk: keys.ticketsOfKind(tenantId, ticket.kind),
    gsi3sk: sort,
    gsi4pk: keys.ticketsOfStatus(tenantId, ticket.status),
    gsi4sk: keys.ticketReceivedSort(ticket.receivedAt, ticket.id),
    gsi6pk: keys.ticketsAll(tenantId),
    gsi6sk: keys.ticketReceivedSort(ticket.receivedAt, ticket.id),
    ...(next && bucket ? { gsi5pk: keys.ticketsDue(tenantId, bucket), gsi5sk: keys.ticketDueSort(next.at, ticket.id) } : {}),
  };
}

/**
 * The open-ticket queue entry (the ticket's `QUEUE` item, present while it is not closed): a copy
 * of the ticket whose index keys rank the work — group 1 by the earliest unmet deadline (passed
 * ones first: a Query up to now is the breached, from now on the rest, due soonest first), 2
 * paused, 3 nothing left due; within each, special-care households and urgent tickets (every
 * emergency) first. gsi1 the region's queue, gsi2 the tenant's; gsi3/gsi4 the assignee's (in a
 * region, in the tenant) once dispatched.
 */
export function ticketQueueSort(t: Ticket): string {
  const rank = t.specialCare || t.priority === 'urgent' ? 0 : 1;
  if (t.paused) return keys.ticketQueueSort(2, rank, t.paused.since, t.id);
  const due = dueAt(t);
  return due ? keys.ticketQueueSort(1, rank, due, t.id) : keys.ticketQueueSort(3, rank, t.receivedAt, t.id);
}

export function ticketQueueItem(tenantId: string, ticket: Ticket): Item {
  const { tally: _tally, facts: _facts, ...copy } = ticket;
  const sort = ticketQueueSort(ticket);
  return {
    ...keys.ticketQueueEntry(tenantId, ticket.id),
    entity: 'ticket-queue',
    ...copy,
    gsi1pk: keys.ticketQueueOfRegion(tenantId, ticket.regionId),
    gsi1sk: sort,
    gsi2pk: keys.ticketQueueAll(tenantId),
    gsi2sk: sort,
    ...(ticket.assignee
      ? { gsi3pk: keys.ticketQueueOfRegionAssignee(tenantId, ticket.regionId, ticket.assignee), gsi3sk: sort, gsi4pk: keys.ticketQueueOfAssignee(tenantId, ticket.assignee), gsi4sk: sort }
      : {}),
  };
}

/** Counter item (sort key in the region's `TICKETSTATS` partition) → attribute → what the ticket adds. */
export type TicketTally = Record<string, Record<string, number>>;
const TALLY_OF_RISK: Record<TicketRisk, string> = { breached: 'breached', 'due-soon': 'atRisk', 'on-track': 'onTrack' };

/**
 * What a ticket adds to its region's figures as written at `at`: an open one to its shard's open
 * count and its SLA risk then (the sweep writes a ticket when a warning or a deadline comes, so
 * the figures follow the clock within a sweep); an emergency to the figures of the local day it
 * was received (total, open, on site in time).
 */
export function ticketTally(t: Ticket, at: Date, timeZone: string): TicketTally {
  const tally: TicketTally = {};
  const risk = riskOf(t, at);
  if (risk) tally[keys.ticketRiskTallySort(ticketTallyShard(t.id))] = { open: 1, [TALLY_OF_RISK[risk]]: 1 };
  if (t.kind === 'emergency') {
    const inTime = t.met.onSite !== undefined && t.deadlines.onSite !== undefined && t.met.onSite <= t.deadlines.onSite;
    tally[keys.ticketEmergencyTallySort(localDay(new Date(t.receivedAt), timeZone))] = { total: 1, open: DONE_STATUSES.includes(t.status) ? 0 : 1, onSiteInTime: inTime ? 1 : 0 };
  }
  return tally;
}

/**
 * Every write of a ticket change, for the caller's one transaction: the ticket (with the tally it
 * now adds), its queue entry (put while open, deleted on closing), and an ADD of the difference
 * to each figure its tally changes — so the lists and the dashboard never disagree with the ticket.
 */
export function ticketWrites(tenantId: string, next: Ticket, options: { previous?: Ticket; writtenAt?: Date; riskAt?: Date; timeZone: string; condition: Condition }): WriteOp[] {
  const writtenAt = options.writtenAt ?? new Date();
  const at = options.riskAt ?? writtenAt;
  const tally = ticketTally(next, at, options.timeZone);
  const { facts, marks } = ticketFacts(next, at, options.timeZone);
  const writes: WriteOp[] = [{ kind: 'put', item: ticketItem(tenantId, { ...next, tally, facts }, writtenAt), condition: options.condition }];
  if (!DONE_STATUSES.includes(next.status)) writes.push({ kind: 'put', item: ticketQueueItem(tenantId, next) });
  else if (options.previous && !DONE_STATUSES.includes(options.previous.status)) writes.push({ kind: 'delete', key: keys.ticketQueueEntry(tenantId, next.id) });
  for (const [sk, add] of Object.entries(counterDelta(options.previous?.tally, tally))) {
    writes.push({ kind: 'update', key: { pk: keys.ticketTallies(tenantId, next.regionId), sk }, set: { entity: 'ticket-tally', regionId: next.regionId }, add });
  }
  const subject = { type: 'ticket' as const, id: next.id, regionId: next.regionId, staff: next.assignee, at: next.receivedAt, ticketKind: next.kind };
  writes.push(...kpiFactWrites(tenantId, subject, options.previous?.facts, facts, marks));
  return writes;
}

const INDEX_AND_KEYS = ['pk', 'sk', 'entity', 'gsi1pk', 'gsi1sk', 'gsi2pk', 'gsi2sk', 'gsi3pk', 'gsi3sk', 'gsi4pk', 'gsi4sk', 'gsi5pk', 'gsi5sk', 'gsi6pk', 'gsi6sk'];

/** A ticket stored before the sweep existed has no SLA state: nothing warned, nothing scheduled. */
const NO_SLA: TicketSla = { policy: { section: 'tickets.sla', versionId: null, effectiveFrom: null }, warnAtPercent: 100, warnAt: {}, warned: {}, breached: {}, missed: [], escalations: [] };

export function ticketFromItem(item: Record<string, unknown>): Ticket {
  const copy: Record<string, unknown> = { ...item };
  for (const k of INDEX_AND_KEYS) delete copy[k];
  copy.sla ??= NO_SLA;
  return copy as unknown as Ticket;
}

export function ticketView(t: Ticket, now: Date = new Date()): TicketView {
  return {
    id: t.id,
    kind: t.kind,
    status: t.status,
    priority: t.priority,
    channel: t.channel,
    customerId: t.customerId,
    regionId: t.regionId,
    specialCare: t.specialCare,
    description: t.description,
    referred: t.referred,
    receivedAt: t.receivedAt,
    deadlines: t.deadlines,
    nextDeadline: dueAt(t),
    met: t.met as Record<string, string>,
    policy: t.policy,
    unofficialYears: t.unofficialYears,
    escalation: t.escalation,
    paused: t.paused,
    pauses: t.pauses,
    assignee: t.assignee,
    resolution: t.resolution,
    reply: t.reply,
    closedAt: t.closedAt,
    returnVisit: t.returnVisit,
    reopens: t.reopens,
    firstTimeFix: t.firstTimeFix,
    risk: riskOf(t, now),
    sla: { policy: t.sla.policy, warnAt: t.sla.warnAt as Record<string, string>, warned: t.sla.warned as Record<string, string>, breached: t.sla.breached as Record<string, string>, missed: t.sla.missed, escalations: t.sla.escalations },
    createdBy: t.createdBy,
    createdAt: t.createdAt,
    updatedAt: t.updatedAt,
    version: t.version,
  };
}
