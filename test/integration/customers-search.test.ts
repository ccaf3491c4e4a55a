import { localDynamoClient } from '../support/table.ts';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { compareKeys, searchCustomers, type SearchQuery } from '../../functions/customers/search.ts';
import { TenantStore } from '../../shared/db/tenant-store.ts';
import { keys, SEARCH_SHARDS } from '../../shared/keys.ts';
import { systemContext } from '../../shared/tenancy.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { caller, newCustomer, testPhone, uniq } from './customers-fixtures.ts';

/**
 * Finding a customer by each designed key, paging merged results across regions, and the walls
 * between tenants and between regions.
 */
let app: TestApp;
let call: ReturnType<typeof caller>;
let admin: string;
let agent: string;
let manager: string; // demo, scoped to r-east
let field: string; // demo, scoped to r-east
let northAdmin: string;
let northManager: string;

interface Made {
  id: string;
  accountNumber: string;
  phone: string;
  serial: string;
  name: string;
  address: string;
  regionId: string;
  class: string;
}

const tag = uniq();
/** A surname no seed uses, and a road no seed uses: prefixes that find only this file's customers. */
const SURNAME = `诸葛${tag}`;
const ROAD = `测试${tag}路`;
const made: Made[] = [];

const create = async (token: string, overrides: Record<string, unknown>): Promise<Made> => {
  const body = newCustomer(overrides);
  const res = await call(token, 'POST', '/v1/customers', body);
  if (res.status !== 201) throw new Error(`create: ${res.status} ${JSON.stringify(res.body)}`);
  const serial = `SN${uniq()}`;
  const meter = await call(token, 'POST', `/v1/customers/${res.body.id}/meters`, { serial, type: 'remote' });
  if (meter.status !== 201) throw new Error(`meter: ${meter.status} ${JSON.stringify(meter.body)}`);
  return { id: res.body.id, accountNumber: body.accountNumber, phone: body.phone, serial, name: body.name, address: body.address, regionId: body.regionId, class: body.class };
};

const search = async (token: string, query: string) => call(token, 'GET', `/v1/customers?${query}`);
const ids = (res: { body: { items: { id: string }[] } }) => res.body.items.map((i) => i.id).sort();
const idsOf = (list: Made[]) => list.map((m) => m.id).sort();

beforeAll(async () => {
  app = await startTestApp();
  call = caller(app);
  [admin, agent, manager, field, northAdmin, northManager] = (await Promise.all([
    app.login('demo', 'admin'),
    app.login('demo', 'agent'),
    app.login('demo', 'manager'),
    app.login('demo', 'field'),
    app.login('north', 'admin'),
    app.login('north', 'manager'),
  ])) as [string, string, string, string, string, string];
  // Seven customers of one surname over three regions and two classes; addresses on one road.
  const plan: [string, string][] = [
    ['r-east', 'residential'],
    ['r-east', 'residential'],
    ['r-east', 'commercial'],
    ['r-west', 'residential'],
    ['r-west', 'commercial'],
    ['r-south', 'residential'],
    ['r-south', 'industrial'],
  ];
  for (const [i, [regionId, cls]] of plan.entries()) {
    made.push(await create(admin, { regionId, class: cls, name: `${SURNAME}${'甲乙丙丁戊己庚'[i]}`, address: `${ROAD}${i + 1}号` }));
  }
});
afterAll(() => app.stop());

/** A demo store over a client of its own that counts the requests it sends, by command. */
function countingStore(regions?: string[]) {
  const doc = DynamoDBDocumentClient.from(
    localDynamoClient(process.env.GASCARE_TEST_DYNAMODB_ENDPOINT),
  );
  const calls: string[] = [];
  const send = doc.send.bind(doc) as (command: unknown) => Promise<unknown>;
  (doc as unknown as { send: (command: { constructor: { name: string } }) => Promise<unknown> }).send = (command) => {
    calls.push(command.constructor.name);
    return send(command);
  };
  const ctx = systemContext('demo', 'search-test', 'search-test');
  const store = new TenantStore(regions ? { ...ctx, principal: { ...ctx.principal, regions } } : ctx, doc);
  const queries = () => calls.filter((c) => c === 'QueryCommand').length;
  return { store, calls, queries };
}

/** Every page of a search, in order, with the store calls it took. */
async function allPages(store: TenantStore, query: SearchQuery) {
  const pages: { ids: string[]; matchedBy: string }[] = [];
  let cursor: string | undefined;
  do {
    const res = await searchCustomers(store, { ...query, cursor });
    pages.push({ ids: res.items.map((c) => c.id), matchedBy: res.matchedBy });
    cursor = res.nextCursor;
  } while (cursor && pages.length < 50);
  return pages;
}

describe('search by each key', () => {
  it('finds by account number, however typed (GetItem on the guard)', async () => {
    const target = made[3]!;
    for (const q of [target.accountNumber, target.accountNumber.toLowerCase(), ` ${target.accountNumber.replace('-', '')} `]) {
      const res = await search(agent, `q=${encodeURIComponent(q)}`);
      expect(res.status).toBe(200);
      expect(res.body.matchedBy).toBe('account-number');
      expect(ids(res)).toEqual([target.id]);
      expect(res.body.nextCursor).toBeNull();
    }
  });

  it('finds by phone, with or without +86 and separators (Query byPhone)', async () => {
    const target = made[1]!;
    for (const q of [target.phone, `+86 ${target.phone.slice(0, 3)}-${target.phone.slice(3, 7)}-${target.phone.slice(7)}`]) {
      const res = await search(agent, `q=${encodeURIComponent(q)}`);
      expect(res.body.matchedBy).toBe('phone');
      expect(ids(res)).toEqual([target.id]);
    }
  });

  it('finds every customer sharing a phone', async () => {
    const phone = testPhone();
    const a = await create(admin, { phone, regionId: 'r-east' });
    const b = await create(admin, { phone, regionId: 'r-west' });
    expect(ids(await search(agent, `q=${phone}`))).toEqual(idsOf([a, b]));
    expect(ids(await search(manager, `q=${phone}`))).toEqual([a.id]); // r-west is not the manager's
  });

  it('finds by meter serial (GetItem on the guard)', async () => {
    const target = made[5]!;
    const res = await search(agent, `q=${target.serial.toLowerCase()}`);
    expect(res.body.matchedBy).toBe('meter-serial');
    expect(ids(res)).toEqual([target.id]);
  });

  it('finds by name prefix in every region, or in one', async () => {
    const all = await search(agent, `q=${encodeURIComponent(SURNAME)}&limit=50`);
    expect(all.body.matchedBy).toBe('prefix');
    expect(ids(all)).toEqual(idsOf(made));
    const exact = await search(agent, `q=${encodeURIComponent(made[4]!.name)}`);
    expect(ids(exact)).toEqual([made[4]!.id]);
    const west = await search(agent, `q=${encodeURIComponent(SURNAME)}&regionId=r-west`);
    expect(ids(west)).toEqual(idsOf(made.filter((m) => m.regionId === 'r-west')));
  });

  it('finds by address prefix', async () => {
    const res = await search(agent, `q=${encodeURIComponent(ROAD)}&limit=50`);
    expect(ids(res)).toEqual(idsOf(made));
    const one = await search(agent, `q=${encodeURIComponent(`${ROAD}3号`)}`);
    expect(ids(one)).toEqual([made[2]!.id]);
    // Normalised like the index: full-width digits and surrounding spaces do not matter.
    const wide = await search(agent, `q=${encodeURIComponent(` ${ROAD}３号 `)}`);
    expect(ids(wide)).toEqual([made[2]!.id]);
  });

  it('lists a region and class (Query byRegionClass), with or without a name prefix', async () => {
    const res = await search(agent, 'regionId=r-west&class=commercial&limit=100');
    expect(res.body.items.every((i: { regionId: string; class: string }) => i.regionId === 'r-west' && i.class === 'commercial')).toBe(true);
    expect(ids(res)).toEqual(expect.arrayContaining([made[4]!.id]));
    expect(ids(res)).not.toContain(made[3]!.id);
    const named = await search(agent, `regionId=r-west&class=commercial&q=${encodeURIComponent(SURNAME)}`);
    expect(ids(named)).toEqual([made[4]!.id]);
    const residential = await search(agent, `class=residential&q=${encodeURIComponent(SURNAME)}`);
    expect(ids(residential)).toEqual(idsOf(made.filter((m) => m.class === 'residential')));
  });

  it('pages merged results across regions in name order, without gaps or repeats', async () => {
    const seen: string[] = [];
    const names: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res: { status: number; body: { items: { id: string; name: string }[]; nextCursor: string | null } } = await search(agent, `q=${encodeURIComponent(SURNAME)}&limit=3${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      expect(res.status).toBe(200);
      expect(res.body.items.length).toBeLessThanOrEqual(3);
      seen.push(...res.body.items.map((i) => i.id));
      names.push(...res.body.items.map((i) => i.name));
      cursor = res.body.nextCursor;
      pages += 1;
    } while (cursor && pages < 10);
    expect(pages).toBeGreaterThanOrEqual(3);
    expect([...seen].sort()).toEqual(idsOf(made));
    expect(new Set(seen).size).toBe(seen.length);
    // In key order: the names' UTF-8 bytes (丁 U+4E01 before 甲 U+7532), across all regions.
    expect(names).toEqual(made.map((m) => m.name).sort(compareKeys));
  });

  it('lists without q: the caller’s regions, page by page', async () => {
    const first = await search(admin, 'limit=5');
    expect(first.body.items).toHaveLength(5);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const second = await search(admin, `limit=5&cursor=${encodeURIComponent(first.body.nextCursor)}`);
    expect(ids(second).some((id) => ids(first).includes(id))).toBe(false);
    // A cursor belongs to its list: another query with it is a 400 naming cursor.
    const wrong = await search(admin, `limit=5&regionId=r-east&cursor=${encodeURIComponent(first.body.nextCursor)}`);
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors[0].field).toBe('cursor');
  });

  it('finds nothing for a stranger, and refuses bad queries with the field named', async () => {
    expect((await search(agent, `q=${encodeURIComponent(`无此人${uniq()}`)}`)).body.items).toEqual([]);
    const badClass = await search(agent, 'class=household');
    expect(badClass.status).toBe(400);
    expect(badClass.body.errors[0].field).toBe('query.class');
    const unknown = await search(agent, 'colour=red');
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors[0].field).toBe('query.colour');
    expect((await search(agent, 'limit=1000')).status).toBe(400);
  });
});

describe('tenant-wide prefix search (byTenantName, byTenantAddress)', () => {
  const extraRegions = Array.from({ length: 19 }, (_, i) => `r-x${String(i + 1).padStart(2, '0')}`);
  let regionIds: string[];

  beforeAll(async () => {
    // 22 regions, and more of the surname in the new ones.
    for (const regionId of extraRegions) {
      const res = await call(admin, 'POST', '/v1/regions', { regionId, name: `片区${regionId}` });
      if (res.status !== 201) throw new Error(`region: ${res.status} ${JSON.stringify(res.body)}`);
    }
    for (const [i, regionId] of extraRegions.slice(0, 5).entries()) {
      made.push(await create(admin, { regionId, name: `${SURNAME}${'子丑寅卯辰'[i]}`, address: `${ROAD}${20 + i}号` }));
    }
    regionIds = (await call(admin, 'GET', '/v1/regions')).body.items.map((r: { regionId: string }) => r.regionId);
    expect(regionIds.length).toBeGreaterThanOrEqual(22);
  });

  it('answers an admin’s prefix page in 2 × SEARCH_SHARDS Queries, whatever the regions, with the same items in the same order as per region', async () => {
    for (const q of [SURNAME, ROAD, SURNAME.slice(0, 1)]) {
      const admin = countingStore();
      const first = await searchCustomers(admin.store, { q, limit: 3 });
      expect(first.matchedBy).toBe('prefix');
      // The shards of the name and address indexes; no region list, no GetItem (not an identifier).
      expect(admin.queries()).toBe(2 * SEARCH_SHARDS);
      expect(admin.calls).toHaveLength(2 * SEARCH_SHARDS);
      if (!first.nextCursor) continue;
      const before = admin.queries();
      await searchCustomers(admin.store, { q, limit: 3, cursor: first.nextCursor });
      expect(admin.queries() - before).toBeLessThanOrEqual(2 * SEARCH_SHARDS);
    }
    // The same items, in the same order, as the per-region path (a caller scoped to every region:
    // 2 Queries per region). A tenant-wide page may be shorter (each shard is asked for its share).
    for (const q of [SURNAME, ROAD]) {
      const wide = countingStore();
      const perRegion = countingStore(regionIds);
      const widePages = await allPages(wide.store, { q, limit: 3 });
      const regionPages = await allPages(perRegion.store, { q, limit: 3 });
      expect(widePages.flatMap((p) => p.ids)).toEqual(regionPages.flatMap((p) => p.ids));
      expect(widePages.every((p) => p.matchedBy === 'prefix' && p.ids.length <= 3)).toBe(true);
      expect(widePages.flatMap((p) => p.ids).sort()).toEqual(idsOf(made));
      // At most 2 × SEARCH_SHARDS per page (a source whose range the cursor passed is not queried).
      expect(wide.queries()).toBeLessThanOrEqual(widePages.length * 2 * SEARCH_SHARDS);
      expect(perRegion.queries()).toBeGreaterThan(2 * wide.queries());
      const firstPerRegion = countingStore(regionIds);
      await searchCustomers(firstPerRegion.store, { q, limit: 3 });
      expect(firstPerRegion.queries()).toBe(1 + 2 * regionIds.length); // what an admin's page cost before: 45 with 22 regions
    }
  });

  it('spreads a first character’s customers over the shards', async () => {
    const { store } = countingStore();
    const counts = await Promise.all(
      Array.from({ length: SEARCH_SHARDS }, async (_, shard) => (await store.query({ index: 'gsi5', pk: keys.tenantNameCustomers('demo', SURNAME.slice(0, 1), shard), limit: 100 })).items.length),
    );
    expect(counts.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(made.length);
    expect(counts.filter((c) => c > 0).length).toBeGreaterThan(1);
  });

  it('keeps a manager to the per-region indexes and their regions', async () => {
    const manager = countingStore(['r-east']);
    const res = await searchCustomers(manager.store, { q: SURNAME, limit: 50 });
    expect(res.items.map((c) => c.id).sort()).toEqual(idsOf(made.filter((m) => m.regionId === 'r-east')));
    expect(manager.queries()).toBe(1 + 2);
  });
});

describe('search by the last digits of a phone (byPhone, partition of the last 4)', () => {
  const ending = String(Math.floor(Math.random() * 1e6)).padStart(6, '0');
  const withEnding: Made[] = [];
  beforeAll(async () => {
    withEnding.push(await create(admin, { phone: `19900${ending}`, regionId: 'r-east' }));
    withEnding.push(await create(admin, { phone: `19911${ending}`, regionId: 'r-west' }));
    // Same last 4 only: its fifth digit from the end differs from the ending's (a random ending once had a 3 there).
    const fifth = ending[1] === '3' ? '4' : '3';
    withEnding.push(await create(admin, { phone: `199223${fifth}${ending.slice(2)}`, regionId: 'r-east' }));
  });

  const phonesOf = async (found: string[]) => {
    const { store } = countingStore();
    return (await store.getMany<{ phone: string }>(found.map((id) => keys.customer('demo', id)))).map((c) => c.phone);
  };

  it('finds every customer whose phone ends with 4–6 digits, and nothing else', async () => {
    for (const digits of [ending.slice(2), ending.slice(1), ending]) {
      const res = await search(agent, `q=${digits}&limit=50`);
      expect(res.status).toBe(200);
      expect(res.body.matchedBy).toBe('phone-last-digits');
      const expected = withEnding.filter((m) => m.phone.endsWith(digits));
      expect(ids(res)).toEqual(expect.arrayContaining(idsOf(expected)));
      for (const phone of await phonesOf(ids(res))) expect(phone.endsWith(digits)).toBe(true);
      if (digits.length > 4) expect(ids(res)).not.toContain(withEnding[2]!.id);
    }
  });

  it('is one Query beside the exact keys, pages with the cursor, and keeps to the caller’s regions', async () => {
    const admin = countingStore();
    const first = await searchCustomers(admin.store, { q: ending.slice(2), limit: 1 });
    expect(first.matchedBy).toBe('phone-last-digits');
    // Account guard, serial guard, the last-4 partition (an admin needs no region list).
    expect(admin.queries()).toBe(1);
    expect(admin.calls).toHaveLength(3);
    const pages = await allPages(admin.store, { q: ending.slice(2), limit: 1 });
    expect(pages.every((p) => p.matchedBy === 'phone-last-digits')).toBe(true);
    const all = pages.flatMap((p) => p.ids);
    expect(new Set(all).size).toBe(all.length);
    expect(all).toEqual(expect.arrayContaining(idsOf(withEnding)));

    const east = await search(manager, `q=${ending}&limit=50`);
    expect(ids(east)).toEqual([withEnding[0]!.id]);
    expect((await search(northAdmin, `q=${ending}`)).body.items).toEqual([]);
  });

  it('tries the account number first: 4–6 digits that are an account number find the account', async () => {
    const accountNumber = ending.slice(2);
    const owner = await create(admin, { accountNumber, regionId: 'r-south' });
    const res = await search(agent, `q=${accountNumber}`);
    expect(res.body.matchedBy).toBe('account-number');
    expect(ids(res)).toEqual([owner.id]);
  });
});

describe('another tenant', () => {
  it('cannot read, change, act on, reveal or equip a demo customer: 404', async () => {
    const target = made[0]!;
    const meterId = (await call(admin, 'GET', `/v1/customers/${target.id}`)).body.meters[0].id;
    const attempts = [
      call(northAdmin, 'GET', `/v1/customers/${target.id}`),
      call(northAdmin, 'PATCH', `/v1/customers/${target.id}`, { name: '篡改' }),
      call(northAdmin, 'POST', `/v1/customers/${target.id}/actions`, { action: 'close', reason: '篡改' }),
      call(northAdmin, 'POST', `/v1/customers/${target.id}/meters`, { serial: `X${uniq()}`, type: 'remote' }),
      call(northAdmin, 'GET', `/v1/customers/${target.id}/timeline`),
      call(northAdmin, 'POST', `/v1/customers/${target.id}/reveal`, { fields: ['phone'], reason: '篡改' }),
      call(northAdmin, 'GET', `/v1/meters/${meterId}`),
      call(northAdmin, 'POST', `/v1/meters/${meterId}/replace`, { newSerial: `X${uniq()}`, finalRead: 1, startRead: 0 }),
      call(northManager, 'GET', `/v1/customers/${target.id}`),
    ];
    for (const res of await Promise.all(attempts)) {
      expect(res.status).toBe(404);
      expect(JSON.stringify(res.body)).not.toContain(target.accountNumber);
    }
    const still = await call(admin, 'GET', `/v1/customers/${target.id}`);
    expect(still.body).toMatchObject({ name: target.name, version: 2, state: 'applied' });
  });

  it('never lists demo data, whatever it searches for', async () => {
    const target = made[0]!;
    for (const q of [target.accountNumber, target.phone, target.serial, SURNAME, ROAD]) {
      const res = await search(northAdmin, `q=${encodeURIComponent(q)}`);
      expect(res.status).toBe(200);
      expect(res.body.items).toEqual([]);
    }
    expect((await search(northAdmin, 'regionId=r-east')).status).toBe(404);
    const all = await search(northAdmin, 'limit=100');
    expect(all.body.items.every((i: { regionId: string }) => ['n-1', 'n-2'].includes(i.regionId))).toBe(true);
    // A demo cursor is not a north cursor.
    const demoCursor = (await search(admin, 'limit=1')).body.nextCursor;
    expect((await search(northAdmin, `limit=1&cursor=${encodeURIComponent(demoCursor)}`)).status).toBe(400);
  });

  it('may hold the same account number and serial as another tenant', async () => {
    const target = made[0]!;
    const res = await call(northAdmin, 'POST', '/v1/customers', newCustomer({ accountNumber: target.accountNumber, regionId: 'n-1' }));
    expect(res.status).toBe(201);
    expect((await call(northAdmin, 'POST', `/v1/customers/${res.body.id}/meters`, { serial: target.serial, type: 'diaphragm' })).status).toBe(201);
  });
});

describe('a regional manager (r-east)', () => {
  const west = () => made.find((m) => m.regionId === 'r-west')!;
  const east = () => made.find((m) => m.regionId === 'r-east')!;

  it('cannot see or change a customer of another region: 404', async () => {
    const target = west();
    const meterId = (await call(admin, 'GET', `/v1/customers/${target.id}`)).body.meters[0].id;
    for (const res of await Promise.all([
      call(manager, 'GET', `/v1/customers/${target.id}`),
      call(manager, 'PATCH', `/v1/customers/${target.id}`, { name: '越权' }),
      call(manager, 'POST', `/v1/customers/${target.id}/actions`, { action: 'close', reason: '越权' }),
      call(manager, 'GET', `/v1/customers/${target.id}/timeline`),
      call(manager, 'POST', `/v1/customers/${target.id}/reveal`, { fields: ['phone'], reason: '越权' }),
      call(manager, 'POST', `/v1/customers/${target.id}/meters`, { serial: `X${uniq()}`, type: 'remote' }),
      call(manager, 'GET', `/v1/meters/${meterId}`),
      call(field, 'GET', `/v1/customers/${target.id}`),
    ])) {
      expect(res.status).toBe(404);
    }
    expect((await call(manager, 'GET', `/v1/customers/${east().id}`)).status).toBe(200);
  });

  it('cannot create in, or move a customer to, another region: 403', async () => {
    const res = await call(manager, 'POST', '/v1/customers', newCustomer({ regionId: 'r-west' }));
    expect(res.status).toBe(403);
    const own = await call(manager, 'POST', '/v1/customers', newCustomer({ regionId: 'r-east' }));
    expect(own.status).toBe(201);
    const move = await call(manager, 'PATCH', `/v1/customers/${own.body.id}`, { regionId: 'r-west' });
    expect(move.status).toBe(403);
    expect((await call(manager, 'GET', `/v1/customers/${own.body.id}`)).body.regionId).toBe('r-east');
  });

  it('lists only own regions; another region is 404 and exact keys of it find nothing', async () => {
    expect((await search(manager, 'regionId=r-west')).status).toBe(404);
    const mine = await search(manager, `q=${encodeURIComponent(SURNAME)}&limit=50`);
    expect(ids(mine)).toEqual(idsOf(made.filter((m) => m.regionId === 'r-east')));
    for (const q of [west().accountNumber, west().phone, west().serial]) {
      expect((await search(manager, `q=${encodeURIComponent(q)}`)).body.items).toEqual([]);
    }
    const all = await search(manager, 'limit=100');
    expect(all.body.items.every((i: { regionId: string }) => i.regionId === 'r-east')).toBe(true);
  });

  it('sees meters follow their customer when an admin moves the customer', async () => {
    const target = await create(admin, { regionId: 'r-east' });
    const meterId = (await call(admin, 'GET', `/v1/customers/${target.id}`)).body.meters[0].id;
    expect((await call(manager, 'GET', `/v1/meters/${meterId}`)).status).toBe(200);
    const moved = await call(admin, 'PATCH', `/v1/customers/${target.id}`, { regionId: 'r-south' });
    expect(moved.status).toBe(200);
    expect((await call(manager, 'GET', `/v1/meters/${meterId}`)).status).toBe(404);
    expect((await call(admin, 'GET', `/v1/meters/${meterId}`)).body.regionId).toBe('r-south');
    expect(ids(await search(admin, `regionId=r-south&q=${encodeURIComponent(target.name)}&limit=100`))).toContain(target.id);
  });
});
