import type { ApiKeyRecord } from '../../shared/auth/authorizer.ts';
import { TenantStore } from '../../shared/db/tenant-store.ts';
import { httpHandler, type Request } from '../../shared/http/handler.ts';
import { notFound } from '../../shared/http/problems.ts';
import { ok } from '../../shared/http/reply.ts';
import { keys } from '../../shared/keys.ts';
import { apiKeyView } from './api-key-view.ts';
import { revokeApiKey as route } from './routes.ts';

/** Revocation keeps the record (who made it, when it was last used) and refuses the key from now on. */
export const main = async ({ ctx, params }: Request<typeof route>) => {
  const store = new TenantStore(ctx);
  const key = keys.apiKey(ctx.tenantId, params.id);
  const record = await store.get<ApiKeyRecord>(key, true);
  if (!record) throw notFound('API key');
  if (record.revokedAt) return ok(apiKeyView(record));
  const revokedAt = new Date().toISOString();
  await store.commit({
    writes: [{ kind: 'update', key, set: { revokedAt, revokedBy: ctx.principal.id } }],
    audit: { action: 'api-key.revoked', subject: { type: 'api-key', id: params.id }, summary: record.name },
  });
  return ok(apiKeyView({ ...record, revokedAt }));
};

export const handler = httpHandler(route, main);
export { route };
