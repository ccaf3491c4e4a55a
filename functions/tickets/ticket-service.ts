import { ulid } from 'ulid';
import { loadBusinessCalendar } from '../../shared/calendar/calendar-years.ts';
import { MIN_CALENDAR_YEAR } from '../../shared/contract/calendar.ts';
import { FIELD_ACTIONS, type TicketActionRequest, type TicketIntake, type TicketPriority } from '../../shared/contract/tickets.ts';
import { ticketsDeadlinesPolicy, ticketsDispatchPolicy } from '../../shared/contract/tickets-policies.ts';
import { ticketsSlaPolicy } from '../../shared/contract/tickets-sla-policy.ts';
import { absent, versionIs, type AuditEntry, type OutboxEvent, type TenantStore, type WriteOp } from '../../shared/db/tenant-store.ts';
import { isSpecialCare, type Customer } from '../../shared/entities/customer.ts';
import { returnVisitStatsWrite } from '../../shared/entities/survey.ts';
import { ticketFromItem, ticketSubject, ticketWrites, type Ticket } from '../../shared/entities/ticket.ts';
import type { User } from '../../shared/entities/user.ts';
import { conflictError, forbiddenError, notFoundError, unprocessableError } from '../../shared/errors.ts';
import { keys } from '../../shared/keys.ts';
import { localDateTimeText, localDay } from '../../shared/local-time.ts';
import { prepareNotification, type PreparedNotification } from '../../shared/notifications/prepare.ts';
import { policyInForce, type PolicyRef } from '../../shared/policies/policy-store.ts';
import { canSeeRegion } from '../../shared/tenancy.ts';
import { tenantTimeZone } from '../../shared/tenant-profile.ts';
import { customerSubject } from '../customers/customer-plans.ts';
import { getCustomer } from '../customers/customer-scope.ts';
import { checkExpected, type Expected } from '../customers/expected.ts';
import { computeDeadlines, type ComputedDeadlines } from './deadlines.ts';
import { decide, type Restarted } from './workflow.ts';

/** Calls are recorded after the fact, never ahead of it: a receivedAt this far past the server's clock is refused. */
export const RECEIVED_AT_SKEW_MS = 2 * 60_000;

const field422 = (code: string, field: string, message: string, params: Record<string, string | number> = {}) =>
  unprocessableError(code, `${field}: ${message}`, { field, ...params }, { fields: [{ field, message }] });

export interface Preview extends ComputedDeadlines {
  kind: Ticket['kind'];
  priority: TicketPriority;
  receivedAt: Date;
  policy: PolicyRef;
  /** The `tickets.sla` version in force at receipt, and its warning point. */
  sla: { ref: PolicyRef; warnAtPercent: number };
  customer: Customer;
  timeZone: string;
}

/**
 * Tickets bound to one tenant (the TenantStore) and one caller, whose region scope it enforces:
 * the customer must be one the caller sees, and so must the ticket (it carries the customer's region).
 */
export class TicketService {
  constructor(readonly store: TenantStore) {}

  /** The deadlines an intake would get, from the policy in force when the customer called and the tenant's calendar. Writes nothing. */
  async preview(input: TicketIntake, now = this.store.clock()): Promise<Preview> {
    const receivedAt = input.receivedAt ? new Date(input.receivedAt) : now;
    if (receivedAt.getTime() > now.getTime() + RECEIVED_AT_SKEW_MS) throw field422('received-in-future', 'receivedAt', 'must not be in the future (when the customer called or wrote)');
    const timeZone = await tenantTimeZone(this.store);
    // The deadlines run on the business calendar of the year received and the next. (The UTC
    // guard first: local dates of years far before it are not reliable.)
    const year = receivedAt.getUTCFullYear() < MIN_CALENDAR_YEAR - 1 ? 0 : Number(localDay(receivedAt, timeZone).slice(0, 4));
    if (year < MIN_CALENDAR_YEAR) throw field422('received-before-calendar', 'receivedAt', `must be in ${MIN_CALENDAR_YEAR} or later (where the business calendar begins)`);
    const customer = await getCustomer(this.store, input.customerId);
    const priority: TicketPriority = input.kind === 'emergency' ? 'urgent' : (input.priority ?? 'normal');
    const [policy, sla, calendar] = await Promise.all([
      policyInForce(this.store, ticketsDeadlinesPolicy, receivedAt),
      policyInForce(this.store, ticketsSlaPolicy, receivedAt),
      loadBusinessCalendar(this.store, { from: year, to: year + 1 }),
    ]);
    const computed = computeDeadlines({ kind: input.kind, priority, referred: input.kind === 'inquiry' && input.referred === true, receivedAt }, policy.values, calendar, sla.values.warnAtPercent);
    return { ...computed, kind: input.kind, priority, receivedAt, policy: policy.ref, sla: { ref: sla.ref, warnAtPercent: sla.values.warnAtPercent }, customer, timeZone };
  }

  /** Intake: the ticket, its audit on the ticket's and the customer's history, its event and, for an emergency, the on-call notice — one transaction. */
  async create(input: TicketIntake): Promise<Ticket> {
    const { ticket, ...change } = await this.plan(input);
    await this.store.commit(change);
    return ticket;
  }

  /** The intake's writes, audit and events, for a caller that commits them with its own change (a low survey score's follow-up). */
  async plan(input: TicketIntake, now = this.store.clock()): Promise<{ ticket: Ticket; writes: WriteOp[]; audit: AuditEntry[]; events: OutboxEvent[] }> {
    const p = await this.preview(input, now);
    const actor = this.store.ctx.principal;
    const ticket: Ticket = {
      id: ulid(now.getTime()),
      kind: input.kind,
      status: 'received',
      priority: p.priority,
      channel: input.channel,
      customerId: p.customer.id,
      regionId: p.customer.regionId,
      specialCare: isSpecialCare(p.customer),
      description: input.description,
      referred: input.kind === 'inquiry' && input.referred === true,
      receivedAt: p.receivedAt.toISOString(),
      deadlines: p.deadlines,
      met: {},
      policy: p.policy,
      unofficialYears: p.unofficialYears,
      escalation: { level: 0, history: [] },
      paused: null,
      pauses: [],
      assignee: null,
      resolution: null,
      reply: null,
      closedAt: null,
      returnVisit: null,
      reopens: [],
      firstTimeFix: true,
      sla: { policy: p.sla.ref, warnAtPercent: p.sla.warnAtPercent, warnAt: p.warnAt, warned: {}, breached: {}, missed: [], escalations: [] },
      createdBy: { kind: actor.kind, id: actor.id, name: actor.name },
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
      version: 1,
    };
    const notice = ticket.kind === 'emergency' ? await this.emergencyNotice(ticket, p.customer, now) : undefined;
    const detail = { kind: ticket.kind, priority: ticket.priority, channel: ticket.channel, receivedAt: ticket.receivedAt, deadlines: ticket.deadlines, policy: ticket.policy };
    return {
      ticket,
      writes: [
        ...ticketWrites(this.store.tenantId, ticket, { writtenAt: now, timeZone: p.timeZone, condition: absent(conflictError('ticket-exists', 'A ticket with this id exists', { id: ticket.id })) }),
        ...(notice?.writes ?? []),
      ],
      audit: [
        { action: 'ticket.received', subject: ticketSubject(ticket.id), summary: `${ticket.kind} via ${ticket.channel}`, detail },
        { action: 'ticket.received', subject: customerSubject(ticket.customerId), summary: `${ticket.kind} ticket ${ticket.id}`, detail: { ticketId: ticket.id, ...detail } },
        ...(notice ? [notice.audit] : []),
      ],
      events: [{ type: 'ticket.received', data: { ticketId: ticket.id, customerId: ticket.customerId, regionId: ticket.regionId, kind: ticket.kind, priority: ticket.priority, deadlines: ticket.deadlines } }, ...(notice?.events ?? [])],
    };
  }

  /** A ticket the caller may see; another tenant's, another region's or a missing one is 404. */
  async get(id: string, consistent = false): Promise<Ticket> {
    const item = await this.store.get(keys.ticket(this.store.tenantId, id), consistent);
    if (!item || !canSeeRegion(this.store.ctx.principal, String(item.regionId))) throw notFoundError('Ticket', { id });
    return ticketFromItem(item);
  }

  /** An action of the workflow under the version read; a refused one is 409 `illegal-transition` with the reason. */
  async act(id: string, command: TicketActionRequest, expected?: Expected): Promise<Ticket> {
    const current = await this.get(id, true);
    checkExpected(current.version, expected, 'ticket');
    this.checkFieldWork(current, command.action);
    if (command.action === 'dispatch') await this.checkAssignee(command.assignee, current.regionId);
    const now = this.store.clock();
    const by = this.store.ctx.principal.id;
    const restarted = command.action === 'reopen' ? await this.restartedDeadlines(current, now) : undefined;
    const decision = decide(current, command, { now, by, restarted });
    if (!decision.ok) throw conflictError('illegal-transition', decision.reason, { action: command.action, status: current.status, reason: decision.reason });
    const next: Ticket = { ...decision.next, version: current.version + 1, updatedAt: now.toISOString() };
    const { action, version: _version, ...facts } = command;
    const summary = decision.from !== decision.to ? `${action}: ${decision.from} → ${decision.to}` : action;
    const detail: Record<string, unknown> = { from: decision.from, to: decision.to, ...facts, ...(action === 'resume' || action === 'reopen' ? { deadlines: next.deadlines } : {}) };
    const audit: AuditEntry[] = [
      { action: `ticket.${action}`, subject: ticketSubject(id), summary, detail },
      { action: `ticket.${action}`, subject: customerSubject(current.customerId), summary: `${current.kind} ticket ${id}: ${summary}`, detail: { ticketId: id, ...detail } },
    ];
    const timeZone = await tenantTimeZone(this.store);
    // A return visit counts in the tenant's satisfaction figures of its month (shared/entities/survey.ts).
    const visit = command.action === 'return-visit' ? [returnVisitStatsWrite(this.store.tenantId, next, localDay(now, timeZone).slice(0, 7), command.satisfied)] : [];
    await this.store.commit({
      writes: [...ticketWrites(this.store.tenantId, next, { previous: current, writtenAt: now, timeZone, condition: versionIs(current.version, 'ticket') }), ...visit],
      audit,
      events: [{ type: `ticket.${action}`, data: { ticketId: id, customerId: current.customerId, regionId: current.regionId, kind: current.kind, from: decision.from, to: decision.to, escalationLevel: next.escalation.level, assignee: next.assignee } }],
    });
    return next;
  }

  /**
   * A reopen restarts the work: the resolve and result deadlines run again from the reopen, by the
   * rules the ticket was received under (the version in force at `receivedAt`; versions only take
   * effect ahead, so it is the one the ticket records) on the calendar of now.
   */
  private async restartedDeadlines(ticket: Ticket, now: Date): Promise<Restarted> {
    const year = Number(localDay(now, await tenantTimeZone(this.store)).slice(0, 4));
    const [policy, calendar] = await Promise.all([policyInForce(this.store, ticketsDeadlinesPolicy, ticket.receivedAt), loadBusinessCalendar(this.store, { from: year, to: year + 1 })]);
    const { deadlines, warnAt } = computeDeadlines({ kind: ticket.kind, priority: ticket.priority, referred: ticket.referred, receivedAt: now }, policy.values, calendar, ticket.sla.warnAtPercent);
    const restarted: Restarted = {};
    for (const name of ['resolve', 'result'] as const) if (ticket.deadlines[name] && deadlines[name] && warnAt[name]) restarted[name] = { at: deadlines[name], warnAt: warnAt[name] };
    return restarted;
  }

  /** Field staff work the tickets dispatched to them, on site (FIELD_ACTIONS); the desk does the rest. */
  private checkFieldWork(ticket: Ticket, action: TicketActionRequest['action']): void {
    const { principal } = this.store.ctx;
    if (principal.kind !== 'user' || !principal.roles.includes('field') || principal.roles.some((r) => r !== 'field')) return;
    if (!FIELD_ACTIONS.includes(action)) throw forbiddenError('field-action', `Field staff may ${FIELD_ACTIONS.join(', ')}; ${action} is the desk's`, { action });
    if (ticket.assignee !== principal.id) throw forbiddenError('not-assigned', `The ticket is not dispatched to you`, { assignee: ticket.assignee });
  }

  /** A work order goes to an enabled field user of the ticket's region. */
  private async checkAssignee(username: string, regionId: string): Promise<void> {
    const user = await this.store.get<User>(keys.user(this.store.tenantId, username));
    if (!user || user.disabled || !user.roles.includes('field') || (user.regions !== undefined && !user.regions.includes(regionId))) {
      throw field422('assignee-not-eligible', 'assignee', `${username} is not an enabled field user of region ${regionId}`, { assignee: username, regionId });
    }
  }

  /** The on-call crew is told of an emergency in the ticket's own transaction (a service notice: never held). */
  private async emergencyNotice(ticket: Ticket, customer: Customer, at: Date): Promise<PreparedNotification> {
    const [dispatch, timeZone] = await Promise.all([policyInForce(this.store, ticketsDispatchPolicy, at), tenantTimeZone(this.store)]);
    const onCall = dispatch.values.onCall;
    return prepareNotification(this.store, {
      template: 'ticket.emergency',
      channel: onCall.channel,
      recipient: { kind: 'staff', username: 'on-call', name: onCall.name, ...(onCall.phone ? { phone: onCall.phone } : {}) },
      subject: ticketSubject(ticket.id),
      params: { name: onCall.name, ticketId: ticket.id, time: localDateTimeText(new Date(ticket.receivedAt), timeZone), address: customer.address, description: ticket.description },
      category: 'service',
      at,
    });
  }
}
