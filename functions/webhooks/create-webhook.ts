import { TenantStore } from '../../shared/db/tenant-store.ts';
import { httpHandler, type Request } from '../../shared/http/handler.ts';
import { created } from '../../shared/http/reply.ts';
import { createWebhook as route } from './routes.ts';
import { WebhookService } from './webhook-service.ts';

export const main = async ({ ctx, body }: Request<typeof route>) => {
  const webhook = await new WebhookService(new TenantStore(ctx)).create(body);
  return created(webhook, `/v1/webhooks/${webhook.id}`);
};

export const handler = httpHandler(route, main);
export { route };
