import { TenantStore } from '../shared/db/tenant-store.ts';
import type { JobImpl } from '../shared/jobs/job.ts';
import { executeRun } from '../shared/jobs/runner.ts';
import { LEASE_SECONDS, type JobRun } from '../shared/jobs/runs.ts';
import { isStoreUnavailable } from '../shared/http/store-unavailable.ts';
import { keys, PLATFORM_TENANT } from '../shared/keys.ts';
import { logger } from '../shared/logger.ts';
import { systemContext } from '../shared/tenancy.ts';

/**
 * Runs stranded by a dead process, driven again. In AWS a run's attempt that died (a Lambda timed
 * out or crashed) is retried by the stream's event source mapping, and the retry takes the run over
 * once its lease has expired. Locally the job worker is the runtime's own process: killed (kill -9,
 * a power cut) in the middle of a run, nothing would ever deliver that run's record again — the
 * run stayed `running` for good. So the local runtime looks, at its start and then every half
 * lease, at each tenant's most recent runs of every job: a `running` run whose lease has expired,
 * or a run `queued` for longer than a lease (its record's delivery died with the process), is
 * handed to the runner, which claims it under the same conditional lease as any attempt (a live
 * attempt wins) and resumes it from its last checkpoint.
 */
const RECENT_RUNS = 20;

export function startRunResumer(jobNames: readonly string[], load: (job: string) => Promise<JobImpl | undefined>): { stop(): Promise<void> } {
  const directory = new TenantStore(systemContext(PLATFORM_TENANT, 'run-resumer', 'run-resumer'));
  const driving = new Set<string>();
  const inflight = new Set<Promise<unknown>>();
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;

  async function sweep() {
    const now = Math.floor(Date.now() / 1000);
    const { items: tenants } = await directory.query<{ tenantId: string }>({ pk: keys.tenantDirectoryPartition(), limit: 200 });
    for (const { tenantId } of tenants) {
      const store = new TenantStore(systemContext(tenantId, 'run-resumer', 'run-resumer'));
      for (const job of jobNames) {
        const { items } = await store.query<JobRun>({ pk: keys.jobRunsPartition(tenantId, job), sk: { beginsWith: keys.jobRunPrefix() }, newestFirst: true, limit: RECENT_RUNS });
        for (const run of items) {
          const stranded =
            (run.state === 'running' && (run.leaseUntil ?? 0) < now) || (run.state === 'queued' && Date.parse(run.requestedAt) < (now - LEASE_SECONDS) * 1000);
          const id = `${tenantId}/${job}/${run.runId}`;
          if (!stranded || driving.has(id) || stopped) continue;
          const impl = await load(job);
          if (!impl) continue;
          logger.info('resuming a stranded job run', { tenantId, job, runId: run.runId, state: run.state, attempts: run.attempts });
          driving.add(id);
          const work = executeRun(tenantId, impl, run.runId)
            .catch((error) => logger.error('resuming a job run failed', { tenantId, job, runId: run.runId, error: (error as Error).message }))
            .finally(() => {
              driving.delete(id);
              inflight.delete(work);
            });
          inflight.add(work);
        }
      }
    }
  }

  const next = (ms: number) => {
    if (stopped) return;
    timer = setTimeout(() => {
      void sweep()
        .catch((error) => {
          if (!isStoreUnavailable(error)) logger.warn('job run sweep failed', { error: (error as Error).message });
        })
        .finally(() => next(Math.max(1, LEASE_SECONDS / 2) * 1000));
    }, ms);
    timer.unref?.();
  };
  next(0);
  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await Promise.allSettled([...inflight]);
    },
  };
}
