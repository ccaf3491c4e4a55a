import * as z from 'zod';
import { SCOPES } from './access.ts';
import { HumanText, IsoDateTime, Ulid, decimal } from './common.ts';

/** An integrator key's tier; its limits are in shared/auth/api-key-tiers.ts. */
export const API_KEY_TIERS = ['basic', 'standard', 'premium'] as const;
export const ApiKeyTier = z.enum(API_KEY_TIERS);

/**
 * Each tier's request rate (API Gateway usage plan / local token bucket) and requests per
 * tenant-local day: the one table of these numbers, here so that the console can show them
 * (shared/auth/api-key-tiers.ts re-exports it for the runtime).
 */
export const API_KEY_TIER_LIMITS: Record<(typeof API_KEY_TIERS)[number], { ratePerSecond: number; burst: number; dailyQuota: number }> = {
  basic: { ratePerSecond: 10, burst: 20, dailyQuota: 10_000 },
  standard: { ratePerSecond: 50, burst: 100, dailyQuota: 100_000 },
  premium: { ratePerSecond: 200, burst: 400, dailyQuota: 1_000_000 },
};

export const CreateApiKeyBody = z.strictObject({
  name: HumanText({ max: 80 }),
  scopes: z.array(z.enum(SCOPES)).min(1).max(SCOPES.length),
  /** The key's rate and daily quota (shared/auth/api-key-tiers.ts); `standard` when absent. */
  tier: ApiKeyTier.optional(),
});

export const UpdateApiKeyBody = z.strictObject({ tier: ApiKeyTier });

export const ApiKeyParams = z.strictObject({ id: Ulid });

/** What an admin sees of a key: everything but its hash. */
export const ApiKey = z.strictObject({
  id: z.string(),
  name: z.string(),
  scopes: z.array(z.enum(SCOPES)),
  tier: ApiKeyTier,
  /** The tier's requests per tenant-local day. */
  dailyQuota: z.number().int(),
  createdAt: IsoDateTime,
  createdBy: z.string(),
  revokedAt: IsoDateTime.nullable(),
  lastUsedAt: IsoDateTime.nullable(),
  rotatedAt: IsoDateTime.nullable(),
  /** Until when the secret the last rotation replaced still works (null: none does). */
  previousExpiresAt: IsoDateTime.nullable(),
});

/** The create response: the key itself, shown this once. */
export const CreatedApiKey = ApiKey.extend({ key: z.string() });

/** Hours the replaced secret keeps working (0: it stops at once; up to 3 decimals, 0.001 h = 3.6 s). */
export const RotateApiKeyBody = z.strictObject({ overlapHours: decimal({ min: 0, max: 168, places: 3 }).optional() });

/** The rotate response: the new key (same id, new secret), shown this once. */
export const RotatedApiKey = ApiKey.extend({ key: z.string(), previousExpiresAt: IsoDateTime });

export const ApiKeyUsageQuery = z.strictObject({ days: z.coerce.number().int().min(1).max(90).optional() });

/** Requests per tenant-local day, oldest first; days before the key existed are absent. */
export const ApiKeyUsage = z.strictObject({
  days: z.array(z.strictObject({ date: z.iso.date(), requests: z.number().int().min(0) })),
});

export type ApiKey = z.infer<typeof ApiKey>;
