import * as z from 'zod';
import type { Role } from './access.ts';
import { Cursor, HumanText, IsoDateTime, limitUpTo, Page, RegionId, Ulid, Version } from './common.ts';
import { CUSTOMER_CLASSES } from './customers.ts';

/* ------------------------------------------------------------------------------------------------
 * Satisfaction surveys (满意度调查) and return visits (回访): campaigns, their invitations, the
 * public survey page, and results. Rules: docs/domain.md › "Satisfaction surveys"; policy
 * `surveys.rules` (shared/contract/surveys-policy.ts).
 * ---------------------------------------------------------------------------------------------- */

/** `periodic`: the scope is sampled once a period; `event`: a customer is sampled after a trigger. */
export const SURVEY_KINDS = ['periodic', 'event'] as const;
export type SurveyKind = (typeof SURVEY_KINDS)[number];

export const SURVEY_SCHEDULES = ['quarterly', 'half-yearly', 'yearly'] as const;
export type SurveySchedule = (typeof SURVEY_SCHEDULES)[number];

/** What an event campaign follows: a ticket closed, gas turned on, a safety inspection done. */
export const SURVEY_TRIGGERS = ['ticket.closed', 'customer.gas-on', 'inspection.done'] as const;
export type SurveyTrigger = (typeof SURVEY_TRIGGERS)[number];
/** The outbox event types the triggers come from (`customer.lifecycle-changed` with action `gas-on`). */
export const TRIGGER_EVENT_TYPES = ['ticket.close', 'customer.lifecycle-changed', 'inspection.done'] as const;

/** How an invitation reaches the customer (a special-care household is called instead: `phone-task`). */
export const SURVEY_CHANNELS = ['sms', 'email'] as const;
export type SurveyChannel = (typeof SURVEY_CHANNELS)[number];

/** `draft` until started; `running` sends; `paused` sends nothing until resumed. */
export const CAMPAIGN_STATES = ['draft', 'running', 'paused'] as const;
export type CampaignState = (typeof CAMPAIGN_STATES)[number];

export const CAMPAIGN_ACTIONS = ['start', 'pause', 'resume'] as const;
export type CampaignAction = (typeof CAMPAIGN_ACTIONS)[number];

export const CAMPAIGN_TRANSITIONS: Record<CampaignAction, { from: readonly CampaignState[]; to: CampaignState }> = {
  start: { from: ['draft'], to: 'running' },
  pause: { from: ['running'], to: 'paused' },
  resume: { from: ['paused'], to: 'running' },
};

/** The four dimensions (服务态度, 服务质量, 问题解决, 售后服务), each scored 1–5. */
export const SURVEY_DIMENSIONS = ['attitude', 'quality', 'resolution', 'afterSales'] as const;
export type SurveyDimension = (typeof SURVEY_DIMENSIONS)[number];

export const INVITATION_STATUSES = ['sent', 'answered', 'expired'] as const;
export type InvitationStatus = (typeof INVITATION_STATUSES)[number];

/** How an answer came in: the public page, or an agent's phone interview. */
export const ANSWER_CHANNELS = ['web', 'phone'] as const;
export type AnswerChannel = (typeof ANSWER_CHANNELS)[number];

export const SURVEY_MANAGERS = { roles: ['admin', 'manager'] as readonly Role[] };
export const SURVEY_READERS = { roles: ['admin', 'manager', 'dispatcher', 'agent'] as readonly Role[] };
/** Agents run the phone interviews from the invitation list and record the answers. */
export const SURVEY_INTERVIEWERS = { roles: ['admin', 'manager', 'dispatcher', 'agent'] as readonly Role[] };

export const MAX_QUOTAS = 50;

const CustomerClass = z.enum(CUSTOMER_CLASSES);

export const SurveyScope = z.strictObject({
  regionIds: z.array(RegionId).min(1, 'at least one region').max(100).refine((ids) => new Set(ids).size === ids.length, 'a region appears once'),
  classes: z.array(CustomerClass).min(1, 'at least one customer class').refine((cs) => new Set(cs).size === cs.length, 'a class appears once'),
});

/** At most `max` invitations a period for the customers matching it (a region, a class, or both). */
export const SurveyQuota = z
  .strictObject({ regionId: RegionId.optional(), class: CustomerClass.optional(), max: z.int().min(1).max(1_000_000) })
  .refine((q) => q.regionId !== undefined || q.class !== undefined, 'a quota names a region, a class or both');

const campaignFields = {
  name: HumanText({ max: 100, form: 'NFKC' }),
  scope: SurveyScope,
  /** The share of the customers in scope (periodic) or of the triggering events (event) invited. */
  sampleRate: z.number().min(1 / 10_000, 'at least 0.0001 (one customer in 10,000: a bucket of the sampling frame)').max(1),
  quotas: z.array(SurveyQuota).max(MAX_QUOTAS).optional(),
  /** Customers invited by any campaign within this many days are skipped (default: the policy's). */
  skipDays: z.int().min(0).max(730).optional(),
  channel: z.enum(SURVEY_CHANNELS),
};

export const CreateCampaignBody = z
  .strictObject({
    ...campaignFields,
    kind: z.enum(SURVEY_KINDS),
    schedule: z.enum(SURVEY_SCHEDULES).optional(),
    trigger: z.enum(SURVEY_TRIGGERS).optional(),
  })
  .superRefine((c, ctx) => {
    if (c.kind === 'periodic' && !c.schedule) ctx.addIssue({ code: 'custom', path: ['schedule'], message: 'a periodic campaign needs a schedule' });
    if (c.kind === 'periodic' && c.trigger) ctx.addIssue({ code: 'custom', path: ['trigger'], message: 'a periodic campaign has no trigger' });
    if (c.kind === 'event' && !c.trigger) ctx.addIssue({ code: 'custom', path: ['trigger'], message: 'an event campaign needs a trigger' });
    if (c.kind === 'event' && c.schedule) ctx.addIssue({ code: 'custom', path: ['schedule'], message: 'an event campaign has no schedule' });
  });
export type CreateCampaign = z.infer<typeof CreateCampaignBody>;

/** A draft's fields may change; a started campaign's name, sample rate, quotas and skip window only (not what it samples from). */
export const UpdateCampaignBody = z.strictObject({
  name: campaignFields.name.optional(),
  sampleRate: campaignFields.sampleRate.optional(),
  quotas: campaignFields.quotas,
  skipDays: campaignFields.skipDays,
  version: Version.optional(),
});

export const CampaignActionBody = z.strictObject({ action: z.enum(CAMPAIGN_ACTIONS), version: Version.optional() });

/** Invitations of a period or since the trigger: sent, answered (on the page or by phone), expired. */
export const CampaignProgress = z.strictObject({
  invited: z.int(),
  answered: z.int(),
  /** answered ÷ invited; null before anyone was invited. */
  responseRate: z.number().nullable(),
  phoneTasks: z.int(),
});

export const CampaignView = z.strictObject({
  id: z.string(),
  name: z.string(),
  kind: z.enum(SURVEY_KINDS),
  schedule: z.enum(SURVEY_SCHEDULES).nullable(),
  trigger: z.enum(SURVEY_TRIGGERS).nullable(),
  scope: SurveyScope,
  sampleRate: z.number(),
  quotas: z.array(SurveyQuota),
  skipDays: z.int(),
  channel: z.enum(SURVEY_CHANNELS),
  state: z.enum(CAMPAIGN_STATES),
  /** Periods sampled so far (periodic: `2026-Q4`, `2026-H2`, `2026`; event: the tenant-local month). */
  periods: z.array(z.string()),
  progress: CampaignProgress,
  createdBy: z.string(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  startedAt: IsoDateTime.nullable(),
  version: z.int(),
});
export type CampaignView = z.infer<typeof CampaignView>;

export const CampaignPage = Page(CampaignView);
export const CampaignParams = z.strictObject({ id: Ulid });
export const ListCampaignsQuery = z.strictObject({ state: z.enum(CAMPAIGN_STATES).optional(), cursor: Cursor.optional(), limit: limitUpTo(100).optional() });

export const Scores = z.strictObject(Object.fromEntries(SURVEY_DIMENSIONS.map((d) => [d, z.int().min(1).max(5)])) as Record<SurveyDimension, z.ZodInt>);
export type Scores = Record<SurveyDimension, number>;

export const AnswerBody = z.strictObject({
  scores: Scores,
  comment: HumanText({ max: 1000, multiline: true }).optional(),
});

/** An agent's phone interview: the same answer, with who called. */
export const InterviewBody = z.strictObject({ ...AnswerBody.shape, version: Version.optional() });

export const InvitationView = z.strictObject({
  id: z.string(),
  campaignId: z.string(),
  period: z.string(),
  customerId: z.string(),
  customerName: z.string(),
  regionId: z.string(),
  class: CustomerClass,
  /** `phone-task`: a special-care household, called by an agent. */
  channel: z.enum(['sms', 'email', 'phone-task']),
  status: z.enum(INVITATION_STATUSES),
  /** The public page's address (the link in the text); null once answered or expired. */
  link: z.string().nullable(),
  /** What triggered it (event campaigns): the ticket closed, the customer turned on… */
  subject: z.strictObject({ type: z.string(), id: z.string() }).nullable(),
  /** Whom the survey is about (the ticket's field user), if anyone. */
  staff: z.string().nullable(),
  invitedAt: IsoDateTime,
  expiresAt: IsoDateTime,
  answeredAt: IsoDateTime.nullable(),
  answer: z.strictObject({ scores: Scores, comment: z.string().nullable(), channel: z.enum(ANSWER_CHANNELS), by: z.string().nullable() }).nullable(),
  /** The follow-up ticket a low score opened. */
  followUpTicketId: z.string().nullable(),
  version: z.int(),
});
export type InvitationView = z.infer<typeof InvitationView>;

export const InvitationPage = Page(InvitationView);
export const ListInvitationsQuery = z.strictObject({
  status: z.enum(INVITATION_STATUSES).optional(),
  /** Only the special-care households to call (`phone-task`), or only texts and mails. */
  channel: z.enum(['sms', 'email', 'phone-task']).optional(),
  regionId: RegionId.optional(),
  cursor: Cursor.optional(),
  limit: limitUpTo(100).optional(),
});
export const InvitationParams = z.strictObject({ id: Ulid, invitationId: Ulid });

/* ---------------------------------------------- the public page (no login) ------------------- */

export const PublicSurveyParams = z.strictObject({ token: z.string().min(10).max(400) });

/** What the public page shows: the company, and the questions. Nothing about the customer. */
export const PublicSurvey = z.strictObject({
  company: z.string(),
  hotline: z.string().nullable(),
  dimensions: z.array(z.enum(SURVEY_DIMENSIONS)),
  /** The subject in words the customer recognises (`repair`, `gas-on`…), never an id. */
  about: z.enum(['ticket', 'gas-on', 'inspection', 'service']),
  expiresAt: IsoDateTime,
});

export const PublicAnswerReceipt = z.strictObject({ thanks: z.literal(true), answeredAt: IsoDateTime });

/* ---------------------------------------------- results ---------------------------------------- */

export const RESULT_FORMATS = ['json', 'csv', 'xlsx'] as const;

/** A share with what it is a share of; `rate` null: nothing to count (no data), never a made-up 0 or 100 %. */
export const Rate = z.strictObject({ count: z.int(), of: z.int(), rate: z.number().nullable() }).meta({ examples: [{ count: 45, of: 50, rate: 0.9 }] });

export const SatisfactionFigures = z.strictObject({
  responses: z.int(),
  /** Answers whose every dimension is satisfied (score ≥ the policy's `satisfiedAtLeast`), of the answers. */
  satisfaction: Rate,
  dimensions: z.record(z.enum(SURVEY_DIMENSIONS), z.strictObject({ satisfied: Rate, average: z.number().nullable() })).meta({
    examples: [Object.fromEntries(SURVEY_DIMENSIONS.map((d) => [d, { satisfied: { count: 45, of: 50, rate: 0.9 }, average: 4.6 }]))],
  }),
  /** Return visits recorded on tickets: satisfied ones of those visited. */
  returnVisits: Rate,
});

export const ResultsQuery = z.strictObject({
  /** `2026-Q4`, `2026-H2`, `2026` or a month `2026-11`; default: every period on record. */
  period: z
    .string()
    .regex(/^\d{4}(-Q[1-4]|-H[12]|-(0[1-9]|1[0-2]))?$/, 'a period such as 2026-Q4, 2026-H2, 2026 or 2026-11')
    .optional(),
  regionId: RegionId.optional(),
  format: z.enum(RESULT_FORMATS).optional(),
});

export const SurveyResults = z.strictObject({
  campaignId: z.string().nullable(),
  period: z.string().nullable(),
  /** The tenant's target (`surveys.rules.target`) and whether the overall figure meets it (null: no data). */
  target: z.number(),
  meetsTarget: z.boolean().nullable(),
  overall: SatisfactionFigures,
  invited: z.int(),
  responseRate: Rate,
  byRegion: z.array(z.strictObject({ regionId: z.string(), ...SatisfactionFigures.shape })),
  byStaff: z.array(z.strictObject({ staff: z.string(), ...SatisfactionFigures.shape })),
  byPeriod: z.array(z.strictObject({ period: z.string(), ...SatisfactionFigures.shape })),
  /** The latest comments, newest first. */
  comments: z.array(z.strictObject({ invitationId: z.string(), regionId: z.string(), comment: z.string(), answeredAt: IsoDateTime, low: z.boolean() })),
  followUps: z.int(),
});
export type SurveyResults = z.infer<typeof SurveyResults>;
