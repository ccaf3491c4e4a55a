import type * as z from 'zod';
import { requestRaw, type Query } from '../../api.ts';
import type {
  CampaignAction,
  CampaignPage,
  CampaignView,
  CreateCampaign,
  InterviewBody,
  InvitationPage,
  InvitationView,
  ListCampaignsQuery,
  ListInvitationsQuery,
  ResultsQuery,
  SurveyResults,
  UpdateCampaignBody,
} from '../../../../shared/contract/surveys.ts';
import { fileNameOf } from '../customers/files.ts';

/**
 * The survey routes the console calls, typed by the contract (shared/contract/surveys.ts): the
 * same token, the same end of session on 401 and the same `ApiError` on a refusal as every call.
 */
type Campaigns = z.infer<typeof CampaignPage>;
type Invitations = z.infer<typeof InvitationPage>;
export type ResultsFilter = Omit<z.infer<typeof ResultsQuery>, 'format'>;

async function json<T>(method: string, path: string, options: { query?: Query; body?: unknown; signal?: AbortSignal } = {}): Promise<T> {
  const response = await requestRaw(method, path, { ...options, accept: 'application/json' });
  return (await response.json()) as T;
}

const campaign = (id: string) => `/v1/survey-campaigns/${encodeURIComponent(id)}`;

export const listCampaigns = (query: z.infer<typeof ListCampaignsQuery>, signal?: AbortSignal) => json<Campaigns>('GET', '/v1/survey-campaigns', { query, signal });

export const getCampaign = (id: string, signal?: AbortSignal) => json<CampaignView>('GET', campaign(id), { signal });

export const createCampaign = (body: CreateCampaign) => json<CampaignView>('POST', '/v1/survey-campaigns', { body });

export const updateCampaign = (id: string, body: z.infer<typeof UpdateCampaignBody>) => json<CampaignView>('PATCH', campaign(id), { body });

export const campaignAction = (id: string, action: CampaignAction, version: number) => json<CampaignView>('POST', `${campaign(id)}/actions`, { body: { action, version } });

export const listInvitations = (id: string, query: z.infer<typeof ListInvitationsQuery>, signal?: AbortSignal) => json<Invitations>('GET', `${campaign(id)}/invitations`, { query, signal });

export const recordInterview = (id: string, invitationId: string, body: z.infer<typeof InterviewBody>) =>
  json<InvitationView>('POST', `${campaign(id)}/invitations/${encodeURIComponent(invitationId)}/answers`, { body });

/** A campaign's results, or (no campaign) the results across campaigns and the tickets' return visits. */
const resultsPath = (campaignId: string | undefined) => (campaignId ? `${campaign(campaignId)}/results` : '/v1/survey-results');

export const loadResults = (campaignId: string | undefined, filter: ResultsFilter, signal?: AbortSignal) => json<SurveyResults>('GET', resultsPath(campaignId), { query: { ...filter, format: 'json' }, signal });

/** The same results as a file (`?format=csv|xlsx`), with the server's file name. */
export async function downloadResults(campaignId: string | undefined, filter: ResultsFilter, format: 'csv' | 'xlsx'): Promise<{ blob: Blob; fileName: string }> {
  const accept = format === 'csv' ? 'text/csv' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  const response = await requestRaw('GET', resultsPath(campaignId), { query: { ...filter, format }, accept });
  const fallback = `survey-results${campaignId ? `-${campaignId}` : ''}${filter.period ? `-${filter.period}` : ''}.${format}`;
  return { blob: await response.blob(), fileName: fileNameOf(response, fallback) };
}
