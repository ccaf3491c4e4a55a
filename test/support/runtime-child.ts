import '../../local/quiet-defaults.ts'; // first, as in local/start.ts
import { writeFileSync } from 'node:fs';
import { seedCustomers } from '../../local/seed/customers.ts';
import { startRuntime, type RuntimeOptions } from '../../local/runtime.ts';
import { TenantStore } from '../../shared/db/tenant-store.ts';
import { customerFromItem } from '../../shared/entities/customer.ts';
import { readBookItem } from '../../shared/entities/read-book.ts';
import { keys } from '../../shared/keys.ts';
import { Index } from '../../shared/table.ts';
import { systemContext } from '../../shared/tenancy.ts';

/**
 * The local runtime in a process of its own, for tests that kill it with SIGKILL (crash-safety):
 * `GASCARE_CHILD_OPTIONS` is the JSON of startRuntime's options, plus `meters` — on a first start
 * (the runtime seeded the demo), that many customers more in one region, and the ids of their
 * active meters (with their start reads) written to `meters.file`; with `meters.books`, that many
 * read books (cadence residentialOutdoor) of `perBook` of those meters each, named and keyed by
 * their number (the same order in two stores seeded alike). Once it serves, one line on stdout:
 * `READY {"url", "pid", "dynamoPid", "dynamoEndpoint", "seeded"}`.
 */
interface ChildOptions extends RuntimeOptions {
  meters?: { customers: number; region: string; file: string; books?: { count: number; perBook: number } };
}

export interface ChildMeter {
  id: string;
  startRead: number;
}

const options = JSON.parse(process.env.GASCARE_CHILD_OPTIONS ?? '{}') as ChildOptions;
const { meters, ...runtimeOptions } = options;
const runtime = await startRuntime({ port: 0, ...runtimeOptions });

if (meters && runtime.seeded) {
  const store = new TenantStore(systemContext('demo', 'crash-test', 'seed'));
  let seed = 7;
  const random = () => (seed = (seed * 1103515245 + 12345) >>> 0) / 4294967296;
  await seedCustomers(store, { regions: [meters.region], count: meters.customers, random });
  const found: { id: string }[] = [];
  for await (const page of store.queryPages({ index: Index.byRegionName, pk: keys.regionCustomers('demo', meters.region) })) {
    for (const c of page.items.map(customerFromItem)) {
      if (c.lifecycle.state !== 'gas-on') continue;
      for (const m of c.meters ?? []) if (m.status === 'active' && m.type !== 'ic-card') found.push({ id: m.id });
    }
  }
  const items = new Map((await store.getMany(found.map((m) => keys.meter('demo', m.id)))).map((i) => [String(i.id), i]));
  const active: ChildMeter[] = found.map((m) => ({ id: m.id, startRead: Number(items.get(m.id)?.startRead ?? 0) })).filter((m) => m.startRead < 90_000);
  writeFileSync(meters.file, JSON.stringify(active));
  const at = new Date().toISOString();
  for (let b = 0; b < (meters.books?.count ?? 0); b++) {
    const meterIds = active.slice(b * meters.books!.perBook, (b + 1) * meters.books!.perBook).map((m) => m.id);
    const id = `01KC${String(b).padStart(22, '0')}`;
    await store.write({ kind: 'put', item: readBookItem('demo', { id, name: `crash-${String(b).padStart(4, '0')}`, regionId: meters.region, reader: 'field', cadence: 'residentialOutdoor', meterIds, version: 1, createdAt: at, updatedAt: at }) });
  }
}

console.log(`READY ${JSON.stringify({ url: runtime.url, pid: process.pid, dynamoPid: runtime.dynamo?.pid ?? null, dynamoEndpoint: runtime.dynamoEndpoint, seeded: runtime.seeded })}`);
