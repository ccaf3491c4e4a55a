import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { documentClient } from '../../shared/db/client.ts';
import { absent, TenantStore, versionIs } from '../../shared/db/tenant-store.ts';
import { conflict, Problem } from '../../shared/http/problems.ts';
import { keys } from '../../shared/keys.ts';
import { systemContext } from '../../shared/tenancy.ts';
import { useFreshTable } from '../support/table.ts';

/** The data layer against real DynamoDB Local: guard, transactions, locking, cursors. */
const demo = new TenantStore(systemContext('demo', 'test', 'test'));
const north = new TenantStore(systemContext('north', 'test', 'test'));
const item = (tenant: string, n: number) => ({ pk: `T#${tenant}#THING`, sk: `N#${String(n).padStart(3, '0')}`, n });

beforeAll(() => useFreshTable());

describe('tenant guard', () => {
  it('refuses keys, index keys and queries outside the tenant, and a look-alike tenant prefix', async () => {
    await expect(demo.get({ pk: 'T#north#THING', sk: 'x' })).rejects.toThrow(/tenant guard/);
    await expect(demo.write({ kind: 'put', item: { pk: 'T#demo#X', sk: 'x', gsi1pk: 'T#north#Y' } })).rejects.toThrow(/gsi1pk/);
    await expect(demo.query({ pk: 'T#demo2#THING' })).rejects.toThrow(/tenant guard/);
    await expect(demo.query({ index: 'gsi2', pk: 'T#north#X' })).rejects.toThrow(/tenant guard/);
    await expect(demo.commit({ writes: [{ kind: 'put', item: item('demo', 1) }, { kind: 'delete', key: { pk: 'T#north#THING', sk: 'N#001' } }] })).rejects.toThrow(/tenant guard/);
    const { Items } = await documentClient().send(new QueryCommand({ TableName: process.env.TABLE_NAME, KeyConditionExpression: 'pk = :p', ExpressionAttributeValues: { ':p': 'T#demo#THING' } }));
    expect(Items).toEqual([]); // the mixed transaction wrote nothing
  });
});

describe('transactional commit', () => {
  it('writes the change, its audit and its outbox event together', async () => {
    await demo.commit({ writes: [{ kind: 'put', item: item('demo', 10) }], audit: { action: 'thing.created', subject: { type: 'thing', id: '10' } }, events: [{ type: 'thing.created', data: { n: 10 } }] });
    const history = await demo.query({ index: 'gsi1', pk: keys.subjectHistory('demo', 'thing', '10') });
    expect(history.items).toHaveLength(1);
    expect(history.items[0]).toMatchObject({ action: 'thing.created', actor: { kind: 'system', id: 'test' } });
  });

  it('writes nothing, not even the audit, when a condition fails', async () => {
    const created = { writes: [{ kind: 'put' as const, item: item('demo', 11) }], audit: { action: 'thing.created', subject: { type: 'thing', id: '11' } } };
    await demo.commit(created); // the thing exists (and has one history entry) already
    const taken = conflict('taken');
    const attempt = demo.commit({
      writes: [{ kind: 'put', item: item('demo', 11), condition: absent(taken) }],
      audit: { action: 'thing.created', subject: { type: 'thing', id: '11' } },
      events: [{ type: 'thing.created', data: {} }],
    });
    await expect(attempt).rejects.toBe(taken);
    expect((await demo.query({ index: 'gsi1', pk: keys.subjectHistory('demo', 'thing', '11') })).items).toHaveLength(1);
  });
});

describe('optimistic locking', () => {
  it('loses no update when 8 writers increment one counter concurrently', async () => {
    const key = { pk: 'T#demo#COUNTER', sk: 'C' };
    await demo.write({ kind: 'put', item: { ...key, value: 0, version: 1 } });
    const increment = async () => {
      for (;;) {
        const current = (await demo.get<{ value: number; version: number }>(key, true))!;
        try {
          await demo.commit({ writes: [{ kind: 'update', key, set: { value: current.value + 1, version: current.version + 1 }, condition: versionIs(current.version) }] });
          return;
        } catch (error) {
          if (!(error instanceof Problem) || error.status !== 409) throw error;
        }
      }
    };
    await Promise.all(Array.from({ length: 8 }, increment));
    expect(await demo.get(key, true)).toMatchObject({ value: 8, version: 9 });
  });

  it('reports a stale version as 409 stale-version', async () => {
    const key = { pk: 'T#demo#LOCKED', sk: 'L' };
    await demo.write({ kind: 'put', item: { ...key, version: 2 } });
    await expect(demo.write({ kind: 'update', key, set: { version: 2 }, condition: versionIs(1) })).rejects.toMatchObject({ status: 409, type: 'stale-version' });
  });
});

describe('cursors', () => {
  beforeAll(async () => {
    for (let n = 0; n < 5; n++) {
      await demo.write({ kind: 'put', item: item('demo', n) });
      await north.write({ kind: 'put', item: item('north', n) });
    }
  });

  it('pages through a partition with an opaque cursor', async () => {
    const first = await demo.query({ pk: 'T#demo#THING', limit: 2 });
    const second = await demo.query({ pk: 'T#demo#THING', limit: 2, cursor: first.nextCursor });
    expect([...first.items, ...second.items].map((i) => i.n)).toEqual([0, 1, 2, 3]);
    expect(first.nextCursor).not.toContain('THING');
  });

  it('refuses a tampered cursor, one of another list, and one of another tenant with a 400 naming cursor', async () => {
    const { nextCursor } = await demo.query({ pk: 'T#demo#THING', limit: 2 });
    const [payload, mac] = nextCursor!.split('.');
    const body = JSON.parse(Buffer.from(payload!, 'base64url').toString());
    const edited = `${Buffer.from(JSON.stringify({ ...body, k: { ...body.k, sk: 'N#004' } })).toString('base64url')}.${mac}`;
    const northCursor = (await north.query({ pk: 'T#north#THING', limit: 2 })).nextCursor;
    for (const [store, pk, cursor] of [
      [demo, 'T#demo#THING', edited],
      [demo, 'T#demo#OTHER', nextCursor],
      [demo, 'T#demo#THING', northCursor],
      [demo, 'T#demo#THING', 'garbage'],
    ] as const) {
      await expect(store.query({ pk, cursor })).rejects.toMatchObject({ status: 400, errors: [{ field: 'cursor' }] });
    }
  });
});
