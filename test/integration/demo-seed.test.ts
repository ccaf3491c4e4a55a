import { DEMO_TENANTS } from '../../local/seed/demo.ts';
import { startTestApp, type TestApp } from '../support/app.ts';

/**
 * The first impression: a fresh demo already shows what its jobs produce (the dashboard's archive
 * figures, the jobs' last runs) instead of waiting for the first night.
 */
let app: TestApp;
let admin: string;

// The heaviest set-up of the suite: the whole demo of both tenants, every job (10 minutes on a loaded 2-core machine).
beforeAll(async () => {
  app = await startTestApp();
  admin = await app.login('demo', 'admin');
}, 600_000);
afterAll(() => app.stop());

describe('the demo seed', () => {
  it('has run every job once, as the seed', async () => {
    const jobs = await app.api(admin, 'GET', '/v1/jobs');

    expect(jobs.body.items.length).toBeGreaterThan(0);
    for (const job of jobs.body.items) expect(job.lastRun).toMatchObject({ state: 'succeeded' });
    const runs = await app.api(admin, 'GET', '/v1/jobs/archive-stats/runs');
    expect(runs.body.items).toEqual([expect.objectContaining({ state: 'succeeded', trigger: 'manual', requestedBy: 'seed' })]);
  });

  it('shows the archive figures of every seeded customer on the dashboard at once', async () => {
    const dashboard = await app.api(admin, 'GET', '/v1/dashboard');

    const seeded = Math.round(DEMO_TENANTS.find((t) => t.profile.tenantId === 'demo')!.customers * 0.01);
    expect(dashboard.body.archive).toMatchObject({ customers: seeded });
    expect(dashboard.body.archive.byRegion.map((r: { regionId: string }) => r.regionId)).toEqual(['r-east', 'r-south', 'r-west']);
  });
});

describe('the demo meter reading', () => {
  it('has read books of the reader\'s region and closed read cycles, with their read rates on the dashboard', async () => {
    const books = (await app.api(admin, 'GET', '/v1/read-books?regionId=r-east')).body.items;
    expect(books.length).toBeGreaterThan(0);
    expect(books[0]).toMatchObject({ reader: 'field', cadence: 'residentialOutdoor' });
    const cycles = (await app.api(admin, 'GET', `/v1/read-cycles?regionId=r-east&limit=200`)).body;
    const closed = cycles.items.filter((c: { state: string; bookId: string }) => c.state === 'closed' && c.bookId === books[0].id);
    expect(closed.length).toBe(3); // a quarter at the test's scale (a year in `npm start`'s demo)
    // Most meters are read each month, so the rates are real figures, not placeholders.
    for (const c of closed) expect(c.readRate).toBeGreaterThan(0.5);
    // A year's use that looks like a household's: VEE holds only the few misreads the seed makes.
    const accuracy = closed.map((c: { accuracy: number | null }) => c.accuracy).filter((a: number | null) => a !== null);
    expect(accuracy.filter((a: number) => a >= 0.75).length).toBeGreaterThanOrEqual(accuracy.length - 2);
    expect(cycles.regions.filter((s: { frozen: boolean }) => s.frozen).length).toBeGreaterThanOrEqual(3);
    const dashboard = await app.api(admin, 'GET', '/v1/dashboard?regionId=r-east');
    expect(dashboard.body.readCycles).toEqual([expect.objectContaining({ regionId: 'r-east', cadence: 'residentialOutdoor', frozen: true })]);
  });
});

describe('the demo tickets', () => {
  type T = { id: string; kind: string; status: string; risk: string | null; specialCare: boolean; returnVisit: unknown; firstTimeFix: boolean; receivedAt: string; closedAt: string | null; assignee: string | null; paused: unknown };
  const all = async (query: string) => {
    const items: T[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { items: T[]; nextCursor: string | null } } = await app.api(admin, 'GET', `/v1/tickets?${query}&limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      items.push(...page.body.items);
      cursor = page.body.nextCursor;
    } while (cursor);
    return items;
  };

  it('are a mix of every kind over three months, closed ones with their return visits, and open work of today', async () => {
    const tickets = await all('regionId=r-east');
    expect(new Set(tickets.map((t) => t.kind))).toEqual(new Set(['inquiry', 'repair', 'emergency', 'complaint']));
    expect(Math.min(...tickets.map((t) => Date.parse(t.receivedAt)))).toBeLessThan(Date.now() - 60 * 86_400_000);
    const visited = tickets.filter((t) => t.status === 'return-visited');
    expect(visited.length).toBeGreaterThanOrEqual(3);
    for (const t of visited) expect(Date.parse(t.closedAt ?? '')).toBeGreaterThan(Date.parse(t.receivedAt)); // worked then, not at seed time
    expect(tickets.some((t) => !t.firstTimeFix)).toBe(true); // the reopened repair
    const repair = tickets.find((t) => t.kind === 'repair' && t.status === 'return-visited')!;
    const history = (await app.api(admin, 'GET', `/v1/tickets/${repair.id}`)).body.history as { action: string; at: string }[];
    expect(history.map((h) => h.action).reverse().slice(0, 6)).toEqual(['ticket.received', 'ticket.acknowledge', 'ticket.dispatch', 'ticket.arrive', 'ticket.resolve', 'ticket.close']);
    expect(Date.parse(history.at(-1)!.at)).toBeLessThan(Date.now() - 86_400_000);
  });

  it("put breached work first on the dispatch desk's queue, and the field user's own work on theirs", async () => {
    const queue = await all('view=risk&regionId=r-east');
    expect(queue.length).toBeGreaterThanOrEqual(4);
    expect(queue[0]!.risk).toBe('breached');
    const firstNotBreached = queue.findIndex((t) => t.risk !== 'breached');
    expect(queue.slice(firstNotBreached).every((t) => t.risk !== 'breached')).toBe(true);
    expect(queue.some((t) => t.paused)).toBe(true);
    const field = await app.login('demo', 'field');
    const mine = (await app.api(field, 'GET', '/v1/tickets?view=assignee')).body.items as T[];
    expect(mine.length).toBeGreaterThanOrEqual(2);
    expect(mine.every((t) => t.assignee === 'field' && t.status !== 'closed')).toBe(true);
  });

  it("fill the dashboard's ticket cards, after the seed's sla-sweep", async () => {
    const { tickets, emergenciesToday } = (await app.api(admin, 'GET', '/v1/dashboard')).body;
    expect(tickets.open).toBe((await all('view=risk')).length);
    expect(tickets.bySlaRisk.breached).toBeGreaterThanOrEqual(3);
    expect(tickets.bySlaRisk['on-track'] + tickets.bySlaRisk['at-risk'] + tickets.bySlaRisk.breached).toBe(tickets.open);
    expect(emergenciesToday).not.toBeNull();
    // The emergencies of 40 and 8 minutes ago are today's unless the day began since.
    const sinceMidnight = (Date.now() + 8 * 3_600_000) % 86_400_000;
    if (sinceMidnight > 45 * 60_000) expect(emergenciesToday).toMatchObject({ total: 2, open: 2, onSiteInTime: 1 });
    const sweep = (await app.api(admin, 'GET', '/v1/jobs/sla-sweep/runs')).body.items[0];
    expect(sweep.counts.breached).toBeGreaterThan(0);
  });
});

describe('the demo tickets seed', () => {
  it('works every ticket through the TicketService, each step a transaction', async () => {
    const { seedTickets } = await import('../../local/seed/tickets.ts');
    const { TenantStore } = await import('../../shared/db/tenant-store.ts');
    const { systemContext } = await import('../../shared/tenancy.ts');
    const seeded = await seedTickets(new TenantStore(systemContext('north', 'seed', 'seed')), { regions: ['n-1', 'n-2'], fieldRegions: ['n-1'], random: Math.random });
    expect(seeded.tickets).toBe(22);
    expect(seeded.actions).toBeGreaterThan(60);
  });
});

describe('the demo surveys', () => {
  it('have a quarterly campaign sampled in two quarters with answers, a running event campaign, results and the dashboard trend', async () => {
    const campaigns = (await app.api(admin, 'GET', '/v1/survey-campaigns')).body.items as { id: string; kind: string; state: string; periods: string[]; progress: { invited: number; answered: number } }[];
    const quarterly = campaigns.find((c) => c.kind === 'periodic')!;
    expect(quarterly).toMatchObject({ state: 'running', periods: ['2026-Q3', '2026-Q4'] });
    expect(quarterly.progress.answered).toBeGreaterThan(0);
    expect(quarterly.progress.answered).toBeLessThan(quarterly.progress.invited);
    expect(campaigns.find((c) => c.kind === 'event')).toMatchObject({ state: 'running' });
    const results = (await app.api(admin, 'GET', `/v1/survey-campaigns/${quarterly.id}/results`)).body;
    expect(results.byPeriod.map((p: { period: string }) => p.period)).toEqual(['2026-Q3', '2026-Q4']);
    expect(results.overall.satisfaction.rate).toBeGreaterThan(0.5);
    // Across campaigns by month: the answers and the tickets' return visits.
    const all = (await app.api(admin, 'GET', '/v1/survey-results?period=2026')).body;
    expect(all.overall.returnVisits.of).toBeGreaterThan(0);
    expect((await app.api(admin, 'GET', '/v1/dashboard')).body.satisfactionTrend.length).toBeGreaterThanOrEqual(2);
  });
});

describe('the demo notifications', () => {
  it('include suspension notices (sent, phone masked) and a survey SMS held by last night\'s quiet hours', async () => {
    const today = (await app.api(admin, 'GET', '/v1/notifications?limit=100')).body.items as { type: string; channel: string; state: string; recipient: { phone: string | null } }[];
    const sms = today.filter((n) => n.type === 'customer.suspended' && n.channel === 'sms');
    expect(sms.length).toBeGreaterThan(0);
    expect(sms.every((n) => n.state === 'sent' && /^1\d\d\*{4}\d{4}$/.test(n.recipient.phone!))).toBe(true);
    expect(today.some((n) => n.type === 'customer.restored')).toBe(true);
    const yesterday = new Date(Date.now() - 86_400_000).toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
    const held = (await app.api(admin, 'GET', `/v1/notifications?day=${yesterday}&type=survey.invitation`)).body.items;
    expect(held).toEqual([expect.objectContaining({ state: 'held', category: 'survey', channel: 'sms' })]);
  });
});

describe('the demo password', () => {
  it('is reset for every demo user by `npm run demo -- reset-password`, each hash salted on its own', async () => {
    const { resetDemoPasswords } = await import('../../local/seed/demo.ts');
    expect(await resetDemoPasswords('Demo-reset-2026')).toBe(10);
    const signIn = (tenant: string, username: string, password: string) => app.api(null, 'POST', '/v1/auth/login', { tenant, username, password });
    expect((await signIn('north', 'manager', 'Demo-reset-2026')).status).toBe(200);
    expect((await signIn('demo', 'field', app.password)).status).toBe(401);
    expect((await app.api(admin, 'GET', '/v1/me')).status).toBe(401);
    const { ScanCommand } = await import('@aws-sdk/lib-dynamodb');
    const { documentClient } = await import('../../shared/db/client.ts');
    const { tableName } = await import('../../shared/table.ts');
    const users = await documentClient().send(new ScanCommand({ TableName: tableName(), FilterExpression: 'entity = :u', ExpressionAttributeValues: { ':u': 'user' } }));
    const salts = (users.Items ?? []).map((u) => String(u.passwordHash).split('$')[4]);
    expect(salts.length).toBe(10);
    expect(new Set(salts).size).toBe(salts.length);
  });
});
