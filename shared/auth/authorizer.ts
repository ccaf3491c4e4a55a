import { keys } from '../keys.ts';
import { TenantStore } from '../db/tenant-store.ts';
import { unauthorized } from '../http/problems.ts';
import { SCOPES, systemContext, type Principal, type Scope } from '../tenancy.ts';
import { DEFAULT_API_KEY_TIER, isApiKeyTier, type ApiKeyTier } from './api-key-tiers.ts';
import { parseApiKey, secretMatches } from './api-keys.ts';
import { currentSession } from './sessions.ts';
import { verifyToken } from './tokens.ts';

/**
 * Authentication, shared by the AWS Lambda REQUEST authorizer and the local gateway: a bearer
 * token (console users) or an `x-api-key` (integrators) becomes a tenant and a principal.
 * Authorization (roles, scopes) is the route's business, checked in the handler middleware.
 */
export interface Authorized {
  tenantId: string;
  principal: Principal;
  /** The tenant's time zone when the credential carries it (console tokens). */
  timeZone?: string;
  /** What the rate limiter (usage plan / local token bucket) counts against. */
  usageIdentifier: string;
  /** An API key's tier (its rate and daily quota); absent for console users. */
  tier?: ApiKeyTier;
}

export interface ApiKeyRecord {
  keyId: string;
  name: string;
  scopes: Scope[];
  secretHash: string;
  /** Absent on keys created before tiers: `standard`. */
  tier?: ApiKeyTier;
  /** After a rotation, the replaced secret's hash, accepted until `previousExpiresAt` (never after). */
  previousSecretHash?: string;
  previousExpiresAt?: string;
  rotatedAt?: string;
  createdAt: string;
  createdBy: string;
  revokedAt?: string;
  lastUsedAt?: string;
}

const LAST_USED_RESOLUTION_MS = 60_000;

/**
 * @param boundTenant in AWS each tenant has its own API: a credential of another tenant is refused
 *   there even if valid. Locally one gateway serves every tenant and passes nothing.
 */
export async function authenticate(headers: Record<string, string | undefined>, boundTenant?: string): Promise<Authorized> {
  const authorization = headers.authorization;
  const apiKey = headers['x-api-key'];
  let result: Authorized;
  if (authorization) {
    const [scheme, token] = authorization.split(' ');
    if (scheme?.toLowerCase() !== 'bearer' || !token) throw unauthorized('Authorization must be "Bearer <token>"');
    const claims = await verifyToken(token);
    if (!claims) throw unauthorized('The token is invalid or has expired');
    // Before any read: this tenant's role may not even look at another tenant's users.
    if (boundTenant && claims.tenantId !== boundTenant) throw unauthorized('The credential belongs to another tenant');
    const session = await currentSession(claims.tenantId, claims.principal.id);
    if (!session || session.disabled || session.sessionVersion !== claims.sessionVersion) {
      throw unauthorized('The session has ended (signed out, changed or disabled); sign in again');
    }
    const { sessionVersion: _sv, ...rest } = claims;
    result = { ...rest, usageIdentifier: `user:${claims.tenantId}:${claims.principal.id}` };
  } else if (apiKey) {
    result = await authenticateApiKey(apiKey, boundTenant);
  } else {
    throw unauthorized();
  }
  if (boundTenant && result.tenantId !== boundTenant) throw unauthorized('The credential belongs to another tenant');
  return result;
}

async function authenticateApiKey(presented: string, boundTenant: string | undefined): Promise<Authorized> {
  const parsed = parseApiKey(presented);
  if (!parsed) throw unauthorized('The API key is malformed');
  // Before any read: this tenant's role may not even look at another tenant's keys.
  if (boundTenant && parsed.tenantId !== boundTenant) throw unauthorized('The credential belongs to another tenant');
  const store = new TenantStore(systemContext(parsed.tenantId, 'authorizer', 'authorizer'));
  const record = await store.get<ApiKeyRecord>(keys.apiKey(parsed.tenantId, parsed.keyId));
  const now = Date.now();
  if (!record || record.revokedAt || !presentedSecretValid(record, parsed.secret, now)) {
    throw unauthorized('The API key is unknown or revoked');
  }
  if (!record.lastUsedAt || now - Date.parse(record.lastUsedAt) > LAST_USED_RESOLUTION_MS) {
    // Best effort: a lost update of lastUsedAt is harmless and must never fail the request.
    await store
      .write({ kind: 'update', key: keys.apiKey(parsed.tenantId, parsed.keyId), set: { lastUsedAt: new Date(now).toISOString() } })
      .catch(() => undefined);
  }
  return {
    tenantId: parsed.tenantId,
    usageIdentifier: `key:${parsed.tenantId}:${parsed.keyId}`,
    tier: isApiKeyTier(record.tier) ? record.tier : DEFAULT_API_KEY_TIER,
    principal: {
      kind: 'api-key',
      id: parsed.keyId,
      name: record.name,
      roles: [],
      scopes: record.scopes.filter((s) => SCOPES.includes(s)),
    },
  };
}

/** The current secret, or the one a rotation replaced while its overlap lasts (strictly before `previousExpiresAt`). */
export function presentedSecretValid(record: ApiKeyRecord, secret: string, now: number): boolean {
  if (secretMatches(secret, record.secretHash)) return true;
  if (!record.previousSecretHash || !record.previousExpiresAt || now >= Date.parse(record.previousExpiresAt)) return false;
  return secretMatches(secret, record.previousSecretHash);
}

/** The authorizer's output travels as string values (an API Gateway constraint). */
export const toAuthorizerContext = (a: Authorized) => ({
  tenantId: a.tenantId,
  principal: JSON.stringify(a.principal),
  usageIdentifier: a.usageIdentifier,
  ...(a.timeZone ? { timeZone: a.timeZone } : {}),
  ...(a.tier ? { tier: a.tier } : {}),
});

export function fromAuthorizerContext(ctx: Record<string, unknown> | null | undefined): Omit<Authorized, 'usageIdentifier' | 'tier'> | undefined {
  if (!ctx || typeof ctx.tenantId !== 'string' || typeof ctx.principal !== 'string') return undefined;
  return {
    tenantId: ctx.tenantId,
    principal: JSON.parse(ctx.principal) as Principal,
    ...(typeof ctx.timeZone === 'string' ? { timeZone: ctx.timeZone } : {}),
  };
}

/** The tier an API-key caller's authorizer context names (`standard` when absent or unknown). */
export function tierFromAuthorizerContext(ctx: Record<string, unknown> | null | undefined): ApiKeyTier {
  return isApiKeyTier(ctx?.tier) ? ctx.tier : DEFAULT_API_KEY_TIER;
}
