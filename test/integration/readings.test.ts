import { startTestApp, type TestApp } from '../support/app.ts';
import { caller } from '../support/retry.ts';
import { newCustomer, uniq } from './customers-fixtures.ts';
import { gasOnMeter, meteredCustomer, reading, type MeterOptions } from './reading-fixtures.ts';

/**
 * Meter reading over real HTTP (POST /v1/readings, GET /v1/meters/{id}/readings): per-item
 * results, the VEE exceptions and their grades, the register rollover, refusals per item, the
 * idempotent re-post and two readers posting the same meter at once.
 */
let app: TestApp;
let call: ReturnType<typeof caller>;
let admin: string;
let manager: string;

beforeAll(async () => {
  app = await startTestApp({ customerScale: 0 });
  call = caller(app);
  admin = await app.login('demo', 'admin');
  manager = await app.login('demo', 'manager'); // r-east only
});
afterAll(() => app.stop());

/** A customer with gas on and a meter installed on 2026-01-01 (so consumption on it is expected). */
const meter = (options: MeterOptions = {}) => gasOnMeter(call, admin, options);
const read = reading;
const post = (token: string, readings: unknown[], headers?: Record<string, string>) => call(token, 'POST', '/v1/readings', { readings }, headers);

describe('POST /v1/readings', () => {
  it('accepts a reading with its consumption, and lists it on the meter newest first', async () => {
    const id = await meter();
    const res = await post(admin, [read(id, 30, '2026-02-01T10:00:00+08:00'), read(id, 62, '2026-03-01T10:00:00+08:00')]);
    expect(res.status).toBe(200);
    expect(res.body.results).toEqual([
      { index: 0, status: 'accepted', readingId: expect.any(String), consumption: 30, exceptions: [], reason: null, field: null },
      { index: 1, status: 'accepted', readingId: expect.any(String), consumption: 32, exceptions: [], reason: null, field: null },
    ]);
    const history = await call(admin, 'GET', `/v1/meters/${id}/readings`);
    expect(history.status).toBe(200);
    expect(history.body.items.map((r: { value: number }) => r.value)).toEqual([62, 30]);
    expect(history.body.items[0]).toMatchObject({ consumption: 32, billable: true, status: 'valid', previous: { value: 30, readAt: '2026-02-01T02:00:00.000Z' } });
    const page = await call(admin, 'GET', `/v1/meters/${id}/readings?limit=1`);
    expect(page.body.items).toHaveLength(1);
    const next = await call(admin, 'GET', `/v1/meters/${id}/readings?limit=1&cursor=${encodeURIComponent(page.body.nextCursor)}`);
    expect(next.body.items.map((r: { value: number }) => r.value)).toEqual([30]);
  });

  it('computes the consumption across a register rollover (99,986 → 11 on 5 digits = 25 m³)', async () => {
    const id = await meter({ startRead: 99_900 });
    const res = await post(admin, [read(id, 99_986, '2026-02-01T10:00:00+08:00'), read(id, 11, '2026-02-11T10:00:00+08:00')]);
    expect(res.body.results[0]).toMatchObject({ status: 'accepted', consumption: 86, exceptions: [] });
    expect(res.body.results[1]).toMatchObject({ status: 'accepted', consumption: 25, exceptions: [{ rule: 'rollover', grade: 'info' }] });
  });

  it('raises each grade: info (rollover), review (zero on an active account), blocking (negative: held out of billing)', async () => {
    const id = await meter();
    await post(admin, [read(id, 30, '2026-02-01T10:00:00+08:00')]);
    const zero = await post(admin, [read(id, 30, '2026-03-01T10:00:00+08:00')]);
    expect(zero.body.results[0]).toMatchObject({ status: 'accepted', consumption: 0, exceptions: [{ rule: 'zero', grade: 'review' }] });
    const drop = await post(admin, [read(id, 10, '2026-04-01T10:00:00+08:00')]);
    expect(drop.body.results[0]).toMatchObject({ status: 'accepted', consumption: -20, exceptions: [{ rule: 'negative', grade: 'blocking' }] });
    const [held] = (await call(admin, 'GET', `/v1/meters/${id}/readings?limit=1`)).body.items;
    expect(held).toMatchObject({ id: drop.body.results[0].readingId, billable: false, status: 'held', exceptions: [{ rule: 'negative', grade: 'blocking' }] });
    // High against the history: 30 m³ a month expected, 300 m³ is more than 3×.
    const high = await post(admin, [read(id, 310, '2026-05-01T10:00:00+08:00')]);
    expect(high.body.results[0]).toMatchObject({ status: 'accepted', consumption: 300, exceptions: [{ rule: 'high', grade: 'blocking' }] });
  });

  it('flags consumption on an account without gas on', async () => {
    const id = await meter({ gasOn: false });
    const res = await post(admin, [read(id, 12, '2026-02-01T10:00:00+08:00')]);
    expect(res.body.results[0]).toMatchObject({ status: 'accepted', consumption: 12, exceptions: [{ rule: 'inactive', grade: 'blocking' }] });
  });

  it("judges a reading by the account's state as its lifecycle last moved it (the meter installed before gas-on, then suspended)", async () => {
    const { meterId, customerId } = await meteredCustomer(call, admin, { gasOn: false });
    for (const action of [
      { action: 'accept', inspectionPassedAt: '2026-01-04T09:00:00+08:00', inspector: '陈刚' },
      { action: 'sign-contract', contract: 'supply', signedAt: '2026-01-05T09:00:00+08:00' },
      { action: 'sign-contract', contract: 'safe-use', signedAt: '2026-01-05T09:00:00+08:00' },
      { action: 'gas-on' },
    ]) {
      expect((await call(admin, 'POST', `/v1/customers/${customerId}/actions`, action)).status).toBe(200);
    }
    const on = await post(admin, [read(meterId, 30, '2026-02-01T10:00:00+08:00')]);
    expect(on.body.results[0]).toMatchObject({ status: 'accepted', consumption: 30, exceptions: [] });
    expect((await call(admin, 'POST', `/v1/customers/${customerId}/actions`, { action: 'suspend', reason: 'arrears' })).status).toBe(200);
    const off = await post(admin, [read(meterId, 42, '2026-03-01T10:00:00+08:00')]);
    expect(off.body.results[0]).toMatchObject({ status: 'accepted', consumption: 12, exceptions: [{ rule: 'inactive', grade: 'blocking' }] });
  });

  it('rejects per item: a readAt in the future names the field, a value beyond the register, an unknown meter', async () => {
    const id = await meter({ digits: 4 });
    const future = new Date(Date.now() + 10 * 60_000).toISOString();
    const res = await post(admin, [read(id, 5, '2026-02-01T10:00:00+08:00'), read(id, 9, future), read(id, 10_000, '2026-02-02T10:00:00+08:00'), read('01JZZZZZZZZZZZZZZZZZZZZZZZ', 1, '2026-02-01T10:00:00+08:00')]);
    expect(res.status).toBe(200);
    expect(res.body.results.map((r: { status: string; field: string | null }) => [r.status, r.field])).toEqual([
      ['accepted', null],
      ['rejected', 'readings[1].readAt'],
      ['rejected', 'readings[2].value'],
      ['rejected', 'readings[3].meterId'],
    ]);
    expect(res.body.results[1].reason).toMatch(/future/);
    expect(res.body.results[3].reason).toBe('meter not found');
  });

  it("rejects another tenant's meter per item (not found, never a 500)", async () => {
    const id = await meter();
    const north = await app.login('north', 'admin');
    const res = await post(north, [read(id, 5, '2026-02-01T10:00:00+08:00')]);
    expect(res.status).toBe(200);
    expect(res.body.results[0]).toMatchObject({ status: 'rejected', reason: 'meter not found', field: 'readings[0].meterId', readingId: null });
    expect((await call(north, 'GET', `/v1/meters/${id}/readings`)).status).toBe(404);
    expect((await call(admin, 'GET', `/v1/meters/${id}/readings`)).body.items).toEqual([]);
  });

  it("rejects a meter outside a manager's regions", async () => {
    const west = await meter({ regionId: 'r-west' });
    const east = await meter({ regionId: 'r-east' });
    const res = await post(manager, [read(west, 5, '2026-02-01T10:00:00+08:00'), read(east, 5, '2026-02-01T10:00:00+08:00')]);
    expect(res.body.results.map((r: { status: string }) => r.status)).toEqual(['rejected', 'accepted']);
    expect(res.body.results[0].reason).toBe('meter not found');
    expect((await call(manager, 'GET', `/v1/meters/${west}/readings`)).status).toBe(404);
  });

  it('refuses a batch of 501 readings, and an empty one, as a whole (400)', async () => {
    const id = await meter();
    const many = Array.from({ length: 501 }, (_, i) => read(id, i, new Date(Date.parse('2026-02-01T00:00:00Z') + i * 60_000).toISOString()));
    const res = await post(admin, many);
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toContain('body.readings');
    expect((await post(admin, [])).status).toBe(400);
    expect((await call(admin, 'GET', `/v1/meters/${id}/readings`)).body.items).toEqual([]);
  });

  it("keeps an IC-card meter's balance in integer fen (cardBalanceFen, also in the evidence); yuan with decimals is a 400 naming the field", async () => {
    const id = await meter({ type: 'ic-card' });
    const decimal = await post(admin, [read(id, 30, '2026-04-15T10:00:00+08:00', { cardBalanceFen: 12.35 })]);
    expect(decimal.status).toBe(400);
    expect(decimal.body.errors.map((e: { field: string }) => e.field)).toEqual(['body.readings.0.cardBalanceFen']);
    expect((await post(admin, [read(id, 30, '2026-04-15T10:00:00+08:00', { cardBalance: 12.35 })])).status).toBe(400); // the old yuan field
    const res = await post(admin, [read(id, 30, '2026-04-15T10:00:00+08:00', { cardBalanceFen: 1235, purchases: 0 })]);
    expect(res.body.results[0]).toMatchObject({ status: 'accepted', exceptions: [{ rule: 'ic-card-no-purchase', grade: 'review' }] });
    const [stored] = (await call(admin, 'GET', `/v1/meters/${id}/readings`)).body.items;
    expect(stored).toMatchObject({ cardBalanceFen: 1235, purchases: 0 });
    const exception = (await call(admin, 'GET', '/v1/reading-exceptions?rule=ic-card-no-purchase')).body.items.find((e: { readingId: string }) => e.readingId === res.body.results[0].readingId);
    expect(exception.evidence.facts).toMatchObject({ cardBalanceFen: 1235 });
  });

  it('replays an idempotent re-post instead of recording the readings twice', async () => {
    const id = await meter();
    const key = `rd-${uniq()}`;
    const batch = [read(id, 30, '2026-02-01T10:00:00+08:00'), read(id, 60, '2026-03-01T10:00:00+08:00')];
    const first = await post(admin, batch, { 'idempotency-key': key });
    const again = await post(admin, batch, { 'idempotency-key': key });
    expect(again.status).toBe(200);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.body).toEqual(first.body);
    expect((await call(admin, 'GET', `/v1/meters/${id}/readings`)).body.items).toHaveLength(2);
    // Without the key, the same readings are duplicates of the stored ones.
    const plain = await post(admin, batch);
    expect(plain.body.results.map((r: { status: string; readingId: string; exceptions: unknown[] }) => [r.status, r.readingId, r.exceptions])).toEqual(
      first.body.results.map((r: { readingId: string }) => ['rejected', r.readingId, [{ rule: 'duplicate', grade: 'info' }]]),
    );
  });

  it('two readers posting the same meter at once: one accepted, one duplicate', async () => {
    const id = await meter();
    const field = await app.login('demo', 'field');
    const reading = [read(id, 42, '2026-02-01T10:00:00+08:00')];
    const [a, b] = await Promise.all([post(admin, reading), post(field, reading)]);
    const results = [a.body.results[0], b.body.results[0]].sort((x, y) => x.status.localeCompare(y.status));
    expect(results.map((r) => r.status)).toEqual(['accepted', 'rejected']);
    expect(results[1]).toMatchObject({ readingId: results[0].readingId, exceptions: [{ rule: 'duplicate', grade: 'info' }] });
    const items = (await call(admin, 'GET', `/v1/meters/${id}/readings`)).body.items;
    expect(items).toHaveLength(1);
    // The meter's last reading moved once: the next reading's consumption is from 42.
    const next = await post(admin, [read(id, 50, '2026-03-01T10:00:00+08:00')]);
    expect(next.body.results[0]).toMatchObject({ status: 'accepted', consumption: 8 });
  });

  it('a batch sharing one meter with another reader at once: every other meter accepted once, the shared one once', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 8; i++) ids.push(await meter());
    const field = await app.login('demo', 'field');
    // Readings of many meters share a transaction; the one the other reader also posts makes it fail and fall back.
    const big = ids.map((id, i) => read(id, 30 + i, '2026-02-01T10:00:00+08:00'));
    const [a, b] = await Promise.all([post(admin, big), post(field, [read(ids[5]!, 35, '2026-02-01T10:00:00+08:00')])]);
    expect(a.body.results.filter((r: { index: number; status: string }) => r.index !== 5).map((r: { status: string }) => r.status)).toEqual(Array(7).fill('accepted'));
    expect([a.body.results[5].status, b.body.results[0].status].sort()).toEqual(['accepted', 'rejected']);
    for (const id of ids) expect((await call(admin, 'GET', `/v1/meters/${id}/readings`)).body.items).toHaveLength(1);
  });

  it("counts the region's open exceptions by rule and grade on the dashboard, as the review queue lists them", async () => {
    const dash = (await call(admin, 'GET', '/v1/dashboard?regionId=r-east')).body.readingExceptions;
    expect(dash.open).toBeGreaterThan(0);
    for (const rule of ['negative', 'high', 'zero', 'rollover'] as const) {
      const listed = (await call(admin, 'GET', `/v1/reading-exceptions?regionId=r-east&rule=${rule}&limit=100`)).body.items.length;
      expect(dash.byRule[rule]).toBe(listed);
    }
    const blocking = (await call(admin, 'GET', '/v1/reading-exceptions?regionId=r-east&grade=blocking&limit=100')).body.items.length;
    expect(dash.byGrade.blocking).toBe(blocking);
    expect(dash.byGrade.blocking + dash.byGrade.review + dash.byGrade.info).toBe(dash.open);
  });

  it('puts the reading on the customer timeline', async () => {
    const id = await meter();
    const res = await post(admin, [read(id, 30, '2026-02-01T10:00:00+08:00')]);
    expect(res.body.results[0].status).toBe('accepted');
    const m = (await call(admin, 'GET', `/v1/meters/${id}`)).body;
    const timeline = (await call(admin, 'GET', `/v1/customers/${m.customerId}/timeline`)).body.items;
    expect(timeline[0]).toMatchObject({ action: 'reading.accepted' });
  });
});

describe('the exception review queue', () => {
  const exceptionsOf = async (token: string, query: string) => (await call(token, 'GET', `/v1/reading-exceptions?${query}`)).body.items as { id: string; readingId: string; rule: string; grade: string; status: string; evidence: Record<string, unknown> }[];

  it('lists an exception with its evidence by rule, grade, region and status; accept makes the reading billable again', async () => {
    const id = await meter();
    await post(admin, [read(id, 30, '2026-02-01T10:00:00+08:00'), read(id, 60, '2026-03-01T10:00:00+08:00')]);
    const high = (await post(admin, [read(id, 400, '2026-04-01T10:00:00+08:00')])).body.results[0];
    expect(high).toMatchObject({ exceptions: [{ rule: 'high', grade: 'blocking' }] });
    const listed = (await exceptionsOf(admin, 'rule=high&regionId=r-east')).find((e) => e.readingId === high.readingId)!;
    expect(listed).toMatchObject({ rule: 'high', grade: 'blocking', status: 'open', consumption: 340, regionId: 'r-east' });
    expect(listed.evidence).toMatchObject({ basis: 'history', expectedRange: { min: expect.any(Number), max: expect.any(Number) }, history: expect.any(Array) });
    expect((listed.evidence.history as unknown[]).length).toBe(2);
    expect((await exceptionsOf(admin, 'grade=blocking')).map((e) => e.id)).toContain(listed.id);
    expect((await exceptionsOf(admin, 'grade=info')).map((e) => e.id)).not.toContain(listed.id);
    expect((await exceptionsOf(admin, 'rule=high&grade=review')).map((e) => e.id)).not.toContain(listed.id);

    const res = await call(admin, 'POST', `/v1/reading-exceptions/${listed.id}/actions`, { action: 'accept', note: '现场核实：新增壁挂炉' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'resolved', resolution: { action: 'accept', note: '现场核实：新增壁挂炉' }, version: 2 });
    const [reading] = (await call(admin, 'GET', `/v1/meters/${id}/readings?limit=1`)).body.items;
    expect(reading).toMatchObject({ id: high.readingId, billable: true, status: 'valid' });
    expect((await exceptionsOf(admin, 'rule=high')).map((e) => e.id)).not.toContain(listed.id);
    expect((await exceptionsOf(admin, 'rule=high&status=resolved')).map((e) => e.id)).toContain(listed.id);
    expect((await call(admin, 'POST', `/v1/reading-exceptions/${listed.id}/actions`, { action: 'reject', note: '再次处理' })).status).toBe(409);
  });

  it('reject voids the reading', async () => {
    const id = await meter();
    await post(admin, [read(id, 30, '2026-02-01T10:00:00+08:00')]);
    const drop = (await post(admin, [read(id, 10, '2026-03-01T10:00:00+08:00')])).body.results[0];
    const exception = (await exceptionsOf(admin, 'rule=negative')).find((e) => e.readingId === drop.readingId)!;
    expect((await call(admin, 'POST', `/v1/reading-exceptions/${exception.id}/actions`, { action: 'reject', note: '错抄，重新抄表' })).status).toBe(200);
    const [reading] = (await call(admin, 'GET', `/v1/meters/${id}/readings?limit=1`)).body.items;
    expect(reading).toMatchObject({ id: drop.readingId, billable: false, status: 'void' });
  });

  it("shows a manager only their regions' exceptions; another region is 404", async () => {
    const west = await meter({ regionId: 'r-west', gasOn: false });
    const r = (await post(admin, [read(west, 7, '2026-02-01T10:00:00+08:00')])).body.results[0];
    const exception = (await exceptionsOf(admin, 'rule=inactive&regionId=r-west')).find((e) => e.readingId === r.readingId)!;
    expect(exception).toBeDefined();
    expect((await exceptionsOf(manager, 'rule=inactive')).map((e) => e.id)).not.toContain(exception.id);
    expect((await call(manager, 'GET', '/v1/reading-exceptions?regionId=r-west')).status).toBe(404);
    expect((await call(manager, 'POST', `/v1/reading-exceptions/${exception.id}/actions`, { action: 'accept', note: '越权' })).status).toBe(404);
  });

  it('pages through every region newest first without gaps or repeats', async () => {
    for (const regionId of ['r-east', 'r-west', 'r-south']) {
      const id = await meter({ regionId, gasOn: false });
      await post(admin, [read(id, 3, '2026-02-01T10:00:00+08:00')]);
    }
    const all = await exceptionsOf(admin, 'rule=inactive&limit=100');
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: { id: string }[]; nextCursor: string | null } = (await call(admin, 'GET', `/v1/reading-exceptions?rule=inactive&limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`)).body;
      seen.push(...page.items.map((e) => e.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all.map((e) => e.id));
    expect([...seen].sort().reverse()).toEqual(seen);
    expect(new Set(seen).size).toBe(seen.length);
  });
});

describe('read books', () => {
  const book = (body: Record<string, unknown>) => call(admin, 'POST', '/v1/read-books', { name: `东城${uniq()}册`, regionId: 'r-east', reader: 'field', ...body });

  it('creates a book of meters in walk order for a field user of the region, lists it by region, reads it with its ETag', async () => {
    const [a, b] = [await meter(), await meter()];
    const res = await book({ meterIds: [b, a] });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ regionId: 'r-east', reader: 'field', meterIds: [b, a], meterCount: 2, version: 1 });
    const one = await call(admin, 'GET', `/v1/read-books/${res.body.id}`);
    expect(one.headers.get('etag')).toBe('"1"');
    expect(one.body.meterIds).toEqual([b, a]);
    const list = await call(admin, 'GET', '/v1/read-books?regionId=r-east&limit=200');
    expect(list.body.items).toContainEqual(expect.objectContaining({ id: res.body.id, meterCount: 2 }));
    expect((await call(manager, 'GET', '/v1/read-books?regionId=r-west')).status).toBe(404);
  });

  it('keeps a meter in at most one book; refuses a reader who is not a field user and a meter of another region', async () => {
    const m = await meter();
    expect((await book({ meterIds: [m] })).status).toBe(201);
    const again = await book({ meterIds: [m] });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('meter-in-another-book');
    const agent = await book({ reader: 'agent', meterIds: [] });
    expect(agent.status).toBe(422);
    expect(agent.body.errors[0].field).toBe('reader');
    const west = await meter({ regionId: 'r-west' });
    const other = await book({ meterIds: [west] });
    expect(other.status).toBe(422);
    expect(other.body.errors[0].field).toBe('meterIds.0');
  });

  it('adds, removes and re-sequences under If-Match; a removed meter may join another book', async () => {
    const [a, b, c] = [await meter(), await meter(), await meter()];
    const created = (await book({ meterIds: [a, b] })).body;
    const changed = await call(admin, 'PATCH', `/v1/read-books/${created.id}`, { add: [c], remove: [a], order: [c, b] }, { 'if-match': '"1"' });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ meterIds: [c, b], version: 2 });
    expect((await call(admin, 'PATCH', `/v1/read-books/${created.id}`, { name: '旧版本' }, { 'if-match': '"1"' })).status).toBe(412);
    expect((await call(admin, 'PATCH', `/v1/read-books/${created.id}`, { order: [b] })).status).toBe(422);
    expect((await book({ meterIds: [a] })).status).toBe(201);
    expect((await book({ meterIds: [c] })).status).toBe(409);
  });
});

describe('meter placement', () => {
  it('is set at installation and changed with PATCH /v1/meters/{id} (If-Match), on the customer timeline', async () => {
    const customer = (await call(admin, 'POST', '/v1/customers', newCustomer())).body;
    const installed = await call(admin, 'POST', `/v1/customers/${customer.id}/meters`, { serial: `PL${uniq()}`, type: 'diaphragm', placement: 'outdoor' });
    expect(installed.body).toMatchObject({ placement: 'outdoor', version: 1 });
    const changed = await call(admin, 'PATCH', `/v1/meters/${installed.body.id}`, { placement: 'indoor' }, { 'if-match': '"1"' });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ placement: 'indoor', version: 2 });
    expect((await call(admin, 'PATCH', `/v1/meters/${installed.body.id}`, { placement: 'outdoor' }, { 'if-match': '"1"' })).status).toBe(412);
    expect((await call(admin, 'PATCH', `/v1/meters/${installed.body.id}`, { placement: 'upstairs' })).status).toBe(400);
    const plain = await call(admin, 'POST', `/v1/customers/${customer.id}/meters`, { serial: `PL${uniq()}`, type: 'diaphragm' });
    expect(plain.body.placement).toBeNull();
    const timeline = (await call(admin, 'GET', `/v1/customers/${customer.id}/timeline`)).body.items;
    expect(timeline.map((e: { action: string }) => e.action)).toContain('meter.updated');
  });
});
