import { TenantStore } from '../../shared/db/tenant-store.ts';
import { httpHandler, type Request } from '../../shared/http/handler.ts';
import { ok } from '../../shared/http/reply.ts';
import { listWebhooks as route } from './routes.ts';
import { WebhookService } from './webhook-service.ts';

export const main = async ({ ctx }: Request<typeof route>) => ok({ items: await new WebhookService(new TenantStore(ctx)).list() });

export const handler = httpHandler(route, main);
export { route };
