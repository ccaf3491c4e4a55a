import '../local/quiet-defaults.ts';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { loadJob } from '../functions/job-workers.ts';
import { startRuntime, type Runtime } from '../local/runtime.ts';
import { assessmentsKpisPolicy } from '../shared/contract/assessments-policy.ts';
import { CUSTOMER_CLASSES } from '../shared/contract/customers.ts';
import { CADENCES, type Cadence } from '../shared/contract/read-books.ts';
import { readingCadencePolicy } from '../shared/contract/reading-policies.ts';
import { SURVEY_DIMENSIONS } from '../shared/contract/surveys.ts';
import { documentClient } from '../shared/db/client.ts';
import { TenantStore, type Item } from '../shared/db/tenant-store.ts';
import { regionUnit, staffUnit } from '../shared/entities/kpi-facts.ts';
import type { StatsItem } from '../shared/entities/read-cycle.ts';
import { regionItem } from '../shared/entities/region.ts';
import { tenantProfileItem } from '../shared/entities/tenant.ts';
import { userItem } from '../shared/entities/user.ts';
import { executeRun } from '../shared/jobs/runner.ts';
import { queueRun, type JobRun } from '../shared/jobs/runs.ts';
import { keys, KPI_SHARDS, SURVEY_SHARDS, surveyShard } from '../shared/keys.ts';
import { localDay } from '../shared/local-time.ts';
import { lastEndedPeriod, monthSortRange, monthsOf, previousPeriods } from '../shared/periods.ts';
import { Index, TABLE, tableName } from '../shared/table.ts';
import { systemContext } from '../shared/tenancy.ts';
import { fmt, rawBatchPut } from './lib.ts';
import { countUnits, measure, readsOf, type Measured } from './units.ts';

/**
 * The assessment jobs at the shape of a 1M-customer company (issue 13), on DynamoDB Local, every
 * figure a ratio to a baseline measured in the same run. The jobs read the counters the
 * capabilities keep (functions/assessments/period-facts.ts), so their work grows with the units
 * (regions and staff), not with the customers. The counters are seeded directly (BatchWriteItem),
 * shaped as their writers write them (the entity and key helpers), for a busy tenant:
 * - 50 regions (region items, as `tenantRegions` reads them) and 2,000 users (user items in
 *   `Index.tenantUsers`), each user both a reader and field staff of one region;
 * - for each of the 15 months the quarterly run reads (2026-Q3 and its 4 trend quarters,
 *   `trendPeriods` by default): one KPI-facts item per unit (region and staff) in every one of the
 *   KPI_SHARDS partitions (the writer shards by ticket id: a busy unit has tickets in all of them);
 *   the read-cycle figures of each region and reader per period and cadence (the two monthly
 *   cadences every month, the quarterly one in the quarter's last month); the tenant's survey
 *   figures of each region and class (no staff) in every SURVEY_SHARDS partition, and of each staff
 *   member (return visits, and answers of the event survey after a ticket) in one shard each.
 * One tenant, in two steps: the first half of the regions with their users (25 and 1,000) is
 * seeded and assessed, then the other half is added and the whole assessed (seeded once, not
 * twice). Each job runs through the job runner (`queueRun` + `executeRun`: lease, progress and
 * final writes), units counted for the run's own calls (bench/units.ts).
 * 1. The quarterly run at full ÷ at half: seconds, read units, write units (goal ≈ 2: linear in units).
 * 2. The quarterly run ÷ raw DynamoDB Local doing the same work: a raw Query of each partition and
 *    sort range period-facts reads (and the regions and users), every page, 8 in flight, plus a raw
 *    BatchWriteItem of the unit items the run wrote (25 a call, 8 in flight).
 * 3. The annual run (2025 and 4 trend years) at full shape, and ÷ the quarterly: of its 60 months
 *    the 6 of 2025-H2 are seeded (seeding all would take ~15 minutes more here); the pages the other 54
 *    would add are counted from the items they would hold.
 * 4. AWS by arithmetic: the Queries the runs issued (counted) at ≈ 10 ms a Query, 8 in flight.
 * env: BENCH_ASSESS_REGIONS (50), BENCH_ASSESS_USERS (2,000); the half shape is half of each.
 */
const REGIONS = Number(process.env.BENCH_ASSESS_REGIONS ?? 50);
const USERS = Number(process.env.BENCH_ASSESS_USERS ?? 2000);
const PARALLEL = 8;
const SEED_PARALLEL = 16;
const TIME_ZONE = 'Asia/Shanghai';
/** Each job's scheduled time after the period it assesses: 2026-Q3 and 2025. */
const QUARTERLY_AS_OF = new Date('2026-10-01T02:00:00+08:00');
const ANNUAL_AS_OF = new Date('2026-01-01T03:00:00+08:00');
const AWS_QUERY_MS = 10;
const TENANT = 'bench-assess';

countUnits();

interface Shape {
  tenantId: string;
  regions: string[];
  users: { username: string; regionId: string }[];
}

const shapeOf = (tenantId: string, regions: number, users: number): Shape => {
  const regionIds = Array.from({ length: regions }, (_, i) => `r-${String(i + 1).padStart(3, '0')}`);
  return { tenantId, regions: regionIds, users: Array.from({ length: users }, (_, i) => ({ username: `staff${String(i + 1).padStart(5, '0')}`, regionId: regionIds[i % regions]! })) };
};

/** The periods a run reads: the assessed one and its trend, oldest first (as the job builds them). */
const periodsOf = (kind: 'quarterly' | 'annual', asOf: Date): string[] => {
  const period = lastEndedPeriod(kind, localDay(asOf, TIME_ZONE));
  return [...previousPeriods(period, assessmentsKpisPolicy.defaults.trendPeriods), period];
};

let seed = 11;
const random = () => (seed = (seed * 1103515245 + 12345) >>> 0) / 4294967296;
const int = (from: number, to: number) => from + Math.floor(random() * (to - from + 1));

/** Items in BatchWriteItem calls of 25, SEED_PARALLEL calls in flight (the store's own putMany per call). */
async function putAll(store: TenantStore, items: Item[]): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const start = next;
      next += 25;
      await store.putMany(items.slice(start, start + 25));
    }
  };
  await Promise.all(Array.from({ length: SEED_PARALLEL }, worker));
}

/** What a busy month of a unit adds up to in one KPI shard (the counters ticket-facts.ts names). */
function kpiCounters(region: boolean): Record<string, number> {
  const repairs = region ? int(15, 30) : int(1, 4);
  const resolved = repairs - int(0, 1);
  const counters: Record<string, number> = { repairs, repairsOnTime: repairs - int(0, 1), repairsResolved: resolved, fixedFirstTime: resolved - int(0, 1) };
  if (!region) return counters;
  const replies = int(10, 25);
  const closed = int(20, 40);
  return { ...counters, repliesDue: replies, repliedOnTime: replies - int(0, 1), closed, returnVisited: closed - int(0, 2) };
}

/** The survey counters of answers (answerCounters' names) and of invitations. */
function answerCounters(): Record<string, number> {
  const answered = int(2, 12);
  const counters: Record<string, number> = { invited: answered * 3, phoneTasks: int(0, 2), answered, satisfied: answered - int(0, 1), low: int(0, 1), followUps: int(0, 1) };
  for (const d of SURVEY_DIMENSIONS) {
    counters[`${d}Satisfied`] = answered - int(0, 1);
    counters[`${d}Sum`] = answered * int(4, 5);
  }
  return counters;
}

const readPeriodsOf = (month: string): { period: string; cadence: Cadence }[] => {
  const quarterEnd = Number(month.slice(5, 7)) % 3 === 0;
  const cadences = readingCadencePolicy.defaults;
  return CADENCES.flatMap((cadence) => (cadences[cadence].every === 'month' ? [{ period: month, cadence }] : quarterEnd ? [{ period: `${month.slice(0, 4)}-Q${Number(month.slice(5, 7)) / 3}`, cadence }] : []));
};

/** The counters of one month of a shape, as their writers key them. */
function monthItems(shape: Shape, month: string): Item[] {
  const t = shape.tenantId;
  const items: Item[] = [];
  const updatedAt = `${month}-28T12:00:00.000Z`;
  for (let shard = 0; shard < KPI_SHARDS; shard++) {
    const pk = keys.kpiFacts(t, month, shard);
    for (const regionId of shape.regions) items.push({ pk, sk: regionUnit(regionId), entity: 'kpi-facts', month, unitId: regionUnit(regionId), ...kpiCounters(true) });
    for (const u of shape.users) items.push({ pk, sk: staffUnit(u.regionId, u.username), entity: 'kpi-facts', month, unitId: staffUnit(u.regionId, u.username), ...kpiCounters(false) });
  }
  const cadences = readingCadencePolicy.defaults;
  const stats = (cadence: Cadence, period: string, due: number): Omit<StatsItem, 'regionId' | 'reader'> & { entity: string } => {
    const read = Math.round(due * (0.95 + random() * 0.05));
    return { entity: 'read-cycle-stats', period, cadence, target: cadences[cadence].readRateTarget, updatedAt, books: Math.max(1, Math.round(due / 2000)), closedBooks: Math.max(1, Math.round(due / 2000)), due, read, accurate: read - int(0, 3), estimated: int(0, 5) };
  };
  const meters = { commercial: 0.05, residentialOutdoor: 0.6, residentialIndoor: 0.35 };
  for (const { period, cadence } of readPeriodsOf(month)) {
    for (const regionId of shape.regions) items.push({ ...keys.regionReadStats(t, regionId, period, cadence), ...stats(cadence, period, Math.round((1_000_000 / shape.regions.length) * meters[cadence])), regionId });
    for (const u of shape.users) items.push({ ...keys.readerReadStats(t, u.username, period, cadence, u.regionId), ...stats(cadence, period, Math.round(500 * meters[cadence])), reader: u.username, regionId: u.regionId });
  }
  for (let shard = 0; shard < SURVEY_SHARDS; shard++) {
    const pk = keys.surveyTenantStats(t, shard);
    for (const regionId of shape.regions) for (const cls of CUSTOMER_CLASSES) items.push({ pk, sk: keys.surveyStatsSort(month, regionId, cls, '-'), entity: 'survey-stats', ...answerCounters() });
  }
  for (const u of shape.users) {
    // A staff member's few return visits and answers of a month: each row in one shard.
    const visits = int(1, 5);
    const row = (cls: string) => ({ pk: keys.surveyTenantStats(t, surveyShard(`${month}#${u.username}#${cls}`)), sk: keys.surveyStatsSort(month, u.regionId, cls, u.username), entity: 'survey-stats' });
    items.push({ ...row('ticket'), returnVisits: visits, returnVisitsSatisfied: visits - int(0, 1) });
    items.push({ ...row('residential'), ...answerCounters() });
  }
  return items;
}

/** The shape's tenant profile (first), regions, users and counters of the months. */
async function seedShape(store: TenantStore, shape: Shape, months: string[], profile: boolean): Promise<number> {
  const t = shape.tenantId;
  const now = new Date().toISOString();
  const base: Item[] = [
    ...(profile ? [tenantProfileItem({ tenantId: t, name: `bench ${t}`, timeZone: TIME_ZONE, locale: 'zh-CN', tier: 'standard', version: 1, createdAt: now, updatedAt: now })] : []),
    ...shape.regions.map((regionId) => regionItem(t, { regionId, name: `片区 ${regionId}`, kind: 'region', createdAt: now })),
    ...shape.users.map((u) => userItem(t, { username: u.username, name: `抄表维修员 ${u.username}`, roles: ['field'], regions: [u.regionId], sessionVersion: 1, version: 1, createdAt: now, updatedAt: now })),
  ];
  await putAll(store, base);
  let written = base.length;
  for (const month of months) {
    const items = monthItems(shape, month);
    await putAll(store, items);
    written += items.length;
  }
  return written;
}

/** One run of a job through the runner, as the stream's job worker runs a queued run. */
async function runJob(runtime: Runtime, tenantId: string, kind: 'quarterly' | 'annual', asOf: Date): Promise<Measured<JobRun>> {
  const impl = (await loadJob(`assessment-${kind}`))!;
  const ctx = systemContext(tenantId, 'bench', 'bench');
  for (let attempt = 1; ; attempt++) {
    await runtime.idle();
    const queued = await queueRun(ctx, impl.name, asOf, 'manual');
    const m = await measure(async () => (await executeRun(tenantId, impl, queued.runId))!, { own: true });
    if (m.result.state === 'succeeded') return m;
    if (m.result.state === 'failed') throw new Error(`${impl.name} of ${tenantId} failed: ${m.result.error}`);
    // The local stream's job worker claimed the queued run first: let it finish, run another.
    if (attempt >= 3) throw new Error(`${impl.name}: the stream's job worker took the run ${attempt} times`);
    console.log(`(${impl.name} of ${tenantId}: the stream's worker claimed run ${queued.runId} first; running another)`);
  }
}

interface RawQuery {
  pk: string;
  index?: string;
  between?: [string, string];
  limit: number;
}

/** Exactly the Queries a run of the shape issues: regions, users, then per period what period-facts.ts reads. */
function queriesOf(shape: Shape, periods: string[]): RawQuery[] {
  const t = shape.tenantId;
  const out: RawQuery[] = [
    { pk: keys.regionsPartition(t), limit: 200 },
    { pk: keys.tenantUsers(t), index: Index.tenantUsers, limit: 500 },
  ];
  for (const period of periods) {
    const between = monthSortRange(period);
    for (const month of monthsOf(period)) for (let shard = 0; shard < KPI_SHARDS; shard++) out.push({ pk: keys.kpiFacts(t, month, shard), limit: 1000 });
    for (const regionId of shape.regions) out.push({ pk: keys.regionReadStatsPartition(t, regionId), between, limit: 1000 });
    for (const u of shape.users) out.push({ pk: keys.readerReadStatsPartition(t, u.username), between, limit: 1000 });
    for (let shard = 0; shard < SURVEY_SHARDS; shard++) out.push({ pk: keys.surveyTenantStats(t, shard), between, limit: 1000 });
  }
  return out;
}

/**
 * The pages (Query calls) `queries` take over the counters of `months` (generated, not written):
 * a partition's or range's n items at a limit L take ⌊n ÷ L⌋ + 1 pages (a full last page still
 * returns a LastEvaluatedKey). For the annual with all its 60 months seeded, from the 15 that are.
 */
function pagesOf(shape: Shape, queries: RawQuery[], months: string[]): number {
  const counts = new Map<string, Map<string, number>>();
  for (const month of months) {
    for (const item of monthItems(shape, month)) {
      const sk = String(item.sk);
      const byMonth = counts.get(String(item.pk)) ?? new Map<string, number>();
      const key = /^\d{4}-\d{2}#/.test(sk) ? sk.slice(0, 7) : '*';
      byMonth.set(key, (byMonth.get(key) ?? 0) + 1);
      counts.set(String(item.pk), byMonth);
    }
  }
  let pages = 0;
  for (const q of queries) {
    let n = 0;
    if (q.index) n = shape.users.length;
    else if (q.pk === keys.regionsPartition(shape.tenantId)) n = shape.regions.length;
    else for (const [month, c] of counts.get(q.pk) ?? []) if (!q.between || (month >= q.between[0].slice(0, 7) && month <= q.between[1].slice(0, 7))) n += c;
    pages += Math.floor(n / q.limit) + 1;
  }
  return pages;
}

/** Raw Queries, every page, PARALLEL partitions in flight; the items read. */
async function rawQueries(queries: RawQuery[]): Promise<number> {
  let next = 0;
  let items = 0;
  const worker = async () => {
    while (next < queries.length) {
      const q = queries[next++]!;
      const index = q.index ? TABLE.globalIndexes.find((g) => g.name === q.index)! : undefined;
      const [pkName, skName] = index ? [index.partitionKey, index.sortKey] : [TABLE.partitionKey, TABLE.sortKey];
      let start: Record<string, unknown> | undefined;
      do {
        const out = await documentClient().send(
          new QueryCommand({
            TableName: tableName(),
            IndexName: index?.name,
            KeyConditionExpression: q.between ? '#pk = :pk AND #sk BETWEEN :from AND :to' : '#pk = :pk',
            ExpressionAttributeNames: q.between ? { '#pk': pkName, '#sk': skName } : { '#pk': pkName },
            ExpressionAttributeValues: q.between ? { ':pk': q.pk, ':from': q.between[0], ':to': q.between[1] } : { ':pk': q.pk },
            Limit: q.limit,
            ExclusiveStartKey: start,
          }),
        );
        items += out.Items?.length ?? 0;
        start = out.LastEvaluatedKey;
      } while (start);
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
  return items;
}

/** Raw BatchWriteItem of items (under another partition), 25 a call, PARALLEL calls in flight. */
const rawBatchWrite = (items: Item[]) => rawBatchPut(items, PARALLEL);

/** The unit items a run wrote (its snapshot partition less the header), moved to another partition. */
async function unitItemsOf(tenantId: string, runId: string): Promise<Item[]> {
  const store = new TenantStore(systemContext(tenantId, 'bench', 'bench'));
  const items: Item[] = [];
  for await (const page of store.queryPages({ pk: keys.assessment(tenantId, runId), sk: { beginsWith: 'UNIT#' }, limit: 1000 })) items.push(...page.items);
  return items.map((item) => ({ ...item, pk: `${String(item.pk)}#RAW` }));
}

const calls = (m: Measured<unknown>, command: string) => m.byCommand[command]?.calls ?? 0;
const awsSeconds = (queries: number) => (queries / PARALLEL) * (AWS_QUERY_MS / 1000);

export async function benchAssessments(): Promise<Record<string, number>> {
  const runtime = await startRuntime({ port: 0, seed: 'demo', seedPassword: 'bench-password', customerScale: 0, throttle: false, tableName: 'bench-assessments' });
  try {
    // One tenant: the half shape (the first half of the regions and their users) is seeded and
    // assessed, then the other half is added and the whole assessed — seeded once, not twice.
    const full = shapeOf(TENANT, REGIONS, USERS);
    const inHalf = new Set(full.regions.slice(0, Math.max(1, Math.floor(REGIONS / 2))));
    const half: Shape = { tenantId: TENANT, regions: full.regions.filter((r) => inHalf.has(r)), users: full.users.filter((u) => inHalf.has(u.regionId)) };
    const rest: Shape = { tenantId: TENANT, regions: full.regions.filter((r) => !inHalf.has(r)), users: full.users.filter((u) => !inHalf.has(u.regionId)) };
    const store = new TenantStore(systemContext(TENANT, 'bench', 'bench'));
    const quarterly = periodsOf('quarterly', QUARTERLY_AS_OF);
    const annual = periodsOf('annual', ANNUAL_AS_OF);
    // The months the quarterly reads (the quarter and its trend: 2025-07 … 2026-09); the annual reads them too.
    const months = quarterly.flatMap(monthsOf);
    const t0 = performance.now();
    const seededHalf = await seedShape(store, half, months, true);
    const halfSeconds = (performance.now() - t0) / 1000;
    console.log(`seeded ${months[0]} … ${months.at(-1)} (${months.length} months), half: ${seededHalf} items in ${fmt(halfSeconds, 0)} s (${fmt(seededHalf / halfSeconds, 0)} items/s)`);
    // The raw minimum of each run (the same Queries, the same unit items written) next to it, in
    // the order raw, ours | seeding | ours, raw, after a warm-up of DynamoDB Local's query path.
    await runtime.idle();
    await rawQueries(queriesOf(half, quarterly.slice(-1)));
    const rawHalfRead = await measure(() => rawQueries(queriesOf(half, quarterly)), { own: true });
    const qHalf = await runJob(runtime, half.tenantId, 'quarterly', QUARTERLY_AS_OF);
    const halfUnits = await unitItemsOf(half.tenantId, qHalf.result.runId);
    const rawHalfWrite = await measure(() => rawBatchWrite(halfUnits), { own: true });
    const rawHalfSeconds = rawHalfRead.seconds + rawHalfWrite.seconds;

    const t1 = performance.now();
    const seededFull = seededHalf + (await seedShape(store, rest, months, false));
    const restSeconds = (performance.now() - t1) / 1000;
    console.log(`seeded the other half: ${seededFull - seededHalf} items in ${fmt(restSeconds, 0)} s`);
    const qFull = await runJob(runtime, full.tenantId, 'quarterly', QUARTERLY_AS_OF);
    console.log(`quarterly, full: ${JSON.stringify(qFull.result.counts)}; ${readsOf(qFull)}; writes ${Object.entries(qFull.byCommand).filter(([, c]) => c.write > 0).map(([k, c]) => `${k.replace('Command', '')} ${fmt(c.write, 1)} W in ${c.calls} calls`).join(', ')}`);
    const units = await unitItemsOf(full.tenantId, qFull.result.runId);
    await runtime.idle();
    const rawRead = await measure(() => rawQueries(queriesOf(full, quarterly)), { own: true });
    const rawWrite = await measure(() => rawBatchWrite(units), { own: true });
    const rawSeconds = rawRead.seconds + rawWrite.seconds;

    const aFull = await runJob(runtime, full.tenantId, 'annual', ANNUAL_AS_OF);
    console.log(`annual, full: ${JSON.stringify(aFull.result.counts)}; ${readsOf(aFull)}`);

    // The annual's trend years and the first half of 2025 are not seeded: its Queries with all 60 months seeded, by counting pages.
    const annualQueries = queriesOf(full, annual);
    const pagesAsSeeded = pagesOf(full, annualQueries, months);
    const pagesAllSeeded = pagesOf(full, annualQueries, annual.flatMap(monthsOf));
    const quarterlyPages = pagesOf(full, queriesOf(full, quarterly), months);
    const queries = { qFull: calls(qFull, 'QueryCommand'), qHalf: calls(qHalf, 'QueryCommand'), raw: calls(rawRead, 'QueryCommand'), aFull: calls(aFull, 'QueryCommand') };
    const figures = {
      regions: full.regions.length,
      users: full.users.length,
      monthsSeeded: months.length,
      seededItemsFull: seededFull,
      seededItemsHalf: seededHalf,
      unitsFull: qFull.result.counts?.units ?? 0,
      unitsHalf: qHalf.result.counts?.units ?? 0,
      quarterlySecondsFull: qFull.seconds,
      quarterlySecondsHalf: qHalf.seconds,
      quarterlySecondsRatio: qFull.seconds / qHalf.seconds,
      quarterlyReadFull: qFull.read,
      quarterlyReadHalf: qHalf.read,
      quarterlyReadRatio: qFull.read / qHalf.read,
      quarterlyWriteFull: qFull.write,
      quarterlyWriteHalf: qHalf.write,
      quarterlyWriteRatio: qFull.write / qHalf.write,
      quarterlyQueriesFull: queries.qFull,
      quarterlyQueriesHalf: queries.qHalf,
      quarterlyBatchWritesFull: calls(qFull, 'BatchWriteItemCommand'),
      rawSeconds,
      rawReadSeconds: rawRead.seconds,
      rawWriteSeconds: rawWrite.seconds,
      rawQueries: queries.raw,
      rawItemsRead: rawRead.result,
      rawUnitItems: units.length,
      rawRead: rawRead.read,
      rawWrite: rawWrite.write,
      overheadRatio: qFull.seconds / rawSeconds,
      rawHalfSeconds,
      rawHalfReadSeconds: rawHalfRead.seconds,
      rawHalfWriteSeconds: rawHalfWrite.seconds,
      rawSecondsRatio: rawSeconds / rawHalfSeconds,
      overheadRatioHalf: qHalf.seconds / rawHalfSeconds,
      annualSecondsFull: aFull.seconds,
      annualReadFull: aFull.read,
      annualWriteFull: aFull.write,
      annualQueriesFull: queries.aFull,
      annualToQuarterly: aFull.seconds / qFull.seconds,
      quarterlyPagesCounted: quarterlyPages,
      annualPagesAsSeeded: pagesAsSeeded,
      annualPagesAllSeeded: pagesAllSeeded,
      annualQueriesAllSeeded: queries.aFull + pagesAllSeeded - pagesAsSeeded,
      awsQuarterlySeconds: awsSeconds(queries.qFull),
      awsAnnualSeconds: awsSeconds(queries.aFull),
      awsAnnualAllSeededSeconds: awsSeconds(queries.aFull + pagesAllSeeded - pagesAsSeeded),
    };
    const shape = (s: Shape) => `${s.regions.length} regions, ${s.users.length} users`;
    console.log(`\nAssessment jobs on DynamoDB Local (counters of ${months.length} months seeded; quarterly 2026-Q3 with ${quarterly.length - 1} trend quarters, annual 2025 with ${annual.length - 1} trend years, not seeded)`);
    console.log('| figure | ours | baseline | ratio | goal |');
    console.log('| --- | --- | --- | --- | --- |');
    console.log(`| quarterly run, seconds | ${fmt(qFull.seconds, 1)} s (${shape(full)}: ${figures.unitsFull} units) | ${fmt(qHalf.seconds, 1)} s (${shape(half)}: ${figures.unitsHalf} units) | ${fmt(figures.quarterlySecondsRatio)} | ≈ 2 |`);
    console.log(`| raw DynamoDB Local doing the same work, seconds | ${fmt(rawSeconds, 1)} s (full) | ${fmt(rawHalfSeconds, 1)} s (half) | ${fmt(figures.rawSecondsRatio)} | ≈ 2 |`);
    console.log(`| quarterly run, read units | ${fmt(qFull.read, 1)} R (${queries.qFull} Queries) | ${fmt(qHalf.read, 1)} R (${queries.qHalf} Queries) | ${fmt(figures.quarterlyReadRatio)} | ≈ 2 |`);
    console.log(`| quarterly run, write units | ${fmt(qFull.write, 1)} W | ${fmt(qHalf.write, 1)} W | ${fmt(figures.quarterlyWriteRatio)} | ≈ 2 |`);
    console.log(`| quarterly run ÷ raw DynamoDB Local (full) | ${fmt(qFull.seconds, 1)} s | ${fmt(rawSeconds, 1)} s (raw Query of the same ${queries.raw} pages, ${rawRead.result} items, ${PARALLEL} in flight: ${fmt(rawRead.seconds, 1)} s; raw BatchWriteItem of its ${units.length} unit items: ${fmt(rawWrite.seconds, 1)} s) | ${fmt(figures.overheadRatio)} | |`);
    console.log(`| the same at half | ${fmt(qHalf.seconds, 1)} s | ${fmt(rawHalfSeconds, 1)} s (raw Query ${fmt(rawHalfRead.seconds, 1)} s, BatchWriteItem of ${halfUnits.length} unit items ${fmt(rawHalfWrite.seconds, 1)} s) | ${fmt(figures.overheadRatioHalf)} | |`);
    console.log(`| annual run, seconds (full; ${months.length} of its ${annual.length * 12} months seeded) | ${fmt(aFull.seconds, 1)} s (${queries.aFull} Queries, ${fmt(aFull.read, 1)} R, ${fmt(aFull.write, 1)} W) | ${fmt(qFull.seconds, 1)} s (the quarterly) | ${fmt(figures.annualToQuarterly)} | |`);
    console.log(`| AWS by arithmetic (${AWS_QUERY_MS} ms a Query, ${PARALLEL} in flight) | quarterly ${queries.qFull} Queries ≈ ${fmt(figures.awsQuarterlySeconds, 1)} s; annual ${queries.aFull} ≈ ${fmt(figures.awsAnnualSeconds, 1)} s, with all 60 months seeded ${figures.annualQueriesAllSeeded} ≈ ${fmt(figures.awsAnnualAllSeededSeconds, 1)} s | Lambda limit 900 s | ${fmt(figures.awsQuarterlySeconds / 900, 3)}; ${fmt(figures.awsAnnualAllSeededSeconds / 900, 3)} | ≪ 1 |`);
    console.log(`(pages counted from the seeded items: the quarterly's period facts ${quarterlyPages}, the raw baseline issued ${queries.raw}; the annual's ${pagesAsSeeded} as seeded, ${pagesAllSeeded} with all its months)`);
    return figures;
  } finally {
    await runtime.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await benchAssessments()));
}
