import { ulid } from 'ulid';
import { TenantStore } from '../../shared/db/tenant-store.ts';
import { bookGuardItem, readBookItem } from '../../shared/entities/read-book.ts';
import { keys } from '../../shared/keys.ts';
import { systemContext } from '../../shared/tenancy.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { caller } from '../support/retry.ts';
import { newCustomer, uniq } from './customers-fixtures.ts';
import { newStaff } from './reading-fixtures.ts';

/**
 * Read-book split and merge over real HTTP: walk order kept, each meter's guard moved with both
 * books in one transaction (a meter stays in exactly one book), versions, regions, and the
 * transaction limit refused as a 422.
 */
let app: TestApp;
let call: ReturnType<typeof caller>;
let admin: string;
/** A field user of r-west (the demo's `field` reads r-east). */
let westReader: string;
const store = () => new TenantStore(systemContext('demo', 'test', 'read-books'));

beforeAll(async () => {
  app = await startTestApp({ customerScale: 0 });
  call = caller(app);
  admin = await app.login('demo', 'admin');
  westReader = (await newStaff(app, call, admin, ['field'], ['r-west'])).username;
});
afterAll(() => app.stop());

/** Active meters of a region (read books take any active meter: no gas on needed). */
async function meters(n: number, regionId = 'r-east'): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const customer = (await call(admin, 'POST', '/v1/customers', newCustomer({ regionId }))).body;
    ids.push((await call(admin, 'POST', `/v1/customers/${customer.id}/meters`, { serial: `RB${uniq()}`, type: 'diaphragm' })).body.id);
  }
  return ids;
}

const book = async (meterIds: string[], regionId = 'r-east') => {
  const res = await call(admin, 'POST', '/v1/read-books', { name: `册${uniq()}`, regionId, reader: regionId === 'r-west' ? westReader : 'field', meterIds });
  expect(res.status).toBe(201);
  return res.body as { id: string; version: number; meterIds: string[] };
};

const guardOf = async (meterId: string) => (await store().get(keys.meterReadBookGuard('demo', meterId), true))?.bookId;

describe('POST /v1/read-books/{id}/split', () => {
  it('moves the meters named to a new book, walk order kept in both; the new book owns their guards', async () => {
    const [a, b, c, d, e] = await meters(5);
    const source = await book([a!, b!, c!, d!]);
    const res = await call(admin, 'POST', `/v1/read-books/${source.id}/split`, { name: '东城二册', meterIds: [c, a] }, { 'if-match': '"1"' });
    expect(res.status).toBe(201);
    const { book: created, source: rest } = res.body;
    expect(res.headers.get('location')).toBe(`/v1/read-books/${created.id}`);
    expect(created).toMatchObject({ name: '东城二册', regionId: 'r-east', reader: 'field', meterIds: [a, c], meterCount: 2, version: 1 });
    expect(rest).toMatchObject({ id: source.id, meterIds: [b, d], version: 2 });
    expect((await call(admin, 'GET', `/v1/read-books/${source.id}`)).body).toMatchObject({ meterIds: [b, d], version: 2 });
    expect((await call(admin, 'GET', `/v1/read-books/${created.id}`)).body).toMatchObject({ meterIds: [a, c], version: 1 });
    expect([await guardOf(a!), await guardOf(b!), await guardOf(c!), await guardOf(d!)]).toEqual([created.id, source.id, created.id, source.id]);

    // A moved meter is in no other book: not the source's to remove, nobody else's to add.
    expect((await call(admin, 'POST', '/v1/read-books', { name: '重复册', regionId: 'r-east', reader: 'field', meterIds: [a] })).body.code).toBe('meter-in-another-book');
    const notTheSource = await call(admin, 'PATCH', `/v1/read-books/${source.id}`, { remove: [a] });
    expect(notTheSource.status).toBe(422);
    expect(notTheSource.body.errors[0].field).toBe('remove.0');
    // The new book owns it: it removes it, and then another book may take it.
    expect((await call(admin, 'PATCH', `/v1/read-books/${created.id}`, { remove: [a], add: [e] })).body).toMatchObject({ meterIds: [c, e], version: 2 });
    expect((await book([a!])).meterIds).toEqual([a]);
    const timeline = await store().query({ index: 'gsi1', pk: keys.subjectHistory('demo', 'read-book', source.id), newestFirst: true });
    expect(timeline.items[0]).toMatchObject({ action: 'read-book.split' });
  });

  it('refuses a split that takes every meter or a meter not in the book (422), a stale version (412 / 409), a reader of another region', async () => {
    const [a, b] = await meters(2);
    const source = await book([a!, b!]);
    const all = await call(admin, 'POST', `/v1/read-books/${source.id}/split`, { name: '全部', meterIds: [b, a] });
    expect(all.status).toBe(422);
    expect(all.body).toMatchObject({ code: 'split-takes-all', errors: [{ field: 'meterIds' }] });
    const stranger = await call(admin, 'POST', `/v1/read-books/${source.id}/split`, { name: '外来', meterIds: [a, '01JZZZZZZZZZZZZZZZZZZZZZZZ'] });
    expect(stranger.status).toBe(422);
    expect(stranger.body.errors[0].field).toBe('meterIds.1');
    expect((await call(admin, 'POST', `/v1/read-books/${source.id}/split`, { name: '空', meterIds: [] })).status).toBe(400);
    const tooMany = await call(admin, 'POST', `/v1/read-books/${source.id}/split`, { name: '过多', meterIds: Array.from({ length: 91 }, () => ulid()) });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.errors.map((x: { field: string }) => x.field)).toContain('body.meterIds');
    expect((await call(admin, 'POST', `/v1/read-books/${source.id}/split`, { name: '旧', meterIds: [a] }, { 'if-match': '"2"' })).status).toBe(412);
    const stale = await call(admin, 'POST', `/v1/read-books/${source.id}/split`, { name: '旧', meterIds: [a], version: 2 });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('stale-version');
    const reader = await call(admin, 'POST', `/v1/read-books/${source.id}/split`, { name: '西城抄表员', reader: westReader, meterIds: [a] });
    expect(reader.status).toBe(422);
    expect(reader.body.errors[0].field).toBe('reader');
    expect((await call(admin, 'GET', `/v1/read-books/${source.id}`)).body).toMatchObject({ meterIds: [a, b], version: 1 });
    expect([await guardOf(a!), await guardOf(b!)]).toEqual([source.id, source.id]);
  });
});

/** A book of `n` meters written straight to the table with their guards (the meters themselves are not read by a split or a merge). */
async function storedBook(n: number): Promise<{ id: string; meterIds: string[] }> {
  const at = new Date().toISOString();
  const b = { id: ulid(), name: `大册${uniq()}`, regionId: 'r-east', reader: 'field', cadence: 'residentialOutdoor' as const, meterIds: Array.from({ length: n }, () => ulid()), version: 1, createdAt: at, updatedAt: at };
  await store().putMany([readBookItem('demo', b), ...b.meterIds.map((m) => bookGuardItem('demo', m, b.id))]);
  return b;
}

it('the largest split and merge (90 meters) fit their one transaction', async () => {
  const source = await storedBook(91);
  const split = await call(admin, 'POST', `/v1/read-books/${source.id}/split`, { name: '九十', meterIds: source.meterIds.slice(1) });
  expect(split.status).toBe(201);
  expect(split.body.book.meterIds).toEqual(source.meterIds.slice(1));
  expect(split.body.source.meterIds).toEqual(source.meterIds.slice(0, 1));
  for (const m of source.meterIds.slice(1)) expect(await guardOf(m)).toBe(split.body.book.id);
  const merged = await call(admin, 'POST', `/v1/read-books/${source.id}/merge`, { from: split.body.book.id });
  expect(merged.status).toBe(200);
  expect(merged.body.meterIds).toEqual(source.meterIds);
  for (const m of source.meterIds) expect(await guardOf(m)).toBe(source.id);
});

describe('POST /v1/read-books/{id}/merge', () => {
  it("appends the other book's meters in walk order and deletes it; the merged meters can then be added nowhere else", async () => {
    const [a, b, c, d, e] = await meters(5);
    const into = await book([b!, a!]);
    const from = await book([d!, c!]);
    const res = await call(admin, 'POST', `/v1/read-books/${into.id}/merge`, { from: from.id, fromVersion: 1 }, { 'if-match': '"1"' });
    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).toBe('"2"');
    expect(res.body).toMatchObject({ id: into.id, meterIds: [b, a, d, c], meterCount: 4, version: 2 });
    expect((await call(admin, 'GET', `/v1/read-books/${from.id}`)).status).toBe(404);
    expect((await call(admin, 'GET', '/v1/read-books?regionId=r-east&limit=200')).body.items.map((x: { id: string }) => x.id)).not.toContain(from.id);
    expect(await guardOf(d!)).toBe(into.id);
    const elsewhere = await call(admin, 'POST', '/v1/read-books', { name: '别处', regionId: 'r-east', reader: 'field', meterIds: [e, d] });
    expect(elsewhere.status).toBe(409);
    expect(elsewhere.body.code).toBe('meter-in-another-book');
    expect((await call(admin, 'PATCH', `/v1/read-books/${into.id}`, { remove: [c], order: [d, b, a] }, { 'if-match': '"2"' })).body).toMatchObject({ meterIds: [d, b, a], version: 3 });
    expect((await book([c!])).meterIds).toEqual([c]);
  });

  it('refuses another region, itself, a missing book (422 naming from), stale versions, and a book the transaction cannot hold', async () => {
    const [a] = await meters(1);
    const [w] = await meters(1, 'r-west');
    const into = await book([a!]);
    const west = await book([w!], 'r-west');
    const cases: [Record<string, unknown>, number, string][] = [
      [{ from: west.id }, 422, 'book-other-region'],
      [{ from: into.id }, 422, 'merge-into-itself'],
      [{ from: '01JZZZZZZZZZZZZZZZZZZZZZZZ' }, 422, 'book-not-found'],
      [{ from: west.id, fromVersion: 2 }, 409, 'stale-version'],
      [{ from: west.id, version: 2 }, 409, 'stale-version'],
    ];
    for (const [body, status, code] of cases) {
      const res = await call(admin, 'POST', `/v1/read-books/${into.id}/merge`, body);
      expect({ body, status: res.status, code: res.body.code }).toEqual({ body, status, code });
    }
    // 91 meters cannot move in one transaction (≤ 100 writes): refused before anything is written.
    const big = await storedBook(91);
    const tooMany = await call(admin, 'POST', `/v1/read-books/${into.id}/merge`, { from: big.id });
    expect(tooMany.status).toBe(422);
    expect(tooMany.body).toMatchObject({ code: 'too-many-changes', errors: [{ field: 'from' }] });
    expect((await call(admin, 'GET', `/v1/read-books/${into.id}`)).body).toMatchObject({ meterIds: [a], version: 1 });
    expect((await call(admin, 'GET', `/v1/read-books/${west.id}`)).body).toMatchObject({ meterIds: [w], version: 1 });
    expect(await guardOf(big.meterIds[0]!)).toBe(big.id);
  });

  it("a manager of another region gets 404 for the book, and cannot merge in a book they cannot see", async () => {
    const manager = await app.login('demo', 'manager'); // r-east
    const [w1, w2] = await meters(2, 'r-west');
    const [a] = await meters(1);
    const west = await book([w1!, w2!], 'r-west');
    const east = await book([a!]);
    expect((await call(manager, 'POST', `/v1/read-books/${west.id}/split`, { name: '越权', meterIds: [w1] })).status).toBe(404);
    expect((await call(manager, 'POST', `/v1/read-books/${west.id}/merge`, { from: east.id })).status).toBe(404);
    const hidden = await call(manager, 'POST', `/v1/read-books/${east.id}/merge`, { from: west.id });
    expect(hidden.status).toBe(422);
    expect(hidden.body.code).toBe('book-not-found');
    expect((await call(admin, 'GET', `/v1/read-books/${west.id}`)).body).toMatchObject({ meterIds: [w1, w2], version: 1 });
  });

  it('a merge and a change of the merged book at once: one wins, the guards follow the winner', async () => {
    const [a, b, c] = await meters(3);
    const into = await book([a!]);
    const from = await book([b!]);
    const [merge, patch] = await Promise.all([
      call(admin, 'POST', `/v1/read-books/${into.id}/merge`, { from: from.id }),
      call(admin, 'PATCH', `/v1/read-books/${from.id}`, { add: [c] }),
    ]);
    const statuses = [merge.status, patch.status];
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThanOrEqual(1);
    // The loser: 409 (the other wrote between its read and its write), or 404 (a PATCH of the merged, deleted book).
    expect(statuses.every((s) => [200, 404, 409].includes(s))).toBe(true);
    const merged = (await call(admin, 'GET', `/v1/read-books/${into.id}`)).body;
    if (merge.status === 200) {
      // The merge read `from` before or after the PATCH: its meters follow it all, nothing is left behind.
      expect((await call(admin, 'GET', `/v1/read-books/${from.id}`)).status).toBe(404);
      for (const m of merged.meterIds) expect(await guardOf(m)).toBe(into.id);
      expect(merged.meterIds).toEqual(patch.status === 200 ? [a, b, c] : [a, b]);
      if (patch.status !== 200) expect(await guardOf(c!)).toBeUndefined();
    } else {
      expect(merged.meterIds).toEqual([a]);
      expect([await guardOf(b!), await guardOf(c!)]).toEqual([from.id, from.id]);
    }
  });
});
