import fc from 'fast-check';
import * as z from 'zod';
import { ROUTES } from '../../functions/manifest.ts';
import { documentClient } from '../../shared/db/client.ts';
import { routeKey, type RouteDef } from '../../shared/http/route.ts';
import { startTestApp, type ApiResponse, type TestApp } from '../support/app.ts';
import { caller } from '../support/retry.ts';
import { BODIES, createFixtures, SOME_ULID } from './route-bodies.ts';
import { writeCounter } from './fuzz-writes.ts';

/**
 * Property-based hostile input (fast-check): for every route of the manifest, mutations of a valid
 * request — its JSON body, its query and its path parameters — generated from the route's own zod
 * schemas: wrong types, unknown and missing fields, oversized strings and arrays, deep nesting,
 * prototype-pollution keys, unicode edge cases, injection-looking strings, NaN / Infinity / huge
 * numbers, bad cursors. Properties of every answer: never a 5xx; a refusal is problem+json, and a
 * 400 names a field (the mutated one, or its parent, when the schema refuses the request); a refused
 * request writes nothing (every successful write of the product's DynamoDB client is counted) and
 * pollutes no prototype. Seeded: GASCARE_FUZZ_SEED (default 15), GASCARE_FUZZ_RUNS runs per route
 * and part (default 8; a nightly run: 200).
 */
const SEED = Number(process.env.GASCARE_FUZZ_SEED ?? 15);
const RUNS = Number(process.env.GASCARE_FUZZ_RUNS ?? 8);

let app: TestApp;
let call: ReturnType<typeof caller>;
let admin: string;
let writes: ReturnType<typeof writeCounter>;
const counts: Record<string, number> = { '2xx': 0, '3xx': 0, '4xx': 0, '5xx': 0 };
const byStatus: Record<number, number> = {};

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Segment = string | number;
type Part = 'body' | 'query' | 'path';

/** Valid path parameters by name (a body route's own path comes from BODIES). */
const PARAM_VALUES: Record<string, string[]> = {
  id: [SOME_ULID],
  regionId: ['r-east'],
  username: ['dispatcher'],
  job: ['archive-stats'],
  runId: [SOME_ULID],
  section: ['customers.lifecycle'],
  versionId: [SOME_ULID],
  year: ['2032'],
  pack: ['provincial-night-restoration'],
  token: [`demo.${SOME_ULID}.1893456000.AAAAAAAAAAAAAAAAAAAAAA`],
  invitationId: [SOME_ULID],
  deliveryId: [SOME_ULID],
};

/** A valid query of the routes whose query has required parameters (the others: none). */
const QUERY_BASES: Record<string, Record<string, string>> = {
  [routeKey('GET', '/v1/audit/reveals')]: { day: '2026-12-01' },
  [routeKey('GET', '/v1/read-books')]: { regionId: 'r-east' },
  [routeKey('GET', '/v1/assessments/{id}/items')]: { unit: 'region:r-east', kpi: 'read-rate' },
  [routeKey('GET', '/v1/assessments/{id}/export')]: { format: 'csv' },
};

const paramNames = (route: RouteDef) => [...route.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);

/** The valid path parameters of a route: those of its BODIES path, else the table's. */
function validParams(route: RouteDef): Record<string, string> {
  const names = paramNames(route);
  const fromBody = BODIES[routeKey(route.method, route.path)]?.path();
  if (fromBody) {
    const pattern = new RegExp(`^${route.path.replace(/\{\w+\}/g, '([^/]+)')}$`);
    const values = pattern.exec(fromBody)!.slice(1);
    return Object.fromEntries(names.map((n, i) => [n, decodeURIComponent(values[i]!)]));
  }
  // A read cycle's id is its book's and its period.
  if (route.path.startsWith('/v1/read-cycles/')) return { id: `${SOME_ULID}-2026-01` };
  return Object.fromEntries(names.map((n) => [n, PARAM_VALUES[n]?.[0] ?? SOME_ULID]));
}

/** A path, each parameter percent-encoded (an unpaired surrogate as the bytes no decoder accepts). */
const encodeSegment = (value: string) => {
  try {
    return encodeURIComponent(value);
  } catch {
    return value.replace(/[\uD800-\uDFFF]/g, '%ED%A0%80').replace(/[^%A-Za-z0-9]/g, (c) => encodeURIComponent(c));
  }
};
const pathOf = (route: RouteDef, params: Record<string, string>) => route.path.replace(/\{(\w+)\}/g, (_, n: string) => encodeSegment(params[n]!));

// ---- hostile values -------------------------------------------------------------------------

const UNICODE = ['😀👍🏽', '\u202Eevil.exe', 'a\u200Bb', '\uFEFF', 'a\uD800b', '\uDC00', '\u0000', '\u001b[2J', 'Ⅻ', 'ｆｕｌｌ', 'e\u0301', '王芳\u2066', '\u00A0', '\r\n'];
const INJECTION = ["' OR '1'='1", '"; DROP TABLE t; --', '<script>alert(1)</script>', '${7*7}', '{{7*7}}', '../../etc/passwd', 'T#north#CUST#x', '#', '*', 'attribute_exists(pk)', '%00', '%s%s%n', 'constructor', '__proto__', 'null', 'undefined', '-1', '1e308'];
const hostileString = fc.oneof(
  fc.constantFrom(...UNICODE, ...INJECTION),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.constantFrom(...UNICODE).chain((u) => fc.string({ maxLength: 6 }).map((s) => `${s}${u}${s}`)),
);
/** Numbers JSON can carry; NaN and Infinity go in as raw text (see RAW). */
const hostileNumber = fc.oneof(fc.constantFrom(1e308, -1e308, 2 ** 53 + 2, -(2 ** 53 + 2), 5e-324, -0, -1, 0.5, 2 ** 31, 1e21), fc.double({ noNaN: true, noDefaultInfinity: true }));
const RAW = ['NaN', 'Infinity', '-Infinity', '1e400', '-1e400', '0x10', '01', '+1', 'undefined', "'x'"];
const oversizedString = fc.constantFrom(5_000, 70_000, 300_000).map((n) => 'x'.repeat(n));
const deep = fc.constantFrom(64, 2_000, 20_000).chain((depth) => fc.constantFrom('array', 'object').map((kind) => ({ deep: depth, kind }) as const));

/** A replacement value: the wrong types, the hostile strings and numbers, big and deep ones. */
const hostileValue: fc.Arbitrary<Json | { raw: string } | { deep: number; kind: 'array' | 'object' }> = fc.oneof(
  hostileString,
  hostileNumber,
  fc.constantFrom<Json>(null, true, false, [], {}, [null], { a: 1 }),
  oversizedString,
  fc.constantFrom(...RAW).map((raw) => ({ raw })),
  deep,
  fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>,
);

// ---- body mutations -------------------------------------------------------------------------

/** Every path of a JSON value (objects' keys, arrays' items), the root included. */
function pathsOf(value: unknown, at: Segment[] = []): Segment[][] {
  const found: Segment[][] = [at];
  if (Array.isArray(value)) value.forEach((v, i) => found.push(...pathsOf(v, [...at, i])));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) found.push(...pathsOf(v, [...at, k]));
  return found;
}

type Mutation =
  | { op: 'replace'; path: Segment[]; value: Json | { raw: string } | { deep: number; kind: 'array' | 'object' } }
  | { op: 'delete'; path: Segment[] }
  | { op: 'add'; path: Segment[]; key: string; value: Json }
  | { op: 'grow'; path: Segment[]; times: number }
  | { op: 'text'; text: string };

const POLLUTING = ['__proto__', 'constructor', 'prototype'];
const RAW_MARK = '\u0001RAW\u0001';
const KEY_MARK = '\u0001KEY\u0001';

function mutations(base: Json): fc.Arbitrary<Mutation> {
  const paths = pathsOf(base);
  const inner = paths.filter((p) => p.length > 0);
  const objects = paths.filter((p) => isObject(get(base, p)));
  const arrays = paths.filter((p) => Array.isArray(get(base, p)));
  const arbs: fc.Arbitrary<Mutation>[] = [
    fc.record({ op: fc.constant('replace' as const), path: fc.constantFrom(...paths), value: hostileValue }),
    fc.record({ op: fc.constant('text' as const), text: fc.constantFrom('', '{', '[]', '"x"', 'null', '{"a":', '\u0000', '{}{}') }),
  ];
  if (inner.length) arbs.push(fc.record({ op: fc.constant('delete' as const), path: fc.constantFrom(...inner) }));
  if (objects.length) {
    const key = fc.oneof(fc.constantFrom(...POLLUTING), hostileString.filter((k) => k.length > 0));
    const pollution = fc.constantFrom<Json>({ isAdmin: true, polluted: 'yes' }, 'yes', 1);
    arbs.push(fc.record({ op: fc.constant('add' as const), path: fc.constantFrom(...objects), key, value: pollution }));
  }
  if (arrays.length) arbs.push(fc.record({ op: fc.constant('grow' as const), path: fc.constantFrom(...arrays), times: fc.constantFrom(101, 1_001, 20_000) }));
  return fc.oneof(...arbs);
}

const isObject = (v: unknown): v is Record<string, Json> => !!v && typeof v === 'object' && !Array.isArray(v);
const get = (v: unknown, path: Segment[]): unknown => path.reduce<unknown>((node, s) => (node as Record<Segment, unknown> | undefined)?.[s], v);

/** The request's body as sent: JSON text, with raw tokens and polluting keys spliced in where JSON.stringify cannot put them. */
function bodyText(base: Json, m: Mutation): { text: string; path: Segment[] } {
  if (m.op === 'text') return { text: m.text, path: [] };
  const copy = structuredClone(base);
  const parentOf = (path: Segment[]) => get(copy, path.slice(0, -1)) as Record<Segment, unknown>;
  let at = m.path;
  if (m.op === 'replace') {
    const v = m.value;
    const value = v && typeof v === 'object' && ('raw' in v || 'deep' in v) ? RAW_MARK : v;
    if (m.path.length === 0) return { text: finish(JSON.stringify(value), v), path: [] };
    parentOf(m.path)[m.path.at(-1)!] = value;
    return { text: finish(JSON.stringify(copy), v), path: at };
  }
  if (m.op === 'delete') {
    const parent = parentOf(m.path);
    if (Array.isArray(parent)) parent.splice(Number(m.path.at(-1)), 1);
    else delete parent[m.path.at(-1)!];
    // A missing item of an array shifts the others: the array is the field.
    at = Array.isArray(parent) ? m.path.slice(0, -1) : m.path;
    return { text: JSON.stringify(copy), path: at };
  }
  if (m.op === 'grow') {
    const list = get(copy, m.path) as Json[];
    const item = list[0] ?? 'x';
    list.splice(0, list.length, ...Array.from({ length: m.times }, () => structuredClone(item)));
    return { text: JSON.stringify(copy), path: m.path };
  }
  const target = (m.path.length ? get(copy, m.path) : copy) as Record<string, Json>;
  const polluting = POLLUTING.includes(m.key);
  target[polluting ? KEY_MARK : m.key] = m.value;
  const text = JSON.stringify(copy).replace(JSON.stringify(KEY_MARK), JSON.stringify(m.key));
  return { text, path: [...m.path, m.key] };
}

/** Raw tokens and deep nesting go in as text: JSON has no NaN, and JSON.stringify's recursion overflows long before JSON.parse's. */
const rawText = (v: { raw: string } | { deep: number; kind: 'array' | 'object' }) =>
  'raw' in v ? v.raw : v.kind === 'array' ? `${'['.repeat(v.deep)}1${']'.repeat(v.deep)}` : `${'{"a":'.repeat(v.deep)}1${'}'.repeat(v.deep)}`;
const finish = (text: string, v: unknown) => (v && typeof v === 'object' && ('raw' in v || 'deep' in v) ? text.replace(JSON.stringify(RAW_MARK), rawText(v as Parameters<typeof rawText>[0])) : text);

// ---- query and path mutations ---------------------------------------------------------------

const CURSORS = ['x', 'eyJ0IjoiZGVtbyJ9', 'eyJ0IjoiZGVtbyJ9.c2ln', `${'A'.repeat(4000)}`, 'e30', 'bnVsbA', '7ZZZZZZZZZZZZZZZZZZZZZZZZZ', 'ZZZZZZZZZZZZZZZZZZZZZZZZZZ', 'eyJwayI6IlQjbm9ydGgjQ1VTVCN4In0', '%'];
const queryString = fc.oneof(hostileString, fc.constantFrom(...CURSORS, 'NaN', 'Infinity', '1e308', '-1', '0', '1.5', 'true', '[]', '{}', ''), oversizedString.map((s) => s.slice(0, 5_000)), hostileNumber.map(String));

const wellFormed = (s: string) => s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');

function queryMutations(schema: z.ZodType, base: Record<string, string>): fc.Arbitrary<{ query: Record<string, string>; key: string }> {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as { properties?: Record<string, unknown> };
  const known = Object.keys(json.properties ?? {});
  const key = known.length ? fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...known) }, { weight: 1, arbitrary: fc.oneof(fc.constantFrom(...POLLUTING), fc.string({ minLength: 1, maxLength: 8 })) }) : fc.oneof(fc.constantFrom(...POLLUTING), fc.string({ minLength: 1, maxLength: 8 }));
  // As the server sees them: URLSearchParams sends an unpaired surrogate as U+FFFD.
  return fc.record({ key, value: queryString }).map(({ key: k, value }) => ({ query: { ...base, [wellFormed(k)]: wellFormed(value) }, key: wellFormed(k) }));
}

/** Path values: hostile strings that stay one path segment (no empty value, no dot segments a URL parser resolves). */
const pathValue = fc.oneof(hostileString, fc.constantFrom(...CURSORS, 'a/b', '%2F', '%FF', 'x'.repeat(2_000), 'r-east#x', 'T#north#', SOME_ULID.toLowerCase(), `${SOME_ULID}\u0000`)).filter((v) => v.length > 0 && v !== '.' && v !== '..' && v.trim() !== '.');

// ---- the properties -------------------------------------------------------------------------

const segmentsOf = (field: string) => field.split('.');
/** One field names the other or a part of it (a union refuses at its parent; a missing item at its array). */
const related = (field: string, mutated: string) => {
  const [a, b] = [segmentsOf(field), segmentsOf(mutated)];
  const n = Math.min(a.length, b.length);
  return a.slice(0, n).join('.') === b.slice(0, n).join('.');
};

/** What the route's schema says of the mutated part, as the handler parses it. */
function refusedLocally(schema: z.ZodType | undefined, value: unknown): boolean {
  return !!schema && !schema.safeParse(value).success;
}

async function send(method: string, path: string, query: Record<string, string>, body?: string): Promise<ApiResponse> {
  const qs = new URLSearchParams(query).toString();
  const target = `${path}${qs ? `?${qs}` : ''}`;
  // Refused sign-ins are throttled for long: a 429 longer than a second is an answer, not a wait.
  for (let attempt = 0; ; attempt += 1) {
    const headers: Record<string, string> = { authorization: `Bearer ${admin}`, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) };
    const res = await app.raw(method, target, { body, headers });
    if (res.status !== 429 || attempt >= 3 || Number(res.headers.get('retry-after') ?? 99) > 1) return res;
    await new Promise((r) => setTimeout(r, 1000));
  }
}

/** Checks one answer; `refused` the schema's verdict, `field` the mutated field's name. */
async function check(res: ApiResponse, ctx: { refused: boolean; field: string; written: number; what: string; oversized: boolean }) {
  counts[`${Math.floor(res.status / 100)}xx`] = (counts[`${Math.floor(res.status / 100)}xx`] ?? 0) + 1;
  byStatus[res.status] = (byStatus[res.status] ?? 0) + 1;
  const seen = { what: ctx.what, status: res.status, body: typeof res.body === 'string' ? res.body.slice(0, 300) : res.body };
  expect({ ...seen, fiveHundred: res.status >= 500 }).toEqual({ ...seen, fiveHundred: false });
  expect(({} as Record<string, unknown>).isAdmin ?? ({} as Record<string, unknown>).polluted).toBeUndefined();
  if (res.status < 400) return;
  expect({ ...seen, type: res.headers.get('content-type') }).toEqual({ ...seen, type: 'application/problem+json' });
  expect(res.body).toMatchObject({ status: res.status, type: expect.any(String), title: expect.any(String), code: expect.any(String) });
  const fields: string[] = (res.body.errors ?? []).map((e: { field: string }) => e.field);
  if ([400, 413, 415].includes(res.status)) expect({ ...seen, named: fields.length > 0 }).toEqual({ ...seen, named: true });
  if (ctx.refused) {
    expect({ ...seen, status: [400, 413].includes(res.status) ? 'refused' : res.status }).toEqual({ ...seen, status: 'refused' });
    if (!ctx.oversized) expect({ ...seen, fields, names: fields.some((f) => related(f, ctx.field)) }).toEqual({ ...seen, fields, names: true });
  }
  // Refused sign-ins count their failures (the throttle's items): the one write a refusal makes.
  expect({ ...seen, written: ctx.written }).toEqual({ ...seen, written: 0 });
}

/** Sends one request, counting the store's writes while it runs. */
async function attempt(method: string, path: string, query: Record<string, string>, body: string | undefined) {
  const before = writes.count();
  const res = await send(method, path, query, body);
  const written = writes.count() - before;
  if (written) await app.runtime.idle(); // what a success set off settles before the next request counts
  return { res, written };
}

const seedOf = (key: string, part: Part) => [...`${key} ${part}`].reduce((h, c) => (h * 31 + c.charCodeAt(0)) | 0, SEED);
const options = (key: string, part: Part) => ({ seed: seedOf(key, part), numRuns: RUNS, endOnFailure: true });

const bodyRoutes = ROUTES.filter((r) => r.body && !r.consumes);
const queryRoutes = ROUTES.filter((r) => r.query);
const paramRoutes = ROUTES.filter((r) => r.params);

beforeAll(async () => {
  app = await startTestApp({ customerScale: 0, seedJobs: false });
  writes = writeCounter(documentClient());
  call = caller(app);
  admin = await app.login('demo', 'admin');
  await createFixtures(call, admin);
  // The counter sees the product's writes (the fixtures'), so a refusal's zero means something.
  expect(writes.count()).toBeGreaterThan(5);
});
afterAll(async () => {
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  // The figures the README cites: one line per run.
  console.log(`fuzz (seed ${SEED}, ${RUNS} runs per route and part): ${total} requests — 2xx ${counts['2xx']}, 3xx ${counts['3xx']}, 4xx ${counts['4xx']}, 5xx ${counts['5xx']} (${Object.entries(byStatus).map(([s, n]) => `${s}: ${n}`).join(', ')})`);
  await app?.stop();
});

it('reaches every route: a valid body for each JSON body, the query and path parameters of the others', () => {
  expect(bodyRoutes.map((r) => routeKey(r.method, r.path)).filter((k) => !BODIES[k])).toEqual([]);
  for (const route of queryRoutes) expect({ route: route.path, ok: route.query!.safeParse(QUERY_BASES[routeKey(route.method, route.path)] ?? {}).success }).toEqual({ route: route.path, ok: true });
  for (const route of paramRoutes) expect({ route: route.path, ok: route.params!.safeParse(validParams(route)).success }).toEqual({ route: route.path, ok: true });
});

describe('JSON bodies', () => {
  it.each(bodyRoutes.map((r) => [routeKey(r.method, r.path), r] as const))('%s', async (key, route) => {
    const entry = BODIES[key]!;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...entry.bodies().map((b) => b as Json)).chain((base) => mutations(base).map((m) => ({ base, m }))), async ({ m, base }) => {
        const { text, path } = bodyText(base, m);
        let parsed: unknown;
        let malformed = false;
        try {
          parsed = text === '' ? undefined : JSON.parse(text);
        } catch {
          malformed = true;
        }
        const oversized = Buffer.byteLength(text) > (route.maxBodyBytes ?? 256 * 1024);
        const { res, written } = await attempt(route.method, entry.path(), {}, text);
        await check(res, { refused: malformed || oversized || refusedLocally(route.body, parsed), field: ['body', ...path].join('.'), written: res.status >= 400 ? written : 0, what: `${key} ${JSON.stringify(m).slice(0, 200)}`, oversized });
      }),
      options(key, 'body'),
    );
  });
});

describe('query parameters', () => {
  it.each(queryRoutes.map((r) => [routeKey(r.method, r.path), r] as const))('%s', async (key, route) => {
    const params = validParams(route);
    await fc.assert(
      fc.asyncProperty(queryMutations(route.query!, QUERY_BASES[key] ?? {}), async ({ query, key: name }) => {
        const body = BODIES[key]?.bodies()[0];
        const { res, written } = await attempt(route.method, pathOf(route, params), query, body ? JSON.stringify(body) : undefined);
        await check(res, { refused: refusedLocally(route.query, query), field: `query.${name}`, written: res.status >= 400 ? written : 0, what: `${key} ?${new URLSearchParams(query).toString().slice(0, 200)}`, oversized: false });
      }),
      options(key, 'query'),
    );
  });
});

describe('path parameters', () => {
  it.each(paramRoutes.map((r) => [routeKey(r.method, r.path), r] as const))('%s', async (key, route) => {
    const valid = validParams(route);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...paramNames(route)), pathValue, async (name, value) => {
        const params = { ...valid, [name]: value };
        const body = BODIES[key]?.bodies()[0];
        const { res, written } = await attempt(route.method, pathOf(route, params), {}, body ? JSON.stringify(body) : undefined);
        const undecodable = /[\uD800-\uDFFF]/.test(value) && !/[\uD800-\uDBFF][\uDC00-\uDFFF]/.test(value);
        await check(res, { refused: undecodable || refusedLocally(route.params, params), field: `path.${name}`, written: res.status >= 400 ? written : 0, what: `${key} ${name}=${JSON.stringify(value).slice(0, 100)}`, oversized: false });
      }),
      options(key, 'path'),
    );
  });
});
