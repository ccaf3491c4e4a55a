import type { TicketsSlaPolicy } from '../../shared/contract/tickets-sla-policy.ts';
import { ESCALATION_ORDER, nextSlaEvent, openBreaches, type DeadlineName, type EscalationLevel, type Ticket } from '../../shared/entities/ticket.ts';

/**
 * What the `sla-sweep` does to one ticket as of an instant: pure, no store. It applies, in time
 * order, every piece of SLA work due by `asOf` (`nextSlaEvent`):
 * - a warning (`warnAtPercent` of the time to a deadline has passed): recorded in `sla.warned`,
 *   told to whoever works the ticket — unless the deadline has passed too (a late sweep), when
 *   the breach says it all;
 * - a breach (a deadline passed unmet): recorded in `sla.breached` and `sla.missed`; the first
 *   breach of a chain schedules the escalations of the `tickets.sla` policy in force at `asOf`
 *   (each level its minutes after the breach, from the ticket's current level up);
 * - an escalation (department → company → city regulator [002]) while a breached deadline is
 *   still unmet: the ticket's `escalation` goes up one level, by `sla-sweep`, with the reason.
 * The caller writes the answer under the version it read, so the same work is never done twice.
 */
export type Happening =
  | { kind: 'warned'; deadline: DeadlineName; due: string }
  | { kind: 'breached'; deadline: DeadlineName; due: string }
  | { kind: 'escalated'; level: EscalationLevel; deadline: DeadlineName; due: string };

/** More than a ticket can ever have due at once (5 deadlines × warn and breach, 3 levels). */
const MAX_STEPS = 20;
const MINUTE = 60_000;

/** The escalations a breach at `at` schedules, above the ticket's current level. */
export function escalationsFrom(policy: TicketsSlaPolicy, at: string, currentLevel: number): Ticket['sla']['escalations'] {
  return ESCALATION_ORDER.flatMap((level, i) => {
    const after = policy.escalation[level];
    return i + 1 > currentLevel && after !== null ? [{ level, at: new Date(Date.parse(at) + after * MINUTE).toISOString() }] : [];
  });
}

export function applyDue(ticket: Ticket, asOf: Date, policy: TicketsSlaPolicy, by = 'sla-sweep'): { next: Ticket; happened: Happening[] } {
  const at = asOf.toISOString();
  const next: Ticket = {
    ...ticket,
    escalation: { ...ticket.escalation, history: [...ticket.escalation.history] },
    sla: { ...ticket.sla, warned: { ...ticket.sla.warned }, breached: { ...ticket.sla.breached }, missed: [...ticket.sla.missed], escalations: [...ticket.sla.escalations] },
  };
  const happened: Happening[] = [];
  for (let step = 0; step < MAX_STEPS; step++) {
    const event = nextSlaEvent(next);
    if (!event || event.at > at) break;
    const due = next.deadlines[event.deadline]!;
    switch (event.kind) {
      case 'warn':
        next.sla.warned[event.deadline] = at;
        if (due > at) happened.push({ kind: 'warned', deadline: event.deadline, due });
        break;
      case 'breach': {
        const chainOpen = openBreaches(next).length > 0;
        next.sla.breached[event.deadline] = due;
        next.sla.missed.push({ deadline: event.deadline, at: due });
        if (!chainOpen) next.sla.escalations = escalationsFrom(policy, due, next.escalation.level);
        happened.push({ kind: 'breached', deadline: event.deadline, due });
        break;
      }
      case 'escalate': {
        const level = ESCALATION_ORDER.indexOf(event.level) + 1;
        next.escalation = {
          level,
          history: [...next.escalation.history, { level: event.level, at, reason: `the ${event.deadline} deadline (${due}) was missed`, by }],
        };
        happened.push({ kind: 'escalated', level: event.level, deadline: event.deadline, due });
        break;
      }
    }
  }
  return { next, happened };
}
