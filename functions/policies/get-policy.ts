import { TenantStore } from '../../shared/db/tenant-store.ts';
import { httpHandler, type Request } from '../../shared/http/handler.ts';
import { ok } from '../../shared/http/reply.ts';
import { loadSectionView, sectionNamed } from './policy-service.ts';
import { getPolicy as route } from './routes.ts';

export const main = async ({ ctx, params, query }: Request<typeof route>) => {
  const section = sectionNamed(params.section);
  return ok(await loadSectionView(new TenantStore(ctx), section, query.at ? new Date(query.at) : new Date()));
};

export const handler = httpHandler(route, main);
export { route };
