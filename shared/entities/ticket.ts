import type { PolicyRef } from '../policies/policy-store.ts';
import type { Item } from '../db/tenant-store.ts';
import type { ESCALATION_LEVELS, PAUSE_REASONS, TicketChannel, TicketDeadlines, TicketKind, TicketPriority, TicketStatus, TicketView } from '../contract/tickets.ts';
import { keys } from '../keys.ts';

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
  createdBy: { kind: string; id: string; name: string };
  createdAt: string;
  updatedAt: string;
  version: number;
}

export const ticketSubject = (id: string) => ({ type: 'ticket', id });

/** The earliest deadline not yet met, while the ticket is worked and not paused: the sweep's key. */
export function dueAt(ticket: Ticket): string | null {
  if (ticket.paused || ['closed', 'return-visited'].includes(ticket.status)) return null;
  const open = (Object.keys(ticket.deadlines) as (keyof TicketDeadlines)[]).filter((n) => !ticket.met[n]).map((n) => ticket.deadlines[n]!);
  return open.sort()[0] ?? null;
}

/**
 * The item: the lists' index attributes follow the data on every (full, conditional) Put.
 * gsi1 region (by status), gsi2 region and kind, gsi3 kind, gsi4 status, gsi6 every ticket;
 * gsi5 the due index (sparse: only while a deadline is ahead and the ticket is not paused).
 */
export function ticketItem(tenantId: string, ticket: Ticket): Item {
  const sort = keys.ticketStatusSort(ticket.status, ticket.receivedAt, ticket.id);
  const due = dueAt(ticket);
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
    ...(due ? { gsi5pk: keys.ticketsDue(tenantId, due), gsi5sk: keys.ticketDueSort(due, ticket.id) } : {}),
  };
}

const INDEX_AND_KEYS = ['pk', 'sk', 'entity', 'gsi1pk', 'gsi1sk', 'gsi2pk', 'gsi2sk', 'gsi3pk', 'gsi3sk', 'gsi4pk', 'gsi4sk', 'gsi5pk', 'gsi5sk', 'gsi6pk', 'gsi6sk'];

export function ticketFromItem(item: Record<string, unknown>): Ticket {
  const copy: Record<string, unknown> = { ...item };
  for (const k of INDEX_AND_KEYS) delete copy[k];
  return copy as unknown as Ticket;
}

export function ticketView(t: Ticket): TicketView {
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
    createdBy: t.createdBy,
    createdAt: t.createdAt,
    updatedAt: t.updatedAt,
    version: t.version,
  };
}
