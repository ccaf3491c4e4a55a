import { answer } from '../../functions/surveys/answer-service.ts';
import { CampaignService } from '../../functions/surveys/campaign-service.ts';
import { surveyCampaignsJob } from '../../functions/surveys/jobs/survey-campaigns.ts';
import { TicketService } from '../../functions/tickets/ticket-service.ts';
import type { TicketActionRequest } from '../../shared/contract/tickets.ts';
import type { Scores } from '../../shared/contract/surveys.ts';
import { TenantStore } from '../../shared/db/tenant-store.ts';
import { invitationFromItem } from '../../shared/entities/survey.ts';
import { logger } from '../../shared/logger.ts';
import { keys, SURVEY_SHARDS } from '../../shared/keys.ts';
import { Index } from '../../shared/table.ts';

/**
 * The demo's satisfaction surveys, through the services and the job the product uses, each at the
 * time it would have happened (the store's clock): a quarterly campaign sampled in the third and
 * the fourth quarter, most customers answering on the public page within days (a few unhappy
 * ones: their follow-up tickets), and an event campaign after every closed ticket, running from
 * now on. The results, the report and the dashboard's trend have months to show.
 */
const DAY = 86_400_000;
const SAMPLES = ['2026-08-04T09:30:00+08:00', '2026-11-03T09:30:00+08:00'];
const COMMENTS = ['师傅很专业，讲解也清楚', '抄表员很准时', '营业厅排队时间有点长', '希望能在手机上缴费', '', ''];

export async function seedSurveys(store: TenantStore, options: { regions: string[]; random: () => number }): Promise<{ campaigns: number; invitations: number; answers: number }> {
  const service = new CampaignService(store);
  const quarterly = await service.create({ name: '季度客户满意度调查', kind: 'periodic', schedule: 'quarterly', scope: { regionIds: options.regions, classes: ['residential', 'commercial'] }, sampleRate: 0.5, channel: 'sms' });
  await service.act(quarterly.id, 'start');
  const afterTickets = await service.create({ name: '工单回访满意度', kind: 'event', trigger: 'ticket.closed', scope: { regionIds: options.regions, classes: ['residential', 'commercial', 'public-welfare', 'industrial'] }, sampleRate: 1, skipDays: 30, channel: 'sms' });
  await service.act(afterTickets.id, 'start');

  let invitations = 0;
  let answers = 0;
  for (const at of SAMPLES) {
    const asOf = new Date(at);
    store.clock = () => asOf;
    const counts = await surveyCampaignsJob().run({ store, ctx: store.ctx, asOf, runId: `seed-${at}`, progress: async () => undefined, log: logger });
    invitations += counts.invited ?? 0;
    for (const invitation of await sentInvitations(store, quarterly.id)) {
      if (options.random() < 0.25) continue; // no answer
      const answeredAt = new Date(Date.parse(invitation.invitedAt) + (0.1 + options.random() * 5) * DAY);
      store.clock = () => answeredAt;
      const low = options.random() < 0.08;
      const comment = COMMENTS[Math.floor(options.random() * COMMENTS.length)];
      const answered = await answer(store, invitation.id, { scores: low ? lowScores(options.random) : goodScores(options.random), ...(low ? { comment: '维修等了很久，没人回电话' } : comment ? { comment } : {}), channel: invitation.channel === 'phone-task' ? 'phone' : 'web', by: invitation.channel === 'phone-task' ? 'agent' : null });
      answers += 1;
      if (answered.followUpTicketId) await workFollowUp(store, answered.followUpTicketId, answeredAt);
    }
  }
  store.clock = () => new Date();
  return { campaigns: 2, invitations, answers };
}

/** The service desk calls the unhappy customer back the same day and closes the follow-up. */
async function workFollowUp(store: TenantStore, ticketId: string, from: Date): Promise<void> {
  const tickets = new TicketService(store);
  const steps = [
    { after: 0.5, action: { action: 'acknowledge' } },
    { after: 3, action: { action: 'reply', message: '已致电客户致歉，安排班长回访' } },
    { after: 20, action: { action: 'resolve', resolution: '已上门复查并向客户说明' } },
    { after: 22, action: { action: 'close' } },
  ] as const;
  for (const step of steps) {
    store.clock = () => new Date(from.getTime() + step.after * 3_600_000);
    await tickets.act(ticketId, step.action as TicketActionRequest);
  }
}

async function sentInvitations(store: TenantStore, campaignId: string) {
  const pages = await Promise.all(
    Array.from({ length: SURVEY_SHARDS }, (_, shard) => store.query({ index: Index.campaignInvitationsByStatus, pk: keys.campaignInvitationsOfStatus(store.tenantId, campaignId, 'sent', shard), limit: 1000 })),
  );
  return pages.flatMap((p) => p.items.map(invitationFromItem));
}

const score = (random: () => number, low: number) => Math.min(5, low + Math.floor(random() * (6 - low)));
const goodScores = (random: () => number): Scores => ({ attitude: score(random, 4), quality: score(random, 4), resolution: random() < 0.1 ? 3 : score(random, 4), afterSales: score(random, 3) });
const lowScores = (random: () => number): Scores => ({ attitude: score(random, 2), quality: 2, resolution: 1 + Math.floor(random() * 2), afterSales: 3 });
