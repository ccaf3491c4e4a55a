import {
  AnswerBody,
  CampaignActionBody,
  CampaignPage,
  CampaignParams,
  CampaignView,
  CreateCampaignBody,
  InterviewBody,
  InvitationPage,
  InvitationParams,
  InvitationView,
  ListCampaignsQuery,
  ListInvitationsQuery,
  PublicAnswerReceipt,
  PublicSurvey,
  PublicSurveyParams,
  SURVEY_INTERVIEWERS,
  SURVEY_MANAGERS,
  SURVEY_READERS,
  UpdateCampaignBody,
} from '../../shared/contract/surveys.ts';
import { defineRoute } from '../../shared/http/route.ts';

const tags = ['surveys'];

export const createCampaign = defineRoute({
  method: 'POST',
  path: '/v1/survey-campaigns',
  summary: 'A satisfaction survey campaign, as a draft: periodic (sampled once a quarter, half-year or year) or event-triggered (after a ticket is closed, gas is turned on, an inspection is done); scope of regions (a manager: their own) and classes, sample rate, quotas per region and class, skip window (default surveys.rules), SMS or e-mail (special-care households get a phone task)',
  access: SURVEY_MANAGERS,
  body: CreateCampaignBody,
  idempotent: true,
  responses: { 201: CampaignView },
  tags,
});

export const listCampaigns = defineRoute({
  method: 'GET',
  path: '/v1/survey-campaigns',
  summary: 'Campaigns reaching your regions, newest first, with their progress (invited, answered, response rate) in your regions',
  access: SURVEY_READERS,
  query: ListCampaignsQuery,
  responses: { 200: CampaignPage },
  tags,
});

export const getCampaign = defineRoute({
  method: 'GET',
  path: '/v1/survey-campaigns/{id}',
  summary: 'A campaign with its progress, and its version as ETag',
  access: SURVEY_READERS,
  params: CampaignParams,
  responses: { 200: CampaignView },
  tags,
});

export const updateCampaign = defineRoute({
  method: 'PATCH',
  path: '/v1/survey-campaigns/{id}',
  summary: 'Change the name, sample rate, quotas or skip window (If-Match or version); what it samples from (kind, trigger, schedule, scope, channel) stays',
  access: SURVEY_MANAGERS,
  params: CampaignParams,
  body: UpdateCampaignBody,
  responses: { 200: CampaignView },
  tags,
});

export const campaignAction = defineRoute({
  method: 'POST',
  path: '/v1/survey-campaigns/{id}/actions',
  summary: 'start (draft → running), pause (running → paused: nothing is sent, and events meanwhile are not surveyed) or resume; another is 409 with the reason',
  access: SURVEY_MANAGERS,
  params: CampaignParams,
  body: CampaignActionBody,
  responses: { 200: CampaignView },
  tags,
});

export const listInvitations = defineRoute({
  method: 'GET',
  path: '/v1/survey-campaigns/{id}/invitations',
  summary: "A campaign's invitations in your regions, newest first: customer, channel (phone-task: a special-care household to call), status sent / answered / expired, the public page's link while it can be answered, and the answer",
  access: SURVEY_READERS,
  params: CampaignParams,
  query: ListInvitationsQuery,
  responses: { 200: InvitationPage },
  tags,
});

export const recordInterview = defineRoute({
  method: 'POST',
  path: '/v1/survey-campaigns/{id}/invitations/{invitationId}/answers',
  summary: "An agent's phone interview: the customer's four scores and comment, recorded once (409 survey-answered after, 410 survey-expired once the link ran out); a low score opens a follow-up ticket",
  access: SURVEY_INTERVIEWERS,
  params: InvitationParams,
  body: InterviewBody,
  idempotent: true,
  responses: { 200: InvitationView },
  tags,
});

export const getPublicSurvey = defineRoute({
  method: 'GET',
  path: '/v1/public/surveys/{token}',
  summary: 'The public survey page\'s questions (no login): the company and the four dimensions, nothing about the customer. 404 survey-link-invalid for a link not issued, 410 survey-expired or survey-answered; rate-limited per client (429)',
  access: { public: true },
  params: PublicSurveyParams,
  responses: { 200: PublicSurvey },
  tags,
});

export const answerPublicSurvey = defineRoute({
  method: 'POST',
  path: '/v1/public/surveys/{token}',
  summary: 'The customer\'s answer (no login), once: four scores 1–5 and a comment. A second answer is 409 survey-answered, an expired link 410 survey-expired, a link not issued 404 survey-link-invalid; rate-limited per client (429)',
  access: { public: true },
  params: PublicSurveyParams,
  body: AnswerBody,
  maxBodyBytes: 8 * 1024,
  responses: { 200: PublicAnswerReceipt },
  tags,
});
