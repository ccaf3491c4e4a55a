import { httpHandler, type Request } from '../../shared/http/handler.ts';
import { notFound } from '../../shared/http/problems.ts';
import { accepted } from '../../shared/http/reply.ts';
import { queueRun, runView } from '../../shared/jobs/runs.ts';
import { jobOf } from '../manifest.ts';
import { startRun as route } from './routes.ts';

/** "Run the quarterly assessment as of 2026-10-01": how admins, tests and demos move through time. */
export const main = async ({ ctx, params, body }: Request<typeof route>) => {
  if (!jobOf(params.job)) throw notFound('Job');
  const run = await queueRun(ctx, params.job, body.asOf ? new Date(body.asOf) : new Date(), 'manual');
  return accepted(runView(run), `/v1/jobs/${params.job}/runs/${run.runId}`);
};

export const handler = httpHandler(route, main);
export { route };
