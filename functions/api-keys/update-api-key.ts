import type { ApiKeyRecord } from '../../shared/auth/authorizer.ts';
import { DEFAULT_API_KEY_TIER } from '../../shared/auth/api-key-tiers.ts';
import { TenantStore } from '../../shared/db/tenant-store.ts';
import { httpHandler, type Request } from '../../shared/http/handler.ts';
import { notFound } from '../../shared/http/problems.ts';
import { ok } from '../../shared/http/reply.ts';
import { keys } from '../../shared/keys.ts';
import { apiKeyView } from './api-key-view.ts';
import { updateApiKey as route } from './routes.ts';

/** A key's tier (its rate and daily quota) changes in place; the next request counts against the new quota. */
export const main = async ({ ctx, params, body }: Request<typeof route>) => {
  const store = new TenantStore(ctx);
  const key = keys.apiKey(ctx.tenantId, params.id);
  const record = await store.get<ApiKeyRecord>(key, true);
  if (!record) throw notFound('API key');
  const from = record.tier ?? DEFAULT_API_KEY_TIER;
  if (from === body.tier) return ok(apiKeyView(record));
  await store.commit({
    writes: [{ kind: 'update', key, set: { tier: body.tier }, condition: { expression: 'attribute_exists(pk)', onFail: notFound('API key') } }],
    audit: { action: 'api-key.tier-changed', subject: { type: 'api-key', id: params.id }, summary: record.name, detail: { from, to: body.tier } },
  });
  return ok(apiKeyView({ ...record, tier: body.tier }));
};

export const handler = httpHandler(route, main);
export { route };
