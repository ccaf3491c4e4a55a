import { ESCALATION_LEVELS, TICKET_TRANSITIONS, type TicketActionRequest, type TicketStatus } from '../../shared/contract/tickets.ts';
import type { Ticket } from '../../shared/entities/ticket.ts';
import { shiftForPause, shiftInstant } from './deadlines.ts';

/**
 * The ticket workflow as an explicit state machine: pure, no AWS, tested with a table of every
 * legal and illegal transition (test/unit/tickets/workflow.test.ts).
 *
 *   received ─acknowledge─▶ acknowledged ─dispatch─▶ dispatched ─arrive─▶ on-site ─resolve─▶ resolved
 *      │  (an emergency is dispatched at once) ─────────▲                                      │
 *      └──(an inquiry is replied at once)────────────────────────────────────▶ replied ◀─reply─┘
 *   resolved | replied ─close─▶ closed ─return-visit─▶ return-visited;  resolved…return-visited ─reopen─▶ reopened
 *
 * `escalation` (department → company → regulator [002]) and `paused` are fields, not statuses:
 * escalating keeps the status; a pause stops the clock of a worked ticket until it is resumed, and
 * the resume moves every deadline not yet passed by exactly the paused time (deadlines.ts).
 * Rules (docs/domain.md, "Service tickets"):
 * - an inquiry is answered, not dispatched; a repair or an emergency is resolved on site;
 * - an emergency is never paused (a gas leak does not wait for the customer);
 * - while paused only `resume` and `escalate`; closing needs a resolution (an inquiry's: its
 *   reply) and, for complaints and inquiries, a reply to the customer [003 第二十一条];
 * - a reopen within 30 days of closure (or before it) counts against first-time fix [000].
 */
export interface Circumstances {
  now: Date;
  /** Who acts (the escalation history names them). */
  by: string;
  /**
   * For a reopen: the deadlines the reopened work runs to and their warnings, computed from `now`
   * under the ticket's own policy (the service does, on the calendar); without them the old ones stay.
   */
  restarted?: Restarted;
}

export type Restarted = Partial<Record<'resolve' | 'result', { at: string; warnAt: string }>>;

export type Decision =
  | { ok: true; next: Ticket; from: TicketStatus; to: TicketStatus }
  | { ok: false; kind: 'illegal-transition'; reason: string };

const DAY_MS = 86_400_000;
export const REOPEN_COUNTS_AGAINST_FIX_DAYS = 30;

const refuse = (reason: string): Decision => ({ ok: false, kind: 'illegal-transition', reason });

const WHY_NOT: Partial<Record<TicketStatus, string>> = {
  closed: 'the ticket is closed',
  'return-visited': 'the ticket is closed and its return visit done',
};

export function decide(current: Ticket, command: TicketActionRequest, { now, by, restarted }: Circumstances): Decision {
  const from = current.status;
  const rule = TICKET_TRANSITIONS[command.action];
  const at = now.toISOString();
  if (current.paused && command.action !== 'resume' && command.action !== 'escalate') {
    return refuse(`the ticket is paused (${current.paused.reason}) since ${current.paused.since}; resume it first`);
  }
  if (!rule.from.includes(from)) return refuse(WHY_NOT[from] ?? `${command.action} is not possible when the ticket is ${from}`);

  const next: Ticket = {
    ...current,
    deadlines: { ...current.deadlines },
    met: { ...current.met },
    escalation: { ...current.escalation, history: [...current.escalation.history] },
    pauses: [...current.pauses],
    reopens: [...current.reopens],
    sla: { ...current.sla, warnAt: { ...current.sla.warnAt }, warned: { ...current.sla.warned }, breached: { ...current.sla.breached }, missed: [...current.sla.missed], escalations: [...current.sla.escalations] },
  };
  const meet = (name: keyof Ticket['deadlines']) => {
    if (current.deadlines[name] && !next.met[name]) next.met[name] = at;
  };
  let to: TicketStatus = rule.to ?? from;

  switch (command.action) {
    case 'acknowledge':
      meet('acknowledge');
      break;
    case 'dispatch':
      if (current.kind === 'inquiry') return refuse('an inquiry is answered, not dispatched');
      if (from === 'received' && current.kind !== 'emergency') return refuse('acknowledge the ticket before dispatching it (only an emergency is dispatched at once)');
      meet('acknowledge');
      next.assignee = command.assignee;
      break;
    case 'arrive':
      if (current.kind === 'inquiry') return refuse('an inquiry is answered, not dispatched');
      meet('onSite');
      break;
    case 'resolve':
      if ((current.kind === 'repair' || current.kind === 'emergency') && from !== 'on-site') return refuse(`a ${current.kind} is resolved on site: dispatch and arrive first`);
      meet('resolve');
      meet('result');
      next.resolution = command.resolution;
      break;
    case 'reply': {
      const answers = current.kind === 'inquiry' || from === 'resolved';
      if (!answers && current.kind !== 'complaint') return refuse(`a ${current.kind} is replied to once resolved`);
      if (from === 'received' && current.kind === 'complaint') return refuse('acknowledge the complaint before replying');
      meet('reply');
      next.reply = command.message;
      // A complaint's first reply within its deadline, before the result, keeps the status.
      to = answers ? 'replied' : from;
      break;
    }
    case 'escalate': {
      const level = current.escalation.level;
      if (level >= ESCALATION_LEVELS.length) return refuse('the ticket is escalated to the regulator already');
      next.escalation = { level: level + 1, history: [...current.escalation.history, { level: ESCALATION_LEVELS[level]!, at, reason: command.reason, by }] };
      break;
    }
    case 'pause':
      if (current.kind === 'emergency') return refuse('an emergency is never paused');
      next.paused = { since: at, reason: command.reason, note: command.note ?? null };
      break;
    case 'resume': {
      if (!current.paused) return refuse('the ticket is not paused');
      const since = new Date(current.paused.since);
      next.deadlines = shiftForPause(current.deadlines, since, now);
      // The sweep's clock stops too: warnings and escalations still ahead move with the deadlines.
      next.sla.warnAt = shiftForPause(current.sla.warnAt, since, now);
      next.sla.escalations = current.sla.escalations.map((e) => ({ ...e, at: shiftInstant(e.at, since, now) }));
      next.pauses.push({ from: current.paused.since, to: at, reason: current.paused.reason });
      next.paused = null;
      break;
    }
    case 'close':
      if (!current.resolution && !(current.kind === 'inquiry' && current.reply)) return refuse('closing needs a resolution');
      if ((current.kind === 'complaint' || current.kind === 'inquiry') && !current.reply) return refuse(`a ${current.kind} is closed only after the customer has had a reply`);
      next.closedAt = at;
      break;
    case 'return-visit':
      next.returnVisit = { satisfied: command.satisfied, score: command.score, note: command.note ?? null, at };
      break;
    case 'reopen': {
      const within = !current.closedAt || now.getTime() - Date.parse(current.closedAt) <= REOPEN_COUNTS_AGAINST_FIX_DAYS * DAY_MS;
      next.reopens.push({ at, reason: command.reason, withinThirtyDays: within });
      if (within) next.firstTimeFix = false;
      next.closedAt = null;
      next.resolution = null;
      for (const name of ['resolve', 'result'] as const) {
        if (!current.deadlines[name]) continue;
        delete next.met[name];
        const restart = restarted?.[name];
        if (!restart) continue;
        // The reopened work has its own deadline (and warning); a breach of the old one stays in `missed`.
        next.deadlines[name] = restart.at;
        next.sla.warnAt[name] = restart.warnAt;
        delete next.sla.warned[name];
        delete next.sla.breached[name];
      }
      break;
    }
  }
  next.status = to;
  return { ok: true, next, from, to };
}
