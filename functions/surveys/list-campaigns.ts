import { TenantStore } from '../../shared/db/tenant-store.ts';
import { campaignFromItem } from '../../shared/entities/survey.ts';
import { httpHandler, type Request } from '../../shared/http/handler.ts';
import { ok } from '../../shared/http/reply.ts';
import { keys } from '../../shared/keys.ts';
import { Index } from '../../shared/table.ts';
import { CampaignService } from './campaign-service.ts';
import { listCampaigns as route } from './routes.ts';

/**
 * One page of the tenant's campaigns (gsi1 `…SURVEYS`, newest first; a tenant runs tens a year),
 * those reaching the caller's regions, of a state when asked.
 */
export const main = async ({ ctx, query }: Request<typeof route>) => {
  const store = new TenantStore(ctx);
  const service = new CampaignService(store);
  const page = await store.query({ index: Index.surveyCampaigns, pk: keys.surveyCampaigns(ctx.tenantId), newestFirst: true, limit: query.limit ?? 20, cursor: query.cursor });
  const campaigns = page.items.map(campaignFromItem).filter((c) => service.visible(c) && (!query.state || c.state === query.state));
  return ok({ items: await Promise.all(campaigns.map((c) => service.view(c))), nextCursor: page.nextCursor ?? null });
};

export const handler = httpHandler(route, main);
export { route };
