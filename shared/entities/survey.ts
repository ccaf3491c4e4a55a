import type { AnswerChannel, CampaignState, CampaignView, InvitationStatus, InvitationView, Scores, SurveyChannel, SurveyKind, SurveySchedule, SurveyTrigger } from '../contract/surveys.ts';
import type { CustomerClass } from '../contract/customers.ts';
import type { Item, WriteOp } from '../db/tenant-store.ts';
import { keys, surveyShard } from '../keys.ts';
import type { PolicyRef } from '../policies/policy-store.ts';

/**
 * Satisfaction surveys as stored (docs/data-model.md "Surveys"): a campaign item; one invitation
 * item per customer invited, with its list, status, comment and expiry indexes; the figures of a
 * campaign and of the tenant as counters (ADD in the invitation's or the answer's own transaction,
 * sharded by the invitation id so parallel writes rarely meet on one item).
 */
export interface Quota {
  regionId?: string;
  class?: CustomerClass;
  max: number;
}

export interface Campaign {
  id: string;
  name: string;
  kind: SurveyKind;
  schedule: SurveySchedule | null;
  trigger: SurveyTrigger | null;
  scope: { regionIds: string[]; classes: CustomerClass[] };
  sampleRate: number;
  quotas: Quota[];
  skipDays: number;
  channel: SurveyChannel;
  state: CampaignState;
  /** Periods fully sampled (periodic) or with invitations (event: months). */
  periods: string[];
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  startedAt: string | null;
  version: number;
}

export interface Invitation {
  id: string;
  campaignId: string;
  period: string;
  /** The tenant-local month it was sent in (the tenant's figures are by month). */
  month: string;
  customerId: string;
  customerName: string;
  regionId: string;
  class: CustomerClass;
  channel: SurveyChannel | 'phone-task';
  status: InvitationStatus;
  subject: { type: string; id: string } | null;
  staff: string | null;
  notificationId: string;
  invitedAt: string;
  expiresAt: string;
  answeredAt: string | null;
  answer: { scores: Scores; comment: string | null; channel: AnswerChannel; by: string | null } | null;
  followUpTicketId: string | null;
  /** The `surveys.rules` version the invitation was sent under. */
  policy: PolicyRef;
  version: number;
}

export const campaignSubject = (id: string) => ({ type: 'survey-campaign', id });

/** The running index: periodic campaigns under `periodic`, event campaigns under their trigger. */
export const runningKey = (c: Pick<Campaign, 'kind' | 'trigger'>) => (c.kind === 'periodic' ? 'periodic' : c.trigger!);

export function campaignItem(tenantId: string, c: Campaign): Item {
  return {
    ...keys.surveyCampaign(tenantId, c.id),
    entity: 'survey-campaign',
    ...c,
    gsi1pk: keys.surveyCampaigns(tenantId),
    gsi1sk: c.id,
    ...(c.state === 'running' ? { gsi2pk: keys.runningSurveys(tenantId, runningKey(c)), gsi2sk: c.id } : {}),
  };
}

const INDEX = ['pk', 'sk', 'entity', 'gsi1pk', 'gsi1sk', 'gsi2pk', 'gsi2sk', 'gsi3pk', 'gsi3sk', 'gsi4pk', 'gsi4sk', 'gsi5pk', 'gsi5sk'];
const strip = <T>(item: Record<string, unknown>): T => {
  const copy = { ...item };
  for (const k of INDEX) delete copy[k];
  return copy as T;
};

export const campaignFromItem = (item: Record<string, unknown>): Campaign => strip<Campaign>(item);

export function invitationItem(tenantId: string, i: Invitation): Item {
  const shard = surveyShard(i.id);
  const comment = i.answer?.comment && i.answeredAt ? { sort: `${i.answeredAt}#${i.id}` } : undefined;
  return {
    ...keys.surveyInvitation(tenantId, i.id),
    entity: 'survey-invitation',
    ...i,
    gsi1pk: keys.campaignInvitations(tenantId, i.campaignId, shard),
    gsi1sk: i.id,
    gsi2pk: keys.campaignInvitationsOfStatus(tenantId, i.campaignId, i.status, shard),
    gsi2sk: i.id,
    ...(comment ? { gsi3pk: keys.campaignComments(tenantId, i.campaignId), gsi3sk: comment.sort, gsi4pk: keys.surveyComments(tenantId, i.month), gsi4sk: comment.sort } : {}),
    ...(i.status === 'sent' ? { gsi5pk: keys.surveyExpiries(tenantId, i.expiresAt.slice(0, 7), shard), gsi5sk: `${i.expiresAt}#${i.id}` } : {}),
  };
}

export const invitationFromItem = (item: Record<string, unknown>): Invitation => strip<Invitation>(item);

/* ------------------------------------------------------------------ figures -------------------- */

/** The counters of a figures item; per dimension `<dimension>Satisfied` and `<dimension>Sum`. */
export type StatsCounters = Record<string, number>;

/** One figures item as read: its period, region, class, staff ('-': none) and counters. */
export interface StatsRow {
  period: string;
  regionId: string;
  class: string;
  staff: string;
  counters: StatsCounters;
}

const NO_STAFF = '-';

/** The ADDs of one invitation or answer to the campaign's figures (its period) and the tenant's (the invitation's month). */
export function statsWrites(tenantId: string, i: Pick<Invitation, 'id' | 'campaignId' | 'period' | 'month' | 'regionId' | 'class' | 'staff'>, add: StatsCounters): WriteOp[] {
  const shard = surveyShard(i.id);
  const staff = i.staff ?? NO_STAFF;
  return [
    { kind: 'update', key: { pk: keys.surveyCampaignStats(tenantId, i.campaignId, shard), sk: keys.surveyStatsSort(i.period, i.regionId, i.class, staff) }, set: { entity: 'survey-stats' }, add },
    { kind: 'update', key: { pk: keys.surveyTenantStats(tenantId, shard), sk: keys.surveyStatsSort(i.month, i.regionId, i.class, staff) }, set: { entity: 'survey-stats' }, add },
  ];
}

/** A ticket's return visit counted in the tenant's figures of the month it was made (the ticket's field user as staff). */
export function returnVisitStatsWrite(tenantId: string, ticket: { id: string; regionId: string; assignee: string | null }, month: string, satisfied: boolean): WriteOp {
  return {
    kind: 'update',
    key: { pk: keys.surveyTenantStats(tenantId, surveyShard(ticket.id)), sk: keys.surveyStatsSort(month, ticket.regionId, 'ticket', ticket.assignee ?? NO_STAFF) },
    set: { entity: 'survey-stats' },
    add: { returnVisits: 1, returnVisitsSatisfied: satisfied ? 1 : 0 },
  };
}

export function statsRowOf(item: Record<string, unknown>): StatsRow {
  const [period, regionId, cls, staff] = String(item.sk).split('#') as [string, string, string, string];
  const counters: StatsCounters = {};
  for (const [k, v] of Object.entries(item)) if (typeof v === 'number' && k !== 'ttl') counters[k] = v;
  return { period, regionId, class: cls, staff: staff === NO_STAFF ? '-' : staff, counters };
}

/* ------------------------------------------------------------------ views ---------------------- */

export function campaignView(c: Campaign, progress: CampaignView['progress']): CampaignView {
  return {
    id: c.id,
    name: c.name,
    kind: c.kind,
    schedule: c.schedule,
    trigger: c.trigger,
    scope: c.scope,
    sampleRate: c.sampleRate,
    quotas: c.quotas,
    skipDays: c.skipDays,
    channel: c.channel,
    state: c.state,
    periods: c.periods,
    progress,
    createdBy: c.createdBy,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
    startedAt: c.startedAt,
    version: c.version,
  };
}

export function invitationView(i: Invitation, link: string | null): InvitationView {
  return {
    id: i.id,
    campaignId: i.campaignId,
    period: i.period,
    customerId: i.customerId,
    customerName: i.customerName,
    regionId: i.regionId,
    class: i.class,
    channel: i.channel,
    status: i.status,
    link: i.status === 'sent' ? link : null,
    subject: i.subject,
    staff: i.staff,
    invitedAt: i.invitedAt,
    expiresAt: i.expiresAt,
    answeredAt: i.answeredAt,
    answer: i.answer,
    followUpTicketId: i.followUpTicketId,
    version: i.version,
  };
}
