import '../local/quiet-defaults.ts';
import { randomUUID } from 'node:crypto';
import { TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { ulid } from 'ulid';
import { readCyclesJob } from '../functions/reading/jobs/read-cycles.ts';
import { seedCustomers } from '../local/seed/customers.ts';
import { startRuntime } from '../local/runtime.ts';
import { documentClient } from '../shared/db/client.ts';
import { TenantStore, type Item } from '../shared/db/tenant-store.ts';
import { customerFromItem } from '../shared/entities/customer.ts';
import { readBookItem } from '../shared/entities/read-book.ts';
import { readingItem, type Reading } from '../shared/entities/reading.ts';
import { regionItem } from '../shared/entities/region.ts';
import { keys } from '../shared/keys.ts';
import { logger } from '../shared/logger.ts';
import { Index, tableName } from '../shared/table.ts';
import { systemContext } from '../shared/tenancy.ts';
import { fmt, loginHeaders, rawBatchPut } from './lib.ts';
import { countUnits, measure } from './units.ts';

/**
 * Meter reading at scale, on DynamoDB Local, every figure a ratio to a baseline measured in the
 * same run:
 * 1. **Units per accepted reading** (`ConsumedCapacity` as DynamoDB Local reports it for every
 *    call of POST /v1/readings, except transactions, whose units it misreports and which are
 *    computed from their items by DynamoDB's rules: bench/capacity.ts; counted by bench/units.ts) ÷ the design's minimum: the reading and the meter's pointer
 *    to its last reading (the one fact the next reading is validated against), written together in
 *    one transaction, plus the eventually consistent read of the pointer — measured by doing
 *    exactly that, raw, for the same readings.
 * 2. **Ingestion throughput** through POST /v1/readings (HTTP, VEE, 20 readings a transaction)
 *    ÷ raw BatchWriteItem of the same items (each reading and its meter, an event per 20), 25
 *    a call, 16 calls in flight. Interleaved rounds, so the machine's drift hits both sides.
 *    And the ceiling any design has that keeps "two readers of one meter at once: one accepted,
 *    one duplicate": a conditional write of each meter (UpdateItem under its version, 16 in
 *    flight; a batch write cannot carry a condition) and BatchWriteItem of the readings — no
 *    HTTP, no validation, no transaction — ÷ the same raw BatchWriteItem; and what DynamoDB
 *    Local's transactions allow: the same writes as TransactWriteItems of 20 readings (each reading
 *    and its meter under its version), 8 in flight as ingestion has them, no HTTP, no validation.
 * 3. **Cycle opening** for BENCH_CYCLE_METERS (200,000) and twice as many meters (books of
 *    2,000): the read-cycles job as of a window's first day; the time ratio (linear: 2.0).
 * env: BENCH_METERS (2,000 meters read per round), BENCH_ROUNDS (2), BENCH_CYCLE_METERS (200,000).
 */
const METERS = Number(process.env.BENCH_METERS ?? 2000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const CYCLE_METERS = Number(process.env.BENCH_CYCLE_METERS ?? 200_000);
const PASSWORD = 'bench-password';
const TENANT = 'demo';
const REGION = 'r-east';

countUnits();

/**
 * Gas-on customers' active meters of the region (seeded through the archive's own item builders),
 * not IC-card ones, with their start reads: the readings posted raise no exception (an exception
 * writes its item and an event, ~7 W, which the design's minimum has not).
 */
async function activeMeters(store: TenantStore): Promise<{ id: string; customerId: string; startRead: number }[]> {
  const found: { id: string; customerId: string }[] = [];
  for await (const page of store.queryPages({ index: Index.byRegionName, pk: keys.regionCustomers(store.tenantId, REGION) })) {
    for (const c of page.items.map(customerFromItem)) {
      if (c.lifecycle.state !== 'gas-on') continue;
      for (const m of c.meters ?? []) if (m.status === 'active' && m.type !== 'ic-card') found.push({ id: m.id, customerId: c.id });
    }
  }
  const items = new Map((await store.getMany(found.map((m) => keys.meter(store.tenantId, m.id)))).map((i) => [String(i.id), i]));
  return found.map((m) => ({ ...m, startRead: Number(items.get(m.id)?.startRead ?? 0) })).filter((m) => m.startRead < 90_000);
}

export async function benchReadings(): Promise<Record<string, number>> {
  const runtime = await startRuntime({ port: 0, seed: 'demo', seedPassword: PASSWORD, customerScale: 0, throttle: false, tableName: 'bench-readings' });
  try {
    const store = new TenantStore(systemContext(TENANT, 'bench', 'bench'));
    const headers = await loginHeaders(runtime.url, PASSWORD, 'admin', TENANT);

    // Meters: ~85 % of seeded customers have gas on; 3 rounds × 2 sides need their own fresh meters.
    const needed = METERS * ROUNDS * 2;
    let seed = 3;
    const random = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 4294967296);
    const t0 = Date.now();
    await seedCustomers(store, { regions: [REGION], count: Math.ceil(needed * 1.8), random });
    const meters = (await activeMeters(store)).slice(0, needed);
    if (meters.length < needed) throw new Error(`seeded ${meters.length} active meters, need ${needed}`);
    console.log(`${meters.length} meters seeded in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
    // The stream consumers' work on what came before (the seed's customers, the other side's
    // readings) is done before each side, or it competes for DynamoDB Local's one lock with the side
    // measured next: in AWS it runs on the stream's capacity and its own functions.
    await runtime.idle();
    const readAt = new Date(Date.now() - 86_400_000).toISOString();
    const value = (meter: { startRead: number }, i: number) => meter.startRead + 50 + (i % 40);

    const ours = { readings: 0, exceptions: 0, read: 0, write: 0, seconds: 0 };
    const minimum = { readings: 0, read: 0, write: 0, seconds: 0 };
    const raw = { readings: 0, seconds: 0 };
    const ceiling = { readings: 0, seconds: 0 };
    const transactions = { readings: 0, seconds: 0 };
    for (let round = 0; round < ROUNDS; round++) {
      const mine = meters.slice(round * 2 * METERS, round * 2 * METERS + METERS);
      const theirs = meters.slice(round * 2 * METERS + METERS, (round + 1) * 2 * METERS);
      const sides = [
        async () => {
          // Ours: POST /v1/readings, 500 a request, 2 requests in flight.
          const batches = Array.from({ length: Math.ceil(mine.length / 500) }, (_, b) => mine.slice(b * 500, (b + 1) * 500));
          let exceptions = 0;
          const m = await measure(async () => {
            let accepted = 0;
            let next = 0;
            const worker = async () => {
              while (next < batches.length) {
                const batch = batches[next++]!;
                const res = await fetch(`${runtime.url}/v1/readings`, { method: 'POST', headers: { ...headers, 'idempotency-key': randomUUID() }, body: JSON.stringify({ readings: batch.map((meter, i) => ({ meterId: meter.id, value: value(meter, i), readAt, source: 'field' })) }) });
                const body = (await res.json()) as { results: { status: string; exceptions: unknown[] }[] };
                accepted += body.results.filter((r) => r.status === 'accepted').length;
                exceptions += body.results.reduce((n, r) => n + r.exceptions.length, 0);
              }
            };
            await Promise.all([worker(), worker()]);
            return accepted;
          });
          ours.readings += m.result;
          ours.exceptions += exceptions;
          ours.read += m.read;
          ours.write += m.write;
          ours.seconds += m.seconds;
        },
        async () => {
          // The minimum: the reading and a pointer item, in one transaction, after reading the pointer.
          const m = await measure(async () => {
            let next = 0;
            const worker = async () => {
              while (next < theirs.length) {
                const meter = theirs[next++]!;
                const pointer = keys.meterReadBookGuard(TENANT, meter.id); // a small item of the meter's partition
                await store.get({ pk: pointer.pk, sk: 'LAST' });
                const reading = benchReading(meter, value(meter, next), readAt);
                await documentClient().send(
                  new TransactWriteCommand({
                    TransactItems: [
                      { Put: { TableName: tableName(), Item: readingItem(TENANT, reading) } },
                      { Put: { TableName: tableName(), Item: { pk: pointer.pk, sk: 'LAST', readingId: reading.id, value: reading.value, readAt } } },
                    ],
                  }),
                );
              }
            };
            await Promise.all(Array.from({ length: 8 }, worker));
            return theirs.length;
          });
          minimum.readings += m.result;
          minimum.read += m.read;
          minimum.write += m.write;
          minimum.seconds += m.seconds;
        },
      ];
      for (const side of round % 2 ? [...sides].reverse() : sides) {
        await side();
        await runtime.idle();
      }
      // The raw baseline of throughput: the same four items a reading writes, BatchWriteItem.
      const t = performance.now();
      await rawBatchWrite(theirs.map((meter, i) => benchReading(meter, value(meter, i), readAt)));
      raw.readings += theirs.length;
      raw.seconds += (performance.now() - t) / 1000;
      const c = performance.now();
      await conditionalWrite(theirs.map((meter, i) => benchReading(meter, value(meter, i), readAt)));
      ceiling.readings += theirs.length;
      ceiling.seconds += (performance.now() - c) / 1000;
      const x = performance.now();
      await transactionalWrite(theirs.map((meter, i) => benchReading(meter, value(meter, i), readAt)));
      transactions.readings += theirs.length;
      transactions.seconds += (performance.now() - x) / 1000;
    }

    const perReading = (ours.read + ours.write) / ours.readings;
    const minimumPerReading = (minimum.read + minimum.write) / minimum.readings;
    const oursRate = ours.readings / ours.seconds;
    const rawRate = raw.readings / raw.seconds;
    const ceilingRate = ceiling.readings / ceiling.seconds;
    const transactionRate = transactions.readings / transactions.seconds;

    // Cycle opening: books of 2,000 meter ids, opened as of their window's first day.
    const open = async (meterCount: number) => {
      const tenant = new TenantStore(systemContext(`bench-cycles-${meterCount}`, 'bench', 'bench'));
      const now = new Date().toISOString();
      const books: Item[] = [regionItem(tenant.tenantId, { regionId: REGION, name: REGION, kind: 'region', createdAt: now })];
      for (let b = 0; b * 2000 < meterCount; b++) {
        books.push(readBookItem(tenant.tenantId, { id: ulid(), name: `册${b}`, regionId: REGION, reader: 'field', cadence: 'residentialOutdoor', meterIds: Array.from({ length: Math.min(2000, meterCount - b * 2000) }, () => ulid()), version: 1, createdAt: now, updatedAt: now }));
      }
      await tenant.putMany(books);
      const t = performance.now();
      const counts = await readCyclesJob().run({ ctx: tenant.ctx, store: tenant, asOf: new Date('2026-11-20T00:30:00+08:00'), runId: 'bench', progress: async () => {}, log: logger });
      return { seconds: (performance.now() - t) / 1000, opened: counts.opened ?? 0 };
    };
    const small = await open(CYCLE_METERS);
    const large = await open(CYCLE_METERS * 2);

    const figures = {
      unitsPerReading: perReading,
      minimumUnitsPerReading: minimumPerReading,
      unitsRatio: perReading / minimumPerReading,
      oursWritePerReading: ours.write / ours.readings,
      oursReadPerReading: ours.read / ours.readings,
      exceptionsPerReading: ours.exceptions / ours.readings,
      readingsPerSecond: oursRate,
      rawReadingsPerSecond: rawRate,
      throughputRatio: oursRate / rawRate,
      conditionalReadingsPerSecond: ceilingRate,
      conditionalThroughputRatio: ceilingRate / rawRate,
      transactionReadingsPerSecond: transactionRate,
      transactionThroughputRatio: transactionRate / rawRate,
      cycleOpenSmallSeconds: small.seconds,
      cycleOpenLargeSeconds: large.seconds,
      cycleOpenRatio: large.seconds / small.seconds,
      cyclesOpenedLarge: large.opened,
    };
    console.log(`\nMeter reading on DynamoDB Local (${ROUNDS} rounds of ${METERS} readings a side)`);
    console.log('| figure | ours | baseline | ratio | goal |');
    console.log('| --- | --- | --- | --- | --- |');
    console.log(`| capacity units per accepted reading (write + read) | ${fmt(perReading)} (${fmt(figures.oursWritePerReading)} W + ${fmt(figures.oursReadPerReading)} R) | ${fmt(minimumPerReading)} (reading + pointer, one transaction, pointer read) | ${fmt(figures.unitsRatio)} | ≤ 1.25 |`);
    console.log(`| readings per second | ${fmt(oursRate, 0)} (POST /v1/readings) | ${fmt(rawRate, 0)} (BatchWriteItem of the same items) | ${fmt(figures.throughputRatio)} | ≥ 0.7 |`);
    console.log(`| readings per second, the ceiling of a conditional write per meter | ${fmt(ceilingRate, 0)} (UpdateItem of each meter under its version + BatchWriteItem of the readings) | ${fmt(rawRate, 0)} (BatchWriteItem of the same items) | ${fmt(figures.conditionalThroughputRatio)} | (the most any design that keeps one reading a meter at a time can reach) |`);
    console.log(`| readings per second, bare transactions | ${fmt(transactionRate, 0)} (TransactWriteItems of 20 readings and their meters, 8 in flight) | ${fmt(rawRate, 0)} (BatchWriteItem of the same items) | ${fmt(figures.transactionThroughputRatio)} | (what ingestion's transactions allow; ours ÷ this: ${fmt(oursRate / transactionRate)}) |`);
    console.log(`| opening cycles | ${fmt(large.seconds, 1)} s for ${CYCLE_METERS * 2} meters (${large.opened} books) | ${fmt(small.seconds, 1)} s for ${CYCLE_METERS} meters (${small.opened} books) | ${fmt(figures.cycleOpenRatio)} | ≤ 2.1 |`);
    return figures;
  } finally {
    await runtime.stop();
  }
}

/** A reading item as ingestion writes it (for the baselines). */
function benchReading(meter: { id: string; customerId: string }, value: number, readAt: string): Reading {
  return {
    id: ulid(),
    meterId: meter.id,
    customerId: meter.customerId,
    regionId: REGION,
    value,
    readAt,
    source: 'field',
    previous: { value: 0, readAt: '2026-01-01T00:00:00.000Z' },
    consumption: value,
    days: 300,
    billable: true,
    status: 'valid',
    exceptions: [],
    policyVersionId: null,
    actor: { kind: 'user', id: 'admin', name: '系统管理员' },
    createdAt: new Date().toISOString(),
    version: 1,
  };
}

/** The items ingestion writes — each reading, its meter as it is after it, one outbox event per 20 readings — 25 a call, 16 calls in flight. */
async function rawBatchWrite(readings: Reading[]): Promise<void> {
  const store = new TenantStore(systemContext(TENANT, 'bench', 'bench'));
  const meters = await store.getMany(readings.map((r) => keys.meter(TENANT, r.meterId)));
  const byId = new Map(meters.map((m) => [String(m.id), m]));
  // What a transaction of 20 readings writes: each reading (on its customer's timeline) and its meter, and one event listing them.
  const items: Item[] = readings.flatMap((r, i) => {
    const reading = readingItem(TENANT, r);
    const chunk = readings.slice(i, i + 20);
    return [
      { ...reading, sk: `RAW${reading.sk}` },
      { ...byId.get(r.meterId)!, sk: 'METER-RAW' },
      ...(i % 20 === 0 ? [{ ...keys.outbox(TENANT, r.createdAt.slice(0, 10), ulid()), entity: 'outbox', type: 'readings.accepted', data: { readings: chunk.map((c) => ({ readingId: c.id, meterId: c.meterId, customerId: c.customerId, regionId: c.regionId, value: c.value, readAt: c.readAt, consumption: c.consumption, billable: true })) } }] : []),
    ];
  });
  await rawBatchPut(items, 16);
}

/** The versions of the meters' copies rawBatchWrite made, read as validation reads them (BatchGetItem, a hundred a call). */
async function copyVersions(readings: Reading[], sk: string): Promise<Map<string, number>> {
  const store = new TenantStore(systemContext(TENANT, 'bench', 'bench'));
  const meters = await store.getMany(readings.map((r) => ({ pk: keys.meter(TENANT, r.meterId).pk, sk })));
  return new Map(meters.map((m) => [String(m.id), Number(m.version)]));
}

/** A meter copy's conditional update: the next version, under the one read. */
const meterUpdate = (r: Reading, sk: string, versions: Map<string, number>) => ({
  TableName: tableName(),
  Key: { pk: keys.meter(TENANT, r.meterId).pk, sk },
  UpdateExpression: 'SET #version = :next, updatedAt = :at',
  ConditionExpression: '#version = :seen',
  ExpressionAttributeNames: { '#version': 'version' },
  ExpressionAttributeValues: { ':seen': versions.get(r.meterId), ':next': versions.get(r.meterId)! + 1, ':at': r.createdAt },
});

/** Ingestion's writes without ingestion: 20 readings and their meters (copies) a transaction, 8 in flight. */
async function transactionalWrite(readings: Reading[]): Promise<void> {
  const versions = await copyVersions(readings, 'METER-RAW');
  const chunks = Array.from({ length: Math.ceil(readings.length / 20) }, (_, c) => readings.slice(c * 20, (c + 1) * 20));
  let next = 0;
  const worker = async () => {
    while (next < chunks.length) {
      const chunk = chunks[next++]!;
      await documentClient().send(
        new TransactWriteCommand({
          TransactItems: chunk.flatMap((r) => {
            const item = readingItem(TENANT, r);
            return [{ Put: { TableName: tableName(), Item: { ...item, sk: `TX${item.sk}` } } }, { Update: meterUpdate(r, 'METER-RAW', versions) }];
          }),
        }),
      );
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
}

/**
 * The ceiling: what a reading must write at least without a transaction — its meter conditionally
 * (under the version read with it, as validation reads it: of the copies rawBatchWrite made) and
 * the reading — the meters read in one BatchGetItem a hundred, written 16 at a time, the readings 25 a call, 16 calls in flight.
 */
async function conditionalWrite(readings: Reading[]): Promise<void> {
  const versions = await copyVersions(readings, 'METER-RAW');
  let next = 0;
  const worker = async () => {
    while (next < readings.length) await documentClient().send(new UpdateCommand(meterUpdate(readings[next++]!, 'METER-RAW', versions)));
  };
  await Promise.all(Array.from({ length: 16 }, worker));
  await rawBatchPut(readings.map((r) => { const item = readingItem(TENANT, r); return { ...item, sk: `CEIL${item.sk}` }; }), 16);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await benchReadings()));
}
