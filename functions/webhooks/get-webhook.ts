import { TenantStore } from '../../shared/db/tenant-store.ts';
import { httpHandler, type Request } from '../../shared/http/handler.ts';
import { withEtag } from '../../shared/http/reply.ts';
import { getWebhook as route } from './routes.ts';
import { WebhookService } from './webhook-service.ts';

export const main = async ({ ctx, params }: Request<typeof route>) => withEtag(await new WebhookService(new TenantStore(ctx)).get(params.id));

export const handler = httpHandler(route, main);
export { route };
