import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { ulid } from 'ulid';

/**
 * Integrator keys look like `gck_<tenant>_<keyId>_<secret>`. The tenant and key id locate the
 * stored record with a GetItem; only a SHA-256 of the secret is stored, and the key is shown once.
 */
const PATTERN = /^gck_([a-z0-9-]{2,32})_([0-9A-HJKMNP-TV-Z]{26})_([A-Za-z0-9_-]{43})$/;

export interface ParsedApiKey {
  tenantId: string;
  keyId: string;
  secret: string;
}

export const hashSecret = (secret: string) => createHash('sha256').update(secret).digest('base64url');

export function newApiKey(tenantId: string): { keyId: string; key: string; secretHash: string } {
  return rotatedApiKey(tenantId, ulid());
}

/** A new secret for an existing key id (rotation): scopes, tier, usage and audit stay with the id. */
export function rotatedApiKey(tenantId: string, keyId: string): { keyId: string; key: string; secretHash: string } {
  const secret = randomBytes(32).toString('base64url');
  return { keyId, key: `gck_${tenantId}_${keyId}_${secret}`, secretHash: hashSecret(secret) };
}

export function parseApiKey(key: string): ParsedApiKey | undefined {
  const m = PATTERN.exec(key);
  return m ? { tenantId: m[1]!, keyId: m[2]!, secret: m[3]! } : undefined;
}

export function secretMatches(secret: string, storedHash: string): boolean {
  const a = Buffer.from(hashSecret(secret));
  const b = Buffer.from(storedHash);
  return a.length === b.length && timingSafeEqual(a, b);
}
