import { API_KEY_TIER_LIMITS, API_KEY_TIERS } from '../contract/api-keys.ts';
import { localDay, localDayBounds } from '../local-time.ts';

/**
 * An integrator key's tier: its request rate (API Gateway usage plan / local token bucket) and how
 * many requests it may make in one tenant-local day. The one table of these numbers is in
 * shared/contract/api-keys.ts (the console shows it too).
 */
export { API_KEY_TIER_LIMITS, API_KEY_TIERS };
export type ApiKeyTier = (typeof API_KEY_TIERS)[number];
export const DEFAULT_API_KEY_TIER: ApiKeyTier = 'standard';

/** Tests shrink a tier's daily quota (local runtime option `dailyQuotas`); nothing else sets it. */
let quotaOverride: Partial<Record<ApiKeyTier, number>> = {};
export const overrideDailyQuotas = (quotas: Partial<Record<ApiKeyTier, number>> = {}) => {
  quotaOverride = { ...quotas };
};

export const dailyQuota = (tier: ApiKeyTier): number => quotaOverride[tier] ?? API_KEY_TIER_LIMITS[tier].dailyQuota;

export const isApiKeyTier = (value: unknown): value is ApiKeyTier => API_KEY_TIERS.includes(value as ApiKeyTier);

/** The tenant-local day (YYYY-MM-DD) a request at `now` counts against. */
export const quotaDay = (now: Date, timeZone: string) => localDay(now, timeZone);

/**
 * Seconds from `now` until the next midnight in `timeZone` (when the day's quota starts afresh),
 * rounded up, at least 1: the `Retry-After` of a request over the daily quota.
 */
export function secondsUntilNextLocalMidnight(now: Date, timeZone: string): number {
  const { end } = localDayBounds(localDay(now, timeZone), timeZone);
  return Math.max(1, Math.ceil((end.getTime() - now.getTime()) / 1000));
}

/**
 * The value of the API Gateway API key a request is throttled by in AWS. Each tenant stack keeps
 * one base value (Secrets Manager) and one usage plan per integrator tier plus the tenant's own
 * plan for console users: an integrator key's requests go to its tier's plan (`<base>-<tier>`),
 * a user's to the tenant's (`<base>`). The stack builds the same strings from the secret.
 */
export const usagePlanKeyValue = (base: string, tier?: ApiKeyTier): string => (tier ? `${base}-${tier}` : base);
