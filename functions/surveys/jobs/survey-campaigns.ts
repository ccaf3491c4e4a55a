import { SURVEY_TRIGGERS } from '../../../shared/contract/surveys.ts';
import { surveysRulesPolicy, type SurveysRulesPolicy } from '../../../shared/contract/surveys-policy.ts';
import { versionIs, type TenantStore, type WriteOp } from '../../../shared/db/tenant-store.ts';
import { customerFromItem, type Customer } from '../../../shared/entities/customer.ts';
import { campaignFromItem, campaignItem, invitationFromItem, invitationItem, runningKey, type Campaign } from '../../../shared/entities/survey.ts';
import { asProblem, conflict } from '../../../shared/http/problems.ts';
import type { JobContext, JobImpl } from '../../../shared/jobs/job.ts';
import { FRAME_SHARDS, keys, SURVEY_SHARDS } from '../../../shared/keys.ts';
import { localDay } from '../../../shared/local-time.ts';
import { policyInForce, type PolicyRef } from '../../../shared/policies/policy-store.ts';
import { Index } from '../../../shared/table.ts';
import { tenantTimeZone } from '../../../shared/tenant-profile.ts';
import { CampaignService } from '../campaign-service.ts';
import { invite, type InviteOutcome } from '../invite.ts';
import { monthOf, monthsBetween, periodOf } from '../../../shared/periods.ts';
import { bucketRanges, countQuotas, eventDrawn, withinQuotas, withinSkipWindow, type QuotaCounts } from '../sampling.ts';

/**
 * `survey-campaigns` (daily, 09:30 tenant time: after the SMS quiet hours): as of its time,
 *
 * 1. expires the invitations whose link ran out (the sparse expiry index, by UTC month and shard,
 *    from the month of the day before the last run reached);
 * 2. samples each running periodic campaign once per period of its schedule: the sampling frame's
 *    bucket ranges of the period (functions/surveys/sampling.ts), so it reads the share it samples,
 *    never the archive; the quotas and the skip window apply to each draw;
 * 3. invites after the events each running event campaign recorded (the trigger consumer's
 *    candidates), each drawn at the campaign's rate.
 *
 * Every invitation is its own transaction with a guard (no rerun invites twice); a finished page
 * checkpoints where to resume; quotas are recounted from the campaign's figures on resume.
 */
export const PAGE_SIZE = 100;
const PARALLEL = 4;
const DAY = 86_400_000;
/** A first run (no state) looks back a day: invitations exist only from this job's first run on. */
const FIRST_RUN_LOOKBACK_DAYS = 1;

type Step = 'expire' | 'periodic' | 'event';

interface Checkpoint {
  step: Step;
  /** The part within the step: an expiry day and shard, or a campaign and its frame partition / candidate shard. */
  part: string;
  lastKey?: Record<string, unknown>;
  counts: Record<string, number>;
}

const COUNTS = ['expired', 'campaigns', 'drawn', 'invited', 'already', 'skipped', 'overQuota', 'notDrawn', 'ineligible', 'candidates'] as const;

export const surveyCampaignsJob = (pageSize = PAGE_SIZE): Pick<JobImpl, 'run'> => ({
  async run(job) {
    const { store, asOf, resumeFrom } = job;
    const resume = resumeFrom as Checkpoint | undefined;
    const counts: Record<string, number> = { ...Object.fromEntries(COUNTS.map((c) => [c, 0])), ...resume?.counts };
    const ctx: RunContext = { job, store, asOf, pageSize, counts, resume, timeZone: await tenantTimeZone(store), rules: await policyInForce(store, surveysRulesPolicy, asOf) };
    const steps: Step[] = ['expire', 'periodic', 'event'];
    for (const step of steps.slice(resume ? steps.indexOf(resume.step) : 0)) {
      if (step === 'expire') await expireStep(ctx);
      if (step === 'periodic') await periodicStep(ctx);
      if (step === 'event') await eventStep(ctx);
    }
    return counts;
  },
});

interface RunContext {
  job: JobContext;
  store: TenantStore;
  asOf: Date;
  pageSize: number;
  counts: Record<string, number>;
  resume?: Checkpoint;
  timeZone: string;
  rules: { values: SurveysRulesPolicy; ref: PolicyRef };
}

/** The pages of one part, from the checkpoint when the run resumes there; each finished page is checkpointed. */
async function* partPages(c: RunContext, step: Step, part: string, query: Parameters<TenantStore['queryPages']>[0]) {
  const resume = c.resume?.step === step ? c.resume : undefined;
  // A part before the checkpoint's, or the checkpoint's own when its last page was done, is done.
  if (resume && (resume.part > part || (resume.part === part && !resume.lastKey))) return;
  const startKey = resume?.part === part ? resume.lastKey : undefined;
  for await (const page of c.store.queryPages(query, startKey)) {
    yield page.items;
    await c.job.progress({ done: c.counts.invited! + c.counts.expired!, checkpoint: { step, part, lastKey: page.lastKey, counts: { ...c.counts } } satisfies Checkpoint, counts: { ...c.counts } });
  }
}

async function inParallel<T>(items: T[], work: (item: T) => Promise<void>): Promise<void> {
  for (let i = 0; i < items.length; i += PARALLEL) await Promise.all(items.slice(i, i + PARALLEL).map(work));
}

/* ---------------------------------------------------------------- 1. expiry ------------------- */

async function expireStep(c: RunContext): Promise<void> {
  const t = c.store.tenantId;
  const state = await c.store.get<{ expiredThrough?: string }>(keys.surveyJobState(t), true);
  const from = state?.expiredThrough ? Date.parse(state.expiredThrough) - DAY : c.asOf.getTime() - FIRST_RUN_LOOKBACK_DAYS * DAY;
  const upTo = `${c.asOf.toISOString()}#~`;
  // The index holds only the invitations still open, so a month's partition read up to now is what expired since.
  for (const month of monthsBetween(new Date(from), c.asOf)) {
    for (let shard = 0; shard < SURVEY_SHARDS; shard++) {
      for await (const items of partPages(c, 'expire', `${month}#${shard}`, { index: Index.surveyExpiries, pk: keys.surveyExpiries(t, month, shard), sk: { lte: upTo }, limit: c.pageSize })) {
        await inParallel(items.map(invitationFromItem), async (invitation) => {
          if (invitation.status !== 'sent') return;
          try {
            await c.store.commit({ writes: [{ kind: 'put', item: invitationItem(t, { ...invitation, status: 'expired', version: invitation.version + 1 }), condition: versionIs(invitation.version, 'invitation') }] });
            c.counts.expired! += 1;
          } catch (error) {
            // Answered meanwhile: the answer stands.
            if (asProblem(error)?.code !== 'stale-version') throw error;
          }
        });
      }
    }
  }
  const reached = new Date(Math.min(c.asOf.getTime(), Date.now())).toISOString();
  if (!state?.expiredThrough || state.expiredThrough < reached) {
    try {
      await c.store.write({
        kind: 'update',
        key: keys.surveyJobState(t),
        set: { entity: 'survey-job-state', expiredThrough: reached },
        condition: { expression: 'attribute_not_exists(expiredThrough) OR expiredThrough < :through', values: { ':through': reached }, onFail: conflict('expired further already', 'expired-further') },
      });
    } catch (error) {
      if (asProblem(error)?.code !== 'expired-further') throw error;
    }
  }
}

/* ---------------------------------------------------------------- shared by 2 and 3 ------------ */

async function runningCampaigns(store: TenantStore, key: string): Promise<Campaign[]> {
  const { items } = await store.query({ index: Index.runningSurveys, pk: keys.runningSurveys(store.tenantId, key), limit: 200 });
  // The index lags its item: only what is running now.
  const fresh = await store.getMany(items.map((i) => keys.surveyCampaign(store.tenantId, String(i.id))));
  return fresh.map(campaignFromItem).filter((campaign) => campaign.state === 'running' && runningKey(campaign) === key).sort((a, b) => (a.id < b.id ? -1 : 1));
}

/** The invitations counted against each quota so far in a period (from the campaign's figures: right on a resume or a rerun). */
async function quotaCountsOf(store: TenantStore, campaign: Campaign, period: string): Promise<QuotaCounts> {
  if (!campaign.quotas.length) return [];
  const rows = await new CampaignService(store).statsRows(campaign.id, `${period}#`);
  let counts: QuotaCounts = campaign.quotas.map(() => 0);
  for (const row of rows) counts = countQuotas(campaign.quotas, counts, { regionId: row.regionId, class: row.class }, row.counters.invited ?? 0);
  return counts;
}

interface Draw {
  customer: Customer;
  subject: { type: string; id: string } | null;
  staff: string | null;
  period: string;
  month: string;
  at: Date;
  also?: WriteOp[];
}

/** The draws of a page that pass the skip window and the quotas, invited; the tally of what became of each. */
async function inviteDraws(c: RunContext, campaign: Campaign, draws: Draw[], quota: { counts: QuotaCounts }): Promise<void> {
  const t = c.store.tenantId;
  const marks = new Map((await c.store.getMany<{ pk: string; lastInvitedAt: string }>([...new Set(draws.map((d) => d.customer.id))].map((id) => keys.customerSurveyed(t, id)))).map((m) => [m.pk, m.lastInvitedAt]));
  const chosen: Draw[] = [];
  for (const d of draws) {
    if (withinSkipWindow(marks.get(keys.customerSurveyed(t, d.customer.id).pk), c.asOf, campaign.skipDays)) {
      c.counts.skipped! += 1;
      continue;
    }
    if (!withinQuotas(campaign.quotas, quota.counts, d.customer)) {
      c.counts.overQuota! += 1;
      continue;
    }
    quota.counts = countQuotas(campaign.quotas, quota.counts, d.customer);
    // One invitation per customer per page (two events of one customer in a day: one survey).
    marks.set(keys.customerSurveyed(t, d.customer.id).pk, c.asOf.toISOString());
    chosen.push(d);
  }
  await inParallel(chosen, async (d) => {
    const outcome: InviteOutcome = await invite(c.store, { campaign, period: d.period, month: d.month, customer: d.customer, subject: d.subject, staff: d.staff, at: d.at, rules: c.rules, also: d.also });
    c.counts[outcome === 'invited' ? 'invited' : outcome === 'already' ? 'already' : 'skipped']! += 1;
  });
}

async function customersOf(store: TenantStore, ids: string[]): Promise<Map<string, Customer>> {
  const items = await store.getMany([...new Set(ids)].map((id) => keys.customer(store.tenantId, id)));
  return new Map(items.map((i) => [String(i.id), customerFromItem(i)]));
}

/* ---------------------------------------------------------------- 2. periodic ----------------- */

async function periodicStep(c: RunContext): Promise<void> {
  const t = c.store.tenantId;
  const today = localDay(c.asOf, c.timeZone);
  for (const campaign of await runningCampaigns(c.store, 'periodic')) {
    if (c.resume?.step === 'periodic' && c.resume.part.split('|')[0]! > campaign.id) continue;
    const period = periodOf(campaign.schedule!, today);
    if (campaign.periods.includes(period)) continue;
    c.counts.campaigns! += 1;
    const quota = { counts: await quotaCountsOf(c.store, campaign, period) };
    const ranges = bucketRanges(campaign.id, period, campaign.sampleRate);
    const parts = campaign.scope.regionIds.flatMap((regionId) => campaign.scope.classes.flatMap((cls) => Array.from({ length: FRAME_SHARDS }, (_, shard) => ranges.map((range, r) => ({ regionId, cls, shard, range, r })))).flat());
    for (const [n, p] of parts.entries()) {
      const part = `${campaign.id}|${String(n).padStart(5, '0')}`;
      const sk = { between: [keys.samplingFrameSort(p.range[0], ''), keys.samplingFrameSort(p.range[1] - 1, '~')] as [string, string] };
      for await (const items of partPages(c, 'periodic', part, { pk: keys.samplingFrame(t, p.regionId, p.cls, p.shard), sk, limit: c.pageSize })) {
        const customers = await customersOf(c.store, items.map((i) => String(i.customerId)));
        const draws: Draw[] = [];
        for (const item of items) {
          const customer = customers.get(String(item.customerId));
          c.counts.drawn! += 1;
          // A stale frame entry (the customer moved or was turned off since): not this frame's.
          if (!customer || customer.lifecycle.state !== 'gas-on' || customer.regionId !== p.regionId || customer.class !== p.cls) {
            c.counts.ineligible! += 1;
            continue;
          }
          draws.push({ customer, subject: null, staff: null, period, month: monthOf(today), at: c.asOf });
        }
        await inviteDraws(c, campaign, draws, quota);
      }
    }
    await markSampled(c.store, campaign.id, period);
  }
}

/** The period is sampled: the campaign records it (under its version; a concurrent pause is re-read). */
async function markSampled(store: TenantStore, id: string, period: string): Promise<void> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const item = await store.get(keys.surveyCampaign(store.tenantId, id), true);
    if (!item) return;
    const campaign = campaignFromItem(item);
    if (campaign.periods.includes(period)) return;
    try {
      await store.commit({ writes: [{ kind: 'put', item: campaignItem(store.tenantId, { ...campaign, periods: [...campaign.periods, period], version: campaign.version + 1 }), condition: versionIs(campaign.version, 'campaign') }] });
      return;
    } catch (error) {
      if (asProblem(error)?.code !== 'stale-version') throw error;
    }
  }
}

/* ---------------------------------------------------------------- 3. event -------------------- */

async function eventStep(c: RunContext): Promise<void> {
  const t = c.store.tenantId;
  const upTo = `${c.asOf.toISOString()}#~`;
  const campaigns = (await Promise.all(SURVEY_TRIGGERS.map((trigger) => runningCampaigns(c.store, trigger)))).flat().sort((a, b) => (a.id < b.id ? -1 : 1));
  for (const campaign of campaigns) {
    if (c.resume?.step === 'event' && c.resume.part.split('|')[0]! > campaign.id) continue;
    c.counts.campaigns! += 1;
    const quotas = new Map<string, { counts: QuotaCounts }>();
    for (let shard = 0; shard < SURVEY_SHARDS; shard++) {
      const pk = keys.surveyCandidates(t, campaign.id, shard);
      for await (const items of partPages(c, 'event', `${campaign.id}|${shard}`, { pk, sk: { lte: upTo }, limit: c.pageSize })) {
        c.counts.candidates! += items.length;
        const customers = await customersOf(c.store, items.map((i) => String(i.customerId)));
        const done: WriteOp[] = [];
        const byMonth = new Map<string, Draw[]>();
        for (const item of items) {
          const consumed: WriteOp = { kind: 'delete', key: { pk: String(item.pk), sk: String(item.sk) } };
          const customer = customers.get(String(item.customerId));
          const subject = item.subject as { type: string; id: string };
          if (!customer || !campaign.scope.regionIds.includes(customer.regionId) || !campaign.scope.classes.includes(customer.class)) {
            c.counts.ineligible! += 1;
            done.push(consumed);
            continue;
          }
          if (!eventDrawn(campaign.id, `${subject.type}:${subject.id}`, campaign.sampleRate)) {
            c.counts.notDrawn! += 1;
            done.push(consumed);
            continue;
          }
          c.counts.drawn! += 1;
          const month = monthOf(localDay(new Date(String(item.at)), c.timeZone));
          byMonth.set(month, [...(byMonth.get(month) ?? []), { customer, subject, staff: (item.staff as string | null) ?? null, period: month, month, at: c.asOf, also: [consumed] }]);
        }
        for (const [month, draws] of byMonth) {
          if (!quotas.has(month)) quotas.set(month, { counts: await quotaCountsOf(c.store, campaign, month) });
          await inviteDraws(c, campaign, draws, quotas.get(month)!);
          // A draw skipped or over quota is consumed too (an invited one was, in its own transaction: deleting it again is a no-op).
          done.push(...draws.flatMap((d) => d.also ?? []));
        }
        await deleteAll(c.store, done);
      }
    }
  }
}

/** The candidates consumed. */
async function deleteAll(store: TenantStore, ops: WriteOp[]): Promise<void> {
  await inParallel(ops, (op) => store.write(op).then(() => undefined));
}

/** Its schedule is in ../manifest.ts. */
export const run = surveyCampaignsJob().run;
