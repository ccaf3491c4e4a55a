import type { ApiKeyRecord } from '../../shared/auth/authorizer.ts';

/** What an admin sees of a key: everything but the hash. */
export const apiKeyView = ({ keyId, name, scopes, createdAt, createdBy, revokedAt, lastUsedAt }: ApiKeyRecord) => ({
  id: keyId,
  name,
  scopes,
  createdAt,
  createdBy,
  revokedAt: revokedAt ?? null,
  lastUsedAt: lastUsedAt ?? null,
});
