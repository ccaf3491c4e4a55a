import { TenantStore } from '../../shared/db/tenant-store.ts';
import { httpHandler, type Request } from '../../shared/http/handler.ts';
import { accepted } from '../../shared/http/reply.ts';
import { testWebhook as route } from './routes.ts';
import { WebhookService } from './webhook-service.ts';

export const main = async ({ ctx, params }: Request<typeof route>) => accepted(await new WebhookService(new TenantStore(ctx)).test(params.id));

export const handler = httpHandler(route, main);
export { route };
