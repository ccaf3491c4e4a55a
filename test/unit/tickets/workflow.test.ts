import { decide, type Restarted } from '../../../functions/tickets/workflow.ts';
import { TICKET_ACTIONS, TICKET_STATUSES, type TicketAction, type TicketActionRequest, type TicketKind, type TicketStatus } from '../../../shared/contract/tickets.ts';
import type { Ticket } from '../../../shared/entities/ticket.ts';
import { aTicket } from './ticket-fixture.ts';

const NOW = new Date('2026-11-27T12:00:00+08:00');
const by = 'dispatcher';

const base: Ticket = aTicket({
  receivedAt: '2026-11-27T02:00:00.000Z',
  deadlines: { acknowledge: '2026-11-27T04:00:00.000Z', onSite: '2026-11-27T08:00:00.000Z', resolve: '2026-11-28T02:00:00.000Z' },
  sla: {
    policy: { section: 'tickets.sla', versionId: null, effectiveFrom: null },
    warnAtPercent: 80,
    warnAt: { acknowledge: '2026-11-27T03:36:00.000Z', onSite: '2026-11-27T06:48:00.000Z', resolve: '2026-11-27T21:12:00.000Z' },
    warned: {},
    breached: {},
    missed: [],
    escalations: [],
  },
});

/** A ticket of a kind in a status, with the facts that status implies. */
function ticket(kind: TicketKind, status: TicketStatus, extra: Partial<Ticket> = {}): Ticket {
  const done = ['resolved', 'replied', 'closed', 'return-visited'].includes(status);
  return {
    ...base,
    kind,
    status,
    ...(kind === 'complaint' ? { deadlines: { reply: '2026-11-29T02:00:00.000Z', result: '2026-12-04T02:00:00.000Z' } } : {}),
    ...(kind === 'inquiry' ? { deadlines: { reply: '2026-11-27T09:30:00.000Z' } } : {}),
    ...(['dispatched', 'on-site'].includes(status) || (done && kind !== 'inquiry') ? { assignee: 'field' } : {}),
    ...(done && kind !== 'inquiry' ? { resolution: '更换点火针' } : {}),
    ...(['replied', 'closed', 'return-visited'].includes(status) || (done && kind === 'inquiry') ? { reply: '已答复用户' } : {}),
    ...(['closed', 'return-visited'].includes(status) ? { closedAt: '2026-11-20T02:00:00.000Z' } : {}),
    ...(status === 'return-visited' ? { returnVisit: { satisfied: true, score: 5, note: null, at: '2026-11-21T02:00:00.000Z' } } : {}),
    ...extra,
  };
}

const COMMANDS: Record<TicketAction, TicketActionRequest> = {
  acknowledge: { action: 'acknowledge' },
  dispatch: { action: 'dispatch', assignee: 'field' },
  arrive: { action: 'arrive' },
  resolve: { action: 'resolve', resolution: '更换减压阀' },
  reply: { action: 'reply', message: '已修复，请放心使用' },
  escalate: { action: 'escalate', reason: '超时未处理' },
  pause: { action: 'pause', reason: 'no-access' },
  resume: { action: 'resume' },
  close: { action: 'close' },
  'return-visit': { action: 'return-visit', satisfied: true, score: 5 },
  reopen: { action: 'reopen', reason: '再次漏气' },
};

/**
 * Every action from every status, for each kind: the status it leads to, or `-` where the rules
 * refuse it. Columns: received, acknowledged, dispatched, on-site, resolved, replied, closed,
 * return-visited, reopened. `=` keeps the status (escalate, pause, a complaint's first reply).
 */
const S = TICKET_STATUSES;
const MATRIX: Record<TicketKind, Record<TicketAction, string>> = {
  repair: {
    acknowledge: 'acknowledged - - - - - - - acknowledged',
    dispatch: '- dispatched dispatched - - - - - dispatched',
    arrive: '- - on-site - - - - - -',
    resolve: '- - - resolved - - - - -',
    reply: '- - - - replied - - - -',
    escalate: '= = = = - - - - =',
    pause: '= = = = - - - - =',
    resume: '- - - - - - - - -',
    close: '- - - - closed closed - - -',
    'return-visit': '- - - - - - return-visited - -',
    reopen: '- - - - reopened reopened reopened reopened -',
  },
  emergency: {
    acknowledge: 'acknowledged - - - - - - - acknowledged',
    dispatch: 'dispatched dispatched dispatched - - - - - dispatched',
    arrive: '- - on-site - - - - - -',
    resolve: '- - - resolved - - - - -',
    reply: '- - - - replied - - - -',
    escalate: '= = = = - - - - =',
    pause: '- - - - - - - - -',
    resume: '- - - - - - - - -',
    close: '- - - - closed closed - - -',
    'return-visit': '- - - - - - return-visited - -',
    reopen: '- - - - reopened reopened reopened reopened -',
  },
  complaint: {
    acknowledge: 'acknowledged - - - - - - - acknowledged',
    dispatch: '- dispatched dispatched - - - - - dispatched',
    arrive: '- - on-site - - - - - -',
    resolve: '- resolved resolved resolved - - - - resolved',
    reply: '- = = = replied - - - =',
    escalate: '= = = = - - - - =',
    pause: '= = = = - - - - =',
    resume: '- - - - - - - - -',
    // A resolved complaint without a reply yet cannot close.
    close: '- - - - - closed - - -',
    'return-visit': '- - - - - - return-visited - -',
    reopen: '- - - - reopened reopened reopened reopened -',
  },
  inquiry: {
    acknowledge: 'acknowledged - - - - - - - acknowledged',
    dispatch: '- - - - - - - - -',
    arrive: '- - - - - - - - -',
    resolve: '- resolved resolved resolved - - - - resolved',
    reply: 'replied replied replied replied replied - - - replied',
    escalate: '= = = = - - - - =',
    pause: '= = = = - - - - =',
    resume: '- - - - - - - - -',
    close: '- - - - closed closed - - -',
    'return-visit': '- - - - - - return-visited - -',
    reopen: '- - - - reopened reopened reopened reopened -',
  },
};

const MATRIX_CASES = (Object.keys(MATRIX) as TicketKind[]).flatMap((kind) =>
  TICKET_ACTIONS.flatMap((action) => {
    const row = MATRIX[kind][action].split(' ');
    if (row.length !== S.length) throw new Error(`${kind} ${action}: ${row.length} columns, not ${S.length}`);
    return S.map((status, i) => [kind, action, status, row[i] === '=' ? status : row[i]!] as const);
  }),
);

describe('the ticket workflow: every action from every status', () => {
  it.each(MATRIX_CASES)('%s: %s when %s → %s', (kind, action, status, expected) => {
    const decision = decide(ticket(kind, status), COMMANDS[action], { now: NOW, by });
    if (expected === '-') expect(decision.ok).toBe(false);
    else expect(decision).toMatchObject({ ok: true, from: status, to: expected });
  });
});

type Case = [string, Ticket, TicketActionRequest, TicketStatus | RegExp, ((t: Ticket) => void)?, Restarted?];
const paused = { since: '2026-11-27T03:00:00.000Z', reason: 'waiting-for-customer' as const, note: null };

/** [case, ticket, action, the status after or the refusal's reason, what else must hold]. */
const CASES: Case[] = [
  ['acknowledging meets the acknowledge deadline', ticket('repair', 'received'), COMMANDS.acknowledge, 'acknowledged', (t) => expect(t.met.acknowledge).toBe(NOW.toISOString())],
  ['a repair is acknowledged before dispatch', ticket('repair', 'received'), COMMANDS.dispatch, /acknowledge the ticket before dispatching/],
  ['an emergency is dispatched at once, which meets its acknowledge deadline', ticket('emergency', 'received', { deadlines: { acknowledge: '2026-11-27T02:05:00.000Z', onSite: '2026-11-27T02:30:00.000Z' } }), COMMANDS.dispatch, 'dispatched', (t) => {
    expect(t.assignee).toBe('field');
    expect(t.met.acknowledge).toBe(NOW.toISOString());
  }],
  ['re-dispatch to another crew keeps the first acknowledgement', ticket('repair', 'dispatched', { met: { acknowledge: '2026-11-27T03:00:00.000Z' } }), { action: 'dispatch', assignee: 'field2' }, 'dispatched', (t) => {
    expect(t.assignee).toBe('field2');
    expect(t.met.acknowledge).toBe('2026-11-27T03:00:00.000Z');
  }],
  ['an inquiry is not dispatched', ticket('inquiry', 'acknowledged'), COMMANDS.dispatch, /an inquiry is answered, not dispatched/],
  ['arriving meets the on-site deadline', ticket('repair', 'dispatched'), COMMANDS.arrive, 'on-site', (t) => expect(t.met.onSite).toBe(NOW.toISOString())],
  ['a repair is resolved on site', ticket('repair', 'dispatched'), COMMANDS.resolve, /resolved on site: dispatch and arrive first/],
  ['resolving a complaint gives its result', ticket('complaint', 'acknowledged'), COMMANDS.resolve, 'resolved', (t) => {
    expect(t.met.result).toBe(NOW.toISOString());
    expect(t.resolution).toBe('更换减压阀');
  }],
  ["a complaint's first reply meets the reply deadline and keeps it open", ticket('complaint', 'acknowledged'), COMMANDS.reply, 'acknowledged', (t) => expect(t.met.reply).toBe(NOW.toISOString())],
  ['a complaint is acknowledged before the reply', ticket('complaint', 'received'), COMMANDS.reply, /acknowledge the complaint before replying/],
  ['a repair is replied to once resolved', ticket('repair', 'on-site'), COMMANDS.reply, /replied to once resolved/],
  ['an inquiry answered on the call', ticket('inquiry', 'received'), COMMANDS.reply, 'replied', (t) => expect(t.met.reply).toBe(NOW.toISOString())],
  ['closing needs a resolution', ticket('repair', 'resolved', { resolution: null }), COMMANDS.close, /closing needs a resolution/],
  ['a complaint closes only after a reply', ticket('complaint', 'resolved'), COMMANDS.close, /closed only after the customer has had a reply/],
  ['an inquiry closes on its reply', ticket('inquiry', 'replied'), COMMANDS.close, 'closed', (t) => expect(t.closedAt).toBe(NOW.toISOString())],
  ['a return visit records its result', ticket('complaint', 'closed'), { action: 'return-visit', satisfied: false, score: 2, note: '态度一般' }, 'return-visited', (t) => expect(t.returnVisit).toEqual({ satisfied: false, score: 2, note: '态度一般', at: NOW.toISOString() })],
  ['a reopen within 30 days counts against first-time fix', ticket('repair', 'closed'), COMMANDS.reopen, 'reopened', (t) => {
    expect(t.firstTimeFix).toBe(false);
    expect(t.reopens).toEqual([{ at: NOW.toISOString(), reason: '再次漏气', withinThirtyDays: true }]);
    expect(t.resolution).toBeNull();
    expect(t.closedAt).toBeNull();
  }],
  ['a reopen after 30 days does not', ticket('repair', 'closed', { closedAt: '2026-10-01T02:00:00.000Z' }), COMMANDS.reopen, 'reopened', (t) => {
    expect(t.firstTimeFix).toBe(true);
    expect(t.reopens[0]!.withinThirtyDays).toBe(false);
  }],
  ['a reopened repair is resolved on site again', ticket('repair', 'reopened'), COMMANDS.resolve, /resolved on site/],
  ['escalation goes to the department first', ticket('complaint', 'acknowledged'), COMMANDS.escalate, 'acknowledged', (t) => expect(t.escalation).toEqual({ level: 1, history: [{ level: 'department', at: NOW.toISOString(), reason: '超时未处理', by }] })],
  ['then to the company, then to the regulator', ticket('complaint', 'acknowledged', { escalation: { level: 1, history: [{ level: 'department', at: '2026-11-27T03:00:00.000Z', reason: 'x', by }] } }), COMMANDS.escalate, 'acknowledged', (t) => expect(t.escalation.history.map((h) => h.level)).toEqual(['department', 'company'])],
  ['not past the regulator', ticket('complaint', 'acknowledged', { escalation: { level: 3, history: [] } }), COMMANDS.escalate, /escalated to the regulator already/],
  ['a pause stops the clock with its reason', ticket('repair', 'dispatched'), { action: 'pause', reason: 'no-access', note: '家中无人' }, 'dispatched', (t) => expect(t.paused).toEqual({ since: NOW.toISOString(), reason: 'no-access', note: '家中无人' })],
  ['an emergency is never paused', ticket('emergency', 'dispatched'), COMMANDS.pause, /an emergency is never paused/],
  ['no pause while paused', ticket('repair', 'dispatched', { paused }), COMMANDS.pause, /the ticket is paused \(waiting-for-customer\)/],
  ['no work while paused', ticket('repair', 'dispatched', { paused }), COMMANDS.arrive, /resume it first/],
  ['escalation while paused', ticket('repair', 'dispatched', { paused }), COMMANDS.escalate, 'dispatched'],
  ['resume moves the deadlines not yet passed by the paused time, once', ticket('repair', 'dispatched', { paused, met: { acknowledge: '2026-11-27T02:30:00.000Z' } }), COMMANDS.resume, 'dispatched', (t) => {
    // Paused 03:00Z–04:00Z (NOW): one hour. acknowledge (04:00Z) had not passed at 03:00Z.
    expect(t.deadlines).toEqual({ acknowledge: '2026-11-27T05:00:00.000Z', onSite: '2026-11-27T09:00:00.000Z', resolve: '2026-11-28T03:00:00.000Z' });
    expect(t.paused).toBeNull();
    expect(t.pauses).toEqual([{ from: paused.since, to: NOW.toISOString(), reason: 'waiting-for-customer' }]);
  }],
  ['resume moves the warnings and escalations still ahead, not those passed', ticket('repair', 'dispatched', {
    paused,
    sla: { ...base.sla, warnAt: { acknowledge: '2026-11-27T02:50:00.000Z', onSite: '2026-11-27T06:48:00.000Z' }, escalations: [{ level: 'company', at: '2026-11-27T05:00:00.000Z' }] },
  }), COMMANDS.resume, 'dispatched', (t) => {
    expect(t.sla.warnAt).toEqual({ acknowledge: '2026-11-27T02:50:00.000Z', onSite: '2026-11-27T07:48:00.000Z' });
    expect(t.sla.escalations).toEqual([{ level: 'company', at: '2026-11-27T06:00:00.000Z' }]);
  }],
  ['a reopen restarts the resolve deadline from now, with its warning, and forgets its breach but not the miss', ticket('repair', 'closed', {
    met: { acknowledge: '2026-11-27T03:00:00.000Z', onSite: '2026-11-27T05:00:00.000Z', resolve: '2026-11-28T05:00:00.000Z' },
    sla: { ...base.sla, breached: { resolve: '2026-11-28T02:00:00.000Z' }, warned: { resolve: '2026-11-27T21:12:00.000Z' }, missed: [{ deadline: 'resolve', at: '2026-11-28T02:00:00.000Z' }] },
  }), COMMANDS.reopen, 'reopened', (t) => {
    expect(t.deadlines.resolve).toBe('2026-11-28T04:00:00.000Z');
    expect(t.deadlines.acknowledge).toBe(base.deadlines.acknowledge);
    expect(t.met).toEqual({ acknowledge: '2026-11-27T03:00:00.000Z', onSite: '2026-11-27T05:00:00.000Z' });
    expect(t.sla.warnAt.resolve).toBe('2026-11-27T23:12:00.000Z');
    expect(t.sla.breached).toEqual({});
    expect(t.sla.warned).toEqual({});
    expect(t.sla.missed).toEqual([{ deadline: 'resolve', at: '2026-11-28T02:00:00.000Z' }]);
  }, { resolve: { at: '2026-11-28T04:00:00.000Z', warnAt: '2026-11-27T23:12:00.000Z' } }],
  ['resume of a ticket not paused', ticket('repair', 'dispatched'), COMMANDS.resume, /the ticket is not paused/],
  ['nothing on a closed ticket but a return visit or a reopen', ticket('repair', 'closed'), COMMANDS.acknowledge, /the ticket is closed/],
];

/**
 * Rows as objects: with tuple rows jest-each reads a test function that takes more parameters than
 * a row has values as one that wants a `done` callback, so the rows without a check would wait for
 * the test timeout (and those with one would get `done` as the check).
 */
const RULE_ROWS = CASES.map(([name, from, command, expected, check, restarted]) => ({ name, from, command, expected, check, restarted }));

describe('the ticket workflow: rules', () => {
  it.each(RULE_ROWS)('$name', ({ from, command, expected, check, restarted }) => {
    const decision = decide(from, command, { now: NOW, by, restarted });
    if (expected instanceof RegExp) {
      expect(decision.ok).toBe(false);
      if (!decision.ok) expect(decision.reason).toMatch(expected);
    } else {
      expect(decision).toMatchObject({ ok: true, to: expected });
      if (decision.ok) check?.(decision.next);
    }
  });

  it('never changes the ticket it was given', () => {
    const t = ticket('repair', 'dispatched', { paused });
    const before = JSON.stringify(t);
    decide(t, COMMANDS.resume, { now: NOW, by });
    expect(JSON.stringify(t)).toBe(before);
  });
});
