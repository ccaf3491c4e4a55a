import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { GetItemCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { startRuntime, type Runtime } from '../../local/runtime.ts';
import { runChild } from '../support/child.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { jsonCall } from '../support/http.ts';
import { localDynamoClient } from '../support/table.ts';
import { idNumber, newCustomer } from './customers-fixtures.ts';

/**
 * `npm run tenant -- export|restore` as child processes: the demo tenant of a test app is
 * exported (JSON Lines, progress on stderr), the app and its table go, the file is restored into
 * a table of its own, and a runtime started over that table (as `GASCARE_SEED=none` on a fresh
 * data dir) serves the same customer over HTTP to the same password. One runtime at a time: a
 * runtime sets the process's table. Kept to the seed's few hundred items and a handful of
 * customers: the CLI's work is proportional to the items, not its code.
 */
const endpoint = process.env.GASCARE_TEST_DYNAMODB_ENDPOINT!;
let source: TestApp;
let target: Runtime | undefined;
const restoredTable = `t-${randomBytes(6).toString('hex')}`;
let dir: string;
let customerId: string;
let password: string;
let customerBefore: unknown;

const cli = (table: string, ...args: string[]) => runChild('npx', ['tsx', 'local/cli/tenant.ts', ...args, '--endpoint', endpoint, '--table', table], { ...process.env, NODE_OPTIONS: '' });
let sourceTable: string;

/** An item with every type a capability might write: binary, sets, numbers DynamoDB keeps as written, nesting. */
const oddItem = {
  pk: { S: 'T#demo#BACKUPTEST' },
  sk: { S: 'TYPES' },
  bytes: { B: new Uint8Array([0, 255, 1, 128]) },
  byteSet: { BS: [new Uint8Array([1]), new Uint8Array([2, 3])] },
  names: { SS: ['东城', 'west'] },
  amounts: { NS: ['1', '12.5', '-0.001'] },
  fen: { N: '123456789012345678901234567890' },
  nested: { M: { list: { L: [{ N: '1' }, { NULL: true }, { BOOL: false }, { M: { s: { S: '' } } }] } } },
};

beforeAll(async () => {
  source = await startTestApp({ customerScale: 0 });
  sourceTable = source.runtime.tableName;
  password = source.password;
  dir = mkdtempSync(join(tmpdir(), 'gascare-tenant-'));
  const admin = await source.login('demo', 'admin');
  for (let i = 0; i < 5; i++) {
    const res = await source.api(admin, 'POST', '/v1/customers', newCustomer({ idNumber: idNumber() }));
    expect(res.status).toBe(201);
    customerId = res.body.id;
  }
  const client = localDynamoClient(endpoint);
  await client.send(new PutItemCommand({ TableName: sourceTable, Item: oddItem }));
  client.destroy();
  customerBefore = (await source.api(admin, 'GET', `/v1/customers/${customerId}`)).body;
}, 180_000);
afterAll(async () => {
  await source?.stop().catch(() => undefined);
  await target?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('npm run tenant -- export, restore', () => {
  it('exports a tenant as JSON Lines and restores it into an empty store, verified, serving the same data', async () => {
      const file = join(dir, 'demo.jsonl');
    const exported = await cli(sourceTable, 'export', 'demo', file);
    expect(exported.code).toBe(0);
    expect(exported.stderr).toMatch(/export \| \d+ items \| \d+ items\/s/);
    const lines = readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(lines[0]).toMatchObject({ format: 'gascare-tenant-export', tenant: 'demo' });
    expect(lines.at(-1)).toEqual({ end: true, items: lines.length - 2 });
    const items = lines.slice(1, -1) as { pk: { S: string } }[];
    expect(items.length).toBeGreaterThan(50);
    // Only the tenant's: its partitions and its directory entry, never `north`'s.
    for (const item of items) expect(item.pk.S === 'T#_platform#TENANTS' || item.pk.S.startsWith('T#demo#')).toBe(true);
    expect(items.filter((i) => i.pk.S === 'T#_platform#TENANTS')).toHaveLength(1);

    await source.stop(); // the source store is gone: what follows comes from the file only
    const restored = await cli(restoredTable, 'restore', file);
    expect(restored.stderr).toMatch(new RegExp(`restore: ${items.length} items of tenant demo written to .* and verified item by item`));
    expect(restored.code).toBe(0);

    // Binary, sets and numbers came back exactly.
    const client = localDynamoClient(endpoint);
    const back = await client.send(new GetItemCommand({ TableName: restoredTable, Key: { pk: oddItem.pk, sk: oddItem.sk }, ConsistentRead: true }));
    client.destroy();
    expect(Buffer.from(back.Item!.bytes!.B!)).toEqual(Buffer.from([0, 255, 1, 128]));
    expect(back.Item!.amounts!.NS!.sort()).toEqual(['-0.001', '1', '12.5']);
    expect(back.Item!.fen!.N).toBe('123456789012345678901234567890');
    expect(back.Item!.names!.SS!.sort()).toEqual(['west', '东城']);

    // The restored tenant answers as the source did: the same users and password, the same customer.
    target = await startRuntime({ port: 0, dynamoEndpoint: endpoint, tableName: restoredTable, seed: 'none' });
    const call = (token: string | null, method: string, path: string, body?: unknown) =>
      jsonCall(target!.url, method, path, body, token ? { authorization: `Bearer ${token}` } : {}) as Promise<{ status: number; body: any }>;
    const login = await call(null, 'POST', '/v1/auth/login', { tenant: 'demo', username: 'admin', password });
    expect(login.status).toBe(200);
    const after = await call(login.body.token, 'GET', `/v1/customers/${customerId}`);
    expect(after.status).toBe(200);
    expect(after.body).toEqual(customerBefore);
    // Only demo came along.
    expect((await call(null, 'POST', '/v1/auth/login', { tenant: 'north', username: 'admin', password })).status).toBe(401);
  }, 180_000);

  it('refuses a target that already holds the tenant, unless --force, and a file cut short', async () => {
    const file = join(dir, 'demo.jsonl');
    const again = await cli(restoredTable, 'restore', file);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('tenant demo is already in');
    const forced = await cli(restoredTable, 'restore', file, '--force');
    expect(forced.code).toBe(0);

    const cut = join(dir, 'cut.jsonl');
    writeFileSync(cut, readFileSync(file, 'utf8').split('\n').slice(0, 10).join('\n'));
    const refused = await cli(restoredTable, 'restore', cut, '--force');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('is cut short');

    expect((await cli(restoredTable, 'export', 'Demo!', join(dir, 'x.jsonl'))).stderr).toContain('tenant: "Demo!" is not a tenant id');
  }, 180_000);
});
