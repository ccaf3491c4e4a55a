import { httpHandler, type Request } from '../../shared/http/handler.ts';
import { ok } from '../../shared/http/reply.ts';
import { answer } from './answer-service.ts';
import { openInvitation } from './public-survey.ts';
import { answerPublicSurvey as route } from './routes.ts';

export const main = async ({ params, body, sourceIp, headers }: Request<typeof route>) => {
  const { store, invitation } = await openInvitation(params.token, sourceIp, headers['x-correlation-id'] ?? 'survey-page', 409);
  const answered = await answer(store, invitation.id, { scores: body.scores, comment: body.comment, channel: 'web', by: null });
  return ok({ thanks: true, answeredAt: answered.answeredAt! });
};

export const handler = httpHandler(route, main);
export { route };
