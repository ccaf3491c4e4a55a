import { archiveStatsJob, type Checkpoint, type RegionStats } from '../../functions/customers/jobs/archive-stats.ts';
import { searchCustomers } from '../../functions/customers/search.ts';
import { TenantStore, type Item } from '../../shared/db/tenant-store.ts';
import { customerFromItem, customerItem } from '../../shared/entities/customer.ts';
import { regionItem } from '../../shared/entities/region.ts';
import type { Progress } from '../../shared/jobs/job.ts';
import { keys } from '../../shared/keys.ts';
import { systemContext, type TenantContext } from '../../shared/tenancy.ts';
import { seedCustomers } from '../../local/seed/customers.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { runJob as runJobOver } from '../support/jobs.ts';
import { caller, newCustomer, uniq } from './customers-fixtures.ts';
import { directJobContext } from '../support/direct-job.ts';

/**
 * The archive-stats job: run over HTTP as of a time, with figures that match the customers made;
 * resumable from any checkpoint with the same totals; and the seed writes what the API writes.
 */
let app: TestApp;
let call: ReturnType<typeof caller>;
let admin: string;

beforeAll(async () => {
  app = await startTestApp();
  call = caller(app);
  admin = await app.login('demo', 'admin');
});
afterAll(() => app.stop());

const statsOf = (store: TenantStore) => store.query<RegionStats & Item>({ pk: keys.archiveStatsPartition(store.tenantId), limit: 200 });
const figures = ({ pk: _pk, sk: _sk, entity: _entity, asOf: _asOf, ...rest }: RegionStats & Item) => rest;

const runJob = (asOf: string) => runJobOver(call, admin, 'archive-stats', { asOf });

describe('archive-stats over HTTP', () => {
  it('writes per-region figures that match the customers created', async () => {
    const regionId = `r-stats-${uniq()}`;
    expect((await call(admin, 'POST', '/v1/regions', { regionId, name: '统计测试片区' })).status).toBe(201);
    const mk = async (overrides: Record<string, unknown>, meters: Record<string, unknown>[] = []) => {
      const res = await call(admin, 'POST', '/v1/customers', newCustomer({ regionId, ...overrides }));
      expect(res.status).toBe(201);
      const installed = [];
      for (const m of meters) installed.push((await call(admin, 'POST', `/v1/customers/${res.body.id}/meters`, { serial: `ST${uniq()}`, ...m })).body);
      return { id: res.body.id as string, meters: installed };
    };
    const act = (id: string, body: Record<string, unknown>) => call(admin, 'POST', `/v1/customers/${id}/actions`, body);

    const a = await mk({ specialCare: { elderly: true } }, [{ type: 'diaphragm', installedAt: '2010-01-01' }]);
    await mk({ class: 'commercial' }, [{ type: 'ic-card', installedAt: '2024-05-01' }, { type: 'remote', installedAt: '2018-03-01' }]);
    await mk({ class: 'industrial' }, [{ type: 'diaphragm', installedAt: '2014-07-01' }]);
    await mk({ class: 'public-welfare', specialCare: { disabled: true, livingAlone: true } });
    const e = await mk({}, [{ type: 'diaphragm', installedAt: '2005-01-01' }]);
    // e's meter is replaced: the removed one no longer counts, its replacement does.
    expect((await call(admin, 'POST', `/v1/meters/${e.meters[0].id}/replace`, { newSerial: `ST${uniq()}`, finalRead: 4321, startRead: 0, type: 'remote', installedAt: '2026-06-01' })).status).toBe(201);
    await act(a.id, { action: 'accept', inspectionPassedAt: '2026-01-04T09:00:00+08:00', inspector: '陈刚' });
    await act(e.id, { action: 'close', reason: '撤销申请' });

    // 02:00 on 1 July 2026 in Shanghai.
    const run = await runJob('2026-06-30T18:00:00.000Z');
    expect(run.state).toBe('succeeded');
    expect(run.asOf).toBe('2026-06-30T18:00:00.000Z');

    const store = new TenantStore(systemContext('demo', 'test', 'test'));
    const items = (await statsOf(store)).items;
    const mine = items.find((s) => s.regionId === regionId)!;
    expect(mine).toMatchObject({
      regionId,
      asOf: '2026-06-30T18:00:00.000Z',
      customers: 5,
      byClass: { residential: 2, commercial: 1, 'public-welfare': 1, industrial: 1 },
      byState: { applied: 3, accepted: 1, 'gas-on': 0, suspended: 0, closed: 1 },
      specialCare: 2,
      meters: 5,
      metersByType: { diaphragm: 2, 'ic-card': 1, remote: 2 },
      // 2010 → 16 y, 2024 → 2 y, 2018 → 8 y, 2014-07-01 → 12 y (its anniversary is the local day), 2026 → 0 y
      metersByAge: { '0-5': 2, '5-10': 1, '10-15': 1, '15+': 1 },
    });
    // Every region of the tenant has its item, and the run's counts are their sums.
    const regions = (await call(admin, 'GET', '/v1/regions')).body.items.map((r: { regionId: string }) => r.regionId).sort();
    expect(items.map((s) => s.regionId).sort()).toEqual(regions);
    const sum = (f: (s: RegionStats) => number) => items.reduce((acc, s) => acc + f(s), 0);
    expect(run.counts).toEqual({ regions: regions.length, customers: sum((s) => s.customers), meters: sum((s) => s.meters), specialCare: sum((s) => s.specialCare) });
    expect(run.progress.done).toBe(run.counts.customers);

    // The dashboard reads exactly these items.
    const dashboard = await call(admin, 'GET', `/v1/dashboard?regionId=${regionId}`);
    if (dashboard.status === 200) expect(dashboard.body.archive).toMatchObject({ customers: 5, specialCare: 2, meters: 5 });

    // A second run reports progress against the first run's total.
    const again = await runJob('2026-07-01T18:00:00.000Z');
    expect(again.progress).toEqual({ done: run.counts.customers, total: run.counts.customers });
  });

  it('is in the job list with its schedule', async () => {
    const jobs = await call(admin, 'GET', '/v1/jobs');
    expect(jobs.body.items).toContainEqual(expect.objectContaining({ name: 'archive-stats', schedule: 'cron(30 1 * * ? *)', timeZone: 'Asia/Shanghai' }));
  });
});

describe('archive-stats resumes', () => {
  const tenantId = `stats-${uniq()}`;
  const ctx: TenantContext = systemContext(tenantId, 'archive-stats', 'test');
  const store = new TenantStore(ctx);
  const REGIONS = ['a-1', 'b-2', 'c-3'];
  const COUNT = 75;
  const asOf = new Date('2026-06-30T18:00:00.000Z');
  let baseline: { counts: Record<string, number>; stats: ReturnType<typeof figures>[]; checkpoints: Checkpoint[] };

  /** Run the job impl (test/support/direct-job.ts): every progress report is returned; after `crashAfter` the next one throws. */
  async function runImpl(options: { resumeFrom?: Checkpoint; crashAfter?: number; at?: Date; recorded?: Progress[] } = {}) {
    const recorded = options.recorded ?? [];
    const counts = await archiveStatsJob(7).run(directJobContext(store, options.at ?? asOf, { resumeFrom: options.resumeFrom as Record<string, unknown> | undefined, crashAfter: options.crashAfter, recorded }));
    return { counts, progress: recorded };
  }

  const statsNow = async () => (await statsOf(store)).items.sort((x, y) => x.regionId.localeCompare(y.regionId));

  beforeAll(async () => {
    const now = new Date().toISOString();
    await store.commit({ writes: REGIONS.map((regionId) => ({ kind: 'put' as const, item: regionItem(tenantId, { regionId, name: regionId, kind: 'region', createdAt: now }) })) });
    let seed = 7;
    const random = () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    expect(await seedCustomers(store, { regions: REGIONS, count: COUNT, random })).toBe(COUNT);
    const { counts, progress } = await runImpl();
    baseline = { counts, stats: (await statsNow()).map(figures), checkpoints: progress.map((p) => p.checkpoint as unknown as Checkpoint).filter(Boolean) };
  });

  it('an uninterrupted run counts every seeded customer, page by page', () => {
    expect(baseline.counts.customers).toBe(COUNT);
    expect(baseline.counts.regions).toBe(3);
    expect(baseline.stats.reduce((s, r) => s + r.customers, 0)).toBe(COUNT);
    // 25 customers a region in pages of 7: mid-region checkpoints and one at each region boundary.
    expect(baseline.checkpoints.filter((c) => c.lastKey).length).toBe(3 * 3);
    expect(baseline.checkpoints.filter((c) => !c.lastKey).map((c) => c.regionId)).toEqual(['b-2', 'c-3']);
  });

  it('resumed from any checkpoint, ends with the same figures and counts', async () => {
    for (const checkpoint of baseline.checkpoints) {
      // A later asOf on the same local day: regions finished before the checkpoint keep the old one.
      const later = new Date(asOf.getTime() + 60_000);
      const { counts, progress } = await runImpl({ resumeFrom: checkpoint, at: later });
      expect(counts).toEqual(baseline.counts);
      const stats = await statsNow();
      expect(stats.map(figures)).toEqual(baseline.stats);
      for (const s of stats) expect(s.asOf).toBe(s.regionId < checkpoint.regionId ? asOf.toISOString() : later.toISOString());
      expect(progress[0]!.done).toBeGreaterThan(checkpoint.done); // it did not start over
      // Put the baseline asOf back for the next case.
      await runImpl();
    }
  });

  it('a run that crashes mid-way and is resumed from its last checkpoint gives the totals of an uninterrupted one', async () => {
    for (const crashAfter of [1, 4, 6, 11]) {
      const recorded: Progress[] = [];
      await expect(runImpl({ crashAfter, recorded })).rejects.toThrow('timed out');
      const last = [...recorded].reverse().find((p) => p.checkpoint)?.checkpoint as unknown as Checkpoint | undefined;
      const { counts } = await runImpl({ resumeFrom: last });
      expect(counts).toEqual(baseline.counts);
      expect((await statsNow()).map(figures)).toEqual(baseline.stats);
    }
  });

  it('seeded customers are the items the API writes, found by every search key', async () => {
    const page = await store.query({ index: 'gsi3', pk: keys.regionCustomers(tenantId, 'b-2'), limit: 5 });
    expect(page.items).toHaveLength(5);
    for (const item of page.items) {
      // The stored item is exactly what the entity builder makes of the customer it holds.
      expect(item).toEqual(JSON.parse(JSON.stringify(customerItem(tenantId, customerFromItem(item)))));
      const customer = customerFromItem(item);
      const admin = new TenantStore({ tenantId, correlationId: 'test', principal: { kind: 'user', id: 'admin', name: 'admin', roles: ['admin'], scopes: [] } });
      expect((await searchCustomers(admin, { q: customer.accountNumber })).items.map((c) => c.id)).toEqual([customer.id]);
      expect((await searchCustomers(admin, { q: customer.phone })).items.map((c) => c.id)).toContain(customer.id);
      expect((await searchCustomers(admin, { q: customer.name, regionId: 'b-2', limit: 100 })).items.map((c) => c.id)).toContain(customer.id);
      expect((await searchCustomers(admin, { q: customer.address, regionId: 'b-2' })).items.map((c) => c.id)).toContain(customer.id);
      if (customer.meters[0]) expect((await searchCustomers(admin, { q: customer.meters[0].serial })).items.map((c) => c.id)).toEqual([customer.id]);
    }
  });

  it('seeds a realistic mix', async () => {
    const all = [];
    for (const regionId of REGIONS) {
      for await (const p of store.queryPages({ index: 'gsi3', pk: keys.regionCustomers(tenantId, regionId), limit: 100 })) all.push(...p.items.map(customerFromItem));
    }
    expect(all).toHaveLength(COUNT);
    expect(all.filter((c) => c.class === 'residential').length).toBeGreaterThan(COUNT / 2);
    expect(all.filter((c) => c.lifecycle.state === 'gas-on').length).toBeGreaterThan(COUNT / 2);
    for (const c of all) {
      expect(c.phone).toMatch(/^1[358]\d{9}$/);
      expect(c.accountNumber).toMatch(/^\d{10}$/);
      if (c.class === 'residential') expect(c.idNumberMasked).toMatch(/^\d{3}\*{11}[\dX]{4}$/);
      if (c.lifecycle.state === 'gas-on') expect(c.lifecycle.acceptance && c.lifecycle.contracts.supply && c.lifecycle.contracts['safe-use']).toBeTruthy();
    }
  });
});
