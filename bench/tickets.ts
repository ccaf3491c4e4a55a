import '../local/quiet-defaults.ts';
import { slaSweepJob } from '../functions/tickets/jobs/sla-sweep.ts';
import { TicketService } from '../functions/tickets/ticket-service.ts';
import { seedCustomers } from '../local/seed/customers.ts';
import { startRuntime } from '../local/runtime.ts';
import { TenantStore } from '../shared/db/tenant-store.ts';
import { keys } from '../shared/keys.ts';
import { logger } from '../shared/logger.ts';
import { Index } from '../shared/table.ts';
import { systemContext } from '../shared/tenancy.ts';
import { ulid } from 'ulid';
import { fmt, loginHeaders, percentile, rawBatchPut } from './lib.ts';
import { countUnits, measure, readsOf, replayTransactions, writesOf } from './units.ts';

/**
 * Service tickets on DynamoDB Local, every figure a ratio to a baseline measured in the same run
 * (units counted by bench/units.ts — of a sweep, its own calls only, not the local runtime's stream
 * consumers meanwhile; a transaction's by DynamoDB's rules, bench/capacity.ts):
 * 1. **Intake throughput**: BENCH_TICKETS_INTAKE repair tickets through `POST /v1/tickets` as the
 *    dispatcher (over a few customers, 8 requests in flight, no Idempotency-Key) ÷ raw
 *    TransactWriteItems of exactly the items each intake wrote (the recorded transactions replayed
 *    under other keys, conditions kept, 8 in flight: ticket + queue entry + figures ADD + 2 audit
 *    + outbox). Also each request's p99 ÷ the raw transaction's p99 (the figure), and the
 *    units per intake.
 * 2. **The sla-sweep is proportional to what is due, not to what is open**: BENCH_TICKETS_OPEN (M)
 *    open tickets of which BENCH_TICKETS_DUE (K) are due (received 100 minutes ago: past 80 % of a
 *    repair's 2 h to acknowledge; the others received within the last hour, not due for 36 minutes
 *    or more, many in the same hour bucket of the sweep index), a sweep as of now; then M more
 *    open with K more due (the first K, warned, not due again for 20 minutes), a sweep as of now.
 *    Read units of the sweep at 2M ÷ at M (goal ≈ 1.0). A sweep before both sets the sweep's state,
 *    so each measured run queries the same few hour buckets (a first run looks back 7 days).
 * 3. The sweep at 100k open, 1 % due (sweepAtScale, below).
 * env: BENCH_TICKETS_INTAKE (300), BENCH_TICKETS_OPEN (1,000; includes the intake's tickets),
 * BENCH_TICKETS_DUE (10), BENCH_TICKETS_SCALE (100,000; 0 skips section 3).
 */
const INTAKE = Number(process.env.BENCH_TICKETS_INTAKE ?? 300);
const OPEN = Number(process.env.BENCH_TICKETS_OPEN ?? 1000);
const DUE = Number(process.env.BENCH_TICKETS_DUE ?? 10);
/** Section 3: open tickets in one tenant for the sweep at scale (0: skip), 1 % of them due. */
const SCALE_OPEN = Number(process.env.BENCH_TICKETS_SCALE ?? 100_000);
const SCALE_TEMPLATES = 60;
const PASSWORD = 'bench-password';
const TENANT = 'demo';
const REGION = 'r-east';
const IN_FLIGHT = 8;
const MIN = 60_000;

countUnits();

async function inFlight(count: number, parallel: number, work: (i: number) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < count) await work(next++);
  };
  await Promise.all(Array.from({ length: parallel }, worker));
}

export async function benchTickets(): Promise<Record<string, number>> {
  if (OPEN < INTAKE + DUE) throw new Error('BENCH_TICKETS_OPEN must be at least BENCH_TICKETS_INTAKE + BENCH_TICKETS_DUE');
  const runtime = await startRuntime({ port: 0, seed: 'demo', seedPassword: PASSWORD, customerScale: 0, throttle: false, tableName: 'bench-tickets' });
  try {
    const store = new TenantStore(systemContext(TENANT, 'bench', 'bench'));
    let seed = 11;
    const random = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 4294967296);
    await seedCustomers(store, { regions: [REGION], count: 20, random });
    const customers = (await store.query({ index: Index.byRegionName, pk: keys.regionCustomers(TENANT, REGION), limit: 20 })).items.map((i) => String(i.id));
    const headers = await loginHeaders(runtime.url, PASSWORD, 'dispatcher', TENANT);

    // 1. Intake over HTTP, its transactions recorded; then the same items, raw. Each request's and each raw transaction's latency is kept.
    const intakeLatencies: number[] = [];
    const rawLatencies: number[] = [];
    await runtime.idle();
    const intake = await measure(
      () =>
        inFlight(INTAKE, IN_FLIGHT, async (i) => {
          const sent = performance.now();
          const res = await fetch(`${runtime.url}/v1/tickets`, { method: 'POST', headers, body: JSON.stringify({ kind: 'repair', customerId: customers[i % customers.length], description: '灶具打不着火，闻到轻微异味', channel: 'phone' }) });
          if (res.status !== 201) throw new Error(`POST /v1/tickets: ${res.status} ${await res.text()}`);
          intakeLatencies.push(performance.now() - sent);
        }),
      { record: true },
    );
    const intakes = intake.transactions.filter((tx) => tx.TransactItems.some((op) => op.Put?.Item.entity === 'ticket'));
    if (intakes.length !== INTAKE) throw new Error(`recorded ${intakes.length} intake transactions for ${INTAKE} tickets`);
    // What the stream consumers spent on the intake's events after it (counted in the intake's units meanwhile too).
    const after = await measure(() => runtime.idle());
    const rawSeconds = await replayTransactions(intakes, 'RAW', IN_FLIGHT, rawLatencies);
    const p99 = (ms: number[]) => percentile([...ms].sort((a, b) => a - b), 99);
    const itemsPerIntake = intakes.reduce((n, tx) => n + tx.TransactItems.length, 0) / intakes.length;

    // 2. The sweep at M and 2M open, K due each time.
    const service = new TicketService(store);
    const file = (count: number, due: number) =>
      inFlight(count, 4, async (i) => {
        const now = Date.now();
        const receivedAt = new Date(i < due ? now - 100 * MIN : now - Math.floor(random() * 60 * MIN)).toISOString();
        await service.create({ kind: 'repair', customerId: customers[i % customers.length]!, description: '燃气表漏气声', channel: 'phone', receivedAt });
      });
    // A store per run, as the job runner makes (its memos last one run).
    const sweep = (runId: string) => slaSweepJob().run({ store: new TenantStore(store.ctx), ctx: store.ctx, asOf: new Date(), runId, progress: async () => undefined, log: logger });
    await sweep('bench-warm-up');
    const t0 = Date.now();
    await file(OPEN - INTAKE, DUE);
    await runtime.idle();
    const atM = await measure(() => sweep('bench-m'), { own: true });
    await file(OPEN, DUE);
    await runtime.idle();
    const at2M = await measure(() => sweep('bench-2m'), { own: true });
    console.log(`${OPEN * 2 - INTAKE} tickets filed in ${((Date.now() - t0) / 1000).toFixed(0)} s for the sweep; sweeps: ${JSON.stringify(atM.result)} ${JSON.stringify(at2M.result)}`);
    if (atM.result.due !== DUE || at2M.result.due !== DUE) throw new Error(`due ${atM.result.due} and ${at2M.result.due}, not ${DUE} each`);

    const scale = SCALE_OPEN > 0 ? await sweepAtScale(random) : undefined;

    const oursRate = INTAKE / intake.seconds;
    const rawRate = intakes.length / rawSeconds;
    const figures = {
      intakePerSecond: oursRate,
      rawIntakePerSecond: rawRate,
      intakeThroughputRatio: oursRate / rawRate,
      intakeP99Ms: p99(intakeLatencies),
      rawIntakeP99Ms: p99(rawLatencies),
      intakeP99Ratio: p99(intakeLatencies) / p99(rawLatencies),
      itemsPerIntake,
      intakeWritePerTicket: intake.write / INTAKE,
      intakeReadPerTicket: intake.read / INTAKE,
      consumersAfterIntakeRead: after.read,
      consumersAfterIntakeWrite: after.write,
      sweepReadAtM: atM.read,
      sweepReadAt2M: at2M.read,
      sweepReadRatio: at2M.read / atM.read,
      sweepReadPerDue: at2M.read / DUE,
      sweepWritePerDue: at2M.write / DUE,
      open: OPEN,
      due: DUE,
      ...(scale ?? {}),
    };
    console.log(`units of the stream consumers draining after the intake: ${fmt(after.read, 1)} R, ${fmt(after.write, 1)} W`);
    console.log(`sweep reads at M: ${readsOf(atM)}; at 2M: ${readsOf(at2M)}`);
    console.log(`write units of one intake's transaction: ${await writesOf(intakes[0]!)}`);
    console.log(`\nService tickets on DynamoDB Local (${INTAKE} intakes; sweeps over ${OPEN} and ${OPEN * 2} open tickets, ${DUE} due)`);
    console.log('| figure | ours | baseline | ratio | goal |');
    console.log('| --- | --- | --- | --- | --- |');
    console.log(`| tickets filed per second | ${fmt(oursRate, 1)} (POST /v1/tickets, ${IN_FLIGHT} in flight) | ${fmt(rawRate, 1)} (raw TransactWriteItems of the same ${fmt(itemsPerIntake, 1)} items, ${IN_FLIGHT} in flight) | ${fmt(figures.intakeThroughputRatio)} | |`);
    console.log(`| intake p99 | ${fmt(figures.intakeP99Ms, 0)} ms (POST /v1/tickets, ${IN_FLIGHT} in flight) | ${fmt(figures.rawIntakeP99Ms, 0)} ms (the raw transaction, ${IN_FLIGHT} in flight) | ${fmt(figures.intakeP99Ratio)} | |`);
    console.log(`| units per intake | ${fmt(figures.intakeWritePerTicket)} W + ${fmt(figures.intakeReadPerTicket)} R | | | |`);
    if (scale) {
      console.log(
        `| sla-sweep at scale: read units per due ticket, ${scale.scaleDue} due among ${scale.scaleOpen} open | ${fmt(scale.scaleSweepRead / scale.scaleDue)} R (${fmt(scale.scaleSweepRead, 1)} R in all; ${fmt(scale.scaleSweepWrite / scale.scaleDue)} W) | the raw Query of the due index over the same hours, reading exactly the ${scale.scaleRawItems} due: ${fmt(scale.scaleRawRead, 1)} R (${fmt(scale.scaleRawRead / scale.scaleDue)} a ticket) | ${fmt(scale.scaleSweepRead / scale.scaleRawRead)} | reads none of the other ${scale.scaleOpen - scale.scaleDue} |`,
      );
    }
    console.log(`| sla-sweep read units, ${DUE} due among ${OPEN * 2} open ÷ among ${OPEN} | ${fmt(at2M.read, 1)} R (${fmt(figures.sweepReadPerDue)} a due ticket; ${fmt(figures.sweepWritePerDue)} W) | ${fmt(atM.read, 1)} R | ${fmt(figures.sweepReadRatio)} | ≈ 1.0 |`);
    return figures;
  } finally {
    await runtime.stop();
  }
}

/**
 * 3. **The sweep at the scale**: SCALE_OPEN open tickets in tenant `north`, 1 % due. The due
 * ones and 60 not-due templates (received over the last hour, one a minute) are filed through the
 * service; the rest are copies of the templates written raw (BatchWriteItem of the ticket item with a
 * new id: the same index keys, so they sit in the same hour buckets of the sweep index, after the
 * sweep's instant). One sweep as of now; its own read units ÷ a raw Query of the same buckets up to
 * the same instant (the least any sweep must read to find the due tickets).
 */
async function sweepAtScale(random: () => number) {
  const store = new TenantStore(systemContext('north', 'bench', 'bench'));
  const t = store.tenantId;
  await seedCustomers(store, { regions: ['n-1'], count: 20, random });
  const customers = (await store.query({ index: Index.byRegionName, pk: keys.regionCustomers(t, 'n-1'), limit: 20 })).items.map((i) => String(i.id));
  const service = new TicketService(store);
  const sweep = (runId: string, asOf = new Date()) => slaSweepJob().run({ store: new TenantStore(store.ctx), ctx: store.ctx, asOf, runId, progress: async () => undefined, log: logger });
  await sweep('bench-scale-warm-up');
  const due = Math.round(SCALE_OPEN / 100);
  const t0 = Date.now();
  const filed = await Promise.all(
    Array.from({ length: SCALE_TEMPLATES }, (_, i) =>
      service.create({ kind: 'repair', customerId: customers[i % customers.length]!, description: '燃气表漏气声', channel: 'phone', receivedAt: new Date(t0 - i * MIN).toISOString() }),
    ),
  );
  await inFlight(due, 4, async (i) => {
    await service.create({ kind: 'repair', customerId: customers[i % customers.length]!, description: '燃气表漏气声', channel: 'phone', receivedAt: new Date(t0 - 100 * MIN - (i % 30) * 1000).toISOString() });
  });
  const templates = await Promise.all(filed.map((ticket) => store.get<Record<string, unknown>>(keys.ticket(t, ticket.id))));
  const copies = SCALE_OPEN - due - SCALE_TEMPLATES;
  const raw = Array.from({ length: copies }, (_, i) => {
    const template = templates[i % SCALE_TEMPLATES]!;
    return JSON.parse(JSON.stringify(template).replaceAll(String(template.id), ulid())) as Record<string, unknown>;
  });
  await rawBatchPut(raw, 16);
  await new Promise((r) => setTimeout(r, 2000)); // index propagation
  console.log(`sweep at scale: ${SCALE_OPEN} open (${due} due) in tenant north, filed and copied in ${((Date.now() - t0) / 1000).toFixed(0)} s`);

  const asOf = new Date();
  const state = await store.get<{ through: string }>(keys.slaSweepState(t), true);
  // The raw minimum, before the sweep moves the due tickets on: the same hour buckets (from the hour
  // before `through`, as the sweep does) up to the same instant.
  const hours: string[] = [];
  for (let h = Math.floor((Date.parse(state!.through) - 3_600_000) / 3_600_000) * 3_600_000; h <= asOf.getTime(); h += 3_600_000) hours.push(new Date(h).toISOString().slice(0, 13));
  let rawItems = 0;
  const rawQuery = await measure(async () => {
    for (const hour of hours) {
      for await (const page of store.queryPages({ index: Index.ticketsDue, pk: keys.ticketsDue(t, hour), sk: { lte: keys.ticketsDueBy(asOf.toISOString()) }, limit: 1000 })) rawItems += page.items.length;
    }
  }, { own: true });
  const ours = await measure(() => sweep('bench-scale', asOf), { own: true });
  if (ours.result.due !== due || rawItems !== due) throw new Error(`the sweep at scale found ${ours.result.due} due and the raw Query ${rawItems}, not ${due}`);
  console.log(`sweep at scale: ${readsOf(ours)}; the raw Query: ${readsOf(rawQuery)}`);
  return { scaleOpen: SCALE_OPEN, scaleDue: due, scaleSweepRead: ours.read, scaleSweepWrite: ours.write, scaleRawRead: rawQuery.read, scaleRawItems: rawItems };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await benchTickets()));
}
