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
