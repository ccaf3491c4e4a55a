import { TenantStore } from '../../shared/db/tenant-store.ts';
import { httpHandler, type Request } from '../../shared/http/handler.ts';
import { ok } from '../../shared/http/reply.ts';
import { resultsFile } from './results-export.ts';
import { surveyResults as route } from './routes.ts';
import { tenantResults } from './survey-results.ts';

export const main = async ({ ctx, query }: Request<typeof route>) => {
  const results = await tenantResults(new TenantStore(ctx), query);
  return query.format && query.format !== 'json' ? resultsFile(results, query.format, `satisfaction${query.period ? `-${query.period}` : ''}`) : ok(results);
};

export const handler = httpHandler(route, main);
export { route };
