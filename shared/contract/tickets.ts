import * as z from 'zod';
import type { Role, Scope } from './access.ts';
import { Actor, Cursor, HumanText, IsoDateTime, IssuedId, limitUpTo, Page, RegionId, ShownRegionId, Ulid, Version } from './common.ts';
import { Username } from './users.ts';

/* ------------------------------------------------------------------------------------------------
 * Service tickets: kinds, channels, priorities, statuses and actions (public names, CONTRACT.md),
 * who may do what, the schemas of /v1/tickets, and the transition table the console offers its
 * buttons by. The rules are functions/tickets/workflow.ts (state machine) and deadlines.ts.
 * ---------------------------------------------------------------------------------------------- */

export const TICKET_KINDS = ['inquiry', 'repair', 'emergency', 'complaint'] as const;
export type TicketKind = (typeof TICKET_KINDS)[number];

export const TICKET_CHANNELS = ['phone', 'counter', 'web', 'app', 'integrator'] as const;
export type TicketChannel = (typeof TICKET_CHANNELS)[number];

/** `urgent`: ranks first; repairs may have shorter deadlines (policy `tickets.deadlines.urgentRepair`). Emergencies are always urgent. */
export const TICKET_PRIORITIES = ['normal', 'urgent'] as const;
export type TicketPriority = (typeof TICKET_PRIORITIES)[number];

export const TICKET_STATUSES = ['received', 'acknowledged', 'dispatched', 'on-site', 'resolved', 'replied', 'closed', 'return-visited', 'reopened'] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

export const TICKET_ACTIONS = ['acknowledge', 'dispatch', 'arrive', 'resolve', 'reply', 'escalate', 'pause', 'resume', 'close', 'return-visit', 'reopen'] as const;
export type TicketAction = (typeof TICKET_ACTIONS)[number];

/** Escalation levels in order (department → company → city regulator) [002]. */
export const ESCALATION_LEVELS = ['department', 'company', 'regulator'] as const;

export const PAUSE_REASONS = ['waiting-for-customer', 'no-access'] as const;

/** SLA risk (CONTRACT.md's list filter names): a deadline passed unmet, one within its warning time, or neither. */
export const TICKET_RISKS = ['breached', 'due-soon', 'on-track'] as const;
export type TicketRisk = (typeof TICKET_RISKS)[number];

/** Statuses a ticket is still worked in (the rest: done until reopened). */
export const OPEN_STATUSES: readonly TicketStatus[] = ['received', 'acknowledged', 'dispatched', 'on-site', 'reopened'];

/** Where each action may start (before the kind's and the facts' rules of workflow.ts), and where it leads (none: the status stays). */
export const TICKET_TRANSITIONS: Record<TicketAction, { from: readonly TicketStatus[]; to?: TicketStatus }> = {
  acknowledge: { from: ['received', 'reopened'], to: 'acknowledged' },
  dispatch: { from: ['received', 'acknowledged', 'dispatched', 'reopened'], to: 'dispatched' },
  arrive: { from: ['dispatched'], to: 'on-site' },
  resolve: { from: ['acknowledged', 'dispatched', 'on-site', 'reopened'], to: 'resolved' },
  reply: { from: ['received', 'acknowledged', 'dispatched', 'on-site', 'resolved', 'reopened'] },
  escalate: { from: OPEN_STATUSES },
  pause: { from: OPEN_STATUSES },
  resume: { from: OPEN_STATUSES },
  close: { from: ['resolved', 'replied'], to: 'closed' },
  'return-visit': { from: ['closed'], to: 'return-visited' },
  reopen: { from: ['resolved', 'replied', 'closed', 'return-visited'], to: 'reopened' },
};

/** What field staff may do, on the tickets dispatched to them (the desk does the rest). */
export const FIELD_ACTIONS: readonly TicketAction[] = ['arrive', 'resolve', 'pause', 'resume'];

const INTAKE_ROLES: readonly Role[] = ['admin', 'manager', 'dispatcher', 'agent'];
export const TICKET_WRITERS = { roles: INTAKE_ROLES, scopes: ['tickets:write'] as readonly Scope[] };
export const TICKET_WORKERS = { roles: [...INTAKE_ROLES, 'field'] as readonly Role[], scopes: ['tickets:write'] as readonly Scope[] };
export const TICKET_READERS = { roles: [...INTAKE_ROLES, 'field'] as readonly Role[], scopes: ['tickets:read', 'tickets:write'] as readonly Scope[] };

/** Named ISO-8601 instants, as the kind has them (CONTRACT.md). */
export const TicketDeadlines = z.strictObject({
  acknowledge: IsoDateTime.optional(),
  onSite: IsoDateTime.optional(),
  resolve: IsoDateTime.optional(),
  reply: IsoDateTime.optional(),
  result: IsoDateTime.optional(),
});
export type TicketDeadlines = z.infer<typeof TicketDeadlines>;

export const TicketPolicyRef = z.strictObject({ section: z.string(), versionId: z.string().nullable(), effectiveFrom: IsoDateTime.nullable() });

export const TicketIntakeBody = z.strictObject({
  kind: z.enum(TICKET_KINDS),
  customerId: Ulid,
  description: HumanText({ max: 2000, multiline: true }),
  channel: z.enum(TICKET_CHANNELS),
  /** Default `normal`; an emergency is always `urgent`. */
  priority: z.enum(TICKET_PRIORITIES).optional(),
  /** When the customer called or wrote (default now); never in the future. */
  receivedAt: IsoDateTime.optional(),
  /** An inquiry another department must answer (2 working days by default). */
  referred: z.boolean().optional(),
});
export type TicketIntake = z.infer<typeof TicketIntakeBody>;

export const DeadlinePreview = z.strictObject({
  kind: z.enum(TICKET_KINDS),
  priority: z.enum(TICKET_PRIORITIES),
  receivedAt: IsoDateTime,
  deadlines: TicketDeadlines,
  /** When the sla-sweep would warn of each (`tickets.sla` warnAtPercent, on the deadline's clock). */
  warnAt: TicketDeadlines,
  policy: TicketPolicyRef,
  /** Years the deadlines were computed on without official calendar data (weekends only). */
  unofficialYears: z.array(z.int()),
});

const Note = (max = 1000) => HumanText({ max, multiline: true });
/** The version read (alternative to If-Match). */
const V = { version: Version.optional() };

export const TicketActionBody = z.discriminatedUnion('action', [
  z.strictObject({ action: z.literal('acknowledge'), ...V }),
  z.strictObject({ action: z.literal('dispatch'), assignee: Username, ...V }),
  z.strictObject({ action: z.literal('arrive'), ...V }),
  z.strictObject({ action: z.literal('resolve'), resolution: Note(), ...V }),
  z.strictObject({ action: z.literal('reply'), message: Note(), ...V }),
  z.strictObject({ action: z.literal('escalate'), reason: Note(500), ...V }),
  z.strictObject({ action: z.literal('pause'), reason: z.enum(PAUSE_REASONS), note: Note(500).optional(), ...V }),
  z.strictObject({ action: z.literal('resume'), ...V }),
  z.strictObject({ action: z.literal('close'), ...V }),
  z.strictObject({ action: z.literal('return-visit'), satisfied: z.boolean(), score: z.int().min(1).max(5), note: Note(500).optional(), ...V }),
  z.strictObject({ action: z.literal('reopen'), reason: Note(500), ...V }),
]);
export type TicketActionRequest = z.infer<typeof TicketActionBody>;

const Escalation = z.strictObject({
  /** 0: not escalated; 1 department, 2 company, 3 regulator. */
  level: z.int(),
  history: z.array(z.strictObject({ level: z.enum(ESCALATION_LEVELS), at: IsoDateTime, reason: z.string(), by: z.string() })),
});

export const TicketView = z.strictObject({
  id: IssuedId,
  kind: z.enum(TICKET_KINDS),
  status: z.enum(TICKET_STATUSES),
  priority: z.enum(TICKET_PRIORITIES),
  channel: z.enum(TICKET_CHANNELS),
  customerId: IssuedId,
  regionId: ShownRegionId,
  specialCare: z.boolean(),
  description: z.string(),
  referred: z.boolean(),
  receivedAt: IsoDateTime,
  deadlines: TicketDeadlines,
  /** The earliest deadline not yet met (null: none left). */
  nextDeadline: IsoDateTime.nullable(),
  /** Deadlines met, with the instant. */
  met: z.record(z.string(), IsoDateTime),
  policy: TicketPolicyRef,
  unofficialYears: z.array(z.int()),
  escalation: Escalation,
  paused: z.strictObject({ since: IsoDateTime, reason: z.enum(PAUSE_REASONS), note: z.string().nullable() }).nullable(),
  pauses: z.array(z.strictObject({ from: IsoDateTime, to: IsoDateTime, reason: z.enum(PAUSE_REASONS) })),
  assignee: z.string().nullable(),
  resolution: z.string().nullable(),
  reply: z.string().nullable(),
  closedAt: IsoDateTime.nullable(),
  returnVisit: z.strictObject({ satisfied: z.boolean(), score: z.int(), note: z.string().nullable(), at: IsoDateTime }).nullable(),
  reopens: z.array(z.strictObject({ at: IsoDateTime, reason: z.string(), withinThirtyDays: z.boolean() })),
  /** False once reopened within 30 days of closure (counts against first-time fix). */
  firstTimeFix: z.boolean(),
  /** Now (null once closed). */
  risk: z.enum(TICKET_RISKS).nullable(),
  /** The sla-sweep's record: when each warning is due, when it warned, when each deadline was missed, the escalations scheduled. */
  sla: z.strictObject({
    policy: TicketPolicyRef,
    warnAt: z.record(z.string(), IsoDateTime),
    warned: z.record(z.string(), IsoDateTime),
    breached: z.record(z.string(), IsoDateTime),
    /** Every deadline ever missed (a reopen restarts `breached`, not this). */
    missed: z.array(z.strictObject({ deadline: z.enum(['acknowledge', 'onSite', 'resolve', 'reply', 'result']), at: IsoDateTime })),
    escalations: z.array(z.strictObject({ level: z.enum(ESCALATION_LEVELS), at: IsoDateTime })),
  }),
  createdBy: Actor,
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  version: z.int(),
});
export type TicketView = z.infer<typeof TicketView>;

export const TicketHistoryEntry = z.strictObject({
  id: IssuedId,
  at: IsoDateTime,
  action: z.string(),
  summary: z.string().nullable(),
  detail: z.record(z.string(), z.unknown()).nullable(),
  actor: Actor,
});
export const TicketWithHistory = z.strictObject({ ...TicketView.shape, history: z.array(TicketHistoryEntry) });

/**
 * The dispatch desk's queues of open (not closed) tickets, each a Query on a designed key:
 * `risk` — the region's (or, for a caller of every region without `regionId`, the tenant's) by SLA
 * risk: passed deadlines first (most overdue first), then the rest by the earliest deadline, then
 * paused ones, then those with nothing left due; within each, special-care households and urgent
 * tickets (every emergency) first. `assignee` — the same order, of the tickets dispatched to one
 * field user (`assignee`; a user's own by default).
 */
export const TICKET_VIEWS = ['risk', 'assignee'] as const;
export type TicketQueueView = (typeof TICKET_VIEWS)[number];

export const ListTicketsQuery = z.strictObject({
  /** Not with `view`. */
  status: z.enum(TICKET_STATUSES).optional(),
  /** Not with `view`. */
  kind: z.enum(TICKET_KINDS).optional(),
  view: z.enum(TICKET_VIEWS).optional(),
  /** With `view=assignee` (the default there: the caller). */
  assignee: Username.optional(),
  /** Required for a caller of several (not all) regions; a caller of one region gets it by default. */
  regionId: RegionId.optional(),
  cursor: Cursor.optional(),
  limit: limitUpTo(100).optional(),
});
export const TicketPage = Page(TicketView);
export const TicketParams = z.strictObject({ id: Ulid });
