import { CampaignService } from '../../functions/surveys/campaign-service.ts';
import { surveyCampaignsJob } from '../../functions/surveys/jobs/survey-campaigns.ts';
import { seedCustomers } from '../../local/seed/customers.ts';
import { TenantStore } from '../../shared/db/tenant-store.ts';
import { customerFromItem } from '../../shared/entities/customer.ts';
import { invitationFromItem } from '../../shared/entities/survey.ts';
import { regionItem } from '../../shared/entities/region.ts';
import { keys, SURVEY_SHARDS } from '../../shared/keys.ts';
import { Index } from '../../shared/table.ts';
import { systemContext } from '../../shared/tenancy.ts';
import { directJobContext, runWithCrashes, type DirectRunOptions } from '../support/direct-job.ts';
import { useFreshTable } from '../support/table.ts';
import { uniq } from './customers-fixtures.ts';

/**
 * The survey-campaigns job run directly against DynamoDB Local, cut off after every page (5
 * frame entries) and resumed from its last checkpoint: every customer with gas on in scope is
 * invited exactly once, the quotas hold across the interruptions (recounted from the figures),
 * the figures count each invitation once, and a second run as of the same time invites nobody.
 */
const REGIONS = ['a-1', 'b-2'];
const AS_OF = new Date('2026-11-03T09:30:00+08:00');
const QUOTA = 8;

let store: TenantStore;
let campaignId: string;
let eligible: Map<string, string>;

const run = (options: DirectRunOptions = {}) => surveyCampaignsJob(5).run(directJobContext(store, AS_OF, options));

async function invitations() {
  const pages = await Promise.all(Array.from({ length: SURVEY_SHARDS }, (_, s) => store.query({ index: Index.campaignInvitations, pk: keys.campaignInvitations(store.tenantId, campaignId, s), limit: 1000 })));
  return pages.flatMap((p) => p.items.map(invitationFromItem));
}

beforeAll(async () => {
  await useFreshTable();
  const tenantId = `srv-${uniq()}`.toLowerCase();
  store = new TenantStore(systemContext(tenantId, 'survey-campaigns', 'test'));
  const now = new Date().toISOString();
  await store.commit({ writes: REGIONS.map((regionId) => ({ kind: 'put' as const, item: regionItem(tenantId, { regionId, name: regionId, kind: 'region', createdAt: now }) })) });
  let seed = 7;
  const random = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 4294967296);
  await seedCustomers(store, { regions: REGIONS, count: 60, random });
  eligible = new Map();
  for (const regionId of REGIONS) {
    for await (const page of store.queryPages({ index: Index.byRegionName, pk: keys.regionCustomers(tenantId, regionId) })) {
      for (const c of page.items.map(customerFromItem)) if (c.lifecycle.state === 'gas-on' && c.class === 'residential') eligible.set(c.id, regionId);
    }
  }
  const service = new CampaignService(store);
  const campaign = await service.create({ name: '续跑测试', kind: 'periodic', schedule: 'quarterly', scope: { regionIds: REGIONS, classes: ['residential'] }, sampleRate: 1, quotas: [{ regionId: 'a-1', max: QUOTA }], skipDays: 90, channel: 'sms' });
  campaignId = (await service.act(campaign.id, 'start')).id;
});

describe('survey-campaigns resumed after every page', () => {
  it('invites every eligible customer once, within the quota, and counts each once', async () => {
    const { crashes } = await runWithCrashes(run, 1);
    expect(crashes).toBeGreaterThan(3);
    const sent = await invitations();
    const inA = [...eligible.values()].filter((r) => r === 'a-1').length;
    const inB = eligible.size - inA;
    expect(inA).toBeGreaterThan(QUOTA);
    expect(new Set(sent.map((i) => i.customerId)).size).toBe(sent.length);
    expect(sent.filter((i) => i.regionId === 'a-1')).toHaveLength(QUOTA);
    expect(sent.filter((i) => i.regionId === 'b-2')).toHaveLength(inB);
    for (const i of sent) expect(eligible.get(i.customerId)).toBe(i.regionId);
    const progress = (await new CampaignService(store).view(await new CampaignService(store).get(campaignId))).progress;
    expect(progress.invited).toBe(sent.length);
    expect((await new CampaignService(store).get(campaignId)).periods).toEqual(['2026-Q4']);
  });

  it('a second run as of the same time invites nobody', async () => {
    const before = (await invitations()).length;
    expect(await run()).toMatchObject({ invited: 0, campaigns: 0 });
    expect(await invitations()).toHaveLength(before);
  });
});
