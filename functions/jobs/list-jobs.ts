import { TenantStore } from '../../shared/db/tenant-store.ts';
import { httpHandler, type Request } from '../../shared/http/handler.ts';
import type { JobState } from '../../shared/jobs/runs.ts';
import { ok } from '../../shared/http/reply.ts';
import { keys } from '../../shared/keys.ts';
import { JOBS } from '../manifest.ts';
import { listJobs as route } from './routes.ts';

export const main = async ({ ctx }: Request<typeof route>) => {
  const store = new TenantStore(ctx);
  const states = await store.getMany<JobState>(JOBS.map((s) => keys.jobState(ctx.tenantId, s.name)));
  return ok({
    items: JOBS.map((def) => {
      const state = states.find((s) => s.job === def.name);
      return {
        name: def.name,
        summary: def.summary,
        schedule: def.schedule,
        timeZone: def.timeZone,
        lastRun: state ? { runId: state.lastRunId, state: state.lastState, asOf: state.lastAsOf, finishedAt: state.lastFinishedAt ?? null } : null,
      };
    }),
  });
};

export const handler = httpHandler(route, main);
export { route };
