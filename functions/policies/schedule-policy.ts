import { TenantStore } from '../../shared/db/tenant-store.ts';
import { httpHandler, type Request } from '../../shared/http/handler.ts';
import { ok } from '../../shared/http/reply.ts';
import { inStoreOrder, newVersion, policyVersions } from '../../shared/policies/policy-store.ts';
import { changedPaths, checkedEffectiveFrom, checkedValues, sectionNamed, sectionView, versionAt } from './policy-service.ts';
import { schedulePolicy as route } from './routes.ts';

/**
 * A new version of a section. Versions are append-only, so two admins scheduling at once both
 * land (the later written wins a tie of `effectiveFrom`); nothing is overwritten.
 */
export const main = async ({ ctx, params, body }: Request<typeof route>) => {
  const section = sectionNamed(params.section);
  const values = checkedValues(section, body.values);
  const now = new Date();
  const effectiveFrom = checkedEffectiveFrom(body.effectiveFrom, now);
  const store = new TenantStore(ctx);
  const versions = await policyVersions(store, section.name);
  const before = versionAt(versions, new Date(effectiveFrom))?.values ?? section.defaults;
  const { id, write, version } = newVersion(store, { section: section.name, values, effectiveFrom, reason: body.reason, now });
  await store.commit({
    writes: [write],
    audit: {
      action: 'policy.scheduled',
      subject: { type: 'policy', id: section.name },
      summary: `${section.name} from ${effectiveFrom}: ${body.reason}`,
      detail: { versionId: id, effectiveFrom, changed: changedPaths(before, values) },
    },
    events: [{ type: 'policy.scheduled', data: { section: section.name, versionId: id, effectiveFrom } }],
  });
  return ok(sectionView(section, inStoreOrder([...versions, version]), now));
};

export const handler = httpHandler(route, main);
export { route };
