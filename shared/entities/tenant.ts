import { keys } from '../keys.ts';
import type { Item } from '../db/tenant-store.ts';

/**
 * A tenant's profile and its policies. Every business number (deadlines, cadences, targets) is a
 * tenant-configurable policy with the defaults of docs/domain.md; capabilities add their own sections.
 */
export interface TenantProfile {
  tenantId: string;
  name: string;
  timeZone: string;
  locale: 'zh-CN' | 'en';
  tier: 'standard' | 'premium';
  version: number;
  createdAt: string;
  updatedAt: string;
}

export const tenantProfileItem = (p: TenantProfile): Item => ({ ...keys.tenantProfile(p.tenantId), entity: 'tenant', ...p });
export const tenantDirectoryItem = (p: TenantProfile): Item => ({
  ...keys.tenantDirectory(p.tenantId),
  entity: 'tenant-directory',
  tenantId: p.tenantId,
  name: p.name,
  tier: p.tier,
});

/** Request-rate limits per tier (API Gateway usage plans in AWS, a token bucket locally). */
export const TIER_LIMITS = {
  standard: { ratePerSecond: 50, burst: 100 },
  premium: { ratePerSecond: 200, burst: 400 },
} as const;
