import { readFileSync } from 'node:fs';
import * as z from 'zod';
import { TIER_LIMITS } from '../shared/entities/tenant.ts';
import { TenantId } from '../shared/contract/common.ts';

/**
 * The tenants deployed to AWS, one stack each. Adding a tenant is a line in infra/tenants.json and
 * `npx cdk deploy Gascare-Tenant-<tenantId>`. The id goes into every partition key (`T#<id>#`) and
 * into IAM conditions, so it is validated with the same schema the API uses.
 */
export const TenantConfig = z.strictObject({
  tenantId: TenantId,
  name: z.string().trim().min(1).max(64),
  tier: z.enum(Object.keys(TIER_LIMITS) as [keyof typeof TIER_LIMITS, ...(keyof typeof TIER_LIMITS)[]]),
});
export type TenantConfig = z.infer<typeof TenantConfig>;

export const TENANTS_FILE = new URL('./tenants.json', import.meta.url);

export function parseTenants(raw: unknown): TenantConfig[] {
  const tenants = z.array(TenantConfig).min(1).parse(raw);
  const seen = new Set<string>();
  for (const t of tenants) {
    if (seen.has(t.tenantId)) throw new Error(`tenant "${t.tenantId}" is listed twice in infra/tenants.json`);
    seen.add(t.tenantId);
  }
  return tenants;
}

export const loadTenants = (file: URL | string = TENANTS_FILE): TenantConfig[] =>
  parseTenants(JSON.parse(readFileSync(file, 'utf8')) as unknown);
