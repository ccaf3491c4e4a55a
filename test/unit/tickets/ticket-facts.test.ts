import { kpiFactWrites } from '../../../shared/entities/kpi-facts.ts';
import type { Ticket } from '../../../shared/entities/ticket.ts';
import { missedDeadlines, ticketFacts } from '../../../shared/entities/ticket-facts.ts';
import { kpiShard } from '../../../shared/keys.ts';
import { aTicket } from './ticket-fixture.ts';

/**
 * What a ticket adds to the assessments' counters (hand-computed): a repair received Wednesday
 * 2026-09-30 23:30 Asia/Shanghai (15:30 UTC) — Q3 in the tenant's time zone though it is 15:30 UTC —
 * with deadlines acknowledge 01:30, on site 05:30, resolve 23:30 the next day.
 */
const TZ = 'Asia/Shanghai';
const L = (local: string) => new Date(`${local}:00+08:00`).toISOString();
const at = (local: string) => new Date(L(local));

const repair: Ticket = aTicket({
  status: 'dispatched',
  receivedAt: L('2026-09-30T23:30'),
  deadlines: { acknowledge: L('2026-10-01T01:30'), onSite: L('2026-10-01T05:30'), resolve: L('2026-10-01T23:30') },
  met: { acknowledge: L('2026-10-01T00:10') },
  assignee: 'wang.li',
});

const complaint: Ticket = { ...repair, kind: 'complaint', assignee: null, deadlines: { reply: L('2026-10-09T23:30'), result: L('2026-10-14T23:30') }, met: {} };

const R = 'region:r-east';
const S = 'staff:r-east:wang.li';

type Row = [string, Ticket, string, Record<string, Record<string, number>>, string[]];

describe('ticket KPI facts', () => {
  it.each<Row>([
    ['a repair on time so far counts for its region and field user', repair, '2026-10-01T02:00', { [R]: { repairs: 1, repairsOnTime: 1 }, [S]: { repairs: 1, repairsOnTime: 1 } }, []],
    ['a repair whose on-site deadline passed unmet is not on time, and is in the drill-down', repair, '2026-10-01T06:00', { [R]: { repairs: 1 }, [S]: { repairs: 1 } }, [`repair-timeliness|${R}|onSite`, `repair-timeliness|${S}|onSite`]],
    ['a deadline met late counts as missed after it is met', { ...repair, met: { ...repair.met, onSite: L('2026-10-01T06:10') } }, '2026-10-01T07:00', { [R]: { repairs: 1 }, [S]: { repairs: 1 } }, [`repair-timeliness|${R}|onSite`, `repair-timeliness|${S}|onSite`]],
    ['a paused repair is not late while paused', { ...repair, paused: { since: L('2026-10-01T02:00'), reason: 'no-access', note: null } }, '2026-10-01T06:00', { [R]: { repairs: 1, repairsOnTime: 1 }, [S]: { repairs: 1, repairsOnTime: 1 } }, []],
    [
      'a repair reopened within 30 days was resolved but not fixed first time',
      { ...repair, status: 'reopened', firstTimeFix: false, reopens: [{ at: L('2026-10-03T09:00'), reason: '仍漏气', withinThirtyDays: true }], met: { acknowledge: L('2026-10-01T00:10'), onSite: L('2026-10-01T03:00') }, deadlines: { ...repair.deadlines, resolve: L('2026-10-04T09:00') } },
      '2026-10-03T10:00',
      { [R]: { repairs: 1, repairsOnTime: 1, repairsResolved: 1 }, [S]: { repairs: 1, repairsOnTime: 1, repairsResolved: 1 } },
      [`first-time-fix|${R}|仍漏气`, `first-time-fix|${S}|仍漏气`],
    ],
    [
      'a closed repair without its return visit is in the return-visit drill-down; with it, it is not',
      { ...repair, status: 'closed', resolution: '更换减压阀', closedAt: L('2026-10-01T10:00'), met: { acknowledge: L('2026-10-01T00:10'), onSite: L('2026-10-01T03:00'), resolve: L('2026-10-01T09:00') } },
      '2026-10-01T10:00',
      { [R]: { repairs: 1, repairsOnTime: 1, repairsResolved: 1, fixedFirstTime: 1, closed: 1 }, [S]: { repairs: 1, repairsOnTime: 1, repairsResolved: 1, fixedFirstTime: 1 } },
      [`return-visit-rate|${R}|closed ${L('2026-10-01T10:00')}`],
    ],
    ['a complaint not replied to, before its deadline, is not due yet', complaint, '2026-10-05T10:00', {}, []],
    ['a complaint replied in time counts as replied on time', { ...complaint, status: 'replied', met: { reply: L('2026-10-02T10:00') } }, '2026-10-05T10:00', { [R]: { repliesDue: 1, repliedOnTime: 1 } }, []],
    ['a complaint past its reply deadline without a reply is due and late', complaint, '2026-10-10T00:00', { [R]: { repliesDue: 1 } }, [`reply-rate|${R}|no reply`]],
  ])('%s', (_, ticket, local, counters, marks) => {
    const { facts } = ticketFacts(ticket, at(local), TZ);
    expect(facts.month).toBe('2026-09');
    expect(facts.counters).toEqual(counters);
    expect(facts.marks).toEqual(marks);
  });

  it('names the deadlines missed: recorded by the sweep even when met since', () => {
    const swept = { ...repair, met: { ...repair.met, onSite: L('2026-10-01T05:00') }, sla: { ...repair.sla, missed: [{ deadline: 'onSite' as const, at: L('2026-10-01T05:30') }] } };
    expect(missedDeadlines(swept, at('2026-10-01T06:00'))).toEqual(['onSite']);
    expect(missedDeadlines(repair, at('2026-10-01T02:00'))).toEqual([]);
  });

  it('writes the difference only: a repair going late moves one counter per unit and adds its drill-down items; back on time removes them', () => {
    const onTime = ticketFacts(repair, at('2026-10-01T02:00'), TZ);
    const late = ticketFacts(repair, at('2026-10-01T06:00'), TZ);
    const subject = { type: 'ticket' as const, id: repair.id, regionId: 'r-east', staff: 'wang.li', at: repair.receivedAt, ticketKind: 'repair' };
    const pk = `T#demo#KPI#2026-09#${kpiShard(repair.id)}`;
    const first = kpiFactWrites('demo', subject, undefined, onTime.facts, onTime.marks);
    expect(first).toEqual([
      expect.objectContaining({ kind: 'update', key: { pk, sk: R }, add: { repairs: 1, repairsOnTime: 1 } }),
      expect.objectContaining({ kind: 'update', key: { pk, sk: S }, add: { repairs: 1, repairsOnTime: 1 } }),
    ]);
    const worse = kpiFactWrites('demo', subject, onTime.facts, late.facts, late.marks);
    expect(worse.filter((w) => w.kind === 'update').map((w) => (w as { add: unknown }).add)).toEqual([{ repairsOnTime: -1 }, { repairsOnTime: -1 }]);
    expect(worse.filter((w) => w.kind === 'put').map((w) => (w as { item: { pk: string; sk: string } }).item)).toEqual([
      expect.objectContaining({ pk: `T#demo#KPIITEM#2026-09#repair-timeliness#${R}`, sk: `${repair.receivedAt}#${repair.id}`, reason: 'deadline-missed', detail: 'onSite' }),
      expect.objectContaining({ pk: `T#demo#KPIITEM#2026-09#repair-timeliness#${S}` }),
    ]);
    expect(kpiFactWrites('demo', subject, late.facts, late.facts, late.marks)).toEqual([]);
    const back = kpiFactWrites('demo', subject, late.facts, onTime.facts, onTime.marks);
    expect(back.filter((w) => w.kind === 'delete')).toHaveLength(2);
  });

  it('writes the region\'s drill-down item again when the ticket is dispatched after it missed a deadline (the item shows who has it)', () => {
    const unassigned = { ...repair, assignee: null };
    const before = ticketFacts(unassigned, at('2026-10-01T06:00'), TZ);
    const after = ticketFacts(repair, at('2026-10-01T06:10'), TZ);
    const subject = { type: 'ticket' as const, id: repair.id, regionId: 'r-east', staff: 'wang.li', at: repair.receivedAt, ticketKind: 'repair' };
    const puts = kpiFactWrites('demo', subject, before.facts, after.facts, after.marks).filter((w) => w.kind === 'put');
    expect(puts.map((w) => (w as { item: unknown }).item)).toEqual([
      expect.objectContaining({ pk: `T#demo#KPIITEM#2026-09#repair-timeliness#${R}`, staff: 'wang.li' }),
      expect.objectContaining({ pk: `T#demo#KPIITEM#2026-09#repair-timeliness#${S}`, staff: 'wang.li' }),
    ]);
  });
});
