import { startTestApp, type TestApp } from '../support/app.ts';
import { runJob } from '../support/jobs.ts';

/**
 * GET /v1/dashboard, the console's home figures: scoped to the caller's regions in the data
 * path, `null` for capabilities without data, and the archive statistics summed per scope.
 */
let app: TestApp;
let admin: string;
let manager: string;

beforeAll(async () => {
  app = await startTestApp({ seed: 'demo', seedJobs: false }); // a store the nightly job has not run on yet
  [admin, manager] = await Promise.all([app.login('demo', 'admin'), app.login('demo', 'manager')]);
});
afterAll(() => app.stop());

const dashboard = async (token: string, query = '') => app.api(token, 'GET', `/v1/dashboard${query}`);

const runArchiveStats = () => runJob(app.api, admin, 'archive-stats');

describe('GET /v1/dashboard', () => {
  it('answers every role; capabilities without data are null', async () => {
    for (const user of ['admin', 'manager', 'dispatcher', 'agent', 'field']) {
      const res = await dashboard(await app.login('demo', user));
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ timeZone: 'Asia/Shanghai', inspectionsDue: null });
      // The demo's survey answers and return visits, by month, oldest first, each a share of 0–100.
      const trend = res.body.satisfactionTrend as { period: string; score: number; responses: number }[];
      expect(trend.length).toBeGreaterThan(1);
      expect(trend.map((p) => p.period)).toEqual([...trend.map((p) => p.period)].sort());
      for (const p of trend) expect(p.responses > 0 && p.score >= 0 && p.score <= 100).toBe(true);
      // The demo's tickets are counted as they are written (no job needed).
      expect(res.body.tickets).toMatchObject({ open: expect.any(Number), bySlaRisk: expect.any(Object) });
      expect(res.body.tickets.open).toBeGreaterThan(0);
      expect(res.body.emergenciesToday).toMatchObject({ total: expect.any(Number) });
      // The demo's read books are in r-east: its year of read cycles is on the card.
      expect(res.body.readCycles).toEqual([expect.objectContaining({ regionId: 'r-east', frozen: true })]);
    }
  });

  it('covers the regions the caller may see: all for an admin, their own for a manager', async () => {
    expect((await dashboard(admin)).body.regions).toEqual(['r-east', 'r-south', 'r-west']);
    expect((await dashboard(manager)).body.regions).toEqual(['r-east']);
  });

  it('narrows to one region on request, and treats another manager\'s region as not found', async () => {
    expect((await dashboard(admin, '?regionId=r-west')).body.regions).toEqual(['r-west']);
    expect((await dashboard(manager, '?regionId=r-east')).body.regions).toEqual(['r-east']);
    const other = await dashboard(manager, '?regionId=r-west');
    expect(other.status).toBe(404);
    expect(other.headers.get('content-type')).toContain('application/problem+json');
    const bad = await dashboard(admin, '?regionId=not%20a%20region');
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toBe('query.regionId');
    expect((await dashboard(admin, '?unknown=1')).status).toBe(400);
  });

  it('has no archive figures before the nightly job ran, then sums the statistics of the caller\'s regions', async () => {
    const created = [
      { regionId: 'r-east', class: 'residential', specialCare: { elderly: true } },
      { regionId: 'r-east', class: 'industrial' },
      { regionId: 'r-west', class: 'commercial' },
    ];
    expect((await dashboard(admin)).body.archive).toBeNull(); // the job has not run yet
    await runArchiveStats();
    const before = (await dashboard(admin)).body.archive; // the seed's customers
    for (const [i, c] of created.entries()) {
      const res = await app.api(admin, 'POST', '/v1/customers', { accountNumber: `DASH-${i}`, name: `看板用户${i}`, phone: `1370000000${i}`, address: `看板路 ${i} 号`, ...c });
      expect(res.status).toBe(201);
    }
    await runArchiveStats();

    const all = (await dashboard(admin)).body.archive;
    const mine = (await dashboard(manager)).body.archive;
    const west = (await dashboard(admin, '?regionId=r-west')).body.archive;
    expect(all.customers).toBe(before.customers + 3);
    expect(all.byRegion.map((r: { regionId: string }) => r.regionId)).toEqual(['r-east', 'r-south', 'r-west']);
    expect(mine.byRegion.map((r: { regionId: string }) => r.regionId)).toEqual(['r-east']);
    // The parts add up: by class, by state, and per region.
    for (const view of [all, mine, west]) {
      const sum = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);
      expect(sum(view.byClass)).toBe(view.customers);
      expect(sum(view.byState)).toBe(view.customers);
      expect(sum(view.metersByType)).toBe(view.meters);
      expect(view.byRegion.reduce((a: number, r: { customers: number }) => a + r.customers, 0)).toBe(view.customers);
    }
    expect(mine.customers + west.customers).toBeLessThanOrEqual(all.customers);
    expect(mine.customers).toBeGreaterThanOrEqual(2);
    expect(mine.specialCare).toBeGreaterThanOrEqual(1);
    expect(Date.parse(all.asOf)).toBeGreaterThan(Date.now() - 60_000);
  });

  it("counts a scope's open tickets by SLA risk from the tickets written, kept in step by actions and the sweep; null where no ticket was ever filed", async () => {
    expect((await app.api(admin, 'POST', '/v1/regions', { regionId: 'r-dash', name: '看板片区' })).status).toBe(201);
    expect((await dashboard(admin, '?regionId=r-dash')).body).toMatchObject({ tickets: null, emergenciesToday: null });
    const customerId = (await app.api(admin, 'POST', '/v1/customers', { accountNumber: 'DASH-T', name: '看板工单户', class: 'residential', phone: '13700000099', address: '看板路 99 号', regionId: 'r-dash' })).body.id;
    const file = async (kind: string, minutesAgo = 0) =>
      (await app.api(admin, 'POST', '/v1/tickets', { kind, customerId, description: '看板工单', channel: 'phone', receivedAt: new Date(Date.now() - minutesAgo * 60_000).toISOString() })).body.id as string;
    await file('repair', 30 * 60); // every deadline passed
    await file('repair', 100); // 2 h acknowledgement: warned at 96 minutes
    await file('complaint');
    const answered = await file('inquiry');
    const mineBefore = (await dashboard(manager)).body.tickets;
    for (const body of [{ action: 'reply', message: '已答复' }, { action: 'close' }]) expect((await app.api(admin, 'POST', `/v1/tickets/${answered}/actions`, body)).status).toBe(200);

    expect((await dashboard(admin, '?regionId=r-dash')).body.tickets).toEqual({ open: 3, bySlaRisk: { 'on-track': 1, 'at-risk': 1, breached: 1 } });
    expect((await dashboard(manager)).body.tickets).toEqual(mineBefore); // not the manager's region
    // Once the sweep has passed the acknowledgement of the second repair, it is breached too.
    await runJob(app.api, admin, 'sla-sweep', { asOf: new Date(Date.now() + 30 * 60_000).toISOString() });
    expect((await dashboard(admin, '?regionId=r-dash')).body.tickets).toEqual({ open: 3, bySlaRisk: { 'on-track': 1, 'at-risk': 0, breached: 2 } });
    const all = (await dashboard(admin)).body.tickets;
    expect(all.bySlaRisk['on-track'] + all.bySlaRisk['at-risk'] + all.bySlaRisk.breached).toBe(all.open);
  });

  it("counts today's emergencies: received, still open, on site in time", async () => {
    const before = (await dashboard(manager)).body.emergenciesToday ?? { total: 0, open: 0, onSiteInTime: 0 };
    const west = (await dashboard(admin, '?regionId=r-west')).body.emergenciesToday;
    const customerId = (await app.api(admin, 'POST', '/v1/customers', { accountNumber: 'DASH-E', name: '看板报警户', class: 'residential', phone: '13700000098', address: '看板路 98 号', regionId: 'r-east' })).body.id;
    const id = (await app.api(admin, 'POST', '/v1/tickets', { kind: 'emergency', customerId, description: '厨房有燃气味', channel: 'phone' })).body.id;
    expect((await dashboard(manager)).body.emergenciesToday).toEqual({ total: before.total + 1, open: before.open + 1, onSiteInTime: before.onSiteInTime });
    for (const body of [{ action: 'dispatch', assignee: 'field' }, { action: 'arrive' }]) expect((await app.api(admin, 'POST', `/v1/tickets/${id}/actions`, body)).status).toBe(200);
    expect((await dashboard(manager)).body.emergenciesToday).toEqual({ total: before.total + 1, open: before.open + 1, onSiteInTime: before.onSiteInTime + 1 });
    for (const body of [{ action: 'resolve', resolution: '关闭阀门，更换软管' }, { action: 'close' }]) expect((await app.api(admin, 'POST', `/v1/tickets/${id}/actions`, body)).status).toBe(200);
    expect((await dashboard(manager)).body.emergenciesToday).toEqual({ total: before.total + 1, open: before.open, onSiteInTime: before.onSiteInTime + 1 });
    expect((await dashboard(admin, '?regionId=r-west')).body.emergenciesToday).toEqual(west); // another region's
  });
});
