import { ulid } from 'ulid';
import type { SurveysRulesPolicy } from '../../shared/contract/surveys-policy.ts';
import { asProblem, conflict } from '../../shared/http/problems.ts';
import type { TenantStore, WriteOp } from '../../shared/db/tenant-store.ts';
import { isSpecialCare, type Customer } from '../../shared/entities/customer.ts';
import { invitationItem, statsWrites, type Campaign, type Invitation } from '../../shared/entities/survey.ts';
import { keys } from '../../shared/keys.ts';
import { prepareNotification } from '../../shared/notifications/prepare.ts';
import type { PolicyRef } from '../../shared/policies/policy-store.ts';
import { surveyToken, surveyUrl } from './survey-link.ts';

/**
 * One customer invited by one campaign: the invitation, its guard (no rerun invites twice), the
 * customer's last-invited mark (the skip window, checked again in the write so two campaigns
 * cannot both pass it), the SMS / e-mail or, for a special-care household, the phone task, and
 * the ADD to the campaign's and the tenant's figures — one transaction. The link's token is
 * derived from the invitation; it is in the text only.
 */
export interface InviteRequest {
  campaign: Campaign;
  period: string;
  month: string;
  customer: Customer;
  /** For an event campaign: what triggered it (its guard is per event, not per customer). */
  subject: { type: string; id: string } | null;
  staff: string | null;
  at: Date;
  rules: { values: SurveysRulesPolicy; ref: PolicyRef };
  /** Extra writes of the same transaction (the event candidate it consumes). */
  also?: WriteOp[];
}

export type InviteOutcome = 'invited' | 'already' | 'skipped';

const ALREADY = 'already-invited';
const RECENT = 'surveyed-recently';

export async function invite(store: TenantStore, r: InviteRequest): Promise<InviteOutcome> {
  const t = store.tenantId;
  const { campaign, customer, at } = r;
  const id = ulid(at.getTime());
  const expiresAt = new Date(at.getTime() + r.rules.values.linkValidDays * 86_400_000);
  const link = surveyUrl(surveyToken({ tenantId: t, invitationId: id, expiresAt }));
  const specialCare = isSpecialCare(customer);
  const prepared = await prepareNotification(store, {
    template: 'survey.invitation',
    channel: campaign.channel,
    recipient: { kind: 'customer', customerId: customer.id, name: customer.name, phone: customer.phone },
    subject: { type: 'survey-invitation', id },
    params: { name: customer.name, link },
    category: 'survey',
    specialCare,
    at,
  });
  const invitation: Invitation = {
    id,
    campaignId: campaign.id,
    period: r.period,
    month: r.month,
    customerId: customer.id,
    customerName: customer.name,
    regionId: customer.regionId,
    class: customer.class,
    channel: prepared.notification.channel === 'phone-task' ? 'phone-task' : campaign.channel,
    status: 'sent',
    subject: r.subject,
    staff: r.staff,
    notificationId: prepared.notification.id,
    invitedAt: at.toISOString(),
    expiresAt: expiresAt.toISOString(),
    answeredAt: null,
    answer: null,
    followUpTicketId: null,
    policy: r.rules.ref,
    version: 1,
  };
  const cutoff = new Date(at.getTime() - campaign.skipDays * 86_400_000).toISOString();
  const guardOf = r.subject ? `${r.subject.type}:${r.subject.id}` : customer.id;
  try {
    await store.commit({
      writes: [
        { kind: 'put', item: invitationItem(t, invitation), condition: { expression: 'attribute_not_exists(pk)', onFail: conflict('invitation id taken', ALREADY) } },
        { kind: 'put', item: { ...keys.surveyGuard(t, campaign.id, r.period, guardOf), entity: 'survey-guard', invitationId: id }, condition: { expression: 'attribute_not_exists(pk)', onFail: conflict('invited already', ALREADY) } },
        {
          kind: 'put',
          item: { ...keys.customerSurveyed(t, customer.id), entity: 'survey-mark', lastInvitedAt: invitation.invitedAt, campaignId: campaign.id, invitationId: id },
          ...(campaign.skipDays > 0 ? { condition: { expression: 'attribute_not_exists(pk) OR lastInvitedAt < :cutoff', values: { ':cutoff': cutoff }, onFail: conflict('surveyed within the skip window', RECENT) } } : {}),
        },
        ...prepared.writes,
        ...statsWrites(t, invitation, { invited: 1, phoneTasks: invitation.channel === 'phone-task' ? 1 : 0 }),
        ...(r.also ?? []),
      ],
      audit: prepared.audit,
      events: [...prepared.events, { type: 'survey.invited', data: { invitationId: id, campaignId: campaign.id, customerId: customer.id, regionId: customer.regionId, channel: invitation.channel, period: r.period } }],
    });
    return 'invited';
  } catch (error) {
    const code = asProblem(error)?.code;
    if (code === ALREADY) return 'already';
    if (code === RECENT) return 'skipped';
    throw error;
  }
}
