import { TenantStore } from '../../shared/db/tenant-store.ts';
import { httpHandler, type Request } from '../../shared/http/handler.ts';
import { ok } from '../../shared/http/reply.ts';
import { POLICY_SECTIONS } from '../../shared/contract/policy-sections.ts';
import { loadSectionView } from './policy-service.ts';
import { listPolicies as route } from './routes.ts';

/** One Query per section (a few dozen sections, a handful of versions each). */
export const main = async ({ ctx, query }: Request<typeof route>) => {
  const store = new TenantStore(ctx);
  const at = query.at ? new Date(query.at) : new Date();
  return ok({ items: await Promise.all(POLICY_SECTIONS.map((section) => loadSectionView(store, section, at))) });
};

export const handler = httpHandler(route, main);
export { route };
