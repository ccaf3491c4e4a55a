import { TenantStore } from '../../shared/db/tenant-store.ts';
import { httpHandler, type Request } from '../../shared/http/handler.ts';
import { withEtag } from '../../shared/http/reply.ts';
import { CampaignService } from './campaign-service.ts';
import { getCampaign as route } from './routes.ts';

export const main = async ({ ctx, params }: Request<typeof route>) => {
  const service = new CampaignService(new TenantStore(ctx));
  return withEtag(await service.view(await service.get(params.id)));
};

export const handler = httpHandler(route, main);
export { route };
