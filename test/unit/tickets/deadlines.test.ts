import { computeDeadlines, nextDeadline, shiftForPause, type DeadlineFacts } from '../../../functions/tickets/deadlines.ts';
import { POLICY_PACKS } from '../../../functions/policies/packs.ts';
import type { TicketDeadlines } from '../../../shared/contract/tickets.ts';
import { ticketsDeadlinesPolicy, type TicketsDeadlinesPolicy } from '../../../shared/contract/tickets-policies.ts';
import { overDefaults } from '../../../shared/policies/policy-store.ts';
import { calendar2026, SPLIT_HOURS } from '../calendar/fixtures.ts';

const cal = calendar2026();
const defaults = ticketsDeadlinesPolicy.defaults;
/** Company 002's complaint rule, as its pack sets it over the defaults. */
const pack002 = overDefaults(defaults, POLICY_PACKS.find((p) => p.id === 'company-002-complaints')!.sections[0]!.values) as TicketsDeadlinesPolicy;
const urgentShorter: TicketsDeadlinesPolicy = {
  ...defaults,
  urgentRepair: { acknowledge: { clock: 'elapsed', minutes: 30 }, onSite: { clock: 'elapsed', minutes: 120 }, resolve: { clock: 'elapsed', minutes: 720 } },
};
const weekendsStop: TicketsDeadlinesPolicy = { ...defaults, complaint: { reply: { clock: 'elapsed', minutes: 2880, postponeOverHolidays: true, weekendsCount: false }, result: defaults.complaint.result } };
const workingHoursAck: TicketsDeadlinesPolicy = { ...defaults, repair: { ...defaults.repair, acknowledge: { clock: 'working', minutes: 120 } } };

/** Local time of Asia/Shanghai → ISO UTC. */
const at = (local: string) => new Date(`${local}:00+08:00`).toISOString();

type Case = [string, Omit<DeadlineFacts, 'receivedAt'> & { receivedAt: string }, TicketsDeadlinesPolicy, Record<string, string>, number[]?];
const n = { priority: 'normal' as const };

/** [case, ticket facts (local receivedAt), policy, expected deadlines (local), unofficial years]. */
const CASES: Case[] = [
  // Complaints: elapsed, postponed over holidays (节假日顺延); weekends count; make-up days count.
  ['complaint before 国庆: reply 48 h skips 10-01…07', { kind: 'complaint', ...n, receivedAt: '2026-09-30T10:00' }, defaults, { reply: '2026-10-09T10:00', result: '2026-10-14T10:00' }],
  ['complaint at 23:30 before 国庆', { kind: 'complaint', ...n, receivedAt: '2026-09-30T23:30' }, defaults, { reply: '2026-10-09T23:30', result: '2026-10-14T23:30' }],
  ['complaint received on a holiday starts counting when it ends', { kind: 'complaint', ...n, receivedAt: '2026-10-03T15:00' }, defaults, { reply: '2026-10-10T00:00', result: '2026-10-15T00:00' }],
  ['complaint before 春节: the make-up Saturday 02-14 counts, 02-15…23 do not', { kind: 'complaint', ...n, receivedAt: '2026-02-13T12:00' }, defaults, { reply: '2026-02-24T12:00', result: '2026-03-01T12:00' }],
  ['complaint on an ordinary Friday: the weekend counts', { kind: 'complaint', ...n, receivedAt: '2026-11-27T10:00' }, defaults, { reply: '2026-11-29T10:00', result: '2026-12-04T10:00' }],
  ['complaint, a policy where weekends stop the clock', { kind: 'complaint', ...n, receivedAt: '2026-11-27T10:00' }, weekendsStop, { reply: '2026-12-01T10:00', result: '2026-12-04T10:00' }],
  ["complaint under company 002's pack: reply in 3 days", { kind: 'complaint', ...n, receivedAt: '2026-09-30T10:00' }, pack002, { reply: '2026-10-10T10:00', result: '2026-10-14T10:00' }],
  // Repairs and emergencies: plain elapsed time, holidays or not.
  ['repair at 23:30 before a holiday: 24×7', { kind: 'repair', ...n, receivedAt: '2026-09-30T23:30' }, defaults, { acknowledge: '2026-10-01T01:30', onSite: '2026-10-01T05:30', resolve: '2026-10-01T23:30' }],
  ['repair on a Saturday', { kind: 'repair', ...n, receivedAt: '2026-11-28T09:00' }, defaults, { acknowledge: '2026-11-28T11:00', onSite: '2026-11-28T15:00', resolve: '2026-11-29T09:00' }],
  ['urgent repair without urgent deadlines: as repairs', { kind: 'repair', priority: 'urgent', receivedAt: '2026-11-27T10:00' }, defaults, { acknowledge: '2026-11-27T12:00', onSite: '2026-11-27T16:00', resolve: '2026-11-28T10:00' }],
  ['urgent repair under a policy with shorter ones', { kind: 'repair', priority: 'urgent', receivedAt: '2026-11-27T10:00' }, urgentShorter, { acknowledge: '2026-11-27T10:30', onSite: '2026-11-27T12:00', resolve: '2026-11-27T22:00' }],
  ['normal repair under that policy keeps the repair deadlines', { kind: 'repair', ...n, receivedAt: '2026-11-27T10:00' }, urgentShorter, { acknowledge: '2026-11-27T12:00', onSite: '2026-11-27T16:00', resolve: '2026-11-28T10:00' }],
  ['repair acknowledged in working hours (a working clock): Friday 17:00 + 2 h', { kind: 'repair', ...n, receivedAt: '2026-11-27T17:00' }, workingHoursAck, { acknowledge: '2026-11-30T10:00', onSite: '2026-11-27T23:00', resolve: '2026-11-28T17:00' }],
  ['emergency on the first day of 春节, 03:00', { kind: 'emergency', priority: 'urgent', receivedAt: '2026-02-17T03:00' }, defaults, { acknowledge: '2026-02-17T03:05', onSite: '2026-02-17T03:30' }],
  // Inquiries: the same working day; another department's: 2 working days.
  ['inquiry on a working day in working hours', { kind: 'inquiry', ...n, receivedAt: '2026-11-27T15:00' }, defaults, { reply: '2026-11-27T17:30' }],
  ['inquiry at 18:00 on Friday: end of Monday', { kind: 'inquiry', ...n, receivedAt: '2026-11-27T18:00' }, defaults, { reply: '2026-11-30T17:30' }],
  ['inquiry on the make-up Saturday 10-10', { kind: 'inquiry', ...n, receivedAt: '2026-10-10T10:00' }, defaults, { reply: '2026-10-10T17:30' }],
  ['inquiry at 18:00 before 国庆: the first working day after', { kind: 'inquiry', ...n, receivedAt: '2026-09-30T18:00' }, defaults, { reply: '2026-10-08T17:30' }],
  ['inquiry at 23:30 on the Friday before 春节: the make-up Saturday', { kind: 'inquiry', ...n, receivedAt: '2026-02-13T23:30' }, defaults, { reply: '2026-02-14T17:30' }],
  ["another department's question, Friday 15:00", { kind: 'inquiry', ...n, referred: true, receivedAt: '2026-11-27T15:00' }, defaults, { reply: '2026-12-01T17:30' }],
  ["another department's question before 国庆", { kind: 'inquiry', ...n, referred: true, receivedAt: '2026-09-30T10:00' }, defaults, { reply: '2026-10-09T17:30' }],
  ["another department's question before 春节: 02-14 (make-up) and 02-24", { kind: 'inquiry', ...n, referred: true, receivedAt: '2026-02-13T10:00' }, defaults, { reply: '2026-02-24T17:30' }],
  ['the make-up Sunday 09-20 is a working day', { kind: 'inquiry', ...n, receivedAt: '2026-09-20T09:00' }, defaults, { reply: '2026-09-20T17:30' }],
  // A year without official data is used, and said so.
  ['inquiry at 18:00 on 12-31: 2027 has no data loaded', { kind: 'inquiry', ...n, receivedAt: '2026-12-31T18:00' }, defaults, { reply: '2027-01-01T17:30' }, [2027]],
];

describe('ticket deadlines', () => {
  it.each(CASES)('%s', (_name, facts, policy, expected, unofficial = []) => {
    const result = computeDeadlines({ ...facts, receivedAt: new Date(at(facts.receivedAt)) }, policy, cal);
    expect(result.deadlines).toEqual(Object.fromEntries(Object.entries(expected).map(([k, v]) => [k, at(v)])));
    expect(result.unofficialYears).toEqual(unofficial);
  });

  it('follow split working hours of the calendar', () => {
    const split = calendar2026(SPLIT_HOURS);
    const result = computeDeadlines({ kind: 'repair', priority: 'normal', receivedAt: new Date(at('2026-11-27T11:00')) }, workingHoursAck, split);
    // 11:00–12:00 (60 min), then 13:30 + 60 min.
    expect(result.deadlines.acknowledge).toBe(at('2026-11-27T14:30'));
  });
});

describe('pauses', () => {
  const d: TicketDeadlines = { acknowledge: at('2026-11-27T10:00'), onSite: at('2026-11-27T14:00'), resolve: at('2026-11-28T10:00') };
  type PauseCase = [string, string, string, TicketDeadlines];
  /** [case, paused at, resumed at (local), the deadlines after]. */
  const PAUSES: PauseCase[] = [
    ['a 2 h pause moves the deadlines not yet passed', '2026-11-27T12:00', '2026-11-27T14:00', { acknowledge: at('2026-11-27T10:00'), onSite: at('2026-11-27T16:00'), resolve: at('2026-11-28T12:00') }],
    ['a pause before every deadline moves them all', '2026-11-27T09:00', '2026-11-27T09:30', { acknowledge: at('2026-11-27T10:30'), onSite: at('2026-11-27T14:30'), resolve: at('2026-11-28T10:30') }],
    ['a deadline at the very instant of the pause has passed', '2026-11-27T14:00', '2026-11-27T15:00', { acknowledge: at('2026-11-27T10:00'), onSite: at('2026-11-27T14:00'), resolve: at('2026-11-28T11:00') }],
    ['a pause of 8 days moves by elapsed time, holidays or weekends alike', '2026-11-27T08:00', '2026-12-05T08:00', { acknowledge: at('2026-12-05T10:00'), onSite: at('2026-12-05T14:00'), resolve: at('2026-12-06T10:00') }],
    ['a zero-length pause moves nothing', '2026-11-27T12:00', '2026-11-27T12:00', d],
    ['a pause after every deadline moves nothing', '2026-11-29T12:00', '2026-11-30T12:00', d],
  ];
  it.each(PAUSES)('%s', (_name, from, to, expected) => {
    expect(shiftForPause(d, new Date(at(from)), new Date(at(to)))).toEqual(expected);
  });

  it('moves by exactly the paused time', () => {
    const once = shiftForPause(d, new Date(at('2026-11-27T12:00')), new Date(at('2026-11-27T13:17')));
    expect(Date.parse(once.resolve!) - Date.parse(d.resolve!)).toBe(77 * 60_000);
  });
});

describe('the next deadline', () => {
  it('is the earliest not yet met', () => {
    const d: TicketDeadlines = { acknowledge: at('2026-11-27T10:00'), onSite: at('2026-11-27T14:00'), resolve: at('2026-11-28T10:00') };
    expect(nextDeadline(d, [])).toBe(d.acknowledge);
    expect(nextDeadline(d, ['acknowledge'])).toBe(d.onSite);
    expect(nextDeadline(d, ['acknowledge', 'onSite', 'resolve'])).toBeNull();
  });
});

describe('the warnings before the deadlines', () => {
  it.each([
    // 80 % of 48 h postponed over 国庆 is 38.4 counted hours: 14 h on 09-30, 24 h on 10-08, 24 min on 10-09.
    ['a complaint before 国庆: on the same clock', { kind: 'complaint' as const, receivedAt: '2026-09-30T10:00' }, { reply: '2026-10-09T00:24', result: '2026-10-13T00:24' }],
    ['a repair: 80 % of each elapsed deadline', { kind: 'repair' as const, receivedAt: '2026-11-27T10:00' }, { acknowledge: '2026-11-27T11:36', onSite: '2026-11-27T14:48', resolve: '2026-11-28T05:12' }],
    // End of the working day: 80 % of the way from receipt to 17:30.
    ['an inquiry at 15:00: 80 % of the way to the end of the day', { kind: 'inquiry' as const, receivedAt: '2026-11-27T15:00' }, { reply: '2026-11-27T17:00' }],
  ])('%s', (_name, facts, expected) => {
    const { warnAt } = computeDeadlines({ ...facts, priority: 'normal', receivedAt: new Date(at(facts.receivedAt)) }, defaults, cal, 80);
    expect(warnAt).toEqual(Object.fromEntries(Object.entries(expected).map(([k, v]) => [k, at(v)])));
  });
});
