import type { AnswerChannel, Scores } from '../../shared/contract/surveys.ts';
import { surveysRulesPolicy } from '../../shared/contract/surveys-policy.ts';
import { versionIs, type TenantStore } from '../../shared/db/tenant-store.ts';
import { invitationFromItem, invitationItem, statsWrites, type Invitation } from '../../shared/entities/survey.ts';
import { notFoundError } from '../../shared/errors.ts';
import { Problem } from '../../shared/http/problems.ts';
import { keys } from '../../shared/keys.ts';
import { policyInForce } from '../../shared/policies/policy-store.ts';
import { customerSubject } from '../customers/customer-plans.ts';
import { TicketService } from '../tickets/ticket-service.ts';
import { answerCounters, isLow } from './results.ts';

/** Already answered: single use (the page says thank you, once). */
export const alreadyAnswered = (status: number) => new Problem(status, 'survey-answered', status === 409 ? 'Conflict' : 'Gone', 'This survey has been answered already; thank you');
export const expired = () => new Problem(410, 'survey-expired', 'Gone', 'This survey link has expired');

export interface AnswerInput {
  scores: Scores;
  comment?: string;
  channel: AnswerChannel;
  /** The agent who ran the phone interview (null: the customer on the public page). */
  by: string | null;
}

export async function getInvitation(store: TenantStore, id: string, consistent = false): Promise<Invitation | undefined> {
  const item = await store.get(keys.surveyInvitation(store.tenantId, id), consistent);
  return item ? invitationFromItem(item) : undefined;
}

/** Whether the invitation can still be answered at `now` (its status, or its expiry not yet recorded by the job). */
export function checkOpen(invitation: Invitation, now: Date, answeredStatus: 409 | 410): void {
  if (invitation.status === 'answered') throw alreadyAnswered(answeredStatus);
  if (invitation.status === 'expired' || Date.parse(invitation.expiresAt) <= now.getTime()) throw expired();
}

/**
 * An answer, once: the invitation answered under the version read (a second answer, even a
 * concurrent one, is refused), its ADD to the figures and, for a low score, the follow-up ticket
 * (a complaint of the customer, so someone calls back within its deadlines) — one transaction.
 * Satisfied and low are judged by the `surveys.rules` version the invitation was sent under.
 */
export async function answer(store: TenantStore, invitationId: string, input: AnswerInput): Promise<Invitation> {
  const current = await getInvitation(store, invitationId, true);
  if (!current) throw notFoundError('Survey invitation', { id: invitationId });
  const now = store.clock();
  checkOpen(current, now, 409);
  const rules = await policyInForce(store, surveysRulesPolicy, new Date(current.invitedAt));
  const low = isLow(input.scores, rules.values);
  const followUp =
    low && rules.values.followUpTickets
      ? await new TicketService(store).plan(
          {
            kind: 'complaint',
            customerId: current.customerId,
            channel: input.channel === 'phone' ? 'phone' : 'web',
            description: followUpText(current, input),
          },
          now,
        )
      : undefined;
  const next: Invitation = {
    ...current,
    status: 'answered',
    answeredAt: now.toISOString(),
    answer: { scores: input.scores, comment: input.comment ?? null, channel: input.channel, by: input.by },
    followUpTicketId: followUp?.ticket.id ?? null,
    version: current.version + 1,
  };
  await store.commit({
    writes: [
      { kind: 'put', item: invitationItem(store.tenantId, next), condition: { ...versionIs(current.version, 'invitation'), onFail: alreadyAnswered(409) } },
      ...statsWrites(store.tenantId, current, { ...answerCounters(input.scores, rules.values), followUps: followUp ? 1 : 0 }),
      ...(followUp?.writes ?? []),
    ],
    audit: [
      {
        action: 'survey.answered',
        subject: customerSubject(current.customerId),
        summary: `survey ${current.campaignId}: ${Object.values(input.scores).join('/')}${low ? ' (low)' : ''}`,
        detail: { invitationId: current.id, campaignId: current.campaignId, scores: input.scores, channel: input.channel, followUpTicketId: next.followUpTicketId },
      },
      ...(followUp?.audit ?? []),
    ],
    events: [
      { type: 'survey.answered', data: { invitationId: current.id, campaignId: current.campaignId, customerId: current.customerId, regionId: current.regionId, low, followUpTicketId: next.followUpTicketId } },
      ...(followUp?.events ?? []),
    ],
  });
  return next;
}

const DIMENSION_TEXT = { attitude: '服务态度', quality: '服务质量', resolution: '问题解决', afterSales: '售后服务' } as const;

function followUpText(invitation: Invitation, input: AnswerInput): string {
  const scores = (Object.keys(DIMENSION_TEXT) as (keyof typeof DIMENSION_TEXT)[]).map((d) => `${DIMENSION_TEXT[d]} ${input.scores[d]}`).join('，');
  return `满意度调查低分回访：${scores}${input.comment ? `。客户意见：${input.comment}` : ''}（调查 ${invitation.campaignId}）`.slice(0, 2000);
}
