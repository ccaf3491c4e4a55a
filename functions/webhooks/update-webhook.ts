import { TenantStore } from '../../shared/db/tenant-store.ts';
import { httpHandler, type Request, expectedVersion } from '../../shared/http/handler.ts';
import { withEtag } from '../../shared/http/reply.ts';
import { updateWebhook as route } from './routes.ts';
import { WebhookService } from './webhook-service.ts';

export const main = async ({ ctx, params, body, headers }: Request<typeof route>) => withEtag(await new WebhookService(new TenantStore(ctx)).update(params.id, body, expectedVersion(headers)));

export const handler = httpHandler(route, main);
export { route };
