import { rotatedApiKey } from '../../shared/auth/api-keys.ts';
import type { ApiKeyRecord } from '../../shared/auth/authorizer.ts';
import { TenantStore } from '../../shared/db/tenant-store.ts';
import { httpHandler, type Request } from '../../shared/http/handler.ts';
import { conflict, notFound } from '../../shared/http/problems.ts';
import { ok } from '../../shared/http/reply.ts';
import { keys } from '../../shared/keys.ts';
import { apiKeyView } from './api-key-view.ts';
import { rotateApiKey as route } from './routes.ts';

export const DEFAULT_OVERLAP_HOURS = 24;

const revokedProblem = () => conflict('This API key is revoked; a revoked key cannot be rotated (create a new key)', 'api-key-revoked');

/**
 * A new secret for the same key id; the replaced secret keeps working until `previousExpiresAt`
 * (never after). Only the newest replaced secret is kept: rotating again drops the one before.
 */
export const main = async ({ ctx, params, body }: Request<typeof route>) => {
  const store = new TenantStore(ctx);
  const key = keys.apiKey(ctx.tenantId, params.id);
  const record = await store.get<ApiKeyRecord>(key, true);
  if (!record) throw notFound('API key');
  if (record.revokedAt) throw revokedProblem();
  const now = new Date();
  const overlapHours = body?.overlapHours ?? DEFAULT_OVERLAP_HOURS;
  const previousExpiresAt = new Date(now.getTime() + Math.round(overlapHours * 3_600_000)).toISOString();
  const rotatedAt = now.toISOString();
  const { key: presented, secretHash } = rotatedApiKey(ctx.tenantId, params.id);
  await store.commit({
    writes: [
      {
        kind: 'update',
        key,
        set: { secretHash, previousSecretHash: record.secretHash, previousExpiresAt, rotatedAt, rotatedBy: ctx.principal.id },
        // A revocation between our read and this write wins.
        condition: { expression: 'attribute_exists(pk) AND attribute_not_exists(revokedAt)', onFail: revokedProblem() },
      },
    ],
    audit: {
      action: 'api-key.rotated',
      subject: { type: 'api-key', id: params.id },
      summary: record.name,
      detail: { overlapHours, previousExpiresAt },
    },
  });
  return ok({ ...apiKeyView({ ...record, secretHash, rotatedAt, previousExpiresAt }), key: presented, previousExpiresAt });
};

export const handler = httpHandler(route, main);
export { route };
