import { DEFAULT_API_KEY_TIER, dailyQuota, isApiKeyTier } from '../../shared/auth/api-key-tiers.ts';
import type { ApiKeyRecord } from '../../shared/auth/authorizer.ts';

/** What an admin sees of a key: everything but the hashes. */
export const apiKeyView = ({ keyId, name, scopes, tier, createdAt, createdBy, revokedAt, lastUsedAt, rotatedAt, previousExpiresAt }: ApiKeyRecord) => {
  const effective = isApiKeyTier(tier) ? tier : DEFAULT_API_KEY_TIER;
  return {
    id: keyId,
    name,
    scopes,
    tier: effective,
    dailyQuota: dailyQuota(effective),
    createdAt,
    createdBy,
    revokedAt: revokedAt ?? null,
    lastUsedAt: lastUsedAt ?? null,
    rotatedAt: rotatedAt ?? null,
    previousExpiresAt: previousExpiresAt ?? null,
  };
};
