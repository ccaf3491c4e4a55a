import { TenantStore } from '../../shared/db/tenant-store.ts';
import { httpHandler, type Request } from '../../shared/http/handler.ts';
import { notFound } from '../../shared/http/problems.ts';
import { ok } from '../../shared/http/reply.ts';
import { getRun, runView } from '../../shared/jobs/runs.ts';
import { getRun as route } from './routes.ts';

export const main = async ({ ctx, params }: Request<typeof route>) => {
  const run = await getRun(new TenantStore(ctx), params.job, params.runId);
  if (!run) throw notFound('Run');
  return ok(runView(run));
};

export const handler = httpHandler(route, main);
export { route };
