import '../local/quiet-defaults.ts';
import { CampaignService } from '../functions/surveys/campaign-service.ts';
import { surveyCampaignsJob } from '../functions/surveys/jobs/survey-campaigns.ts';
import { seedCustomers } from '../local/seed/customers.ts';
import { startRuntime } from '../local/runtime.ts';
import { CUSTOMER_CLASSES } from '../shared/contract/customers.ts';
import { TenantStore } from '../shared/db/tenant-store.ts';
import { FRAME_SHARDS, keys } from '../shared/keys.ts';
import { logger } from '../shared/logger.ts';
import { Index } from '../shared/table.ts';
import { systemContext } from '../shared/tenancy.ts';
import { itemSize, type TransactInput } from './capacity.ts';
import { fmt } from './lib.ts';
import { countUnits, measure, readsOf, replayTransactions, writesOf } from './units.ts';

/**
 * Satisfaction surveys on DynamoDB Local, every figure a ratio to a baseline measured in the same
 * run (units counted by bench/units.ts, the job's own calls only — not the local runtime's
 * stream consumers delivering its SMS meanwhile; a transaction's by DynamoDB's rules, bench/capacity.ts):
 * 1. **Work proportional to the sample.** Two running quarterly campaigns over the same region and
 *    every class, at rates r and 2r (skipDays 0, so the second is not skipped by the first). The
 *    survey-campaigns job runs with only the first running, then again with the second started
 *    (the first has sampled its period: it is passed over), then once more with nothing due (the
 *    run's fixed reads: expiry index, running campaigns, policy). Read units 2r ÷ r (goal ≈ 2.0;
 *    also net of the fixed reads), read units per invited customer at the frame size used, and the
 *    read units of the r run ÷ a raw Query of the whole region's customers (`Index.byRegionName`,
 *    the walk the sampling frame avoids).
 * 2. **Invitations.** Invitations/s of the 2r run (the job as a whole: frame pages, customers,
 *    last-invited marks, the invitations 4 in parallel) ÷ raw TransactWriteItems of exactly the
 *    items its invitations wrote (each recorded transaction replayed under other keys, conditions
 *    kept, 4 in flight). Write units per invitation ÷ the design minimum (below).
 * env: BENCH_SURVEY_CUSTOMERS (5,000 customers seeded in one region, ~85 % with gas on: the frame),
 * BENCH_SURVEY_RATE (r, 0.05).
 */
const CUSTOMERS = Number(process.env.BENCH_SURVEY_CUSTOMERS ?? 5000);
const RATE = Number(process.env.BENCH_SURVEY_RATE ?? 0.05);
const PASSWORD = 'bench-password';
const TENANT = 'demo';
const REGION = 'r-east';
const PARALLEL = 4;

countUnits();

/**
 * The design minimum of an invitation's writes: the invitation item (what the answer lands on),
 * the notification (what sends the SMS) and one outbox event (what tells the rest), written
 * together in one transaction: 2 × ⌈size ÷ 1 KB⌉ each, at the sizes the job wrote them, no index.
 * Everything else of the job's transaction — the guard (no rerun invites twice), the last-invited
 * mark (the skip window), the campaign's and the tenant's figures ADDed in the same transaction
 * (no recount), the audit record and the invitation's list, status and expiry indexes — is the
 * design's price of exactly-once and of reading results without a scan.
 */
function minimumUnits(tx: TransactInput): number {
  const items = tx.TransactItems.flatMap((op) => (op.Put ? [op.Put.Item] : []));
  const of = (entity: string) => items.find((i) => i.entity === entity);
  const invitation = of('survey-invitation');
  const notification = of('notification');
  const event = items.find((i) => i.entity === 'outbox' && i.type === 'survey.invited') ?? of('outbox');
  if (!invitation || !notification || !event) throw new Error('an invitation transaction without its invitation, notification or event');
  return [invitation, notification, event].reduce((n, item) => n + 2 * Math.max(1, Math.ceil(itemSize(item) / 1024)), 0);
}

export async function benchSurveys(): Promise<Record<string, number>> {
  const runtime = await startRuntime({ port: 0, seed: 'demo', seedPassword: PASSWORD, customerScale: 0, throttle: false, tableName: 'bench-surveys' });
  try {
    const store = new TenantStore(systemContext(TENANT, 'bench', 'bench'));
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 4294967296);
    const t0 = Date.now();
    await seedCustomers(store, { regions: [REGION], count: CUSTOMERS, random });
    let frame = 0;
    for (const cls of CUSTOMER_CLASSES) {
      for (let shard = 0; shard < FRAME_SHARDS; shard++) {
        for await (const page of store.queryPages({ pk: keys.samplingFrame(TENANT, REGION, cls, shard) })) frame += page.items.length;
      }
    }
    console.log(`${CUSTOMERS} customers seeded in ${((Date.now() - t0) / 1000).toFixed(0)} s, ${frame} in the sampling frame`);

    // The walk the design avoids: every customer of the region, raw.
    await runtime.idle();
    const walk = await measure(async () => {
      let n = 0;
      for await (const page of store.queryPages({ index: Index.byRegionName, pk: keys.regionCustomers(TENANT, REGION) })) n += page.items.length;
      return n;
    });

    const service = new CampaignService(store);
    const scope = { regionIds: [REGION], classes: [...CUSTOMER_CLASSES] };
    const create = (name: string, sampleRate: number) => service.create({ name, kind: 'periodic', schedule: 'quarterly', scope, sampleRate, skipDays: 0, channel: 'sms' });
    const one = await create('bench r', RATE);
    const two = await create('bench 2r', RATE * 2);
    const asOf = new Date();
    // A store per run, as the job runner makes (its memos last one run).
    const job = (runId: string) => surveyCampaignsJob().run({ store: new TenantStore(store.ctx), ctx: store.ctx, asOf, runId, progress: async () => undefined, log: logger });

    await service.act(one.id, 'start');
    await runtime.idle();
    const runR = await measure(() => job('bench-r'), { own: true });
    await service.act(two.id, 'start');
    await runtime.idle();
    const run2R = await measure(() => job('bench-2r'), { record: true, own: true });
    await runtime.idle();
    const idle = await measure(() => job('bench-idle'), { own: true });
    const invitedR = runR.result.invited ?? 0;
    const invited2R = run2R.result.invited ?? 0;
    if (!invitedR || !invited2R) throw new Error(`nobody invited: ${JSON.stringify(runR.result)} ${JSON.stringify(run2R.result)}`);

    const invitations = run2R.transactions.filter((tx) => tx.TransactItems.some((op) => op.Put?.Item.entity === 'survey-invitation'));
    await runtime.idle();
    const rawSeconds = await replayTransactions(invitations, 'RAW', PARALLEL);
    const minimum = invitations.reduce((n, tx) => n + minimumUnits(tx), 0) / invitations.length;

    const oursRate = invited2R / run2R.seconds;
    const rawRate = invitations.length / rawSeconds;
    const writePerInvitation = run2R.write / invited2R;
    const figures = {
      customers: CUSTOMERS,
      frame,
      rate: RATE,
      invitedR,
      invited2R,
      readUnitsR: runR.read,
      readUnits2R: run2R.read,
      readUnitsIdle: idle.read,
      readRatio: run2R.read / runR.read,
      readRatioNet: (run2R.read - idle.read) / (runR.read - idle.read),
      readPerInvitedR: runR.read / invitedR,
      readPerInvited2R: run2R.read / invited2R,
      regionWalkRead: walk.read,
      regionWalkCustomers: walk.result,
      readVsWalkR: runR.read / walk.read,
      readVsWalk2R: run2R.read / walk.read,
      invitationsPerSecond: oursRate,
      rawInvitationsPerSecond: rawRate,
      throughputRatio: oursRate / rawRate,
      writePerInvitation,
      minimumWritePerInvitation: minimum,
      writeRatio: writePerInvitation / minimum,
      itemsPerInvitation: invitations.reduce((n, tx) => n + tx.TransactItems.length, 0) / invitations.length,
    };
    console.log(`reads of the rate-r run: ${readsOf(runR)}; of the rate-2r run: ${readsOf(run2R)}`);
    console.log(`write units of one invitation's transaction: ${await writesOf(invitations[0]!)}`);
    console.log(`\nSatisfaction surveys on DynamoDB Local (${CUSTOMERS} customers in one region, ${frame} in the frame; rates ${RATE} and ${RATE * 2})`);
    console.log('| figure | ours | baseline | ratio | goal |');
    console.log('| --- | --- | --- | --- | --- |');
    console.log(`| read units of the job, rate 2r ÷ rate r | ${fmt(run2R.read, 1)} R (${invited2R} invited) | ${fmt(runR.read, 1)} R (${invitedR} invited) | ${fmt(figures.readRatio)} (net of the ${fmt(idle.read, 1)} R of a run with nothing due: ${fmt(figures.readRatioNet)}; invited ${fmt(invited2R / invitedR)}×) | ≈ 2.0 |`);
    console.log(`| read units per invited customer (frame ${frame}) | ${fmt(figures.readPerInvited2R)} (2r) | ${fmt(figures.readPerInvitedR)} (r) | | flat in N |`);
    console.log(`| read units of the job at rate r ÷ the region walk | ${fmt(runR.read, 1)} R | ${fmt(walk.read, 1)} R (raw Query of byRegionName, ${walk.result} customers) | ${fmt(figures.readVsWalkR)} (2r: ${fmt(figures.readVsWalk2R)}) | ≪ 1 |`);
    console.log(`| invitations per second (the 2r run) | ${fmt(oursRate, 1)} (survey-campaigns job) | ${fmt(rawRate, 1)} (raw TransactWriteItems of the same ${fmt(figures.itemsPerInvitation, 1)} items, ${PARALLEL} in flight) | ${fmt(figures.throughputRatio)} | |`);
    console.log(`| write units per invitation | ${fmt(writePerInvitation)} W | ${fmt(minimum)} W (invitation + notification + event, one transaction) | ${fmt(figures.writeRatio)} | |`);
    return figures;
  } finally {
    await runtime.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await benchSurveys()));
}
