import { TenantStore } from '../db/tenant-store.ts';
import { Problem } from '../http/problems.ts';
import { keys } from '../keys.ts';
import { storedTimeZone } from '../tenant-profile.ts';
import { DEFAULT_TIME_ZONE } from '../local-time.ts';
import type { TenantContext } from '../tenancy.ts';
import { dailyQuota, quotaDay, secondsUntilNextLocalMidnight, type ApiKeyTier } from './api-key-tiers.ts';

/** Counter items outlive the longest usage window (90 days) by a little, then DynamoDB TTL drops them. */
const USAGE_TTL_DAYS = 100;

export const dailyQuotaExceeded = (quota: number, retryAfterSeconds: number) =>
  new Problem(
    429,
    'daily-quota-exceeded',
    'Too many requests',
    `This API key used its daily quota of ${quota} requests; it renews at midnight in the tenant's time zone`,
    undefined,
    { 'retry-after': String(retryAfterSeconds) },
  );

/**
 * Counts one request of an API key against its tenant-local day (one UpdateItem ADD that returns
 * the new count) and refuses it with 429 once the day's count passes the tier's quota. Runs in the
 * route middleware (shared/http/handler.ts), which both the Lambdas and the local gateway run.
 * A refused request still counts: the figure is what the key asked for, not what it was given.
 */
export async function countApiKeyRequest(ctx: TenantContext, tier: ApiKeyTier, now = new Date()): Promise<void> {
  const store = new TenantStore(ctx);
  const timeZone = ctx.timeZone ?? (await storedTimeZone(store)) ?? DEFAULT_TIME_ZONE;
  const day = quotaDay(now, timeZone);
  const updated = await store.write({
    kind: 'update',
    key: keys.apiKeyUsage(ctx.tenantId, ctx.principal.id, day),
    set: { entity: 'api-key-usage', keyId: ctx.principal.id, day, ttl: Math.floor(now.getTime() / 1000) + USAGE_TTL_DAYS * 86_400 },
    add: { requests: 1 },
  });
  const quota = dailyQuota(tier);
  if (Number(updated?.requests ?? 0) > quota) throw dailyQuotaExceeded(quota, secondsUntilNextLocalMidnight(now, timeZone));
}
