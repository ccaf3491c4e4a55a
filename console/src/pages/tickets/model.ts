import type { Role } from '../../../../shared/contract/access.ts';
import { FIELD_ACTIONS, TICKET_TRANSITIONS, TICKET_WRITERS, type TicketAction, type TicketView } from '../../../../shared/contract/tickets.ts';

/**
 * The actions a caller is offered on a ticket: the transition table (shared/contract/tickets.ts)
 * and the plainest of the workflow's rules (functions/tickets/workflow.ts); the API has the last
 * word and a refusal shows its reason.
 */
export function offeredActions(ticket: TicketView, roles: readonly Role[], username: string): TicketAction[] {
  const desk = roles.some((r) => TICKET_WRITERS.roles.includes(r));
  const field = roles.includes('field');
  if (!desk && !field) return [];
  return (Object.keys(TICKET_TRANSITIONS) as TicketAction[]).filter((action) => {
    if (!desk && (!FIELD_ACTIONS.includes(action) || ticket.assignee !== username)) return false;
    if (!TICKET_TRANSITIONS[action].from.includes(ticket.status)) return false;
    if (ticket.paused) return action === 'resume' || action === 'escalate';
    if (action === 'resume') return false;
    if (ticket.kind === 'inquiry' && (action === 'dispatch' || action === 'arrive')) return false;
    if (ticket.kind === 'emergency' && action === 'pause') return false;
    if (action === 'dispatch' && ticket.status === 'received' && ticket.kind !== 'emergency') return false;
    if (action === 'resolve' && (ticket.kind === 'repair' || ticket.kind === 'emergency') && ticket.status !== 'on-site') return false;
    if (action === 'reply' && ticket.kind !== 'inquiry' && ticket.kind !== 'complaint' && ticket.status !== 'resolved') return false;
    if (action === 'escalate' && ticket.escalation.level >= 3) return false;
    return true;
  });
}

/** A span of time in words (days and hours, hours and minutes, minutes). */
export function spanParts(ms: number): { key: 'days' | 'hours' | 'minutes'; d: number; h: number; m: number } {
  const minutes = Math.max(0, Math.floor(Math.abs(ms) / 60_000));
  const d = Math.floor(minutes / 1440);
  const h = Math.floor((minutes % 1440) / 60);
  const m = minutes % 60;
  return { key: d > 0 ? 'days' : h > 0 ? 'hours' : 'minutes', d, h, m };
}
