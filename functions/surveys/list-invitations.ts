import { decodeCursor, encodeCursor } from '../../shared/db/cursor.ts';
import { mergedNewestFirst } from '../../shared/db/merged-list.ts';
import { TenantStore } from '../../shared/db/tenant-store.ts';
import { invitationFromItem, invitationView, type Invitation } from '../../shared/entities/survey.ts';
import { notFoundError } from '../../shared/errors.ts';
import { httpHandler, type Request } from '../../shared/http/handler.ts';
import { invalidField } from '../../shared/http/problems.ts';
import { ok } from '../../shared/http/reply.ts';
import { keys, SURVEY_SHARDS } from '../../shared/keys.ts';
import { Index } from '../../shared/table.ts';
import { canSeeRegion } from '../../shared/tenancy.ts';
import { CampaignService } from './campaign-service.ts';
import { listInvitations as route } from './routes.ts';
import { surveyToken, surveyUrl } from './survey-link.ts';

/**
 * A campaign's invitations, newest first: its SURVEY_SHARDS list partitions (of a status when
 * asked) merged by id; channel and region filter the rows read, within the read budget. A manager
 * sees the invitations of their regions. The cursor is the last id emitted.
 */
export const main = async ({ ctx, params, query }: Request<typeof route>) => {
  const store = new TenantStore(ctx);
  const t = ctx.tenantId;
  const campaign = await new CampaignService(store).get(params.id);
  if (query.regionId && (!canSeeRegion(ctx.principal, query.regionId) || !campaign.scope.regionIds.includes(query.regionId))) throw notFoundError('Region', { regionId: query.regionId });
  const list = `invitations|${campaign.id}|status=${query.status ?? '*'}|channel=${query.channel ?? '*'}|region=${query.regionId ?? '*'}`;
  const cursor = decodeCursor(t, list, query.cursor) as { before?: unknown } | undefined;
  if (cursor && typeof cursor.before !== 'string') throw invalidField('cursor', 'is not a cursor of this list');
  const sources = Array.from({ length: SURVEY_SHARDS }, (_, shard) =>
    query.status
      ? { index: Index.campaignInvitationsByStatus, pk: keys.campaignInvitationsOfStatus(t, campaign.id, query.status, shard) }
      : { index: Index.campaignInvitations, pk: keys.campaignInvitations(t, campaign.id, shard) },
  );
  const matches = (i: Invitation) => canSeeRegion(ctx.principal, i.regionId) && (!query.regionId || i.regionId === query.regionId) && (!query.channel || i.channel === query.channel);
  const { items, next } = await mergedNewestFirst(store, sources, { limit: query.limit ?? 50, map: invitationFromItem, matches, before: cursor?.before as string | undefined });
  const link = (i: Invitation) => surveyUrl(surveyToken({ tenantId: t, invitationId: i.id, expiresAt: new Date(i.expiresAt) }));
  return ok({ items: items.map((i) => invitationView(i, link(i))), nextCursor: next ? encodeCursor(t, list, { before: next })! : null });
};

export const handler = httpHandler(route, main);
export { route };
