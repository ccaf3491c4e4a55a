import { ScanCommand } from '@aws-sdk/client-dynamodb';
import { localDynamoClient } from '../support/table.ts';
import * as z from 'zod';
import { ROUTES } from '../../functions/manifest.ts';
import { routeKey } from '../../shared/http/route.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { caller } from '../support/retry.ts';
import { newCustomer, uniq } from './customers-fixtures.ts';
import { BODIES, createFixtures, fx } from './route-bodies.ts';

/**
 * What an outside tester throws at the API: numbers at the edges of a double in every numeric
 * field of every route's JSON body (the fields are read from the routes' zod schemas, so a new
 * route or field is attacked without a line here), and hostile text in the human-readable fields.
 * Each is a 4xx naming the field — never a 5xx — and writes nothing (the table's items are counted).
 */
let app: TestApp;
let call: ReturnType<typeof caller>;
let admin: string;

type Segment = string | 0;
/** The numeric fields of a JSON schema, as paths (0: an array's item) with their schema; unions contribute every variant's. */
function numericPaths(schema: Record<string, unknown>, at: Segment[] = []): { path: Segment[]; schema: Record<string, unknown> }[] {
  const type = schema.type;
  const types = Array.isArray(type) ? type : [type];
  const found: { path: Segment[]; schema: Record<string, unknown> }[] = types.includes('number') || types.includes('integer') ? [{ path: at, schema }] : [];
  for (const key of ['anyOf', 'oneOf', 'allOf'] as const) for (const s of (schema[key] as Record<string, unknown>[] | undefined) ?? []) found.push(...numericPaths(s, at));
  for (const [name, s] of Object.entries((schema.properties as Record<string, Record<string, unknown>> | undefined) ?? {})) found.push(...numericPaths(s, [...at, name]));
  if (schema.items && typeof schema.items === 'object') found.push(...numericPaths(schema.items as Record<string, unknown>, [...at, 0]));
  return found;
}

/** The body with `value` at `path`, or undefined when the body has no place for it (another variant's field). */
function withValue(body: Record<string, unknown>, path: Segment[], value: number): Record<string, unknown> | undefined {
  const copy = structuredClone(body);
  let node: unknown = copy;
  for (const segment of path.slice(0, -1)) {
    node = (node as Record<string | number, unknown>)[segment];
    if (node === null || typeof node !== 'object') return undefined;
  }
  const last = path.at(-1)!;
  if (!(last in (node as object)) && path.length > 1) return undefined;
  (node as Record<string | number, unknown>)[last] = value;
  return copy;
}

const EDGES = [1e308, 9007199254740994, 5e-324, -1];
/** A signed field (its minimum below 0: an adjustment's volume) takes -1; its negative edge is -1e308. */
const edgesOf = (schema: Record<string, unknown>) => (typeof schema.minimum === 'number' && schema.minimum < 0 ? [1e308, 9007199254740994, 5e-324, -1e308] : EDGES);
const bodyRoutes = ROUTES.filter((r) => r.body);
const CASES = bodyRoutes.flatMap((route) => {
  const key = routeKey(route.method, route.path);
  const json = z.toJSONSchema(route.body!, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  const unique = new Map(numericPaths(json).map((p) => [p.path.join('.'), p]));
  return [...unique.values()].map(({ path, schema }) => ({ key, method: route.method, path, type: schema.type, edges: edgesOf(schema) }));
});

async function itemCount(): Promise<number> {
  await app.runtime.idle();
  const client = localDynamoClient(process.env.GASCARE_TEST_DYNAMODB_ENDPOINT);
  let count = 0;
  let start: Record<string, never> | undefined;
  do {
    const page = await client.send(new ScanCommand({ TableName: process.env.TABLE_NAME, Select: 'COUNT', ExclusiveStartKey: start }));
    count += page.Count ?? 0;
    start = page.LastEvaluatedKey as typeof start;
  } while (start);
  client.destroy();
  return count;
}

beforeAll(async () => {
  app = await startTestApp({ customerScale: 0 });
  call = caller(app);
  admin = await app.login('demo', 'admin');
  await createFixtures(call, admin);
});
afterAll(() => app.stop());

describe('numbers at the edges', () => {
  it('has a valid body for every route with a JSON body, and finds the numeric fields', () => {
    expect(bodyRoutes.map((r) => routeKey(r.method, r.path)).filter((k) => !BODIES[k])).toEqual([]);
    expect(CASES.map((c) => `${c.key} ${c.path.join('.')}`)).toEqual(
      expect.arrayContaining([
        'POST /v1/meters/{id}/replace finalRead',
        'POST /v1/meters/{id}/replace startRead',
        'POST /v1/customers/{id}/meters startRead',
        'POST /v1/meters/{id}/ic-card/purchases amountFen',
        'POST /v1/meters/{id}/ic-card/purchases volume',
        'POST /v1/customer-imports/{id}/batches firstRow',
        'POST /v1/readings readings.0.value',
        'POST /v1/readings readings.0.cardBalanceFen',
        'POST /v1/adjustments volume',
        'POST /v1/adjustments/{id}/actions version',
        'POST /v1/read-books/{id}/merge fromVersion',
        'POST /v1/survey-campaigns sampleRate',
        'POST /v1/survey-campaigns quotas.0.max',
        'POST /v1/public/surveys/{token} scores.attitude',
      ]),
    );
  });

  it.each(CASES.map((c) => [`${c.key} ${c.path.join('.')}`, c] as const))('%s: 1e308, 2^53+2, 5e-324 and -1 (-1e308 when signed) are a 400 naming the field, nothing written', async (_name, c) => {
    const route = BODIES[c.key]!;
    const before = await itemCount();
    let attacked = 0;
    for (const base of route.bodies()) {
      for (const value of c.edges) {
        const body = withValue(base, c.path, value);
        if (!body) continue;
        attacked += 1;
        const res = await call(admin, c.method, route.path(), body);
        expect({ value, status: res.status }).toEqual({ value, status: 400 });
        expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(['body', ...c.path].join('.'));
      }
    }
    expect(attacked).toBeGreaterThan(0);
    expect(await itemCount()).toBe(before);
  });
});

/** Money is integer fen (CONTRACT.md: its fields end in `Fen`): yuan with decimals sent by mistake is refused, never rounded. */
describe('money in integer fen', () => {
  const FEN = CASES.filter((c) => String(c.path.at(-1)).endsWith('Fen'));
  it('every money field of a body is named …Fen and is an integer in the schema', () => {
    expect(FEN.map((c) => `${c.key} ${c.path.join('.')}`)).toEqual(expect.arrayContaining(['POST /v1/meters/{id}/ic-card/purchases amountFen', 'POST /v1/readings readings.0.cardBalanceFen']));
    expect(FEN.filter((c) => c.type !== 'integer').map((c) => `${c.key} ${c.path.join('.')}`)).toEqual([]);
    expect(CASES.filter((c) => /amount|balance|price|fee|money/i.test(String(c.path.at(-1))) && !String(c.path.at(-1)).endsWith('Fen')).map((c) => `${c.key} ${c.path.join('.')}`)).toEqual([]);
  });

  it.each(FEN.map((c) => [`${c.key} ${c.path.join('.')}`, c] as const))('%s: 12.5 and 0.01 are a 400 naming the field, nothing written', async (_name, c) => {
    const route = BODIES[c.key]!;
    const before = await itemCount();
    for (const value of [12.5, 0.01]) {
      const body = withValue(route.bodies()[0]!, c.path, value)!;
      const res = await call(admin, c.method, route.path(), body);
      expect({ value, status: res.status }).toEqual({ value, status: 400 });
      expect(res.body.errors).toContainEqual(expect.objectContaining({ field: ['body', ...c.path].join('.'), message: expect.stringMatching(/integer number of fen/) }));
    }
    expect(await itemCount()).toBe(before);
  });
});

describe('hostile text', () => {
  const HOSTILE = [
    ['NUL', '王\u0000芳'],
    ['an ANSI escape', '\u001b[2J王芳'],
    ['a C1 control', '王\u009b芳'],
    ['a right-to-left override', '王芳\u202Etxt.exe'],
    ['an isolate', '王\u2066芳'],
    ['a zero-width space', '王\u200B芳'],
    ['a BOM', '\uFEFF王芳'],
    ['an unpaired surrogate', '王\uD800芳'],
  ] as const;

  it.each(HOSTILE)('%s in a new customer\'s name, address, notes, tags or contact is a 400 naming the field, nothing written', async (_what, text) => {
    const before = await itemCount();
    const cases: [Record<string, unknown>, string][] = [
      [{ name: text }, 'body.name'],
      [{ address: `幸福路${text}` }, 'body.address'],
      [{ notes: text }, 'body.notes'],
      [{ tags: ['ok', text] }, 'body.tags.1'],
      [{ contacts: [{ name: text, phone: '13812345678' }] }, 'body.contacts.0.name'],
    ];
    for (const [overrides, field] of cases) {
      const res = await call(admin, 'POST', '/v1/customers', newCustomer(overrides));
      expect({ field, status: res.status }).toEqual({ field, status: 400 });
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    }
    expect(await itemCount()).toBe(before);
  });

  it('is refused in a change, a reason, a region name, a key name and an import file name', async () => {
    const text = 'x\u202Ey';
    const before = await itemCount();
    const refused: [string, string, unknown, string][] = [
      ['PATCH', `/v1/customers/${fx.customerId}`, { name: text }, 'body.name'],
      ['POST', `/v1/customers/${fx.customerId}/actions`, { action: 'close', reason: text }, 'body.reason'],
      ['POST', `/v1/customers/${fx.customerId}/reveal`, { fields: ['phone'], reason: text }, 'body.reason'],
      ['POST', '/v1/notifications/01JAAAAAAAAAAAAAAAAAAAAAAA/actions', { action: 'complete', outcome: 'reached', note: text }, 'body.note'],
      ['POST', '/v1/regions', { regionId: `n-${uniq()}`, name: text }, 'body.name'],
      ['POST', '/v1/api-keys', { name: text, scopes: ['customers:read'] }, 'body.name'],
      ['POST', '/v1/customer-imports', { fileName: `${text}.csv`, columns: ['户号'] }, 'body.fileName'],
      ['POST', '/v1/reading-exceptions/01JZZZZZZZZZZZZZZZZZZZZZZZ/actions', { action: 'accept', note: text }, 'body.note'],
      ['POST', '/v1/adjustments', { meterId: fx.meterId, volume: 3, kind: 'supplement', reason: text, evidence: [{ type: 'photo', ref: 'p-1' }] }, 'body.reason'],
      ['POST', '/v1/adjustments/01JZZZZZZZZZZZZZZZZZZZZZZZ/actions', { action: 'reject', note: text }, 'body.note'],
      ['POST', '/v1/read-books/01JZZZZZZZZZZZZZZZZZZZZZZZ/split', { name: text, meterIds: ['01JZZZZZZZZZZZZZZZZZZZZZZZ'] }, 'body.name'],
      ['POST', '/v1/read-books', { name: text, regionId: 'r-east', reader: 'field', meterIds: [] }, 'body.name'],
      ['PUT', '/v1/calendar/2032', { workingHours: [{ start: '08:30', end: '17:30' }], days: [{ date: '2032-05-03', kind: 'holiday', name: text }], version: 0 }, 'body.days.0.name'],
    ];
    for (const [method, path, body, field] of refused) {
      const res = await call(admin, method, path, body);
      expect({ path, status: res.status }).toEqual({ path, status: 400 });
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    }
    expect(await itemCount()).toBe(before);
  });

  it('in the event feed\'s query (types, after, since, limit) is a 400 naming the parameter, never a 5xx', async () => {
    const cases: [string, string][] = [
      [`types=${encodeURIComponent('customer.*,\u202Eticket.*')}`, 'query.types.1'],
      [`types=${encodeURIComponent('*'.repeat(1001))}`, 'query.types'],
      [`types=${encodeURIComponent(',')}`, 'query.types.0'],
      [`after=${encodeURIComponent('王\u0000芳')}`, 'query.after'],
      [`after=${'A'.repeat(3000)}`, 'query.after'],
      [`after=${encodeURIComponent('eyJ0IjoiZGVtbyJ9.c2ln')}`, 'query.after'],
      ['after=7ZZZZZZZZZZZZZZZZZZZZZZZZZ', 'query.after'],
      ['after=ZZZZZZZZZZZZZZZZZZZZZZZZZZ', 'query.after'],
      [`since=${encodeURIComponent('2026-12-01T00:00:00\u202E+08:00')}`, 'query.since'],
      ['since=%2B275760-09-13T00%3A00%3A00Z', 'query.since'],
      ['limit=1e308', 'query.limit'],
      ['limit=-1', 'query.limit'],
    ];
    for (const [query, field] of cases) {
      const res = await call(admin, 'GET', `/v1/events?${query}`);
      expect({ query, status: res.status }).toEqual({ query, status: 400 });
      expect({ query, fields: res.body.errors.map((e: { field: string }) => e.field) }).toEqual({ query, fields: expect.arrayContaining([field]) });
    }
  });

  it('in a CSV cell, rejects the row on the field; notes keep their line breaks', async () => {
    const imp = (await call(admin, 'POST', '/v1/customer-imports', { fileName: 'hostile.csv', columns: ['户号', '户名', '类别', '电话', '地址', '片区', '备注'] })).body;
    const row = (n: string, 户名: string, 备注 = '') => ({ 户号: `H${uniq()}${n}`, 户名, 类别: '居民', 电话: `1990000${String(Math.floor(Math.random() * 1e4)).padStart(4, '0')}`, 地址: '幸福路88号', 片区: 'r-east', 备注 });
    const res = await call(admin, 'POST', `/v1/customer-imports/${imp.id}/batches`, { firstRow: 2, rows: [row('1', '王\u0000芳'), row('2', '王芳', '第一行\r\n第二行')] });
    expect(res.status).toBe(200);
    const [bad, good] = res.body.results;
    expect(bad).toMatchObject({ row: 2, status: 'rejected', errors: [{ field: 'name', column: '户名' }] });
    expect(bad.errors[0].message).toContain('U+0000');
    expect(good).toMatchObject({ row: 3, status: 'created' });
    expect((await call(admin, 'GET', `/v1/customers/${good.customerId}`)).body.notes).toBe('第一行\n第二行');
  });
});
