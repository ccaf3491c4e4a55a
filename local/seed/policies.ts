import { customersLifecyclePolicy } from '../../shared/contract/customers-policies.ts';
import type { TenantStore } from '../../shared/db/tenant-store.ts';
import { localMidnight } from '../../shared/local-time.ts';
import { newVersion } from '../../shared/policies/policy-store.ts';
import { applyPack } from '../../functions/policies/apply-pack.ts';
import { packNamed } from '../../functions/policies/packs.ts';

/**
 * The demo's policies, so the console shows each state a section can be in: `north` works under a
 * provincial pack applied at seed time; `demo` keeps the defaults in force and has a change
 * scheduled for next New Year (a longer night protection for special-care households).
 */
export async function seedPolicies(store: TenantStore, timeZone: string, now = new Date()): Promise<string> {
  if (store.tenantId === 'north') {
    await applyPack(store, packNamed('provincial-night-restoration')!, now.toISOString(), '本省规定：22:00 至次日 06:00 不恢复居民供气', now);
    return 'pack provincial-night-restoration in force';
  }
  const newYear = localMidnight(`${Number(now.toISOString().slice(0, 4)) + 1}-01-01`, timeZone);
  const { write, version } = newVersion(store, {
    section: customersLifecyclePolicy.name,
    values: { ...customersLifecyclePolicy.defaults, specialCareNight: { start: '21:00', end: '07:00' } },
    effectiveFrom: newYear,
    reason: '新年起延长特殊群体用户夜间不停气时段（21:00–07:00）',
    now,
  });
  await store.commit({
    writes: [write],
    audit: { action: 'policy.scheduled', subject: { type: 'policy', id: customersLifecyclePolicy.name }, summary: `${customersLifecyclePolicy.name} from ${version.effectiveFrom}: ${version.reason}` },
  });
  return `customers.lifecycle change scheduled for ${version.effectiveFrom}`;
}
