import { TenantStore } from '../../shared/db/tenant-store.ts';
import { httpHandler, type Request } from '../../shared/http/handler.ts';
import { withEtag } from '../../shared/http/reply.ts';
import { expectedFrom } from '../customers/expected.ts';
import { CampaignService } from './campaign-service.ts';
import { campaignAction as route } from './routes.ts';

export const main = async ({ ctx, params, body, headers }: Request<typeof route>) => {
  const service = new CampaignService(new TenantStore(ctx));
  return withEtag(await service.view(await service.act(params.id, body.action, expectedFrom(headers, body.version))));
};

export const handler = httpHandler(route, main);
export { route };
