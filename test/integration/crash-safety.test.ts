import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { freePort, startDynamoLocal, type DynamoLocal } from '../../local/dynamo.ts';
import { writeCustomerCsv } from '../../local/seed/customer-csv.ts';
import { keys } from '../../shared/keys.ts';
import { runChild } from '../support/child.ts';
import type { ChildMeter } from '../support/runtime-child.ts';
import type { RunView } from '../support/jobs.ts';
import { jsonCall } from '../support/http.ts';
import { throttledRetry } from '../support/retry.ts';
import { localDynamoClient } from '../support/table.ts';

/**
 * Crash safety (issue 15): the server killed with SIGKILL — the runtime's process, and separately
 * its DynamoDB Local's Java process — in the middle of a meter-reading ingest and of a job run.
 *
 * The runtime runs in a child process (test/support/runtime-child.ts, its own process group, so
 * kill -9 reaches it all). The client here posts the readings in batches of 500, each with its own
 * Idempotency-Key, two in flight (one per half of the meters, so two requests never write one
 * meter), kills the server mid-way, starts it again over the same data, and posts every batch again
 * with its key: the unanswered ones (their first attempt may have written part of the batch before
 * dying: the rest is written, what was written is answered as the duplicate it is, with its id) and
 * the answered ones (replayed, not applied again). Then, read by Query on each meter's partition
 * (the documented key, no Scan): every reading the client was told is stored is there once, each
 * meter has one reading per read, the totals are those of an uninterrupted ingest.
 *
 * The job: read-cycles as of the first day of a window, opening a cycle for each of 250 read books
 * (checkpointed per page of 100 books), killed mid-run; the restarted runtime finds the run
 * stranded (`running`, lease expired) and resumes it from its checkpoint (local/run-resumer.ts:
 * before it, nothing ever drove such a run again); it writes the cycles an uninterrupted run of the
 * same job as of the same time writes on a twin store seeded alike, each book's once.
 *
 * The customer import: `npm run customers -- import` (300 rows, batches of 50) with the runtime
 * killed under it after 100 rows and started again on the same port: the CLI's retries carry it
 * into the restarted server (or, had it given up, it is run again as a user would): one import,
 * done, 300 created, each row's customer found once. (test/integration/customers-import-cli.test.ts
 * kills the CLI instead.)
 *
 * Timing knobs of the child runtimes: the job lease 4 s (GASCARE_JOB_LEASE_SECONDS, default 120)
 * and an abandoned idempotency key's hold 3 s (GASCARE_IDEMPOTENCY_IN_PROGRESS_SECONDS, default
 * 60), so a retry is not kept waiting a minute by the dead request's key.
 */
const SLOW = 300_000;
const BATCH = 500;
const password = `pw-${randomBytes(6).toString('hex')}`;
const REGION = 'r-east';
/** One master secret for every start: customers' personal data is encrypted under it (`npm start` keeps it in its data dir). */
const childEnv = { GASCARE_JOB_LEASE_SECONDS: '4', GASCARE_IDEMPOTENCY_IN_PROGRESS_SECONDS: '3', GASCARE_SECRET: randomBytes(32).toString('base64url') };

interface Ready {
  url: string;
  pid: number;
  dynamoPid: number | null;
  dynamoEndpoint: string;
  seeded: boolean;
}

interface Child {
  ready: Ready;
  process: ChildProcess;
  exited: Promise<void>;
  output: () => string;
  kill(): Promise<void>;
}

const children = new Set<Child>();

/** A runtime in its own process group: `options` are startRuntime's (runtime-child.ts). */
function startChild(options: Record<string, unknown>): Promise<Child> {
  const proc = spawn('npx', ['tsx', 'test/support/runtime-child.ts'], {
    env: { ...process.env, ...childEnv, NODE_OPTIONS: '', GASCARE_CHILD_OPTIONS: JSON.stringify(options) },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let out = '';
  let gone = false;
  const exited = new Promise<void>((resolve) => proc.on('exit', () => resolve(void (gone = true))));
  return new Promise((resolve, reject) => {
    proc.stderr!.on('data', (d: Buffer) => (out = (out + d.toString()).slice(-4000)));
    proc.stdout!.on('data', (d: Buffer) => {
      out = (out + d.toString()).slice(-20000);
      const line = /^READY (.+)$/m.exec(out)?.[1];
      if (!line) return;
      const child: Child = {
        ready: JSON.parse(line) as Ready,
        process: proc,
        exited,
        output: () => out,
        async kill() {
          if (!gone) process.kill(-proc.pid!, 'SIGKILL');
          await exited;
          children.delete(child);
        },
      };
      children.add(child);
      out = out.replace(/^READY .+$/m, '');
      resolve(child);
    });
    void exited.then(() => reject(new Error(`runtime child exited before it was ready: ${out.slice(-2000)}`)));
  });
}

const request = (url: string, method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => jsonCall(url, method, path, body, headers) as Promise<{ status: number; headers: Headers; body: any }>;

async function login(url: string): Promise<Record<string, string>> {
  const res = await request(url, 'POST', '/v1/auth/login', { tenant: 'demo', username: 'admin', password });
  if (res.status !== 200) throw new Error(`login: ${res.status} ${JSON.stringify(res.body)}`);
  return { authorization: `Bearer ${res.body.token}` };
}

interface ReadingInput {
  meterId: string;
  value: number;
  readAt: string;
  source: 'field';
}
interface ItemResult {
  index: number;
  status: 'accepted' | 'rejected';
  readingId: string | null;
  reason: string | null;
}
interface Batch {
  key: string;
  half: number;
  readings: ReadingInput[];
  /** The first answer the client got (before the crash, or after it). */
  answer?: ItemResult[];
}

/** `days` readings per meter (one a day, rising), in batches: per `perBatch` days, one batch per half of the meters. */
function makeBatches(meters: ChildMeter[], days: number, perBatch: number): Batch[] {
  const per = meters.length / 2;
  const first = Date.now() - (days + 1) * 86_400_000;
  const batches: Batch[] = [];
  for (let d = 0; d < days; d += perBatch) {
    for (let half = 0; half < 2; half++) {
      const mine = meters.slice(half * per, (half + 1) * per);
      const readings = mine.flatMap((m) =>
        Array.from({ length: perBatch }, (_, k): ReadingInput => ({ meterId: m.id, value: m.startRead + 7 * (d + k + 1), readAt: new Date(first + (d + k) * 86_400_000).toISOString(), source: 'field' })),
      );
      batches.push({ key: `crash-${randomBytes(8).toString('hex')}`, half, readings });
    }
  }
  return batches;
}

const post = (url: string, auth: Record<string, string>, batch: Batch) => request(url, 'POST', '/v1/readings', { readings: batch.readings }, { ...auth, 'idempotency-key': batch.key });

/**
 * Posts the batches, one worker per half (in day order), until `stopAfter` batches are answered
 * (then `crash` runs, and a request that fails ends its worker) or all are.
 */
async function ingest(url: string, auth: Record<string, string>, batches: Batch[], opts: { stopAfter?: number; crash?: (inFlight: Batch[]) => Promise<void> } = {}) {
  let answered = 0;
  let crashed = false;
  const inFlight = new Set<Batch>();
  const statuses: number[] = [];
  const worker = async (half: number) => {
    for (const batch of batches.filter((b) => b.half === half)) {
      if (crashed) return;
      let res;
      try {
        inFlight.add(batch);
        res = await post(url, auth, batch);
      } catch {
        return; // the server died under this request: unanswered
      } finally {
        inFlight.delete(batch);
      }
      if (res.status !== 200) return void statuses.push(res.status); // e.g. 503 while the store is down: unanswered, retried below
      batch.answer = res.body.results as ItemResult[];
      answered += 1;
      if (opts.stopAfter !== undefined && answered >= opts.stopAfter && !crashed) {
        crashed = true;
        await opts.crash?.([...inFlight]);
      }
    }
  };
  await Promise.all([worker(0), worker(1)]);
  return statuses;
}

/** Every batch again with its key until answered: 409 (the dead request's key still held), 503 and a refused connection are retried. */
async function resend(url: string, auth: Record<string, string>, batches: Batch[]) {
  const statuses: number[] = [];
  const worker = async (half: number) => {
    for (const batch of batches.filter((b) => b.half === half)) {
      const deadline = Date.now() + 120_000;
      for (;;) {
        const res = await post(url, auth, batch).catch(() => undefined);
        if (res?.status === 200) {
          if (batch.answer) {
            // Answered before: the same answer, replayed, nothing applied again.
            expect(res.headers.get('idempotent-replayed')).toBe('true');
            expect(res.body.results).toEqual(batch.answer);
          } else batch.answer = res.body.results as ItemResult[];
          break;
        }
        if (res) statuses.push(res.status);
        if (res && res.status !== 409 && res.status !== 503) throw new Error(`unexpected ${res.status}: ${JSON.stringify(res.body)}`);
        if (Date.now() > deadline) throw new Error(`batch ${batch.key} still unanswered: ${res?.status}`);
        const after = Number(res?.headers.get('retry-after') ?? 1);
        await new Promise((r) => setTimeout(r, Math.min(after, 5) * 1000));
      }
    }
  };
  await Promise.all([worker(0), worker(1)]);
  return statuses;
}

/**
 * Until part of one of these batches is stored (its first attempt under way), at most `ms`: a
 * Query of each batch's first meter, whose first reading is in the first transaction ingestion
 * writes (a meter's k-th reading goes in round k, in the batch's order), so the kill that follows
 * lands with most of the batch's 26 transactions still to come.
 */
async function untilPartlyWritten(endpoint: string, tableName: string, batches: Batch[], ms: number) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    for (const batch of batches) {
      const first = batch.readings[0]!;
      const stored = await storedReadings(endpoint, tableName, [{ id: first.meterId, startRead: 0 }]);
      if (stored.get(first.meterId)!.some((i) => i.readAt === new Date(first.readAt).toISOString())) return true;
    }
    await new Promise((r) => setTimeout(r, 10));
  }
  return false;
}

/**
 * The readings stored of the unanswered batches that are stored in part: a first attempt the kill
 * cut between its transactions, which its retry must answer as duplicates. (A batch found partly
 * written before the kill may still have finished before the kill landed.)
 */
async function cutReadings(endpoint: string, tableName: string, batches: Batch[]): Promise<number> {
  let cut = 0;
  for (const batch of batches.filter((b) => !b.answer)) {
    const meters = [...new Set(batch.readings.map((r) => r.meterId))].map((id) => ({ id, startRead: 0 }));
    const stored = await storedReadings(endpoint, tableName, meters);
    const written = batch.readings.filter((r) => stored.get(r.meterId)!.some((i) => i.readAt === new Date(r.readAt).toISOString())).length;
    if (written > 0 && written < batch.readings.length) cut += written;
  }
  return cut;
}

/** Each meter's stored readings, by a Query on its partition (pk METER#id, sk READING#…). */
async function storedReadings(endpoint: string, tableName: string, meters: ChildMeter[]) {
  const client = DynamoDBDocumentClient.from(localDynamoClient(endpoint));
  const out = new Map<string, { id: string; readAt: string; value: number }[]>();
  let next = 0;
  const worker = async () => {
    while (next < meters.length) {
      const meter = meters[next++]!;
      const items: { id: string; readAt: string; value: number }[] = [];
      let startKey: Record<string, unknown> | undefined;
      do {
        const page = await client.send(
          new QueryCommand({
            TableName: tableName,
            KeyConditionExpression: 'pk = :pk AND begins_with(sk, :sk)',
            ExpressionAttributeValues: { ':pk': keys.meterReading('demo', meter.id, '', '').pk, ':sk': 'READING#' },
            ProjectionExpression: 'id, readAt, #v',
            ExpressionAttributeNames: { '#v': 'value' },
            ConsistentRead: true,
            ExclusiveStartKey: startKey,
          }),
        );
        items.push(...((page.Items ?? []) as typeof items));
        startKey = page.LastEvaluatedKey;
      } while (startKey);
      out.set(meter.id, items);
    }
  };
  await Promise.all(Array.from({ length: 6 }, worker));
  client.destroy();
  return out;
}

/** What a user would check after the crash: each reading posted is stored once, under the id the client was given. */
async function expectEveryReadingOnce(endpoint: string, tableName: string, meters: ChildMeter[], batches: Batch[], days: number) {
  const told = new Map<string, string>(); // "meter readAt" → reading id the client was given
  const other: ItemResult[] = [];
  let accepted = 0;
  let duplicates = 0;
  for (const batch of batches) {
    expect(batch.answer).toHaveLength(batch.readings.length);
    batch.answer!.forEach((r, i) => {
      const input = batch.readings[i]!;
      // Accepted, or (a batch cut by the crash, sent again) the duplicate of the reading its first attempt stored.
      if (r.status === 'accepted') accepted += 1;
      else if (r.reason?.startsWith('duplicate of reading') && r.readingId) duplicates += 1;
      else return void other.push(r);
      told.set(`${input.meterId} ${new Date(input.readAt).toISOString()}`, r.readingId!);
    });
  }
  expect(other).toEqual([]);
  expect(accepted + duplicates).toBe(meters.length * days);

  const stored = await storedReadings(endpoint, tableName, meters);
  let total = 0;
  const missing: string[] = [];
  const twice: string[] = [];
  for (const meter of meters) {
    const items = stored.get(meter.id)!;
    total += items.length;
    const reads = new Set(items.map((i) => i.readAt));
    if (reads.size !== items.length) twice.push(meter.id); // two readings of one read
    for (const item of items) if (told.get(`${meter.id} ${item.readAt}`) !== item.id) missing.push(`${meter.id} ${item.readAt}: stored ${item.id}, told ${told.get(`${meter.id} ${item.readAt}`)}`);
  }
  for (const [read, id] of told) {
    const [meterId, readAt] = read.split(' ');
    if (!stored.get(meterId!)!.some((i) => i.readAt === readAt && i.id === id)) missing.push(`${read}: ${id} not stored`);
  }
  expect(twice).toEqual([]);
  expect(missing.slice(0, 5)).toEqual([]);
  expect(total).toBe(meters.length * days); // what an uninterrupted ingest stores
  return { accepted, duplicates, total };
}

let dir: string;
const endpoint = () => process.env.GASCARE_TEST_DYNAMODB_ENDPOINT!;
const freshTable = () => `t-${randomBytes(6).toString('hex')}`;

beforeAll(() => {
  if (!process.env.GASCARE_TEST_DYNAMODB_ENDPOINT) throw new Error('no DynamoDB Local: run tests through jest (test/support/store-environment.mjs starts it)');
  dir = mkdtempSync(join(tmpdir(), 'gascare-crash-'));
});
afterAll(async () => {
  for (const child of [...children]) await child.kill();
  await twinStore?.stop();
  rmSync(dir, { recursive: true, force: true });
}, SLOW);

/** A demo store (no demo customers) with `customers` more in one region; its active meters. */
async function seededChild(options: Record<string, unknown>, customers: number, file: string, books?: { count: number; perBook: number }) {
  const child = await startChild({ ...options, seed: 'demo', seedPassword: password, customerScale: 0, meters: { customers, region: REGION, file, books } });
  return { child, meters: JSON.parse(readFileSync(file, 'utf8')) as ChildMeter[] };
}

// The runtime over the file's DynamoDB Local: 10,000 readings (500 meters × 20 days, two days of 250 meters a batch).
const INGEST = { customers: 950, meters: 500, days: 20, perBatch: 2 };
/** Read books of 2 of those meters: 250, so the job's open step checkpoints after each of 3 pages of 100. */
const BOOKS = { count: 250, perBook: 2 };
const AS_OF = '2026-11-20T00:30:00+08:00'; // the first day of residentialOutdoor's November window
let mainTable: string;
let main: Child;
let mainMeters: ChildMeter[];
let seedSeconds: number;
/** read-cycles run without interruption on a twin of the main store (seeded alike), and the cycles it wrote. */
let uninterrupted: RunView;
let twinCycles: CycleLine[];
/** The twin's DynamoDB Local: each serialises its work behind one lock, and two seeds on one time out. */
let twinStore: DynamoLocal | undefined;

beforeAll(async () => {
  twinStore = await startDynamoLocal();
  const twinEndpoint = twinStore.endpoint;
  mainTable = freshTable();
  const twinTable = freshTable();
  const t0 = Date.now();
  const [seeded, twin] = await Promise.all([
    seededChild({ dynamoEndpoint: endpoint(), tableName: mainTable }, INGEST.customers, join(dir, 'meters-main.json'), BOOKS),
    seededChild({ dynamoEndpoint: twinEndpoint, tableName: twinTable }, INGEST.customers, join(dir, 'meters-twin.json'), BOOKS),
  ]);
  seedSeconds = (Date.now() - t0) / 1000;
  main = seeded.child;
  expect(seeded.meters.length).toBeGreaterThanOrEqual(INGEST.meters);
  mainMeters = seeded.meters.slice(0, INGEST.meters);
  const twinAuth = await login(twin.child.ready.url);
  uninterrupted = await runToEnd(twin.child.ready.url, twinAuth, (await startRun(twin.child.ready.url, twinAuth)).runId);
  twinCycles = await cycles(twin.child.ready.url, twinAuth);
  await twin.child.kill();
  await twinStore.stop();
  twinStore = undefined;
}, SLOW);

describe('the runtime killed with SIGKILL', () => {
  // First: its twin has no readings, and the cycles' counts include the readings of their meters.
  it('mid job run: the restarted runtime resumes the stranded run from its checkpoint, to what an uninterrupted run writes', async () => {
    expect(uninterrupted).toMatchObject({ state: 'succeeded', attempts: 1 });
    expect(uninterrupted.counts.opened).toBeGreaterThanOrEqual(BOOKS.count);
    expect(twinCycles).toHaveLength(BOOKS.count);
    expect(twinCycles.every((c) => c.state === 'open' && c.due === BOOKS.perBook)).toBe(true);

    let auth = await login(main.ready.url);
    const { runId } = await startRun(main.ready.url, auth);
    let seen: RunView | undefined;
    for (;;) {
      seen = (await request(main.ready.url, 'GET', `/v1/jobs/read-cycles/runs/${runId}`, undefined, auth)).body as RunView;
      if (seen.state === 'running' && seen.progress.done > 0) break;
      if (seen.state === 'succeeded' || seen.state === 'failed') throw new Error(`the run ended (${seen.state}) before it could be killed`);
      await new Promise((r) => setTimeout(r, 20));
    }
    await main.kill();
    expect(seen.progress.done).toBeLessThan(uninterrupted.counts.opened!); // killed with books left to open

    const t0 = Date.now();
    main = await startChild({ dynamoEndpoint: endpoint(), tableName: mainTable, seed: 'none' });
    auth = await login(main.ready.url);
    const resumed = await runToEnd(main.ready.url, auth, runId);
    // The dead attempt's, then one taking the run over after its lease (before local/run-resumer.ts it stayed `running` for good).
    expect(resumed).toMatchObject({ state: 'succeeded', attempts: 2 });
    // The same cycles as the uninterrupted run's, each book once.
    expect(await cycles(main.ready.url, auth)).toEqual(twinCycles);
    // Its counts: a page the dead attempt did past its last checkpoint is done again, and found open already.
    const c = resumed.counts;
    const u = uninterrupted.counts;
    expect([c.opened! + c.alreadyOpen!, c.emptyBooks, c.closed, c.followUps, c.estimates]).toEqual([u.opened! + u.alreadyOpen!, u.emptyBooks, u.closed, u.followUps, u.estimates]);
    // Run again as of the same time: nothing opened twice.
    const again = await runToEnd(main.ready.url, auth, (await startRun(main.ready.url, auth)).runId);
    expect(again.counts.opened).toBe(0);
    expect(await cycles(main.ready.url, auth)).toEqual(twinCycles);
    console.log(`crash-safety, read-cycles killed at ${seen.progress.done} (checkpointed) of ${u.opened} books opened: resumed ${((Date.now() - t0) / 1000).toFixed(0)} s after the restart began, to ${JSON.stringify(c)} (uninterrupted: ${JSON.stringify(u)})`);
  }, SLOW);

  it(`mid-ingest of ${INGEST.meters * INGEST.days} readings: restarted, every batch sent again with its key — every reading stored once`, async () => {
    const options = { dynamoEndpoint: endpoint(), tableName: mainTable };
    let child = main;
    const t1 = Date.now();
    const batches = makeBatches(mainMeters, INGEST.days, INGEST.perBatch);
    expect(batches.every((b) => b.readings.length === BATCH)).toBe(true);

    let auth = await login(child.ready.url);
    // Killed after the 7th answer, once the request still in flight has written part of its batch.
    await ingest(child.ready.url, auth, batches, {
      stopAfter: 7,
      crash: async (inFlight) => {
        await untilPartlyWritten(endpoint(), mainTable, inFlight, 10_000);
        await child.kill();
      },
    });
    const cut = await cutReadings(endpoint(), mainTable, batches);
    const answeredBefore = batches.filter((b) => b.answer).length;
    expect(answeredBefore).toBeGreaterThanOrEqual(7);
    expect(answeredBefore).toBeLessThan(batches.length); // killed mid-ingest

    const t2 = Date.now();
    child = await startChild({ ...options, seed: 'none' });
    main = child;
    expect(child.ready.seeded).toBe(false);
    auth = await login(child.ready.url);
    await resend(child.ready.url, auth, batches);
    const t3 = Date.now();
    const figures = await expectEveryReadingOnce(endpoint(), mainTable, mainMeters, batches, INGEST.days);
    // The cut batches' stored parts, answered with their ids (a batch stored whole but not answered may be either).
    expect(figures.duplicates).toBeGreaterThanOrEqual(cut);
    // A meter's history as the API shows it: its twenty readings.
    const history = await request(child.ready.url, 'GET', `/v1/meters/${mainMeters[0]!.id}/readings?limit=50`, undefined, auth);
    expect(history.status).toBe(200);
    expect(history.body.items).toHaveLength(INGEST.days);
    console.log(
      `crash-safety, runtime killed: ${figures.total} readings stored once (${figures.accepted} accepted, ${figures.duplicates} answered as the duplicate of the killed attempt's write; killed ${cut ? `with ${cut} readings of a batch written` : 'between batches'}); ` +
        `${answeredBefore}/${batches.length} batches answered before the kill; seed (two stores at once) ${seedSeconds.toFixed(0)} s, ingest before the kill ${((t2 - t1) / 1000).toFixed(0)} s, restart and resend ${((t3 - t2) / 1000).toFixed(0)} s`,
    );
  }, SLOW);
});

interface CycleLine {
  book: string;
  period: string;
  state: string;
  due: number;
}

/** The test's books' cycles as the console lists them. */
async function cycles(url: string, auth: Record<string, string>): Promise<CycleLine[]> {
  const out: CycleLine[] = [];
  let cursor: string | null = null;
  do {
    const res = await request(url, 'GET', `/v1/read-cycles?regionId=${REGION}&limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`, undefined, auth);
    expect(res.status).toBe(200);
    for (const c of res.body.items as { bookName: string; period: string; state: string; counts: { due: number } }[]) {
      if (c.bookName.startsWith('crash-')) out.push({ book: c.bookName, period: c.period, state: c.state, due: c.counts.due });
    }
    cursor = res.body.nextCursor;
  } while (cursor);
  return out.sort((a, b) => a.book.localeCompare(b.book) || a.period.localeCompare(b.period));
}

const startRun = async (url: string, auth: Record<string, string>) => {
  const res = await request(url, 'POST', '/v1/jobs/read-cycles/runs', { asOf: AS_OF }, auth);
  expect(res.status).toBe(202);
  return res.body as RunView;
};

async function runToEnd(url: string, auth: Record<string, string>, runId: string): Promise<RunView> {
  const deadline = Date.now() + 150_000;
  for (;;) {
    const run = (await request(url, 'GET', `/v1/jobs/read-cycles/runs/${runId}`, undefined, auth)).body as RunView;
    if (run.state === 'succeeded' || run.state === 'failed') return run;
    if (Date.now() > deadline) throw new Error(`run ${runId} still ${run.state} (attempts ${run.attempts})`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

// A runtime with its own DynamoDB Local persisted in a directory (as `npm start`), whose Java process is killed.
const STORE = { customers: 500, meters: 250, days: 8, perBatch: 2 };

// The customer import of the CLI (npm run customers -- import) with the server killed under it.
const IMPORT = { rows: 300, batch: '50' };

describe('the runtime killed with SIGKILL under a customer import', () => {
  it(`the CLI retries into the restarted server (or is run again, as a user would): ${IMPORT.rows} rows, one import, every customer once`, async () => {
    expect(main).toBeDefined();
    // The same port after the restart, as `npm start` (PORT) has: the CLI's retries reach it.
    await main.kill();
    const port = await freePort();
    main = await startChild({ dynamoEndpoint: endpoint(), tableName: mainTable, seed: 'none', port });
    const prefix = `K${randomBytes(3).toString('hex')}`;
    const file = join(dir, 'crash-import.csv');
    await writeCustomerCsv(file, { count: IMPORT.rows, regions: ['r-east', 'r-west', 'r-south'], prefix });
    const cliArgs = ['tsx', 'local/cli/customers.ts', 'import', file, '--json', '--quiet', '--batch', IMPORT.batch, '--url', main.ready.url, '--tenant', 'demo', '--user', 'admin', '--password', password];
    const cliEnv = { ...process.env, GASCARE_PASSWORD: '', NODE_OPTIONS: '' };
    let auth = await login(main.ready.url);
    const imports = async () =>
      ((await request(main.ready.url, 'GET', '/v1/customer-imports?limit=100', undefined, auth)).body.items as { id: string; fileName: string; state: string; rowsReceived: number; batches: number; counts: Record<string, number> }[]).filter(
        (i) => i.fileName === 'crash-import.csv',
      );

    const cli = spawn('npx', cliArgs, { env: cliEnv, stdio: ['ignore', 'pipe', 'pipe'] });
    let cliOut = '';
    cli.stdout.on('data', (d: Buffer) => (cliOut += d.toString()));
    cli.stderr.on('data', (d: Buffer) => (cliOut += d.toString()));
    const cliExit = new Promise<number | null>((resolve) => cli.on('exit', (code) => resolve(code)));
    let atKill: { rowsReceived: number } | undefined;
    const deadline = Date.now() + 120_000;
    while (!atKill) {
      const [imp] = await imports();
      if (imp && imp.rowsReceived >= 100) atKill = imp;
      else if (Date.now() > deadline || cli.exitCode !== null) throw new Error(`the import was not under way: ${cliOut}`);
      else await new Promise((r) => setTimeout(r, 50));
    }
    await main.kill();
    expect(atKill.rowsReceived).toBeLessThan(IMPORT.rows);
    main = await startChild({ dynamoEndpoint: endpoint(), tableName: mainTable, seed: 'none', port });
    let code = await cliExit;
    let rerun = false;
    if (code !== 0) {
      // Gave up before the server was back (its retries last ~20 s): run again, as a user would; the same batch size re-opens the same import.
      rerun = true;
      const again = await runChild('npx', cliArgs, cliEnv);
      code = again.code;
      cliOut = again.stdout;
    }
    expect(code).toBe(0);
    const summary = JSON.parse(cliOut.trim().split('\n').pop()!);
    auth = await login(main.ready.url);
    const all = await imports();
    expect(all).toHaveLength(1); // one import of the file, resumed
    expect(all[0]).toMatchObject({ state: 'done', rowsReceived: IMPORT.rows, counts: { created: IMPORT.rows, updated: 0, unchanged: 0, rejected: 0, skipped: 0 } });
    expect(summary).toMatchObject({ importId: all[0]!.id, state: 'done', rows: IMPORT.rows });
    // Every row is one customer: none twice, none missing (a search by each row's account number).
    const found: number[] = [];
    let n = 0;
    const searcher = async () => {
      while (n < IMPORT.rows) {
        const account = `${prefix}${String(++n).padStart(8, '0')}`;
        // The console user's rate: wait as told.
        const res = await throttledRetry(() => request(main.ready.url, 'GET', `/v1/customers?q=${account}`, undefined, auth));
        expect(res.status).toBe(200);
        found.push((res.body.items as { accountNumber: string }[]).filter((c) => c.accountNumber === account).length);
      }
    };
    await Promise.all([searcher(), searcher()]);
    expect(found).toHaveLength(IMPORT.rows);
    expect(found.filter((f) => f !== 1)).toEqual([]);
    console.log(`crash-safety, import: killed at ${atKill.rowsReceived}/${IMPORT.rows} rows; ${rerun ? 'the CLI gave up, run again' : 'the CLI retried into the restarted server'}: ${JSON.stringify(summary.counts)}`);
  }, SLOW);
});

describe('DynamoDB Local killed with SIGKILL', () => {
  it(`mid-ingest of ${STORE.meters * STORE.days} readings: the supervisor restarts it, the client retries the 503s with their keys — every reading stored once`, async () => {
    const dataDir = join(dir, 'store');
    const seeded = await seededChild({ dataDir, tableName: 'gascare', storeRestartDelayMs: 2000 }, STORE.customers, join(dir, 'meters-store.json'));
    const { child } = seeded;
    expect(seeded.meters.length).toBeGreaterThanOrEqual(STORE.meters);
    const meters = seeded.meters.slice(0, STORE.meters);
    const javaPid = child.ready.dynamoPid!;
    expect(javaPid).toBeGreaterThan(0);
    const batches = makeBatches(meters, STORE.days, STORE.perBatch);
    const auth = await login(child.ready.url);
    const t0 = Date.now();
    const during = await ingest(child.ready.url, auth, batches, { stopAfter: 3, crash: async () => void process.kill(javaPid, 'SIGKILL') });
    const answeredBefore = batches.filter((b) => b.answer).length;
    expect(answeredBefore).toBeLessThan(batches.length);
    const statuses = await resend(child.ready.url, auth, batches);
    expect([...during, ...statuses]).toContain(503); // the store was down, and said so
    const figures = await expectEveryReadingOnce(child.ready.dynamoEndpoint, 'gascare', meters, batches, STORE.days);
    console.log(
      `crash-safety, store killed: ${figures.total} readings stored once (${figures.accepted} accepted, ${figures.duplicates} duplicates of a cut attempt); ${answeredBefore}/${batches.length} answered before the kill; ` +
        `retries answered ${statuses.length} times 409/503; ingest ${((Date.now() - t0) / 1000).toFixed(0)} s`,
    );
    await child.kill();
  }, SLOW);
});
