import { TenantStore } from '../../shared/db/tenant-store.ts';
import { keys } from '../../shared/keys.ts';
import { systemContext } from '../../shared/tenancy.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { runJob } from '../support/jobs.ts';
import { caller, newCustomer, uniq } from './customers-fixtures.ts';

/**
 * After a change of the key design, customers stored before it are found again once the
 * reindex-customers job has re-derived their keys; a second run writes nothing.
 */
let app: TestApp;
let call: ReturnType<typeof caller>;
let admin: string;

beforeAll(async () => {
  app = await startTestApp();
  call = caller(app);
  admin = await app.login('demo', 'admin');
});
afterAll(() => app.stop());

const search = async (q: string) => (await call<{ items: { id: string }[] }>(admin, 'GET', `/v1/customers?q=${encodeURIComponent(q)}`)).body.items.map((c) => c.id);

it('re-derives the keys of customers stored under an older key design, and then has nothing to do', async () => {
  // prepare: a customer whose tenant-wide name key and phone key are as an older version wrote them
  const name = `欧阳${uniq()}`;
  const created = await call<{ id: string }>(admin, 'POST', '/v1/customers', newCustomer({ name }));
  expect(created.status).toBe(201);
  const store = new TenantStore(systemContext('demo', 'test', 'test'));
  await store.write({ kind: 'update', key: keys.customer('demo', created.body.id), set: { gsi5pk: 'T#demo#OLD-DESIGN', gsi5sk: 'x', gsi2pk: 'T#demo#OLD-PHONE' } });
  expect(await search(name)).not.toContain(created.body.id);

  // act
  const first = await runJob(call, admin, 'reindex-customers');
  const second = await runJob(call, admin, 'reindex-customers');

  // assess
  expect(first.counts.rewritten).toBeGreaterThanOrEqual(1);
  expect(await search(name)).toEqual([created.body.id]);
  expect(second.counts.rewritten).toBe(0);
  expect(second.counts.customers).toBe(first.counts.customers);
}, 120_000);
