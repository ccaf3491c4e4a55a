import type { PolicyPackView } from '../../shared/contract/policies.ts';
import type { AuditEntry, OutboxEvent, TenantStore, WriteOp } from '../../shared/db/tenant-store.ts';
import { newVersion, overDefaults, policyVersions } from '../../shared/policies/policy-store.ts';
import { changedPaths, checkedValues, sectionNamed, versionAt } from './policy-service.ts';

/**
 * A pack applied: one new version of each section it sets, over the values in force at
 * `effectiveFrom`, in one transaction — a pack is applied whole or not at all.
 */
export async function applyPack(store: TenantStore, pack: PolicyPackView, effectiveFrom: string, reason: string, now = new Date()) {
  const writes: WriteOp[] = [];
  const audit: AuditEntry[] = [];
  const events: OutboxEvent[] = [];
  const versions: { section: string; versionId: string }[] = [];
  for (const part of pack.sections) {
    const section = sectionNamed(part.section);
    const before = versionAt(await policyVersions(store, section.name), new Date(effectiveFrom))?.values ?? section.defaults;
    const values = checkedValues(section, overDefaults(before, part.values));
    const { id, write } = newVersion(store, { section: section.name, values, effectiveFrom, reason, pack: pack.id, now });
    writes.push(write);
    versions.push({ section: section.name, versionId: id });
    audit.push({
      action: 'policy.scheduled',
      subject: { type: 'policy', id: section.name },
      summary: `${section.name} from ${effectiveFrom}: pack ${pack.id}: ${reason}`,
      detail: { versionId: id, effectiveFrom, pack: pack.id, changed: changedPaths(before, values) },
    });
    events.push({ type: 'policy.scheduled', data: { section: section.name, versionId: id, effectiveFrom, pack: pack.id } });
  }
  await store.commit({ writes, audit, events });
  return versions;
}
