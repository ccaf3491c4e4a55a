import { DynamoDBClient, ScanCommand } from '@aws-sdk/client-dynamodb';
import * as z from 'zod';
import { ROUTES } from '../../functions/manifest.ts';
import { customersLifecyclePolicy } from '../../shared/contract/customers-policies.ts';
import { routeKey } from '../../shared/http/route.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { caller } from '../support/retry.ts';
import { newCustomer, uniq } from './customers-fixtures.ts';

/**
 * What an outside tester throws at the API: numbers at the edges of a double in every numeric
 * field of every route's JSON body (the fields are read from the routes' zod schemas, so a new
 * route or field is attacked without a line here), and hostile text in the human-readable fields.
 * Each is a 4xx naming the field — never a 5xx — and writes nothing (the table's items are counted).
 */
let app: TestApp;
let call: ReturnType<typeof caller>;
let admin: string;
const fx = { customerId: '', meterId: '', icMeterId: '', importId: '', ticketId: '', campaignId: '' };
const SCORES = { attitude: 5, quality: 4, resolution: 4, afterSales: 5 };
const SOME_ULID = '01KBZ7Q3X5V6W7Y8Z9A0B1C2D3';

/** A valid body of each route that has one (several for a union: each numeric field is attacked in the bodies that reach it). */
const BODIES: Record<string, { path: () => string; bodies: () => Record<string, unknown>[] }> = {
  [routeKey('POST', '/v1/auth/login')]: { path: () => '/v1/auth/login', bodies: () => [{ tenant: 'demo', username: 'admin', password: 'x' }] },
  [routeKey('POST', '/v1/auth/password')]: { path: () => '/v1/auth/password', bodies: () => [{ currentPassword: 'x', newPassword: 'Correct-Horse-9' }] },
  [routeKey('POST', '/v1/auth/password-reset')]: { path: () => '/v1/auth/password-reset', bodies: () => [{ tenant: 'demo', token: 'x'.repeat(43), newPassword: 'Correct-Horse-9' }] },
  [routeKey('POST', '/v1/users')]: { path: () => '/v1/users', bodies: () => [{ username: `u${uniq()}`.toLowerCase(), name: '新用户', roles: ['agent'], regions: ['r-east'] }] },
  [routeKey('PATCH', '/v1/users/{username}')]: { path: () => '/v1/users/dispatcher', bodies: () => [{ name: '调度员', version: 1 }] },
  [routeKey('POST', '/v1/users/{username}/actions')]: { path: () => '/v1/users/dispatcher/actions', bodies: () => [{ action: 'enable' }] },
  [routeKey('POST', '/v1/regions')]: { path: () => '/v1/regions', bodies: () => [{ regionId: `n-${uniq()}`, name: '新片区' }] },
  [routeKey('POST', '/v1/api-keys')]: { path: () => '/v1/api-keys', bodies: () => [{ name: 'bank', scopes: ['customers:read'] }] },
  [routeKey('PATCH', '/v1/api-keys/{id}')]: { path: () => '/v1/api-keys/01JZZZZZZZZZZZZZZZZZZZZZZZ', bodies: () => [{ tier: 'basic' }] },
  [routeKey('POST', '/v1/api-keys/{id}/rotate')]: { path: () => '/v1/api-keys/01JZZZZZZZZZZZZZZZZZZZZZZZ/rotate', bodies: () => [{ overlapHours: 2 }] },
  [routeKey('POST', '/v1/webhooks')]: { path: () => '/v1/webhooks', bodies: () => [{ url: 'https://203.0.113.9/hooks', events: ['survey.answered'], description: '测试' }] },
  [routeKey('PATCH', '/v1/webhooks/{id}')]: { path: () => '/v1/webhooks/01JZZZZZZZZZZZZZZZZZZZZZZZ', bodies: () => [{ description: '测试', state: 'active' }] },
  [routeKey('POST', '/v1/jobs/{job}/runs')]: { path: () => '/v1/jobs/archive-stats/runs', bodies: () => [{}] },
  [routeKey('PUT', '/v1/calendar/{year}')]: {
    path: () => '/v1/calendar/2032',
    bodies: () => [{ workingHours: [{ start: '08:30', end: '17:30' }], days: [{ date: '2032-05-03', kind: 'holiday', name: '检修日' }], version: 0 }],
  },
  [routeKey('POST', '/v1/customers')]: { path: () => '/v1/customers', bodies: () => [newCustomer()] },
  [routeKey('PATCH', '/v1/customers/{id}')]: { path: () => `/v1/customers/${fx.customerId}`, bodies: () => [{ name: '李雷', version: 1 }] },
  [routeKey('POST', '/v1/customers/{id}/actions')]: {
    path: () => `/v1/customers/${fx.customerId}/actions`,
    bodies: () => [{ action: 'close', reason: '用户迁出', version: 1 }, { action: 'suspend', reason: 'arrears', version: 1 }],
  },
  [routeKey('POST', '/v1/customers/{id}/reveal')]: { path: () => `/v1/customers/${fx.customerId}/reveal`, bodies: () => [{ fields: ['phone'], reason: '核实身份' }] },
  [routeKey('POST', '/v1/customers/{id}/meters')]: {
    path: () => `/v1/customers/${fx.customerId}/meters`,
    bodies: () => [{ serial: `X${uniq()}`, type: 'diaphragm', digits: 5, startRead: 0 }],
  },
  [routeKey('PATCH', '/v1/meters/{id}')]: { path: () => `/v1/meters/${fx.meterId}`, bodies: () => [{ placement: 'indoor', version: 1 }] },
  [routeKey('POST', '/v1/meters/{id}/replace')]: {
    path: () => `/v1/meters/${fx.meterId}/replace`,
    bodies: () => [{ newSerial: `X${uniq()}`, finalRead: 1, startRead: 0, digits: 5, version: 1 }],
  },
  [routeKey('POST', '/v1/meters/{id}/ic-card/purchases')]: {
    path: () => `/v1/meters/${fx.icMeterId}/ic-card/purchases`,
    bodies: () => [{ amountFen: 1000, volume: 3.5, purchasedAt: '2026-11-01T10:00:00+08:00', reference: `POS-${uniq()}` }],
  },
  [routeKey('PUT', '/v1/policies/{section}')]: {
    path: () => '/v1/policies/customers.lifecycle',
    bodies: () => [{ values: customersLifecyclePolicy.defaults, effectiveFrom: '2099-01-01T00:00:00+08:00', reason: '调整' }],
  },
  [routeKey('POST', '/v1/policy-packs/{pack}/apply')]: {
    path: () => '/v1/policy-packs/provincial-night-restoration/apply',
    bodies: () => [{ effectiveFrom: '2099-01-01T00:00:00+08:00', reason: '执行省规' }],
  },
  [routeKey('POST', '/v1/readings')]: {
    path: () => '/v1/readings',
    bodies: () => [{ readings: [{ meterId: fx.icMeterId, value: 1, readAt: '2026-02-01T10:00:00+08:00', source: 'field', cardBalanceFen: 100, purchases: 1 }] }],
  },
  [routeKey('POST', '/v1/read-books')]: { path: () => '/v1/read-books', bodies: () => [{ name: '测试册', regionId: 'r-east', reader: 'field', meterIds: [] }] },
  [routeKey('PATCH', '/v1/read-books/{id}')]: { path: () => '/v1/read-books/01JZZZZZZZZZZZZZZZZZZZZZZZ', bodies: () => [{ name: '测试册', version: 1 }] },
  [routeKey('POST', '/v1/read-books/{id}/split')]: { path: () => '/v1/read-books/01JZZZZZZZZZZZZZZZZZZZZZZZ/split', bodies: () => [{ name: '拆分册', meterIds: ['01JZZZZZZZZZZZZZZZZZZZZZZZ'], version: 1 }] },
  [routeKey('POST', '/v1/read-books/{id}/merge')]: { path: () => '/v1/read-books/01JZZZZZZZZZZZZZZZZZZZZZZZ/merge', bodies: () => [{ from: '01JYYYYYYYYYYYYYYYYYYYYYYY', version: 1, fromVersion: 1 }] },
  [routeKey('POST', '/v1/adjustments')]: {
    path: () => '/v1/adjustments',
    bodies: () => [{ meterId: fx.meterId, volume: 12.5, kind: 'adjust', reason: '表计故障，按日均用量补录', evidence: [{ type: 'photo', ref: 'photo-1' }] }],
  },
  [routeKey('POST', '/v1/adjustments/{id}/actions')]: { path: () => '/v1/adjustments/01JZZZZZZZZZZZZZZZZZZZZZZZ/actions', bodies: () => [{ action: 'approve', note: '核实无误', version: 1 }] },
  [routeKey('POST', '/v1/reading-exceptions/{id}/actions')]: { path: () => '/v1/reading-exceptions/01JZZZZZZZZZZZZZZZZZZZZZZZ/actions', bodies: () => [{ action: 'accept', note: '核实无误' }] },
  [routeKey('POST', '/v1/notifications/{id}/actions')]: {
    path: () => '/v1/notifications/01JAAAAAAAAAAAAAAAAAAAAAAA/actions',
    bodies: () => [{ action: 'complete', outcome: 'reached', note: '已联系', version: 1 }],
  },
  [routeKey('POST', '/v1/customer-imports')]: { path: () => '/v1/customer-imports', bodies: () => [{ fileName: 'x.csv', columns: ['户号', '备注'], totalRows: 1 }] },
  [routeKey('POST', '/v1/customer-imports/{id}/batches')]: {
    path: () => `/v1/customer-imports/${fx.importId}/batches`,
    bodies: () => [{ firstRow: 2, rows: [{ 户号: `A${uniq()}`, 备注: 'x' }] }],
  },
  // Service tickets.
  [routeKey('POST', '/v1/tickets')]: { path: () => '/v1/tickets', bodies: () => [{ kind: 'repair', customerId: fx.customerId, description: '灶具打不着火', channel: 'phone' }] },
  [routeKey('POST', '/v1/tickets/deadline-preview')]: { path: () => '/v1/tickets/deadline-preview', bodies: () => [{ kind: 'complaint', customerId: fx.customerId, description: '抄表员态度差', channel: 'web' }] },
  [routeKey('POST', '/v1/tickets/{id}/actions')]: {
    path: () => `/v1/tickets/${fx.ticketId}/actions`,
    bodies: () => [{ action: 'acknowledge', version: 1 }, { action: 'return-visit', satisfied: true, score: 5, version: 1 }],
  },
  // Surveys.
  [routeKey('POST', '/v1/survey-campaigns')]: {
    path: () => '/v1/survey-campaigns',
    bodies: () => [{ name: '季度调查', kind: 'periodic', schedule: 'quarterly', scope: { regionIds: ['r-east'], classes: ['residential'] }, sampleRate: 0.2, quotas: [{ regionId: 'r-east', max: 10 }], skipDays: 30, channel: 'sms' }],
  },
  [routeKey('PATCH', '/v1/survey-campaigns/{id}')]: { path: () => `/v1/survey-campaigns/${fx.campaignId}`, bodies: () => [{ sampleRate: 0.5, quotas: [{ class: 'residential', max: 5 }], skipDays: 10, version: 1 }] },
  [routeKey('POST', '/v1/survey-campaigns/{id}/actions')]: { path: () => `/v1/survey-campaigns/${fx.campaignId}/actions`, bodies: () => [{ action: 'pause', version: 1 }] },
  [routeKey('POST', '/v1/survey-campaigns/{id}/invitations/{invitationId}/answers')]: {
    path: () => `/v1/survey-campaigns/${fx.campaignId}/invitations/${SOME_ULID}/answers`,
    bodies: () => [{ scores: SCORES, comment: '好', version: 1 }],
  },
  [routeKey('POST', '/v1/public/surveys/{token}')]: { path: () => `/v1/public/surveys/demo.${SOME_ULID}.1893456000.AAAAAAAAAAAAAAAAAAAAAA`, bodies: () => [{ scores: SCORES }] },
};

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
  const client = new DynamoDBClient({ endpoint: process.env.GASCARE_TEST_DYNAMODB_ENDPOINT, region: 'localhost', credentials: { accessKeyId: 'l', secretAccessKey: 'l' } });
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
  const customer = (await call(admin, 'POST', '/v1/customers', newCustomer())).body;
  fx.customerId = customer.id;
  fx.meterId = (await call(admin, 'POST', `/v1/customers/${customer.id}/meters`, { serial: `M${uniq()}`, type: 'diaphragm' })).body.id;
  const other = (await call(admin, 'POST', '/v1/customers', newCustomer())).body;
  fx.icMeterId = (await call(admin, 'POST', `/v1/customers/${other.id}/meters`, { serial: `IC${uniq()}`, type: 'ic-card' })).body.id;
  fx.importId = (await call(admin, 'POST', '/v1/customer-imports', { fileName: 'x.csv', columns: ['户号', '备注'] })).body.id;
  fx.ticketId = (await call(admin, 'POST', '/v1/tickets', { kind: 'repair', customerId: fx.customerId, description: '灶具打不着火', channel: 'phone' })).body.id;
  fx.campaignId = (await call(admin, 'POST', '/v1/survey-campaigns', BODIES[routeKey('POST', '/v1/survey-campaigns')]!.bodies()[0])).body.id;
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
