import { TenantStore } from '../../shared/db/tenant-store.ts';
import { httpHandler, type Request } from '../../shared/http/handler.ts';
import { withEtag } from '../../shared/http/reply.ts';
import { expectedFrom } from '../customers/expected.ts';
import { CampaignService } from './campaign-service.ts';
import { updateCampaign as route } from './routes.ts';

export const main = async ({ ctx, params, body, headers }: Request<typeof route>) => {
  const service = new CampaignService(new TenantStore(ctx));
  const { version, ...patch } = body;
  return withEtag(await service.view(await service.update(params.id, patch, expectedFrom(headers, version))));
};

export const handler = httpHandler(route, main);
export { route };
