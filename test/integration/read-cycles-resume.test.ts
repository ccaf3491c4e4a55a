import { readCyclesJob } from '../../functions/reading/jobs/read-cycles.ts';
import { ReadingService } from '../../functions/reading/reading-service.ts';
import { seedCustomers } from '../../local/seed/customers.ts';
import { readingCadencePolicy } from '../../shared/contract/reading-policies.ts';
import { TenantStore } from '../../shared/db/tenant-store.ts';
import { customerFromItem } from '../../shared/entities/customer.ts';
import { readBookItem } from '../../shared/entities/read-book.ts';
import { readCycleFromItem, readCycleStatsView, type StatsItem } from '../../shared/entities/read-cycle.ts';
import { regionItem } from '../../shared/entities/region.ts';
import { keys } from '../../shared/keys.ts';
import { newVersion } from '../../shared/policies/policy-store.ts';
import { Index } from '../../shared/table.ts';
import { systemContext } from '../../shared/tenancy.ts';
import { directJobContext, runWithCrashes, type DirectRunOptions } from '../support/direct-job.ts';
import { useFreshTable } from '../support/table.ts';
import { uniq } from './customers-fixtures.ts';

/**
 * The read-cycles job run directly against DynamoDB Local, on two tenants seeded alike: one run
 * without interruption, the other cut off after every few pages and resumed from its last
 * checkpoint (pages of one book or cycle). Both end with the same cycles, follow-up tasks,
 * estimates and figures, and a second run as of the same time changes nothing.
 */
const REGIONS = ['a-1', 'b-2'];
const OPEN = new Date('2026-11-20T00:30:00+08:00');
const CLOSE = new Date('2026-11-26T00:30:00+08:00');

interface Tenant {
  store: TenantStore;
}

async function seedTenant(): Promise<Tenant> {
  const tenantId = `cyc-${uniq()}`.toLowerCase().slice(0, 30);
  const store = new TenantStore(systemContext(tenantId, 'read-cycles', 'test'));
  const now = new Date();
  await store.commit({ writes: REGIONS.map((regionId) => ({ kind: 'put' as const, item: regionItem(tenantId, { regionId, name: regionId, kind: 'region', createdAt: now.toISOString() }) })) });
  let seed = 11;
  const random = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  await seedCustomers(store, { regions: REGIONS, count: 24, random });
  // The policy asks for estimates at close (in force since January).
  const policy = newVersion(store, { section: readingCadencePolicy.name, values: { ...readingCadencePolicy.defaults, estimateUnreadAtClose: true }, effectiveFrom: '2026-01-01T00:00:00+08:00', reason: 'test', now });
  await store.write(policy.write);
  const readings = new ReadingService(store);
  for (const regionId of REGIONS) {
    const customers = [];
    for await (const page of store.queryPages({ index: Index.byRegionName, pk: keys.regionCustomers(tenantId, regionId) })) customers.push(...page.items.map(customerFromItem));
    // By account number: the same order in both tenants (the seed is the same; ids differ).
    const meters = customers.sort((a, b) => a.accountNumber.localeCompare(b.accountNumber)).flatMap((c) => c.meters.map((m) => ({ ...m, customerId: c.id })));
    for (let b = 0; b * 4 < meters.length; b++) {
      const inBook = meters.slice(b * 4, b * 4 + 4);
      const at = now.toISOString();
      await store.write({ kind: 'put', item: readBookItem(tenantId, { id: ulidOf(regionId, b), name: `${regionId}-${b}`, regionId, reader: `reader-${regionId}`, cadence: 'residentialOutdoor', meterIds: inBook.map((m) => m.id), version: 1, createdAt: at, updatedAt: at }) });
    }
    // History for every meter (September, October); in November, every other meter is read.
    const input = meters.flatMap((m, i) => [
      { meterId: m.id, value: 1000 + 30, readAt: '2026-09-21T10:00:00+08:00', source: 'field' as const },
      { meterId: m.id, value: 1000 + 62, readAt: '2026-10-21T10:00:00+08:00', source: 'field' as const },
      ...(i % 2 ? [{ meterId: m.id, value: 1000 + 95, readAt: '2026-11-21T10:00:00+08:00', source: 'field' as const }] : []),
    ]);
    for (let i = 0; i < input.length; i += 100) await readings.ingest(input.slice(i, i + 100));
  }
  return { store };
}

/** A book id per region and index that sorts the same in both tenants. */
const ulidOf = (regionId: string, n: number) => `01K${regionId === 'a-1' ? 'A' : 'B'}${String(n).padStart(22, '0')}`;

const runImpl = (t: Tenant, asOf: Date, options: DirectRunOptions = {}) => readCyclesJob(1).run(directJobContext(t.store, asOf, options));

/** Run to the end, cut off after every `crashAfter` progress reports and resumed from the last checkpoint. */
const runCut = (t: Tenant, asOf: Date, crashAfter: number) => runWithCrashes((options) => runImpl(t, asOf, options), crashAfter);

/** What the tenant holds after the runs, without ids: cycles by book name, follow-ups, estimates, the regions' figures. */
async function figures(t: Tenant) {
  const tenantId = t.store.tenantId;
  const cycles = [];
  const stats = [];
  for (const regionId of REGIONS) {
    const page = await t.store.query({ index: Index.regionReadCycles, pk: keys.regionReadCycles(tenantId, regionId), limit: 200 });
    cycles.push(...page.items.map((i) => ({ ...readCycleFromItem(i), followUps: i.followUps })));
    stats.push(...(await t.store.query<StatsItem>({ pk: keys.regionReadStatsPartition(tenantId, regionId), limit: 50 })).items.map(readCycleStatsView).map(({ updatedAt: _u, ...s }) => s));
  }
  return {
    cycles: cycles.map((c) => ({ book: c.bookName, period: c.period, state: c.state, counts: c.counts, followUps: c.followUps ?? null, version: c.version })).sort((a, b) => a.book.localeCompare(b.book)),
    stats,
  };
}

let plain: Tenant;
let cut: Tenant;
let baseline: { open: Record<string, number>; close: Record<string, number>; figures: Awaited<ReturnType<typeof figures>> };

beforeAll(async () => {
  await useFreshTable();
  [plain, cut] = [await seedTenant(), await seedTenant()];
  const open = await runImpl(plain, OPEN);
  const close = await runImpl(plain, CLOSE);
  baseline = { open, close, figures: await figures(plain) };
});

describe('read-cycles run directly', () => {
  it('opens every book, closes every cycle with a follow-up per unread meter and estimates where history allows', () => {
    const books = baseline.figures.cycles.length;
    expect(books).toBeGreaterThanOrEqual(6);
    expect(baseline.open).toMatchObject({ opened: books, alreadyOpen: 0 });
    expect(baseline.close).toMatchObject({ closed: books });
    const due = baseline.figures.cycles.reduce((s, c) => s + c.counts.due, 0);
    const read = baseline.figures.cycles.reduce((s, c) => s + c.counts.read, 0);
    const estimated = baseline.figures.cycles.reduce((s, c) => s + c.counts.estimated, 0);
    expect(read).toBeGreaterThan(0);
    expect(read).toBeLessThan(due);
    // Each unread meter with a history got an estimate, flagged as such (never counted as read).
    expect(estimated).toBe(baseline.close.estimates);
    expect(estimated).toBeGreaterThan(0);
    expect(baseline.close.followUps).toBe(due - read);
    // The regions' figures are the sums of their cycles, frozen.
    for (const s of baseline.figures.stats) {
      const mine = baseline.figures.cycles.filter((c) => c.book.startsWith(s.regionId!));
      expect(s).toMatchObject({ books: mine.length, closedBooks: mine.length, frozen: true, counts: { due: mine.reduce((n, c) => n + c.counts.due, 0), read: mine.reduce((n, c) => n + c.counts.read, 0) } });
    }
  });

  it('a second run as of the same times changes nothing', async () => {
    expect(await runImpl(plain, OPEN)).toMatchObject({ opened: 0, alreadyOpen: baseline.figures.cycles.length });
    expect(await runImpl(plain, CLOSE)).toMatchObject({ closed: 0, estimates: 0, followUps: 0 });
    expect(await figures(plain)).toEqual(baseline.figures);
  });

  it('cut off after every few pages and resumed from its checkpoint, it ends where an uninterrupted run does', async () => {
    const open = await runCut(cut, OPEN, 2);
    const close = await runCut(cut, CLOSE, 3);
    expect(open.crashes).toBeGreaterThan(1);
    expect(close.crashes).toBeGreaterThan(1);
    // What the store holds is the same. The counts are of the attempts whose progress was saved:
    // a page done by an attempt cut off before its report is done again (and found open already).
    expect(await figures(cut)).toEqual(baseline.figures);
    expect(open.counts.opened! + open.counts.alreadyOpen!).toBe(baseline.open.opened);
    expect(close.counts.closed).toBeLessThanOrEqual(baseline.close.closed!);
  });
});
