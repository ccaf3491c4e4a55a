import { SURVEY_DIMENSIONS } from '../../shared/contract/surveys.ts';
import { httpHandler, type Request } from '../../shared/http/handler.ts';
import { ok } from '../../shared/http/reply.ts';
import { aboutOf, companyOf, openInvitation } from './public-survey.ts';
import { getPublicSurvey as route } from './routes.ts';

/** The questions: the company, the dimensions, what it is about — nothing about the customer (no name, phone, address or account). */
export const main = async ({ params, sourceIp, headers }: Request<typeof route>) => {
  const { store, invitation } = await openInvitation(params.token, sourceIp, headers['x-correlation-id'] ?? 'survey-page', 410);
  const { company, hotline } = await companyOf(store);
  return ok({ company, hotline, dimensions: [...SURVEY_DIMENSIONS], about: aboutOf(invitation), expiresAt: invitation.expiresAt });
};

export const handler = httpHandler(route, main);
export { route };
