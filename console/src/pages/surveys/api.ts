import type * as z from 'zod';
import { client, idempotencyKey, unwrap } from '../../api.ts';
import type { CampaignAction, CreateCampaign, InterviewBody, ListCampaignsQuery, ListInvitationsQuery, ResultsQuery, SurveyResults, UpdateCampaignBody } from '../../../../shared/contract/surveys.ts';
import { downloadReport } from '../customers/files.ts';

/**
 * The survey routes the console calls, through the typed client (a path, parameter or field the
 * API does not have fails the type check), with the contract's types for what goes in
 * (shared/contract/surveys.ts). Creating a campaign and recording an interview are idempotent
 * routes: a retried click replays, not repeats, them.
 */
export type ResultsFilter = Omit<z.infer<typeof ResultsQuery>, 'format'>;

export const listCampaigns = (query: z.infer<typeof ListCampaignsQuery>, signal?: AbortSignal) =>
  unwrap(client.GET('/v1/survey-campaigns', { params: { query }, signal }));

export const getCampaign = (id: string, signal?: AbortSignal) => unwrap(client.GET('/v1/survey-campaigns/{id}', { params: { path: { id } }, signal }));

export const createCampaign = (body: CreateCampaign) =>
  unwrap(client.POST('/v1/survey-campaigns', { body, headers: { 'idempotency-key': idempotencyKey() } }));

export const updateCampaign = (id: string, body: z.infer<typeof UpdateCampaignBody>) => unwrap(client.PATCH('/v1/survey-campaigns/{id}', { params: { path: { id } }, body }));

export const campaignAction = (id: string, action: CampaignAction, version: number) =>
  unwrap(client.POST('/v1/survey-campaigns/{id}/actions', { params: { path: { id } }, body: { action, version } }));

export const listInvitations = (id: string, query: z.infer<typeof ListInvitationsQuery>, signal?: AbortSignal) =>
  unwrap(client.GET('/v1/survey-campaigns/{id}/invitations', { params: { path: { id }, query }, signal }));

export const recordInterview = (id: string, invitationId: string, body: z.infer<typeof InterviewBody>) =>
  unwrap(client.POST('/v1/survey-campaigns/{id}/invitations/{invitationId}/answers', { params: { path: { id, invitationId } }, body, headers: { 'idempotency-key': idempotencyKey() } }));

/**
 * A campaign's results, or (no campaign) the results across campaigns and the tickets' return
 * visits. The routes also answer CSV and Excel (`format`), so the typed body is "results or a
 * text"; asked for JSON it is the results (the contract's type: its dimensions keyed by dimension).
 */
export async function loadResults(campaignId: string | undefined, filter: ResultsFilter, signal?: AbortSignal): Promise<SurveyResults> {
  const query = { ...filter, format: 'json' as const };
  const body = campaignId
    ? await unwrap(client.GET('/v1/survey-campaigns/{id}/results', { params: { path: { id: campaignId }, query }, signal }))
    : await unwrap(client.GET('/v1/survey-results', { params: { query }, signal }));
  if (typeof body === 'string') throw new Error('the results came back as text, not JSON');
  return body as SurveyResults;
}

/** The same results as a file (`?format=csv|xlsx`), with the server's file name. */
export async function downloadResults(campaignId: string | undefined, filter: ResultsFilter, format: 'csv' | 'xlsx'): Promise<{ blob: Blob; fileName: string }> {
  const path = campaignId ? `/v1/survey-campaigns/${encodeURIComponent(campaignId)}/results` : '/v1/survey-results';
  return downloadReport(path, filter, format, `survey-results${campaignId ? `-${campaignId}` : ''}${filter.period ? `-${filter.period}` : ''}.${format}`);
}
