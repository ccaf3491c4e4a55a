import { TenantStore } from '../../shared/db/tenant-store.ts';
import { httpHandler, type Request } from '../../shared/http/handler.ts';
import { ok } from '../../shared/http/reply.ts';
import { resultsFile } from './results-export.ts';
import { campaignResults as route } from './routes.ts';
import { campaignResults } from './survey-results.ts';

export const main = async ({ ctx, params, query }: Request<typeof route>) => {
  const results = await campaignResults(new TenantStore(ctx), params.id, query);
  return query.format && query.format !== 'json' ? resultsFile(results, query.format, `survey-${params.id}${query.period ? `-${query.period}` : ''}`) : ok(results);
};

export const handler = httpHandler(route, main);
export { route };
