import { TenantStore } from '../../shared/db/tenant-store.ts';
import { conflictError, notFoundError } from '../../shared/errors.ts';
import { httpHandler, type Request } from '../../shared/http/handler.ts';
import { ok } from '../../shared/http/reply.ts';
import { keys } from '../../shared/keys.ts';
import { policyVersions } from '../../shared/policies/policy-store.ts';
import { sectionNamed, sectionView } from './policy-service.ts';
import { cancelPolicyVersion as route } from './routes.ts';

/** Only a change that has not taken effect may be withdrawn: what was in force stays on record. */
export const main = async ({ ctx, params }: Request<typeof route>) => {
  const section = sectionNamed(params.section);
  const store = new TenantStore(ctx);
  const versions = await policyVersions(store, section.name);
  const version = versions.find((v) => v.id === params.versionId);
  if (!version) throw notFoundError('policy version', { versionId: params.versionId });
  const now = new Date();
  if (Date.parse(version.effectiveFrom) <= now.getTime()) {
    throw conflictError('policy-in-effect', 'This version has taken effect already; schedule a new version instead', { versionId: version.id, effectiveFrom: version.effectiveFrom });
  }
  const key = keys.policyVersion(ctx.tenantId, section.name, version.effectiveFrom, version.id);
  await store.commit({
    writes: [
      {
        kind: 'delete',
        key,
        // Not in effect yet at the moment of the write either (a slow request must not delete a version that became current).
        condition: {
          expression: 'attribute_exists(pk) AND effectiveFrom > :now',
          values: { ':now': new Date().toISOString() },
          onFail: conflictError('policy-in-effect', 'This version has taken effect already; schedule a new version instead', { versionId: version.id }),
        },
      },
    ],
    audit: {
      action: 'policy.cancelled',
      subject: { type: 'policy', id: section.name },
      summary: `${section.name}: the version from ${version.effectiveFrom} withdrawn`,
      detail: { versionId: version.id, effectiveFrom: version.effectiveFrom, values: version.values },
    },
    events: [{ type: 'policy.cancelled', data: { section: section.name, versionId: version.id, effectiveFrom: version.effectiveFrom } }],
  });
  return ok(sectionView(section, versions.filter((v) => v !== version), now));
};

export const handler = httpHandler(route, main);
export { route };
