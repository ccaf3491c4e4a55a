import { ulid } from 'ulid';
import { CAMPAIGN_TRANSITIONS, type CampaignAction, type CampaignView, type CreateCampaign } from '../../shared/contract/surveys.ts';
import { surveysRulesPolicy } from '../../shared/contract/surveys-policy.ts';
import { versionIs, absent, type TenantStore } from '../../shared/db/tenant-store.ts';
import { campaignFromItem, campaignItem, campaignSubject, campaignView, statsRowOf, type Campaign, type Quota, type StatsRow } from '../../shared/entities/survey.ts';
import { conflictError, notFoundError, unprocessableError } from '../../shared/errors.ts';
import { keys, SURVEY_SHARDS } from '../../shared/keys.ts';
import { policyInForce } from '../../shared/policies/policy-store.ts';
import { canSeeRegion } from '../../shared/tenancy.ts';
import { tenantRegions } from '../../shared/tenant-profile.ts';
import { checkExpected, type Expected } from '../customers/expected.ts';
import { rate } from './results.ts';

const field422 = (code: string, field: string, message: string) => unprocessableError(code, `${field}: ${message}`, { field }, { fields: [{ field, message }] });

export interface CampaignPatch {
  name?: string;
  sampleRate?: number;
  quotas?: Quota[];
  skipDays?: number;
}

/**
 * Campaigns bound to one tenant and one caller. A manager creates campaigns of their own regions
 * and sees the campaigns that reach any of them (the figures: of their regions only).
 */
export class CampaignService {
  constructor(readonly store: TenantStore) {}

  private get principal() {
    return this.store.ctx.principal;
  }

  /** Whether the caller sees the campaign: a manager, when its scope reaches one of their regions. */
  visible(c: Pick<Campaign, 'scope'>): boolean {
    return c.scope.regionIds.some((r) => canSeeRegion(this.principal, r));
  }

  async get(id: string, consistent = false): Promise<Campaign> {
    const item = await this.store.get(keys.surveyCampaign(this.store.tenantId, id), consistent);
    const campaign = item ? campaignFromItem(item) : undefined;
    if (!campaign || !this.visible(campaign)) throw notFoundError('Survey campaign', { id });
    return campaign;
  }

  async create(input: CreateCampaign): Promise<Campaign> {
    await this.checkScope(input.scope.regionIds, input.quotas ?? [], input.scope);
    const now = this.store.clock();
    const rules = await policyInForce(this.store, surveysRulesPolicy, now);
    const campaign: Campaign = {
      id: ulid(now.getTime()),
      name: input.name,
      kind: input.kind,
      schedule: input.schedule ?? null,
      trigger: input.trigger ?? null,
      scope: input.scope,
      sampleRate: input.sampleRate,
      quotas: input.quotas ?? [],
      skipDays: input.skipDays ?? rules.values.skipDays,
      channel: input.channel,
      state: 'draft',
      periods: [],
      createdBy: this.principal.id,
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
      startedAt: null,
      version: 1,
    };
    await this.store.commit({
      writes: [{ kind: 'put', item: campaignItem(this.store.tenantId, campaign), condition: absent(conflictError('campaign-exists', 'A campaign with this id exists', { id: campaign.id })) }],
      audit: { action: 'survey-campaign.created', subject: campaignSubject(campaign.id), summary: `${campaign.kind} campaign ${campaign.name}`, detail: { ...input } },
      events: [{ type: 'survey-campaign.created', data: { campaignId: campaign.id, kind: campaign.kind } }],
    });
    return campaign;
  }

  async update(id: string, patch: CampaignPatch, expected?: Expected): Promise<Campaign> {
    const current = await this.get(id, true);
    checkExpected(current.version, expected, 'campaign');
    this.checkManages(current);
    if (patch.quotas) await this.checkScope(current.scope.regionIds, patch.quotas, current.scope);
    const next: Campaign = { ...current, ...definedOf(patch), version: current.version + 1, updatedAt: this.store.clock().toISOString() };
    await this.store.commit({
      writes: [{ kind: 'put', item: campaignItem(this.store.tenantId, next), condition: versionIs(current.version, 'campaign') }],
      audit: { action: 'survey-campaign.updated', subject: campaignSubject(id), summary: `changed ${Object.keys(definedOf(patch)).join(', ')}`, detail: { ...definedOf(patch) } },
    });
    return next;
  }

  async act(id: string, action: CampaignAction, expected?: Expected): Promise<Campaign> {
    const current = await this.get(id, true);
    checkExpected(current.version, expected, 'campaign');
    this.checkManages(current);
    const rule = CAMPAIGN_TRANSITIONS[action];
    if (!rule.from.includes(current.state)) {
      throw conflictError('illegal-transition', `${action} is not possible when the campaign is ${current.state}`, { action, state: current.state });
    }
    const now = this.store.clock().toISOString();
    const next: Campaign = { ...current, state: rule.to, startedAt: current.startedAt ?? (action === 'start' ? now : null), version: current.version + 1, updatedAt: now };
    await this.store.commit({
      writes: [{ kind: 'put', item: campaignItem(this.store.tenantId, next), condition: versionIs(current.version, 'campaign') }],
      audit: { action: `survey-campaign.${action}`, subject: campaignSubject(id), summary: `${action}: ${current.state} → ${next.state}` },
      events: [{ type: `survey-campaign.${action}`, data: { campaignId: id, from: current.state, to: next.state } }],
    });
    return next;
  }

  /** The campaign's figures items (every shard; each a small partition: periods × regions × classes × staff). */
  async statsRows(campaignId: string, periodPrefix?: string): Promise<StatsRow[]> {
    const t = this.store.tenantId;
    const shards = await Promise.all(
      Array.from({ length: SURVEY_SHARDS }, async (_, shard) => {
        const rows: StatsRow[] = [];
        for await (const page of this.store.queryPages({ pk: keys.surveyCampaignStats(t, campaignId, shard), ...(periodPrefix ? { sk: { beginsWith: `${periodPrefix}` } } : {}), limit: 500 })) {
          rows.push(...page.items.map(statsRowOf));
        }
        return rows;
      }),
    );
    return shards.flat().filter((r) => canSeeRegion(this.principal, r.regionId));
  }

  async view(c: Campaign): Promise<CampaignView> {
    const rows = await this.statsRows(c.id);
    const total = (k: string) => rows.reduce((sum, r) => sum + (r.counters[k] ?? 0), 0);
    const invited = total('invited');
    const answered = total('answered');
    return campaignView(c, { invited, answered, responseRate: rate(answered, invited).rate, phoneTasks: total('phoneTasks') });
  }

  /** Only who may manage every region of the campaign changes it. */
  private checkManages(c: Campaign): void {
    const outside = c.scope.regionIds.find((r) => !canSeeRegion(this.principal, r));
    if (outside) throw notFoundError('Survey campaign', { id: c.id });
  }

  /** The scope's regions exist and are the caller's; a quota names a region and class of the scope. */
  private async checkScope(regionIds: readonly string[], quotas: readonly Quota[], scope: Campaign['scope']): Promise<void> {
    const known = new Set((await tenantRegions(this.store)).map((r) => r.regionId));
    regionIds.forEach((r, i) => {
      if (!known.has(r) || !canSeeRegion(this.principal, r)) throw field422('unknown-region', `scope.regionIds.${i}`, `no region ${r} of yours`);
    });
    quotas.forEach((q, i) => {
      if (q.regionId !== undefined && !scope.regionIds.includes(q.regionId)) throw field422('quota-outside-scope', `quotas.${i}.regionId`, `${q.regionId} is not in the campaign's regions`);
      if (q.class !== undefined && !scope.classes.includes(q.class)) throw field422('quota-outside-scope', `quotas.${i}.class`, `${q.class} is not in the campaign's classes`);
    });
  }
}

const definedOf = (patch: CampaignPatch) => Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as CampaignPatch;
