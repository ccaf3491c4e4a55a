import { createHash, randomBytes } from 'node:crypto';

/**
 * One-time links to set a password (a new user's setup, an admin's reset). The token is 32 random
 * bytes; only its SHA-256 is stored (`keys.passwordReset`), with a TTL, and the user item names the
 * one link that is still valid, so issuing a new link voids the previous one.
 */
export const RESET_TTL_SECONDS = 24 * 3600;

export const hashResetToken = (token: string) => createHash('sha256').update(token).digest('base64url');

export function newResetToken(now = Date.now()): { token: string; tokenHash: string; expiresAt: string; ttl: number } {
  const token = randomBytes(32).toString('base64url');
  const ttl = Math.floor(now / 1000) + RESET_TTL_SECONDS;
  return { token, tokenHash: hashResetToken(token), expiresAt: new Date(ttl * 1000).toISOString(), ttl };
}

/** The console page that redeems it; the fragment never reaches a server or its logs. */
export const resetUrl = (tenantId: string, token: string) =>
  `${process.env.GASCARE_CONSOLE_URL ?? ''}/reset-password#tenant=${encodeURIComponent(tenantId)}&token=${token}`;
