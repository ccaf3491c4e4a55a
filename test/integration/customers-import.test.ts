import { parse } from 'csv-parse/sync';
import { TEMPLATE_HEADERS } from '../../functions/customer-files/csv-columns.ts';
import { TenantStore } from '../../shared/db/tenant-store.ts';
import { counterAttribute } from '../../shared/entities/customer-import.ts';
import { keys } from '../../shared/keys.ts';
import { systemContext } from '../../shared/tenancy.ts';
import { customerCsvRow } from '../../local/seed/customer-csv.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { caller, uniq } from './customers-fixtures.ts';

/**
 * CSV import and export over real HTTP against the local runtime and DynamoDB Local: per-row
 * errors with row number and field, idempotent re-import keyed on the account number, retried
 * batches counted once, region scope, tenancy, the template, and the export round trip.
 * (The CLI against the same API: customers-import-cli.test.ts.)
 */
let app: TestApp;
let call: ReturnType<typeof caller>;
let admin: string;
let manager: string; // demo, scoped to r-east
let dispatcher: string;
let northAdmin: string;

beforeAll(async () => {
  app = await startTestApp();
  call = caller(app);
  [admin, manager, dispatcher, northAdmin] = (await Promise.all([
    app.login('demo', 'admin'),
    app.login('demo', 'manager'),
    app.login('demo', 'dispatcher'),
    app.login('north', 'admin'),
  ])) as [string, string, string, string];
});
afterAll(() => app.stop());

type Cells = Record<string, string>;
interface Result {
  row: number;
  status: string;
  customerId?: string;
  errors?: { field: string; column?: string; message: string }[];
  warnings?: { field: string }[];
}

/** Rows of the generator in the template's columns: account numbers and phones no other row of the run has. */
let serial = Math.floor(Math.random() * 50_000_000);
const rowsOf = (prefix: string, count: number, regions = ['r-east', 'r-west', 'r-south']): Cells[] =>
  Array.from({ length: count }, () => customerCsvRow(++serial, { regions, prefix, phonePrefix: '197' }));

async function open(token: string, columns = TEMPLATE_HEADERS, totalRows?: number) {
  const res = await call(token, 'POST', '/v1/customer-imports', { fileName: 'customers.csv', columns, ...(totalRows !== undefined ? { totalRows } : {}) });
  if (res.status !== 201) throw new Error(`open: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as { id: string; state: string; counts: Record<string, number> };
}

const batch = (token: string, id: string, firstRow: number, rows: Cells[], key: string | null = `${id}:${firstRow}`) =>
  call(token, 'POST', `/v1/customer-imports/${id}/batches`, { firstRow, rows }, key ? { 'idempotency-key': key } : {});

/** A whole import of `rows` (rows 2…), in batches of `size`. */
async function importRows(token: string, rows: Cells[], size = 500) {
  const imp = await open(token, TEMPLATE_HEADERS, rows.length);
  const results: Result[] = [];
  for (let i = 0; i < rows.length; i += size) {
    const res = await batch(token, imp.id, 2 + i, rows.slice(i, i + size));
    if (res.status !== 200) throw new Error(`batch: ${res.status} ${JSON.stringify(res.body)}`);
    results.push(...res.body.results);
  }
  const done = await call(token, 'POST', `/v1/customer-imports/${imp.id}/complete`);
  return { id: imp.id, results, final: done.body as { state: string; counts: Record<string, number>; rowsReceived: number } };
}

const findOne = async (token: string, q: string) => (await call(token, 'GET', `/v1/customers?q=${encodeURIComponent(q)}`)).body.items as { id: string; phone: string; version: number }[];

describe('an import', () => {
  const prefix = `G${uniq()}`;
  const good = rowsOf(prefix, 6);
  const bad: Cells[] = [
    { ...rowsOf(prefix, 1)[0]!, 电话: '12ab' }, // row 9
    { ...rowsOf(prefix, 1)[0]!, 片区: '月球片区', 类别: '军用' }, // row 10
    { ...rowsOf(prefix, 1)[0]!, 户名: '' }, // row 11: a new account needs a name
  ];
  // Rows 2–7 good, row 8 the template's example row (skipped), rows 9–11 bad.
  const file = [...good, { 户号: '#示例-0100000001', 户名: '王芳' }, ...bad];
  let first: Awaited<ReturnType<typeof importRows>>;

  beforeAll(async () => {
    first = await importRows(admin, file);
  });

  it('reports each row: created, skipped, or rejected with its row number and fields', () => {
    expect(first.results.map((r) => [r.row, r.status])).toEqual([
      [2, 'created'], [3, 'created'], [4, 'created'], [5, 'created'], [6, 'created'], [7, 'created'],
      [8, 'skipped'],
      [9, 'rejected'], [10, 'rejected'], [11, 'rejected'],
    ]);
    const byRow = new Map(first.results.map((r) => [r.row, r]));
    expect(byRow.get(9)!.errors).toEqual([expect.objectContaining({ field: 'phone', column: '电话' })]);
    expect(byRow.get(10)!.errors!.map((e) => e.field).sort()).toEqual(['class', 'regionId']);
    expect(byRow.get(11)!.errors).toEqual([expect.objectContaining({ field: 'name' })]);
    expect(first.final).toMatchObject({ state: 'done-with-errors', rowsReceived: 10, counts: { created: 6, updated: 0, unchanged: 0, rejected: 3, skipped: 1 } });
  });

  it('keeps the errors: listed in row order, and as a CSV report with BOM', async () => {
    const listed = await call(admin, 'GET', `/v1/customer-imports/${first.id}/errors`);
    expect(listed.status).toBe(200);
    expect(listed.body.items.map((e: { row: number }) => e.row)).toEqual([9, 10, 11]);
    expect(listed.body.items[0]).toMatchObject({ row: 9, accountNumber: bad[0]!['户号'], errors: [{ field: 'phone' }] });

    const page = await call(admin, 'GET', `/v1/customer-imports/${first.id}/errors?limit=2`);
    expect(page.body.items).toHaveLength(2);
    const rest = await call(admin, 'GET', `/v1/customer-imports/${first.id}/errors?limit=2&cursor=${encodeURIComponent(page.body.nextCursor)}`);
    expect(rest.body.items.map((e: { row: number }) => e.row)).toEqual([11]);

    const res = await fetch(`${app.url}/v1/customer-imports/${first.id}/errors.csv`, { headers: { authorization: `Bearer ${admin}` } });
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = parse(bytes, { bom: true }) as string[][];
    expect(lines[0]).toEqual(['行号', '户号', '字段', '列', '错误']);
    expect(lines.slice(1).map((l) => [l[0], l[2]])).toEqual([['9', 'phone'], ['10', 'class'], ['10', 'regionId'], ['11', 'name']]);
  });

  it('creates what the API creates: the customer with its meter, audited', async () => {
    const [found] = await findOne(admin, good[0]!['户号']!);
    const file = (await call(admin, 'GET', `/v1/customers/${found!.id}`)).body;
    expect(file).toMatchObject({ accountNumber: good[0]!['户号'], state: 'applied', version: 1, regionId: good[0]!['片区'] });
    expect(file.meters).toEqual([expect.objectContaining({ serial: good[0]!['表号'], status: 'active' })]);
    const timeline = (await call(admin, 'GET', `/v1/customers/${found!.id}/timeline`)).body.items.map((e: { action: string }) => e.action);
    expect(timeline.sort()).toEqual(['customer.created', 'meter.installed']);
  });

  it('imported again: no duplicates, everything unchanged, nothing written', async () => {
    const again = await importRows(admin, file);
    expect(again.final.counts).toEqual({ created: 0, updated: 0, unchanged: 6, rejected: 3, skipped: 1 });
    for (const r of good) expect(await findOne(admin, r['户号']!)).toHaveLength(1);
    const [found] = await findOne(admin, good[1]!['户号']!);
    expect(found!.version).toBe(1);
    expect((await call(admin, 'GET', `/v1/customers/${found!.id}/timeline`)).body.items).toHaveLength(2);
  });

  it('imported with a changed phone: updated, and found by the new phone', async () => {
    const changed = good.map((r, i) => (i === 2 ? { ...r, 电话: '19655501234' } : r));
    const again = await importRows(admin, changed);
    expect(again.final.counts).toMatchObject({ created: 0, updated: 1, unchanged: 5 });
    expect(again.results[2]).toMatchObject({ row: 4, status: 'updated', changed: ['phone'] });
    const hits = await findOne(admin, '19655501234');
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ phone: '196****1234', version: 2 });
    expect(await findOne(admin, good[2]!['电话']!)).toHaveLength(0);
  });

  it('accepts a partial file: account number and the columns to change', async () => {
    const imp = await open(admin, ['户号', '备注']);
    const res = await batch(admin, imp.id, 2, [{ 户号: good[3]!['户号']!, 备注: '已电话回访' }, { 户号: `${prefix}-NEW`, 备注: '新户' }]);
    expect(res.body.results).toEqual([
      expect.objectContaining({ row: 2, status: 'updated', changed: ['notes'] }),
      expect.objectContaining({ row: 3, status: 'rejected' }), // a new account needs all the required columns
    ]);
    expect(res.body.results[1].errors.map((e: { field: string }) => e.field)).toEqual(['name', 'class', 'phone', 'address', 'regionId']);
  });
});

describe('a retried batch', () => {
  it('with the same Idempotency-Key is replayed and not counted twice; under another key it is still counted once', async () => {
    const rows = rowsOf(`R${uniq()}`, 4);
    const imp = await open(admin);
    const firstTry = await batch(admin, imp.id, 2, rows);
    expect(firstTry.body.results.map((r: Result) => r.status)).toEqual(['created', 'created', 'created', 'created']);
    const retried = await batch(admin, imp.id, 2, rows);
    expect(retried.status).toBe(200);
    expect(retried.headers.get('idempotent-replayed')).toBe('true');
    expect(retried.body.results).toEqual(firstTry.body.results);
    const otherKey = await batch(admin, imp.id, 2, rows, `${imp.id}:2:again`);
    expect(otherKey.body.results).toEqual(firstTry.body.results); // the rows this import opened are still its created ones

    const now = (await call(admin, 'GET', `/v1/customer-imports/${imp.id}`)).body;
    expect(now).toMatchObject({ state: 'open', rowsReceived: 4, batches: 1, counts: { created: 4, unchanged: 0 } });
    expect(now.columns[0]).toEqual({ column: '户号', field: 'accountNumber' });
  });

  it('whose first attempt wrote its rows but failed before counting (a 503 mid-batch) counts them created, once', async () => {
    const rows = rowsOf(`F${uniq()}`, 3);
    const imp = await open(admin);
    expect((await batch(admin, imp.id, 2, rows)).status).toBe(200);
    // Undo the counting alone, as if the attempt had died after its rows' transactions.
    const store = new TenantStore(systemContext('demo', 'import-test', 'import-test'));
    await store.write({ kind: 'delete', key: keys.customerImportBatch('demo', imp.id, 2) });
    await store.write({ kind: 'update', key: keys.customerImport('demo', imp.id), add: { rowsReceived: -3, batches: -1, [counterAttribute('created')]: -3 } });
    expect((await call(admin, 'GET', `/v1/customer-imports/${imp.id}`)).body).toMatchObject({ rowsReceived: 0, counts: { created: 0 } });

    const retried = await batch(admin, imp.id, 2, rows, `${imp.id}:2:after-503`);
    expect(retried.body.results.map((r: Result) => r.status)).toEqual(['created', 'created', 'created']);
    const done = (await call(admin, 'POST', `/v1/customer-imports/${imp.id}/complete`)).body;
    expect(done).toMatchObject({ state: 'done', rowsReceived: 3, counts: { created: 3, unchanged: 0 } });
  });

  it('after completion is refused (409 import-closed)', async () => {
    const imp = await open(admin);
    expect((await call(admin, 'POST', `/v1/customer-imports/${imp.id}/complete`)).body.state).toBe('done');
    expect((await call(admin, 'POST', `/v1/customer-imports/${imp.id}/complete`)).status).toBe(200); // completing twice is a no-op
    const late = await batch(admin, imp.id, 2, rowsOf(`L${uniq()}`, 1));
    expect(late.status).toBe(409);
    expect(late.body.type).toMatch(/import-closed$/);
  });
});

describe('who may import', () => {
  it('a manager imports into their regions only: a row of another region is rejected on regionId', async () => {
    const prefix = `M${uniq()}`;
    const { results, final } = await importRows(manager, [...rowsOf(prefix, 1, ['r-east']), ...rowsOf(prefix, 1, ['r-west'])]);
    expect(results[0]).toMatchObject({ row: 2, status: 'created' });
    expect(results[1]).toMatchObject({ row: 3, status: 'rejected', errors: [expect.objectContaining({ field: 'regionId' })] });
    expect(final.counts).toMatchObject({ created: 1, rejected: 1 });

    // …and cannot move an account out, nor touch an account of another region.
    const west = rowsOf(`W${uniq()}`, 1, ['r-west']);
    await importRows(admin, west);
    const touched = await importRows(manager, [{ ...west[0]!, 片区: 'r-east' }]);
    expect(touched.results[0]).toMatchObject({ status: 'rejected', errors: [expect.objectContaining({ field: 'accountNumber' })] });
  });

  it('another tenant cannot see the import (404); another manager neither; a dispatcher may not import (403)', async () => {
    const imp = await open(admin);
    expect((await call(northAdmin, 'GET', `/v1/customer-imports/${imp.id}`)).status).toBe(404);
    expect((await call(northAdmin, 'GET', `/v1/customer-imports/${imp.id}/errors`)).status).toBe(404);
    expect((await batch(northAdmin, imp.id, 2, rowsOf(`N${uniq()}`, 1))).status).toBe(404);
    expect((await call(manager, 'GET', `/v1/customer-imports/${imp.id}`)).status).toBe(404);
    expect((await call(admin, 'GET', `/v1/customer-imports/${imp.id}`)).status).toBe(200);
    expect((await call(dispatcher, 'POST', '/v1/customer-imports', { fileName: 'x.csv', columns: ['户号'] })).status).toBe(403);
    const listed = (await call(admin, 'GET', '/v1/customer-imports')).body.items.map((i: { id: string }) => i.id);
    expect(listed).toContain(imp.id);
    expect((await call(northAdmin, 'GET', '/v1/customer-imports')).body.items.map((i: { id: string }) => i.id)).not.toContain(imp.id);
  });

  it('an integrator key with customers:write imports', async () => {
    const key = (await call(admin, 'POST', '/v1/api-keys', { name: '营业系统', scopes: ['customers:write'] })).body.key as string;
    const { final } = await importRows(key, rowsOf(`K${uniq()}`, 2));
    expect(final.counts).toMatchObject({ created: 2 });
  });
});

describe('a malformed import', () => {
  it('refuses an unknown column when opened, naming it', async () => {
    const res = await call(admin, 'POST', '/v1/customer-imports', { fileName: 'x.csv', columns: ['户号', '户名', '颜色'] });
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual([expect.objectContaining({ field: 'columns[2]' })]);
  });

  it('refuses rows naming columns the import was not opened with, and batches over 500 rows', async () => {
    const imp = await open(admin, ['户号', '备注']);
    const res = await batch(admin, imp.id, 2, [{ 户号: 'X-1', 颜色: '红' }]);
    expect(res.status).toBe(422);
    expect(res.body.errors[0].field).toBe('rows[0].颜色');
    const big = await batch(admin, imp.id, 2, Array.from({ length: 501 }, () => ({ 户号: 'X-1' })));
    expect(big.status).toBe(400);
    expect(big.body.errors[0].field).toBe('body.rows');
  });
});

describe('a batch of 500 rows, every cell wrong', () => {
  it('is answered (the reply stays small enough to be kept for replay) and every error is kept', async () => {
    const junk: Cells = { 户号: '', 户名: '王'.repeat(65), 类别: '军用', 电话: 'call me', 地址: '幸', 片区: '月球片区', 证件号: '123', 高龄: '也许', 残障: '也许', 独居: '也许', 供气合同签订日期: '去年', 安全用气协议签订日期: '去年', 表号: '#', 表型: '水表', 表位数: 'ten', 安装日期: '明天' };
    const rows = Array.from({ length: 500 }, (_, i) => ({ ...junk, 户号: `J${uniq()}${i}` }));
    const imp = await open(admin);
    const res = await batch(admin, imp.id, 2, rows);
    expect(res.status).toBe(200);
    expect(res.body.results.every((r: Result) => r.status === 'rejected')).toBe(true);
    const replay = await batch(admin, imp.id, 2, rows);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    const first = (await call(admin, 'GET', `/v1/customer-imports/${imp.id}/errors?limit=1`)).body.items[0];
    expect(first.errors.length).toBeGreaterThan(10);
    expect(res.body.results[0].errorCount).toBe(first.errors.length);
  });
});

describe('the template', () => {
  it('is UTF-8 with BOM, Chinese headers, and rows an import skips', async () => {
    const res = await fetch(`${app.url}/v1/customers/import-template.csv`, { headers: { authorization: `Bearer ${manager}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="customers-template.csv"/);
    const bytes = Buffer.from(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rest] = parse(bytes, { bom: true }) as string[][];
    expect(header!.slice(0, 6)).toEqual(['户号', '户名', '类别', '电话', '地址', '片区']);
    expect(rest.every((r) => r[0]!.startsWith('#'))).toBe(true);

    const imp = await open(admin, header!);
    const res2 = await batch(admin, imp.id, 2, rest.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]!]))));
    expect(res2.body.results.map((r: Result) => r.status)).toEqual(['skipped', 'skipped']);
  });
});

describe('the export', () => {
  it('comes in chunks (BOM and header first), masked, and reads back as all unchanged', async () => {
    await importRows(admin, rowsOf(`E${uniq()}`, 12, ['r-south']));
    const chunks: Buffer[] = [];
    let cursor: string | null = null;
    do {
      const res: Response = await fetch(`${app.url}/v1/customers/export.csv?regionId=r-south&limit=7${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`, { headers: { authorization: `Bearer ${admin}`, origin: 'https://console.example' } });
      expect(res.status).toBe(200);
      expect(res.headers.get('access-control-expose-headers')).toContain('x-next-cursor');
      chunks.push(Buffer.from(await res.arrayBuffer()));
      cursor = res.headers.get('x-next-cursor');
    } while (cursor);
    expect(chunks.length).toBeGreaterThan(1);
    expect([...chunks[0]!.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(chunks.slice(1).every((c) => c[0] !== 0xef && !c.toString('utf8').startsWith('户号'))).toBe(true);

    const [header, ...rows] = parse(Buffer.concat(chunks), { bom: true }) as string[][];
    expect(header).toContain('状态');
    const south = (await call(admin, 'GET', '/v1/customers?regionId=r-south&limit=100')).body.items.length;
    expect(rows.length).toBeGreaterThanOrEqual(12);
    expect(rows.length).toBeGreaterThanOrEqual(south);
    const phones = rows.map((r) => r[header!.indexOf('电话')]!);
    expect(phones.every((p) => /^\d{3}\*+\d{4}$/.test(p))).toBe(true);

    const imp = await open(admin, header!);
    const results: Result[] = [];
    for (let i = 0; i < rows.length; i += 500) {
      const res = await batch(admin, imp.id, 2 + i, rows.slice(i, i + 500).map((r) => Object.fromEntries(header!.map((h, k) => [h, r[k] ?? '']))));
      results.push(...res.body.results);
    }
    expect(results.filter((r) => r.status !== 'unchanged')).toEqual([]);
  });

  it('writes a formula-looking name as text (leading apostrophe), and reads it back unchanged', async () => {
    const evil = '=HYPERLINK("http://evil.example","x")';
    const [row] = rowsOf(`F${uniq()}`, 1, ['r-south']).map((r): Cells => ({ ...r, 户名: evil, 备注: '@SUM(1+1)' }));
    const created = await importRows(admin, [row!]);
    expect(created.results.map((r) => r.status)).toEqual(['created']);
    const res = await fetch(`${app.url}/v1/customers/export.csv?regionId=r-south`, { headers: { authorization: `Bearer ${admin}` } });
    const text = Buffer.from(await res.arrayBuffer()).toString('utf8');
    expect(text).not.toMatch(/(^|,)"?=HYPERLINK/m);
    const [header, ...rows] = parse(text, { bom: true }) as string[][];
    const mine = rows.find((r) => r[header!.indexOf('户号')] === row!['户号'])!;
    expect(mine[header!.indexOf('户名')]).toBe(`'${evil}`);
    expect(mine[header!.indexOf('备注')]).toBe("'@SUM(1+1)");

    const imp = await open(admin, header!);
    const again = await batch(admin, imp.id, 2, [Object.fromEntries(header!.map((h, k) => [h, mine[k] ?? '']))]);
    expect(again.body.results.map((r: Result) => r.status)).toEqual(['unchanged']);
    const [stored] = await findOne(admin, row!['户号']!);
    expect((await call(admin, 'GET', `/v1/customers/${stored!.id}`)).body.name).toBe(evil);
  });

  it('is refused to a dispatcher, and of another region to a manager', async () => {
    expect((await call(dispatcher, 'GET', '/v1/customers/export.csv')).status).toBe(403);
    expect((await call(manager, 'GET', '/v1/customers/export.csv?regionId=r-west')).status).toBe(404);
    const own = await fetch(`${app.url}/v1/customers/export.csv`, { headers: { authorization: `Bearer ${manager}` } });
    const [header, ...rows] = parse(Buffer.from(await own.arrayBuffer()), { bom: true }) as string[][];
    expect(new Set(rows.map((r) => r[header!.indexOf('片区')]))).toEqual(new Set(['r-east']));
  });
});
