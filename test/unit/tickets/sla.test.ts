import { applyDue, type Happening } from '../../../functions/tickets/sla.ts';
import { ticketsSlaPolicy, type TicketsSlaPolicy } from '../../../shared/contract/tickets-sla-policy.ts';
import { nextSlaEvent, riskOf, ticketItem, ticketQueueSort, ticketTally, ticketWrites, type Ticket } from '../../../shared/entities/ticket.ts';
import { versionIs } from '../../../shared/db/tenant-store.ts';
import { aTicket } from './ticket-fixture.ts';
import { keys, ticketTallyShard } from '../../../shared/keys.ts';
import type { WriteOp } from '../../../shared/db/tenant-store.ts';

/** The writes but the assessments' KPI facts (test/unit/tickets/ticket-facts.test.ts covers those). */
const withoutKpi = (writes: WriteOp[]) => writes.filter((w) => !(w.kind === 'put' ? w.item.pk : w.key.pk).startsWith('T#demo#KPI'));

/**
 * The sweep's work on one ticket, pure: a repair received Friday 2026-11-27 10:00 (+08:00) with the
 * default deadlines (acknowledge 12:00, on site 16:00, resolved Saturday 10:00) and warnings at
 * 80 % of the time to each (11:36, 14:48, Saturday 05:12).
 */
const L = (local: string) => new Date(`${local}:00+08:00`).toISOString();
const defaults = ticketsSlaPolicy.defaults;

const repair: Ticket = aTicket({
  status: 'acknowledged',
  receivedAt: L('2026-11-27T10:00'),
  deadlines: { acknowledge: L('2026-11-27T12:00'), onSite: L('2026-11-27T16:00'), resolve: L('2026-11-28T10:00') },
  assignee: 'field',
  sla: {
    policy: { section: 'tickets.sla', versionId: null, effectiveFrom: null },
    warnAtPercent: 80,
    warnAt: { acknowledge: L('2026-11-27T11:36'), onSite: L('2026-11-27T14:48'), resolve: L('2026-11-28T05:12') },
    warned: {},
    breached: {},
    missed: [],
    escalations: [],
  },
});

const withSla = (sla: Partial<Ticket['sla']>, extra: Partial<Ticket> = {}): Ticket => ({ ...repair, ...extra, sla: { ...repair.sla, ...sla } });
const noDepartment: TicketsSlaPolicy = { ...defaults, escalation: { department: null, company: 60, regulator: null } };

type Row = { name: string; ticket: Ticket; asOf: string; policy?: TicketsSlaPolicy; happened: Happening[]; check?: (t: Ticket) => void };

const ROWS: Row[] = [
  { name: 'before the first warning: nothing', ticket: repair, asOf: L('2026-11-27T11:35'), happened: [] },
  {
    name: 'at 80 % of the time to a deadline: a warning',
    ticket: repair,
    asOf: L('2026-11-27T11:40'),
    happened: [{ kind: 'warned', deadline: 'acknowledge', due: L('2026-11-27T12:00') }],
    check: (t) => expect(t.sla.warned).toEqual({ acknowledge: L('2026-11-27T11:40') }),
  },
  {
    name: 'a late sweep past the deadline: no warning, the breach, and the department at once',
    ticket: repair,
    asOf: L('2026-11-27T12:10'),
    happened: [
      { kind: 'breached', deadline: 'acknowledge', due: L('2026-11-27T12:00') },
      { kind: 'escalated', level: 'department', deadline: 'acknowledge', due: L('2026-11-27T12:00') },
    ],
    check: (t) => {
      expect(t.sla.warned.acknowledge).toBe(L('2026-11-27T12:10'));
      expect(t.sla.breached).toEqual({ acknowledge: L('2026-11-27T12:00') });
      expect(t.sla.missed).toEqual([{ deadline: 'acknowledge', at: L('2026-11-27T12:00') }]);
      // Scheduled from the breach: department at once, company a day later, regulator three days later.
      expect(t.sla.escalations).toEqual([
        { level: 'department', at: L('2026-11-27T12:00') },
        { level: 'company', at: L('2026-11-28T12:00') },
        { level: 'regulator', at: L('2026-11-30T12:00') },
      ]);
      expect(t.escalation).toEqual({ level: 1, history: [{ level: 'department', at: L('2026-11-27T12:10'), reason: `the acknowledge deadline (${L('2026-11-27T12:00')}) was missed`, by: 'sla-sweep' }] });
    },
  },
  {
    name: 'a day after the breach, still unmet: the company (with the other deadlines missed meanwhile)',
    ticket: withSla(
      { warned: { acknowledge: L('2026-11-27T11:40') }, breached: { acknowledge: L('2026-11-27T12:00') }, missed: [{ deadline: 'acknowledge', at: L('2026-11-27T12:00') }], escalations: [{ level: 'department', at: L('2026-11-27T12:00') }, { level: 'company', at: L('2026-11-28T12:00') }] },
      { escalation: { level: 1, history: [] } },
    ),
    asOf: L('2026-11-28T12:00'),
    happened: [
      { kind: 'breached', deadline: 'onSite', due: L('2026-11-27T16:00') },
      { kind: 'breached', deadline: 'resolve', due: L('2026-11-28T10:00') },
      { kind: 'escalated', level: 'company', deadline: 'acknowledge', due: L('2026-11-27T12:00') },
    ],
    check: (t) => {
      expect(t.escalation.level).toBe(2);
      // The chain of the first breach goes on; later breaches do not restart it.
      expect(t.sla.escalations).toHaveLength(2);
    },
  },
  {
    name: 'a deadline met in time: no breach, the next warning is the one ahead',
    ticket: { ...repair, met: { acknowledge: L('2026-11-27T11:00') } },
    asOf: L('2026-11-27T12:30'),
    happened: [],
    check: (t) => expect(nextSlaEvent(t)).toEqual({ kind: 'warn', deadline: 'onSite', at: L('2026-11-27T14:48') }),
  },
  {
    name: 'met after its breach: the chain stops',
    ticket: withSla(
      { breached: { acknowledge: L('2026-11-27T12:00') }, escalations: [{ level: 'department', at: L('2026-11-27T12:00') }, { level: 'company', at: L('2026-11-28T12:00') }] },
      { met: { acknowledge: L('2026-11-27T12:30') }, escalation: { level: 1, history: [] }, deadlines: { acknowledge: L('2026-11-27T12:00') } },
    ),
    asOf: L('2026-11-29T12:00'),
    happened: [],
  },
  {
    name: 'escalated by hand to the company already: the breach schedules the regulator only',
    ticket: { ...repair, escalation: { level: 2, history: [] } },
    asOf: L('2026-11-27T12:05'),
    happened: [{ kind: 'breached', deadline: 'acknowledge', due: L('2026-11-27T12:00') }],
    check: (t) => expect(t.sla.escalations).toEqual([{ level: 'regulator', at: L('2026-11-30T12:00') }]),
  },
  {
    name: 'a policy without the department level: the company an hour after the breach',
    ticket: repair,
    asOf: L('2026-11-27T13:00'),
    policy: noDepartment,
    happened: [
      { kind: 'breached', deadline: 'acknowledge', due: L('2026-11-27T12:00') },
      { kind: 'escalated', level: 'company', deadline: 'acknowledge', due: L('2026-11-27T12:00') },
    ],
    check: (t) => expect(t.escalation.level).toBe(2),
  },
  { name: 'paused: nothing', ticket: { ...repair, paused: { since: L('2026-11-27T11:00'), reason: 'no-access', note: null } }, asOf: L('2026-11-28T12:00'), happened: [] },
  { name: 'closed: nothing', ticket: { ...repair, status: 'closed' }, asOf: L('2026-11-28T12:00'), happened: [] },
];

describe('the sweep on one ticket', () => {
  it.each(ROWS)('$name', ({ ticket, asOf, policy, happened, check }) => {
    const result = applyDue(ticket, new Date(asOf), policy ?? defaults);
    expect(result.happened).toEqual(happened);
    check?.(result.next);
  });

  it('does nothing twice: a second sweep as of the same time finds no work', () => {
    const once = applyDue(repair, new Date(L('2026-11-28T12:00')), defaults).next;
    expect(applyDue(once, new Date(L('2026-11-28T12:00')), defaults).happened).toEqual([]);
    expect(nextSlaEvent(once)).toEqual({ kind: 'escalate', level: 'regulator', deadline: 'acknowledge', at: L('2026-11-30T12:00') });
  });

  it('never changes the ticket it was given', () => {
    const before = JSON.stringify(repair);
    applyDue(repair, new Date(L('2026-11-30T12:00')), defaults);
    expect(JSON.stringify(repair)).toBe(before);
  });
});

describe('SLA risk', () => {
  it.each([
    [L('2026-11-27T11:00'), 'on-track'],
    [L('2026-11-27T11:36'), 'due-soon'],
    [L('2026-11-27T12:00'), 'breached'],
  ] as const)('as of %s: %s', (at, risk) => expect(riskOf(repair, new Date(at))).toBe(risk));

  it('none once closed', () => expect(riskOf({ ...repair, status: 'closed' }, new Date(L('2026-11-30T12:00')))).toBeNull());
});

describe('the sweep index entry', () => {
  it('is the hour and instant of the next work', () => {
    const item = ticketItem('demo', repair, new Date(L('2026-11-27T10:00')));
    expect(item).toMatchObject({ gsi5pk: 'T#demo#TICKETDUE#2026-11-27T03', gsi5sk: `${L('2026-11-27T11:36')}#${repair.id}` });
  });

  it('of work overdue already (recorded after the fact) is in the hour written, so the sweep still finds it', () => {
    const item = ticketItem('demo', repair, new Date(L('2026-11-27T15:20')));
    expect(item).toMatchObject({ gsi5pk: 'T#demo#TICKETDUE#2026-11-27T07', gsi5sk: `${L('2026-11-27T11:36')}#${repair.id}` });
  });

  it('is absent while paused or once closed', () => {
    expect(ticketItem('demo', { ...repair, paused: { since: L('2026-11-27T11:00'), reason: 'no-access', note: null } })).not.toHaveProperty('gsi5pk');
    expect(ticketItem('demo', { ...repair, status: 'closed' })).not.toHaveProperty('gsi5pk');
  });
});

describe('the queue entry and the figures, kept in step', () => {
  const TZ = 'Asia/Shanghai';
  const risk = keys.ticketRiskTallySort(ticketTallyShard(repair.id));
  const condition = versionIs(1, 'ticket');

  it.each([
    ['by its earliest unmet deadline', repair, `1#1#${L('2026-11-27T12:00')}#${repair.id}`],
    ['special care first', { ...repair, specialCare: true }, `1#0#${L('2026-11-27T12:00')}#${repair.id}`],
    ['urgent first', { ...repair, priority: 'urgent' as const }, `1#0#${L('2026-11-27T12:00')}#${repair.id}`],
    ['the next one once met', { ...repair, met: { acknowledge: L('2026-11-27T11:00') } }, `1#1#${L('2026-11-27T16:00')}#${repair.id}`],
    ['paused: by since when', { ...repair, paused: { since: L('2026-11-27T11:00'), reason: 'no-access' as const, note: null } }, `2#1#${L('2026-11-27T11:00')}#${repair.id}`],
    ['nothing due: last', { ...repair, status: 'resolved' as const, met: { acknowledge: L('2026-11-27T11:00'), onSite: L('2026-11-27T12:00'), resolve: L('2026-11-27T13:00') } }, `3#1#${repair.receivedAt}#${repair.id}`],
  ] as [string, Ticket, string][])('sorts %s', (_, t, sort) => expect(ticketQueueSort(t)).toBe(sort));

  it('counts an open ticket by its risk then, and an emergency on its local day', () => {
    expect(ticketTally(repair, new Date(L('2026-11-27T10:30')), TZ)).toEqual({ [risk]: { open: 1, onTrack: 1 } });
    expect(ticketTally(repair, new Date(L('2026-11-27T11:40')), TZ)).toEqual({ [risk]: { open: 1, atRisk: 1 } });
    expect(ticketTally({ ...repair, status: 'closed' }, new Date(L('2026-11-27T11:40')), TZ)).toEqual({});
    const emergency: Ticket = { ...repair, kind: 'emergency', receivedAt: L('2026-11-27T00:10'), deadlines: { onSite: L('2026-11-27T00:40') }, met: { onSite: L('2026-11-27T00:35') } };
    expect(ticketTally(emergency, new Date(L('2026-11-27T00:50')), TZ)).toMatchObject({ 'EMERGENCY#2026-11-27': { total: 1, open: 1, onSiteInTime: 1 } });
  });

  it('writes the ticket, its queue entry and the difference of its figures; closing deletes the entry', () => {
    const at = new Date(L('2026-11-27T10:30'));
    const first = withoutKpi(ticketWrites('demo', repair, { writtenAt: at, timeZone: TZ, condition }));
    expect(first.map((w) => w.kind)).toEqual(['put', 'put', 'update']);
    expect(first[1]).toMatchObject({ item: { pk: `T#demo#TICKET#${repair.id}`, sk: 'QUEUE', gsi1pk: 'T#demo#TICKETQ#REGION#r-east', gsi4pk: 'T#demo#TICKETQ#ASSIGNEE#field' } });
    expect(first[2]).toMatchObject({ kind: 'update', key: { pk: 'T#demo#TICKETSTATS#REGION#r-east', sk: risk }, add: { open: 1, onTrack: 1 } });
    const stored = { ...repair, tally: (first[0] as unknown as { item: Ticket }).item.tally, facts: (first[0] as unknown as { item: Ticket }).item.facts };
    const later = withoutKpi(ticketWrites('demo', { ...stored, version: 2 }, { previous: stored, writtenAt: new Date(L('2026-11-27T12:30')), timeZone: TZ, condition }));
    expect(later[2]).toMatchObject({ add: { onTrack: -1, breached: 1 } });
    const closed = withoutKpi(ticketWrites('demo', { ...stored, status: 'closed' }, { previous: stored, writtenAt: at, timeZone: TZ, condition }));
    expect(closed.map((w) => w.kind)).toEqual(['put', 'delete', 'update']);
    expect(closed[2]).toMatchObject({ add: { open: -1, onTrack: -1 } });
    expect(withoutKpi(ticketWrites('demo', { ...stored, version: 3 }, { previous: stored, writtenAt: at, timeZone: TZ, condition })).map((w) => w.kind)).toEqual(['put', 'put']);
  });
});
