import type { SurveyResults } from '../../shared/contract/surveys.ts';
import { surveysRulesPolicy } from '../../shared/contract/surveys-policy.ts';
import type { TenantStore } from '../../shared/db/tenant-store.ts';
import { invitationFromItem, statsRowOf, type Invitation, type StatsRow } from '../../shared/entities/survey.ts';
import { notFoundError } from '../../shared/errors.ts';
import { keys, SURVEY_SHARDS } from '../../shared/keys.ts';
import { policyInForce } from '../../shared/policies/policy-store.ts';
import { Index } from '../../shared/table.ts';
import { canSeeRegion } from '../../shared/tenancy.ts';
import { CampaignService } from '../surveys/campaign-service.ts';
import { monthsOf, within } from '../../shared/periods.ts';
import { isLow, resultsOf } from '../surveys/results.ts';

/**
 * The figures behind both results routes: the counters items (a campaign's by its periods, the
 * tenant's by month), of the caller's regions (and the one asked for), through the pure figures
 * of functions/surveys/results.ts; the latest comments from the sparse comment index.
 */
export const COMMENTS = 20;

export interface ResultsFilter {
  period?: string;
  regionId?: string;
}

const inScope = (store: TenantStore, filter: ResultsFilter) => (r: { regionId: string }) => canSeeRegion(store.ctx.principal, r.regionId) && (!filter.regionId || r.regionId === filter.regionId);

function checkRegion(store: TenantStore, filter: ResultsFilter): void {
  if (filter.regionId && !canSeeRegion(store.ctx.principal, filter.regionId)) throw notFoundError('Region', { regionId: filter.regionId });
}

async function target(store: TenantStore): Promise<number> {
  return (await policyInForce(store, surveysRulesPolicy, store.clock())).values.target;
}

export async function campaignResults(store: TenantStore, campaignId: string, filter: ResultsFilter): Promise<SurveyResults> {
  checkRegion(store, filter);
  const service = new CampaignService(store);
  await service.get(campaignId);
  const rows = (await service.statsRows(campaignId)).filter((r) => inScope(store, filter)(r) && (!filter.period || within(r.period, filter.period)));
  const { items } = await store.query({ index: Index.campaignComments, pk: keys.campaignComments(store.tenantId, campaignId), newestFirst: true, limit: COMMENTS * 3 });
  const comments = await commentsOf(store, items.map(invitationFromItem), filter);
  return { campaignId, period: filter.period ?? null, ...resultsOf(rows, await target(store)), comments };
}

export async function tenantResults(store: TenantStore, filter: ResultsFilter): Promise<SurveyResults> {
  checkRegion(store, filter);
  const t = store.tenantId;
  const months = filter.period ? monthsOf(filter.period) : undefined;
  const sk = months ? { between: [`${months[0]}#`, `${months.at(-1)}#~`] as [string, string] } : undefined;
  const shards = await Promise.all(
    Array.from({ length: SURVEY_SHARDS }, async (_, shard) => {
      const rows: StatsRow[] = [];
      for await (const page of store.queryPages({ pk: keys.surveyTenantStats(t, shard), ...(sk ? { sk } : {}), limit: 500 })) rows.push(...page.items.map(statsRowOf));
      return rows;
    }),
  );
  const rows = shards.flat().filter(inScope(store, filter));
  // The latest comments: the months of the period (default: the last three with figures), newest first.
  const commentMonths = (months ?? [...new Set(rows.map((r) => r.period))].sort().slice(-3)).slice().reverse();
  const found: Invitation[] = [];
  for (const month of commentMonths) {
    if (found.length >= COMMENTS * 3) break;
    const { items } = await store.query({ index: Index.surveyComments, pk: keys.surveyComments(t, month), newestFirst: true, limit: COMMENTS * 3 });
    found.push(...items.map(invitationFromItem));
  }
  return { campaignId: null, period: filter.period ?? null, ...resultsOf(rows, await target(store)), comments: await commentsOf(store, found, filter) };
}

async function commentsOf(store: TenantStore, invitations: Invitation[], filter: ResultsFilter): Promise<SurveyResults['comments']> {
  const rules = (await policyInForce(store, surveysRulesPolicy, store.clock())).values;
  return invitations
    .filter((i) => inScope(store, filter)(i) && i.answer?.comment && i.answeredAt && (!filter.period || within(i.period, filter.period) || within(i.month, filter.period)))
    .slice(0, COMMENTS)
    .map((i) => ({ invitationId: i.id, regionId: i.regionId, comment: i.answer!.comment!, answeredAt: i.answeredAt!, low: isLow(i.answer!.scores, rules) }));
}
