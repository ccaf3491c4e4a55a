import { slaSweepJob } from '../../functions/tickets/jobs/sla-sweep.ts';
import { TenantStore } from '../../shared/db/tenant-store.ts';
import { localDay } from '../../shared/local-time.ts';
import { logger } from '../../shared/logger.ts';
import { systemContext } from '../../shared/tenancy.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { runJob } from '../support/jobs.ts';
import { caller, type Call } from '../support/retry.ts';
import { newCustomer } from './customers-fixtures.ts';

/**
 * The `sla-sweep` job over real HTTP and DynamoDB Local, moved through time with `asOf`: warnings
 * before a breach, breaches, escalation department → company with their notices, work only on
 * the tickets that have work due, nothing twice, and a crashed run resumed from its checkpoint.
 */
let app: TestApp;
let call: Call;
let admin: string;
let dispatcher: string;
let customerId: string;

const MIN = 60_000;
const iso = (ms: number) => new Date(ms).toISOString();
type TicketBody = { id: string; receivedAt: string; version: number; [k: string]: unknown };

beforeAll(async () => {
  app = await startTestApp({ customerScale: 0 });
  call = caller(app);
  admin = await app.login('demo', 'admin');
  dispatcher = await app.login('demo', 'dispatcher');
  customerId = (await call(admin, 'POST', '/v1/customers', newCustomer())).body.id;
});
afterAll(() => app.stop());

const file = async (token: string, body: Record<string, unknown>): Promise<TicketBody> => {
  const res = await call(token, 'POST', '/v1/tickets', { customerId, description: '灶具打不着火', channel: 'phone', ...body });
  expect(res.status).toBe(201);
  return res.body;
};
const get = async (id: string) => (await call(admin, 'GET', `/v1/tickets/${id}`)).body;
const sweep = async (asOf: number) => (await runJob(call, admin, 'sla-sweep', { asOf: iso(asOf) })).counts;
/** The ticket notices of a type written on the tenant-local day of `at`. */
const notices = async (type: string, ticketId: string, at: number) =>
  (await call(admin, 'GET', `/v1/notifications?type=${type}&day=${localDay(new Date(at), 'Asia/Shanghai')}&limit=100`)).body.items.filter((n: { subject: { id: string } }) => n.subject.id === ticketId);

describe('the sla-sweep', () => {
  it('is a scheduled job every 5 minutes', async () => {
    const jobs = (await call(admin, 'GET', '/v1/jobs')).body.items;
    expect(jobs).toContainEqual(expect.objectContaining({ name: 'sla-sweep', schedule: 'cron(0/5 * * * ? *)', timeZone: 'Asia/Shanghai' }));
  });

  it('warns, records the breach and escalates with the notices, only on the tickets with work due, and never twice', async () => {
    const late = await file(admin, { kind: 'repair' });
    const t0 = Date.parse(late.receivedAt);
    const onTime = await file(admin, { kind: 'repair' });
    await call(dispatcher, 'POST', `/v1/tickets/${onTime.id}/actions`, { action: 'acknowledge' });
    const paused = await file(admin, { kind: 'repair' });
    await call(dispatcher, 'POST', `/v1/tickets/${paused.id}/actions`, { action: 'acknowledge' });
    await call(dispatcher, 'POST', `/v1/tickets/${paused.id}/actions`, { action: 'pause', reason: 'waiting-for-customer' });
    // Not due for days: 80 % of 48 h.
    const complaints = await Promise.all([1, 2, 3].map(() => file(admin, { kind: 'complaint', description: '抄表员态度差' })));

    // 100 min: 80 % of the 2 h to the acknowledgement has passed on the one repair not acknowledged.
    const warning = await sweep(t0 + 100 * MIN);
    expect(warning).toMatchObject({ due: 1, swept: 1, warned: 1, breached: 0, escalated: 0, notices: 1 });
    expect((await get(late.id)).sla.warned).toEqual({ acknowledge: iso(t0 + 100 * MIN) });
    expect(await notices('ticket.deadline-warning', late.id, t0 + 100 * MIN)).toEqual([
      expect.objectContaining({ channel: 'phone-task', state: 'open', recipient: expect.objectContaining({ kind: 'staff', username: 'dispatch-desk' }), text: expect.stringContaining('确认时限') }),
    ]);
    // Again as of the same time: nothing to do, nothing told twice.
    expect(await sweep(t0 + 100 * MIN)).toMatchObject({ swept: 0, warned: 0, notices: 0 });
    expect(await notices('ticket.deadline-warning', late.id, t0 + 100 * MIN)).toHaveLength(1);

    // Past the deadline: the breach, and the department at once. The acknowledged one is on track.
    const breach = await sweep(t0 + 121 * MIN);
    expect(breach).toMatchObject({ due: 1, swept: 1, breached: 1, escalated: 1, notices: 1 });
    const breached = await get(late.id);
    expect(breached).toMatchObject({ version: late.version + 2, escalation: { level: 1, history: [expect.objectContaining({ level: 'department', by: 'sla-sweep' })] } });
    expect(breached.sla.breached).toEqual({ acknowledge: iso(t0 + 120 * MIN) });
    expect(breached.history.map((h: { action: string }) => h.action)).toEqual(expect.arrayContaining(['ticket.sla-warned', 'ticket.sla-breached', 'ticket.sla-escalated']));
    expect(await notices('ticket.escalated', late.id, t0 + 121 * MIN)).toEqual([expect.objectContaining({ recipient: expect.objectContaining({ username: 'escalation-department' }) })]);
    const timeline = (await call(admin, 'GET', `/v1/customers/${customerId}/timeline`)).body.items;
    expect(timeline).toContainEqual(expect.objectContaining({ action: 'ticket.sla-escalated', detail: expect.objectContaining({ ticketId: late.id, level: 'department' }) }));
    expect((await get(onTime.id)).sla).toMatchObject({ warned: {}, breached: {} });
    expect((await get(paused.id)).sla).toMatchObject({ warned: {}, breached: {} });
    for (const c of complaints) expect((await get(c.id)).version).toBe(1);

    // A day after the breach, still unacknowledged: the company; the other repairs' deadlines passed
    // too (the paused one's did not: its clock is stopped).
    const company = await sweep(t0 + (120 + 24 * 60 + 1) * MIN);
    expect(company).toMatchObject({ escalated: 2 });
    expect((await get(late.id)).escalation.level).toBe(2);
    const acknowledged = await get(onTime.id);
    const t1 = Date.parse(onTime.receivedAt);
    expect(acknowledged.sla.breached).toEqual({ onSite: iso(t1 + 6 * 60 * MIN), resolve: iso(t1 + 24 * 60 * MIN) });
    // Its own chain, from its first breach (on site): the department.
    expect(acknowledged.escalation).toMatchObject({ level: 1, history: [expect.objectContaining({ level: 'department', reason: expect.stringContaining('onSite') })] });
    expect((await get(paused.id)).sla).toMatchObject({ breached: {} });
  });

  it('sweeps a call recorded hours after the fact at once (its work is overdue already)', async () => {
    const now = Date.now();
    const t = await file(admin, { kind: 'repair', receivedAt: iso(now - 7 * 60 * MIN) });
    const counts = await sweep(now + MIN);
    expect(counts).toMatchObject({ swept: 1 });
    const swept = await get(t.id);
    // Acknowledge (5 h ago) and on site (1 h ago) missed, no warnings for them after the fact; the department told.
    expect(Object.keys(swept.sla.breached).sort()).toEqual(['acknowledge', 'onSite']);
    expect(swept.escalation.level).toBe(1);
    expect(swept.sla.warned).toMatchObject({ acknowledge: expect.any(String), onSite: expect.any(String) });
    expect(swept.history.map((h: { action: string }) => h.action)).not.toContain('ticket.sla-warned');
  });

  it('resumes a crashed run from its checkpoint and does each ticket once', async () => {
    const north = await app.login('north', 'admin');
    const northCustomer = (await call(north, 'POST', '/v1/customers', newCustomer({ regionId: 'n-1' }))).body.id;
    const receivedAt = iso(Date.now() - 3 * 60 * MIN);
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) ids.push((await call(north, 'POST', '/v1/tickets', { kind: 'repair', customerId: northCustomer, description: '表具漏气', channel: 'phone', receivedAt })).body.id);

    const store = new TenantStore(systemContext('north', 'sla-sweep', 'resume-test'));
    const job = slaSweepJob(1);
    const base = { ctx: store.ctx, store, asOf: new Date(), runId: 'resume-test', log: logger };
    const checkpoints: Record<string, unknown>[] = [];
    const crash = job.run({
      ...base,
      progress: async (p) => {
        // The first page with a ticket is written, its checkpoint never saved. (How many empty
        // hours come before it depends on the clock and on the scheduler's last run for north.)
        if (p.counts?.swept) throw new Error('worker lost');
        checkpoints.push(p.checkpoint!);
      },
    });
    await expect(crash).rejects.toThrow('worker lost');
    const resumed = await job.run({ ...base, resumeFrom: checkpoints.at(-1), progress: async () => {} });
    // The first attempt swept one ticket and was lost before its checkpoint: that ticket had left
    // the index, so the resumed attempt, from the last checkpoint saved, sweeps the other two.
    expect(resumed).toMatchObject({ swept: 2, escalated: 2 });
    for (const id of ids) {
      const t = (await call(north, 'GET', `/v1/tickets/${id}`)).body;
      expect(t.escalation.history).toHaveLength(1);
      expect(t.version).toBe(2);
    }
    const escalations = (await call(north, 'GET', `/v1/notifications?type=ticket.escalated&limit=100`)).body.items.filter((n: { subject: { id: string } }) => ids.includes(n.subject.id));
    expect(escalations).toHaveLength(3);
  });
});
