import { DEMO_TENANTS } from '../../local/seed/demo.ts';
import { startTestApp, type TestApp } from '../support/app.ts';

/**
 * The first impression: a fresh demo already shows what its jobs produce (the dashboard's archive
 * figures, the jobs' last runs) instead of waiting for the first night.
 */
let app: TestApp;
let admin: string;

beforeAll(async () => {
  app = await startTestApp();
  admin = await app.login('demo', 'admin');
});
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
  it('has read books of the reader\'s region and a year of closed read cycles, with their read rates on the dashboard', async () => {
    const books = (await app.api(admin, 'GET', '/v1/read-books?regionId=r-east')).body.items;
    expect(books.length).toBeGreaterThan(0);
    expect(books[0]).toMatchObject({ reader: 'field', cadence: 'residentialOutdoor' });
    const cycles = (await app.api(admin, 'GET', `/v1/read-cycles?regionId=r-east&limit=200`)).body;
    const closed = cycles.items.filter((c: { state: string; bookId: string }) => c.state === 'closed' && c.bookId === books[0].id);
    expect(closed.length).toBe(12);
    // Most meters are read each month, so the rates are real figures, not placeholders.
    for (const c of closed) expect(c.readRate).toBeGreaterThan(0.5);
    expect(cycles.regions.filter((s: { frozen: boolean }) => s.frozen).length).toBeGreaterThanOrEqual(12);
    const dashboard = await app.api(admin, 'GET', '/v1/dashboard?regionId=r-east');
    expect(dashboard.body.readCycles).toEqual([expect.objectContaining({ regionId: 'r-east', cadence: 'residentialOutdoor', frozen: true })]);
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
