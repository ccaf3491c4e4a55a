import { startTestApp, type TestApp } from '../support/app.ts';
import { runJob } from '../support/jobs.ts';
import { caller } from '../support/retry.ts';
import { uniq } from './customers-fixtures.ts';
import { gasOnMeter, reading } from './reading-fixtures.ts';

/**
 * The read-cycles job over real HTTP, as of given dates: cycles open on their window's first day
 * (postponed over 春节), count reads live, close after the window with follow-up tasks for the
 * meters not read and the read rate frozen per book and region; a second run changes nothing; a
 * manager of another region sees none of it.
 */
let app: TestApp;
let call: ReturnType<typeof caller>;
let admin: string;
let manager: string;
const region = `rc-${uniq()}`.slice(0, 20);
const reader = `rd${uniq()}`.slice(0, 20).toLowerCase();
let outdoor: { id: string; meters: string[] };
let commercial: { id: string; meters: string[] };

const run = async (asOf: string) => (await runJob(call, admin, 'read-cycles', { asOf: new Date(asOf).toISOString() })).counts;
const cycles = async (period: string) => (await call(admin, 'GET', `/v1/read-cycles?regionId=${region}&period=${period}`)).body;
const cycle = async (bookId: string, period: string) => call(admin, 'GET', `/v1/read-cycles/${bookId}-${period}`);

beforeAll(async () => {
  app = await startTestApp({ customerScale: 0 });
  call = caller(app);
  admin = await app.login('demo', 'admin');
  manager = await app.login('demo', 'manager'); // r-east only
  expect((await call(admin, 'POST', '/v1/regions', { regionId: region, name: '抄表测试区' })).status).toBe(201);
  expect((await call(admin, 'POST', '/v1/users', { username: reader, name: '抄表员 周敏', roles: ['field'], regions: [region] })).status).toBe(201);
  const meters = async (n: number, options: Parameters<typeof gasOnMeter>[2]) => {
    const ids: string[] = [];
    for (let i = 0; i < n; i++) ids.push(await gasOnMeter(call, admin, { regionId: region, ...options }));
    return ids;
  };
  const book = async (name: string, meterIds: string[]) => {
    const res = await call(admin, 'POST', '/v1/read-books', { name, regionId: region, reader, meterIds });
    expect(res.status).toBe(201);
    return { id: res.body.id as string, meters: meterIds, cadence: res.body.cadence as string };
  };
  const o = await book('幸福路户外表册', await meters(3, { placement: 'outdoor' }));
  const c = await book('商业街册', await meters(1, { class: 'commercial', placement: 'indoor' }));
  // Cadences derived from the meters: outdoor residential monthly, a commercial customer's meter commercial.
  expect([o.cadence, c.cadence]).toEqual(['residentialOutdoor', 'commercial']);
  outdoor = o;
  commercial = c;
});
afterAll(() => app.stop());

describe('read-cycles: a window over 春节 (2026-02-15…23)', () => {
  it('opens nothing on a holiday of the window and opens after it, with the window postponed', async () => {
    await run('2026-02-22T00:30:00+08:00');
    expect((await cycles('2026-02')).items).toEqual([]);
    await run('2026-02-24T00:30:00+08:00');
    const { items } = await cycles('2026-02');
    const byBook = Object.fromEntries(items.map((c: { bookId: string }) => [c.bookId, c]));
    expect(byBook[commercial.id]).toMatchObject({ cadence: 'commercial', state: 'open', window: { opensOn: '2026-02-24', closesAfter: '2026-02-25', postponedDays: 2 }, counts: { due: 1, read: 0 } });
    expect(byBook[outdoor.id]).toMatchObject({ cadence: 'residentialOutdoor', window: { opensOn: '2026-02-24', closesAfter: '2026-03-01', postponedDays: 4 }, counts: { due: 3 }, target: 0.98 });
    // Closed once their windows are over.
    await run('2026-03-02T00:30:00+08:00');
    expect((await cycles('2026-02')).items.map((c: { state: string }) => c.state)).toEqual(['closed', 'closed']);
  });
});

describe('read-cycles: November 2026', () => {
  it('opens a cycle per book whose window opened, with the meters due; a second run opens nothing more', async () => {
    await run('2026-11-19T12:00:00+08:00');
    expect((await cycles('2026-11')).items).toEqual([]);
    const first = await run('2026-11-20T00:30:00+08:00');
    expect(first.opened).toBeGreaterThanOrEqual(1);
    const { items } = await cycles('2026-11');
    expect(items).toHaveLength(1); // the commercial window opens on the 22nd
    expect(items[0]).toMatchObject({ id: `${outdoor.id}-2026-11`, bookName: '幸福路户外表册', reader, state: 'open', counts: { due: 3, read: 0, accurate: 0, estimated: 0 }, readRate: 0, accuracy: null });
    const again = await run('2026-11-20T00:30:00+08:00');
    expect(again.opened).toBe(0);
    expect(again.alreadyOpen).toBeGreaterThanOrEqual(1);
    expect((await cycles('2026-11')).items).toEqual(items);
  });

  it('counts the reads of the window live, in walk order', async () => {
    const [a, b] = outdoor.meters;
    const res = await call(admin, 'POST', '/v1/readings', { readings: [reading(a!, 31, '2026-11-21T09:10:00+08:00'), reading(b!, 12, '2026-11-21T09:20:00+08:00'), reading(commercial.meters[0]!, 400, '2026-11-19T15:00:00+08:00')] });
    expect(res.body.results.map((r: { status: string }) => r.status)).toEqual(['accepted', 'accepted', 'accepted']);
    const live = await cycle(outdoor.id, '2026-11');
    expect(live.status).toBe(200);
    expect(live.body).toMatchObject({ state: 'open', counts: { due: 3, read: 2, accurate: 2 }, readRate: 2 / 3, accuracy: 1 });
    expect(live.body.meters.map((m: { meterId: string; seq: number; status: string }) => [m.meterId, m.seq, m.status])).toEqual([
      [a, 1, 'read'],
      [b, 2, 'read'],
      [outdoor.meters[2], 3, 'unread'],
    ]);
  });

  it('closes after the window: a follow-up task for each meter not read, the read rate frozen per book and region', async () => {
    await run('2026-11-23T00:30:00+08:00'); // recounts November's outdoor cycle, opens the commercial one
    const recounted = (await cycles('2026-11')).items.find((c: { bookId: string }) => c.bookId === outdoor.id);
    expect(recounted.counts).toEqual({ due: 3, read: 2, accurate: 2, estimated: 0 });
    const closing = await run('2026-11-26T00:30:00+08:00');
    expect(closing.closed).toBeGreaterThanOrEqual(2);
    const closed = (await cycle(outdoor.id, '2026-11')).body;
    expect(closed).toMatchObject({ state: 'closed', closedAt: expect.any(String), counts: { due: 3, read: 2 }, readRate: 2 / 3 });
    expect(closed.meters.map((m: { followUpId: string | null }) => m.followUpId !== null)).toEqual([false, false, true]);
    // The commercial meter was read on the 19th, before its window (22nd–23rd): not a read of the cycle.
    const shop = (await cycle(commercial.id, '2026-11')).body;
    expect(shop).toMatchObject({ state: 'closed', window: { opensOn: '2026-11-22', closesAfter: '2026-11-23' }, counts: { due: 1, read: 0 }, readRate: 0 });

    const { regions } = await cycles('2026-11');
    expect(regions).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ scope: 'region', regionId: region, period: '2026-11', cadence: 'residentialOutdoor', books: 1, closedBooks: 1, counts: { due: 3, read: 2, accurate: 2, estimated: 0 }, readRate: 2 / 3, target: 0.98, frozen: true }),
        expect.objectContaining({ cadence: 'commercial', books: 1, closedBooks: 1, counts: expect.objectContaining({ due: 1, read: 0 }), readRate: 0, target: 1, frozen: true }),
      ]),
    );
  });

  it('keeps the frozen figures when a late reading arrives, and a second close changes nothing', async () => {
    const late = await call(admin, 'POST', '/v1/readings', { readings: [reading(outdoor.meters[2]!, 20, '2026-11-27T10:00:00+08:00')] });
    expect(late.body.results[0].status).toBe('accepted');
    const before = await cycles('2026-11');
    const again = await run('2026-11-26T00:30:00+08:00');
    expect(again.closed).toBe(0);
    await run('2026-11-28T00:30:00+08:00');
    expect(await cycles('2026-11')).toEqual(before);
  });

  it("gives a reader's own figures and cycles", async () => {
    const mine = (await call(admin, 'GET', `/v1/read-cycles?period=2026-11&reader=${reader}`)).body;
    expect(mine.items.map((c: { bookId: string }) => c.bookId).sort()).toEqual([outdoor.id, commercial.id].sort());
    expect(mine.readers).toEqual(
      expect.arrayContaining([expect.objectContaining({ scope: 'reader', reader, regionId: region, period: '2026-11', cadence: 'residentialOutdoor', counts: { due: 3, read: 2, accurate: 2, estimated: 0 }, frozen: true })]),
    );
    // Another reader's figures are not these; a manager of another region sees none of them.
    expect((await call(admin, 'GET', '/v1/read-cycles?period=2026-11&reader=field')).body.readers.filter((s: { regionId: string }) => s.regionId === region)).toEqual([]);
    expect((await call(manager, 'GET', `/v1/read-cycles?period=2026-11&reader=${reader}`)).body.readers).toEqual([]);
  });

  it('shows the figures on the dashboard of the region', async () => {
    const dash = await call(admin, 'GET', `/v1/dashboard?regionId=${region}`);
    expect(dash.status).toBe(200);
    expect(dash.body.readCycles).toEqual(
      expect.arrayContaining([expect.objectContaining({ regionId: region, name: '抄表测试区', cadence: 'residentialOutdoor', due: 3, read: 2, target: 0.98, frozen: true })]),
    );
  });

  it("is another region's business to a manager: 404 for the region and the cycle", async () => {
    expect((await call(manager, 'GET', `/v1/read-cycles?regionId=${region}`)).status).toBe(404);
    expect((await call(manager, 'GET', `/v1/read-cycles/${outdoor.id}-2026-11`)).status).toBe(404);
    const own = await call(manager, 'GET', '/v1/read-cycles?period=2026-11');
    expect(own.status).toBe(200);
    expect(own.body.items.filter((c: { regionId: string }) => c.regionId === region)).toEqual([]);
    expect(own.body.regions.filter((s: { regionId: string }) => s.regionId === region)).toEqual([]);
  });

  it('refuses a malformed cycle id and period, naming the field', async () => {
    const bad = await call(admin, 'GET', '/v1/read-cycles/not-a-cycle');
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('id');
    const period = await call(admin, 'GET', '/v1/read-cycles?period=2026-13');
    expect(period.status).toBe(400);
    expect(JSON.stringify(period.body)).toContain('period');
    expect((await call(admin, 'GET', `/v1/read-cycles/${outdoor.id}-2031-01`)).status).toBe(404);
  });
});
