import type { ApiKeyRecord } from '../../shared/auth/authorizer.ts';
import { TenantStore } from '../../shared/db/tenant-store.ts';
import { httpHandler, type Request } from '../../shared/http/handler.ts';
import { ok } from '../../shared/http/reply.ts';
import { keys } from '../../shared/keys.ts';
import { apiKeyView } from './api-key-view.ts';
import { listApiKeys as route } from './routes.ts';

export const main = async ({ ctx }: Request<typeof route>) => {
  const { items } = await new TenantStore(ctx).query<ApiKeyRecord>({ pk: keys.apiKeysPartition(ctx.tenantId), newestFirst: true, limit: 200 });
  return ok({ items: items.map(apiKeyView) });
};

export const handler = httpHandler(route, main);
export { route };
