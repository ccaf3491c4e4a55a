import { addElapsed, addWorkingDays, addWorkingTime, endOfWorkingDay, type BusinessCalendar, type CalendarAnswer } from '../../shared/calendar/business-calendar.ts';
import type { TicketDeadlines, TicketKind, TicketPriority } from '../../shared/contract/tickets.ts';
import type { DeadlineRule, TicketsDeadlinesPolicy } from '../../shared/contract/tickets-policies.ts';

/**
 * A ticket's deadlines: pure, no store. The rules of each kind come from the `tickets.deadlines`
 * policy in force when the ticket was received; each rule names its clock, run on the tenant's
 * business calendar (shared/calendar/business-calendar.ts). docs/domain.md, "Service tickets".
 */
export interface DeadlineFacts {
  kind: TicketKind;
  priority: TicketPriority;
  /** An inquiry another department must answer. */
  referred?: boolean;
  receivedAt: Date;
}

export interface ComputedDeadlines {
  deadlines: TicketDeadlines;
  /** When each deadline's warning is due (`warnAtPercent` of it, on the same clock). */
  warnAt: TicketDeadlines;
  /** Years the arithmetic used that have no official calendar data (the ticket records them). */
  unofficialYears: number[];
}

/** The rules that apply to a ticket, by deadline name. */
export function rulesFor(facts: Pick<DeadlineFacts, 'kind' | 'priority' | 'referred'>, policy: TicketsDeadlinesPolicy): Partial<Record<keyof TicketDeadlines, DeadlineRule>> {
  switch (facts.kind) {
    case 'repair':
      return facts.priority === 'urgent' && policy.urgentRepair ? policy.urgentRepair : policy.repair;
    case 'emergency':
      return policy.emergency;
    case 'complaint':
      return policy.complaint;
    case 'inquiry':
      return { reply: facts.referred ? policy.inquiry.referredReply : policy.inquiry.reply };
  }
}

/** One deadline: the rule's clock from the instant received. */
export function deadlineOf(rule: DeadlineRule, receivedAt: Date, cal: BusinessCalendar): CalendarAnswer<Date> {
  switch (rule.clock) {
    case 'elapsed':
      return addElapsed(cal, receivedAt, rule.minutes, { postponeOverHolidays: rule.postponeOverHolidays ?? false, weekendsCount: rule.weekendsCount ?? true });
    case 'working':
      return addWorkingTime(cal, receivedAt, rule.minutes);
    case 'working-days':
      return addWorkingDays(cal, receivedAt, rule.days);
    case 'end-of-working-day':
      return endOfWorkingDay(cal, receivedAt);
  }
}

/**
 * When a deadline's warning is due: `percent` of the rule's amount on the rule's own clock (80 %
 * of 48 h postponed over holidays is 38.4 counted hours, not 80 % of the calendar span); for the
 * day-counting clocks, `percent` of the time from receipt to the deadline.
 */
export function warningOf(rule: DeadlineRule, receivedAt: Date, deadline: Date, percent: number, cal: BusinessCalendar): Date {
  if (rule.clock === 'elapsed' || rule.clock === 'working') return deadlineOf({ ...rule, minutes: Math.round((rule.minutes * percent) / 100) }, receivedAt, cal).value;
  return new Date(receivedAt.getTime() + Math.round(((deadline.getTime() - receivedAt.getTime()) * percent) / 100));
}

/** Every deadline of a ticket and its warning, in contract order, with the unofficial years any of them touched. */
export function computeDeadlines(facts: DeadlineFacts, policy: TicketsDeadlinesPolicy, cal: BusinessCalendar, warnAtPercent = 80): ComputedDeadlines {
  const deadlines: TicketDeadlines = {};
  const warnAt: TicketDeadlines = {};
  const years = new Set<number>();
  for (const [name, rule] of Object.entries(rulesFor(facts, policy)) as [keyof TicketDeadlines, DeadlineRule][]) {
    const answer = deadlineOf(rule, facts.receivedAt, cal);
    deadlines[name] = answer.value.toISOString();
    warnAt[name] = warningOf(rule, facts.receivedAt, answer.value, warnAtPercent, cal).toISOString();
    for (const y of answer.unofficialYears) years.add(y);
  }
  return { deadlines: ordered(deadlines), warnAt: ordered(warnAt), unofficialYears: [...years].sort((a, b) => a - b) };
}

export const DEADLINE_NAMES = ['acknowledge', 'onSite', 'resolve', 'reply', 'result'] as const satisfies readonly (keyof TicketDeadlines)[];

const ordered = (d: TicketDeadlines): TicketDeadlines => Object.fromEntries(DEADLINE_NAMES.filter((n) => d[n] !== undefined).map((n) => [n, d[n]]));

/**
 * A pause of `[pausedAt, resumedAt)` moves each deadline that had not passed when the pause began
 * by exactly the paused time; a deadline already passed stays (a breach is not undone by pausing).
 * Applied once, at the resume: the caller replaces the ticket's deadlines with the answer.
 */
export function shiftForPause<D extends TicketDeadlines>(deadlines: D, pausedAt: Date, resumedAt: Date): D {
  const out: TicketDeadlines = {};
  for (const name of DEADLINE_NAMES) {
    const at = deadlines[name];
    if (at !== undefined) out[name] = shiftInstant(at, pausedAt, resumedAt);
  }
  return out as D;
}

/** One instant under a pause of `[pausedAt, resumedAt)`: moved by the paused time if it had not passed when the pause began. */
export function shiftInstant(at: string, pausedAt: Date, resumedAt: Date): string {
  const paused = Math.max(0, resumedAt.getTime() - pausedAt.getTime());
  const t = Date.parse(at);
  return t > pausedAt.getTime() ? new Date(t + paused).toISOString() : at;
}

/** The earliest of the deadlines still ahead of the ticket (the sweep's key), or null. */
export function nextDeadline(deadlines: TicketDeadlines, met: readonly (keyof TicketDeadlines)[]): string | null {
  const open = DEADLINE_NAMES.filter((n) => deadlines[n] !== undefined && !met.includes(n)).map((n) => deadlines[n]!);
  return open.sort()[0] ?? null;
}
