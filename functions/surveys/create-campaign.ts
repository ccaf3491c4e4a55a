import { TenantStore } from '../../shared/db/tenant-store.ts';
import { httpHandler, type Request } from '../../shared/http/handler.ts';
import { created } from '../../shared/http/reply.ts';
import { CampaignService } from './campaign-service.ts';
import { createCampaign as route } from './routes.ts';

export const main = async ({ ctx, body }: Request<typeof route>) => {
  const service = new CampaignService(new TenantStore(ctx));
  const campaign = await service.create(body);
  return created(await service.view(campaign), `/v1/survey-campaigns/${campaign.id}`);
};

export const handler = httpHandler(route, main);
export { route };
