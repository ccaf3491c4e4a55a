import { TenantStore } from '../../shared/db/tenant-store.ts';
import { invitationView } from '../../shared/entities/survey.ts';
import { notFoundError } from '../../shared/errors.ts';
import { httpHandler, type Request } from '../../shared/http/handler.ts';
import { withEtag } from '../../shared/http/reply.ts';
import { canSeeRegion } from '../../shared/tenancy.ts';
import { checkExpected, expectedFrom } from '../customers/expected.ts';
import { answer, getInvitation } from './answer-service.ts';
import { CampaignService } from './campaign-service.ts';
import { recordInterview as route } from './routes.ts';

/** A phone interview's answer, by the agent who called: an invitation of the campaign, of the caller's regions. */
export const main = async ({ ctx, params, body, headers }: Request<typeof route>) => {
  const store = new TenantStore(ctx);
  await new CampaignService(store).get(params.id);
  const invitation = await getInvitation(store, params.invitationId, true);
  if (!invitation || invitation.campaignId !== params.id || !canSeeRegion(ctx.principal, invitation.regionId)) throw notFoundError('Survey invitation', { id: params.invitationId });
  checkExpected(invitation.version, expectedFrom(headers, body.version), 'invitation');
  const answered = await answer(store, invitation.id, { scores: body.scores, comment: body.comment, channel: 'phone', by: ctx.principal.id });
  return withEtag(invitationView(answered, null));
};

export const handler = httpHandler(route, main);
export { route };
