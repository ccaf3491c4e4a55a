import type { TicketsSlaPolicy } from '../../shared/contract/tickets-sla-policy.ts';
import { versionIs, type AuditEntry, type TenantStore } from '../../shared/db/tenant-store.ts';
import { ticketSubject, ticketWrites, type DeadlineName, type EscalationLevel, type Ticket } from '../../shared/entities/ticket.ts';
import { asProblem } from '../../shared/http/problems.ts';
import { localDateTimeText } from '../../shared/local-time.ts';
import { prepareNotification, type PreparedNotification } from '../../shared/notifications/prepare.ts';
import { applyDue, type Happening } from './sla.ts';

/**
 * The sweep's work on one ticket as of `asOf` (sla.ts `applyDue`), written in one transaction
 * under the version read — the ticket (moved to the bucket of its next work, or out of the index),
 * the audit on the ticket's history (and, for breaches and escalations, the customer's timeline),
 * the events and the notices — so a second sweep, or one that read a stale index entry, does
 * nothing twice: `stale` when the ticket changed meanwhile (its own write put it where the next
 * sweep finds it), `nothing` when no work was due after all.
 *
 * Apart from TicketService on purpose: the job worker bundles every job, and this needs neither
 * the workflow nor the contract's request schemas.
 */
export type SweepOutcome = { outcome: 'swept' | 'stale' | 'nothing'; happened: Happening[]; notices: number };

/** The names the notices print (the default wording is Chinese; the console labels the rest). */
const KIND_NAMES: Record<Ticket['kind'], string> = { inquiry: '咨询', repair: '报修', emergency: '报警', complaint: '投诉' };
const DEADLINE_NAMES: Record<DeadlineName, string> = { acknowledge: '确认', onSite: '到场', resolve: '修复', reply: '答复', result: '处理结果' };
const ESCALATION_NAMES: Record<EscalationLevel, string> = { department: '客户服务部', company: '公司', regulator: '城市燃气主管部门' };
const DISPATCH_DESK = '调度中心';

const customerSubject = (id: string) => ({ type: 'customer', id });

export async function sweepTicket(store: TenantStore, ticket: Ticket, asOf: Date, policy: TicketsSlaPolicy, timeZone: string): Promise<SweepOutcome> {
  const { next: swept, happened } = applyDue(ticket, asOf, policy, store.ctx.principal.id);
  if (JSON.stringify(swept.sla) === JSON.stringify(ticket.sla) && swept.escalation.level === ticket.escalation.level) return { outcome: 'nothing', happened: [], notices: 0 };
  const now = new Date();
  const next: Ticket = { ...swept, version: ticket.version + 1, updatedAt: now.toISOString() };
  const notices = await Promise.all(happened.flatMap((h) => (h.kind === 'breached' ? [] : [slaNotice(store, next, h, asOf, timeZone)])));
  const audit = happened.flatMap((h): AuditEntry[] => {
    const action = `ticket.sla-${h.kind}`;
    const summary = h.kind === 'escalated' ? `escalated to the ${h.level}: ${h.deadline} deadline missed` : `${h.deadline} deadline ${h.kind === 'warned' ? 'due soon' : 'missed'}`;
    const detail = { deadline: h.deadline, due: h.due, ...(h.kind === 'escalated' ? { level: h.level } : {}) };
    const onTicket: AuditEntry = { action, subject: ticketSubject(ticket.id), summary, detail };
    return h.kind === 'warned' ? [onTicket] : [onTicket, { action, subject: customerSubject(ticket.customerId), summary: `${ticket.kind} ticket ${ticket.id}: ${summary}`, detail: { ticketId: ticket.id, ...detail } }];
  });
  try {
    await store.commit({
      writes: [...ticketWrites(store.tenantId, next, { previous: ticket, writtenAt: now, riskAt: new Date(Math.max(now.getTime(), asOf.getTime())), timeZone, condition: versionIs(ticket.version, 'ticket') }), ...notices.flatMap((n) => n.writes)],
      audit: [...audit, ...notices.map((n) => n.audit)],
      events: [
        ...happened.map((h) => ({
          type: `ticket.sla-${h.kind}`,
          data: { ticketId: ticket.id, customerId: ticket.customerId, regionId: ticket.regionId, kind: ticket.kind, deadline: h.deadline, due: h.due, ...(h.kind === 'escalated' ? { level: h.level } : {}) },
        })),
        ...notices.flatMap((n) => n.events),
      ],
    });
  } catch (error) {
    if (asProblem(error)?.code === 'stale-version') return { outcome: 'stale', happened: [], notices: 0 };
    throw error;
  }
  return { outcome: 'swept', happened, notices: notices.length };
}

/** A warning to whoever works the ticket (the assignee, else the dispatch desk); an escalation to its level. A phone task: staff are called. */
function slaNotice(store: TenantStore, ticket: Ticket, h: Exclude<Happening, { kind: 'breached' }>, at: Date, timeZone: string): Promise<PreparedNotification> {
  const recipient =
    h.kind === 'warned'
      ? { kind: 'staff' as const, username: ticket.assignee ?? 'dispatch-desk', name: ticket.assignee ?? DISPATCH_DESK }
      : { kind: 'staff' as const, username: `escalation-${h.level}`, name: ESCALATION_NAMES[h.level] };
  return prepareNotification(store, {
    template: h.kind === 'warned' ? 'ticket.deadline-warning' : 'ticket.escalated',
    channel: 'phone-task',
    recipient,
    subject: ticketSubject(ticket.id),
    params: {
      name: recipient.name,
      ticketId: ticket.id,
      kind: KIND_NAMES[ticket.kind],
      deadline: DEADLINE_NAMES[h.deadline],
      due: localDateTimeText(new Date(h.due), timeZone),
      ...(h.kind === 'escalated' ? { level: ESCALATION_NAMES[h.level] } : {}),
    },
    category: 'service',
    at,
  });
}
