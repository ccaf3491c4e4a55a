import { TenantStore, type AuditEntry, type OutboxEvent, type WriteOp } from '../../shared/db/tenant-store.ts';
import { notFoundError } from '../../shared/errors.ts';
import { httpHandler, type Request } from '../../shared/http/handler.ts';
import { created } from '../../shared/http/reply.ts';
import { newVersion, overDefaults, policyVersions } from '../../shared/policies/policy-store.ts';
import { packNamed } from './packs.ts';
import { changedPaths, checkedEffectiveFrom, checkedValues, sectionNamed, versionAt } from './policy-service.ts';
import { applyPolicyPack as route } from './routes.ts';

/** Every section of the pack in one transaction: a pack is applied whole or not at all. */
export const main = async ({ ctx, params, body }: Request<typeof route>) => {
  const pack = packNamed(params.pack);
  if (!pack) throw notFoundError('policy pack', { pack: params.pack });
  const now = new Date();
  const effectiveFrom = checkedEffectiveFrom(body.effectiveFrom, now);
  const store = new TenantStore(ctx);
  const writes: WriteOp[] = [];
  const audit: AuditEntry[] = [];
  const events: OutboxEvent[] = [];
  const versions: { section: string; versionId: string }[] = [];
  for (const part of pack.sections) {
    const section = sectionNamed(part.section);
    const before = versionAt(await policyVersions(store, section.name), new Date(effectiveFrom))?.values ?? section.defaults;
    const values = checkedValues(section, overDefaults(before, part.values));
    const { id, write } = newVersion(store, { section: section.name, values, effectiveFrom, reason: body.reason, pack: pack.id, now });
    writes.push(write);
    versions.push({ section: section.name, versionId: id });
    audit.push({
      action: 'policy.scheduled',
      subject: { type: 'policy', id: section.name },
      summary: `${section.name} from ${effectiveFrom}: pack ${pack.id}: ${body.reason}`,
      detail: { versionId: id, effectiveFrom, pack: pack.id, changed: changedPaths(before, values) },
    });
    events.push({ type: 'policy.scheduled', data: { section: section.name, versionId: id, effectiveFrom, pack: pack.id } });
  }
  await store.commit({ writes, audit, events });
  return created({ pack: pack.id, effectiveFrom, versions });
};

export const handler = httpHandler(route, main);
export { route };
