import { TenantStore } from '../../shared/db/tenant-store.ts';
import { httpHandler, type Request } from '../../shared/http/handler.ts';
import { ok } from '../../shared/http/reply.ts';
import { runView, type JobRun } from '../../shared/jobs/runs.ts';
import { keys } from '../../shared/keys.ts';
import { listRuns as route } from './routes.ts';

export const main = async ({ ctx, params, query }: Request<typeof route>) => {
  const page = await new TenantStore(ctx).query<JobRun>({
    pk: keys.jobRunsPartition(ctx.tenantId, params.job),
    sk: { beginsWith: keys.jobRunPrefix() },
    newestFirst: true,
    limit: query.limit ?? 20,
    cursor: query.cursor,
  });
  return ok({ items: page.items.map(runView), nextCursor: page.nextCursor ?? null });
};

export const handler = httpHandler(route, main);
export { route };
