import { DEFAULT_API_KEY_TIER } from '../../shared/auth/api-key-tiers.ts';
import { newApiKey } from '../../shared/auth/api-keys.ts';
import type { ApiKeyRecord } from '../../shared/auth/authorizer.ts';
import { TenantStore } from '../../shared/db/tenant-store.ts';
import { httpHandler, type Request } from '../../shared/http/handler.ts';
import { created } from '../../shared/http/reply.ts';
import { keys } from '../../shared/keys.ts';
import { apiKeyView } from './api-key-view.ts';
import { createApiKey as route } from './routes.ts';

export const main = async ({ ctx, body }: Request<typeof route>) => {
  const { keyId, key, secretHash } = newApiKey(ctx.tenantId);
  const record: ApiKeyRecord = {
    keyId,
    name: body.name,
    scopes: [...new Set(body.scopes)],
    tier: body.tier ?? DEFAULT_API_KEY_TIER,
    secretHash,
    createdAt: new Date().toISOString(),
    createdBy: ctx.principal.id,
  };
  await new TenantStore(ctx).commit({
    writes: [{ kind: 'put', item: { ...keys.apiKey(ctx.tenantId, keyId), entity: 'api-key', ...record } }],
    audit: { action: 'api-key.created', subject: { type: 'api-key', id: keyId }, summary: body.name, detail: { scopes: record.scopes, tier: record.tier } },
  });
  return created({ ...apiKeyView(record), key }, `/v1/api-keys/${keyId}`);
};

export const handler = httpHandler(route, main);
export { route };
