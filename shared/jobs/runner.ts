import { TenantStore } from '../db/tenant-store.ts';
import { conflict } from '../http/problems.ts';
import { keys } from '../keys.ts';
import { requestLogger } from '../logger.ts';
import { emitMetrics, MetricUnit } from '../observability.ts';
import { systemContext } from '../tenancy.ts';
import type { JobImpl, Progress } from './job.ts';
import { getRun, LEASE_SECONDS, type JobRun, type JobState } from './runs.ts';

const nowSeconds = () => Math.floor(Date.now() / 1000);

/**
 * Execute a queued run. Safe to call more than once for the same run (stream redelivery, a
 * Lambda that timed out): an attempt first claims the run with a lease; a live lease held by
 * another attempt wins, and an expired one is taken over from the last checkpoint.
 */
export async function executeRun(tenantId: string, impl: JobImpl, runId: string): Promise<JobRun | undefined> {
  const job = impl.name;
  const ctx = systemContext(tenantId, job, runId);
  const store = new TenantStore(ctx);
  const key = keys.jobRun(tenantId, job, runId);
  const log = requestLogger({ tenantId, job, runId });

  const run = await getRun(store, job, runId);
  if (!run || run.state === 'succeeded' || run.state === 'failed') return run;

  const attempt = run.attempts + 1;
  const lease = () => nowSeconds() + LEASE_SECONDS;
  try {
    await store.write({
      kind: 'update',
      key,
      set: { state: 'running', leaseUntil: lease(), startedAt: run.startedAt ?? new Date().toISOString(), attempts: attempt },
      condition: {
        expression: '#state = :queued OR (#state = :running AND #lease < :now)',
        names: { '#state': 'state', '#lease': 'leaseUntil' },
        values: { ':queued': 'queued', ':running': 'running', ':now': nowSeconds() },
        onFail: conflict('another attempt holds this run'),
      },
    });
  } catch {
    log.info('run held by another attempt');
    return getRun(store, job, runId);
  }

  const ownRun = {
    expression: '#attempts = :attempt',
    names: { '#attempts': 'attempts' },
    values: { ':attempt': attempt },
    onFail: conflict('the run was taken over by another attempt'),
  };
  const progress = async (p: Progress) => {
    await store.write({ kind: 'update', key, set: { progress: p, leaseUntil: lease() }, condition: ownRun });
  };

  let final: Partial<JobRun>;
  const started = Date.now();
  try {
    const counts = await impl.run({ ctx, store, asOf: new Date(run.asOf), runId, resumeFrom: run.progress.checkpoint, progress, log });
    final = { state: 'succeeded', counts };
  } catch (error) {
    log.error('job failed', error as Error);
    final = { state: 'failed', error: (error as Error).message.slice(0, 1000) };
  }
  emitMetrics({ tenant: tenantId, job }, [
    { name: 'jobRunsSucceeded', value: final.state === 'succeeded' ? 1 : 0 },
    { name: 'jobRunsFailed', value: final.state === 'failed' ? 1 : 0 },
    { name: 'jobRunDuration', value: Date.now() - started, unit: MetricUnit.Milliseconds },
  ]);
  const finishedAt = new Date().toISOString();
  const state: JobState = { job, lastRunId: runId, lastState: final.state!, lastAsOf: run.asOf, lastFinishedAt: finishedAt };
  await store.commit({
    writes: [
      { kind: 'update', key, set: { ...final, finishedAt }, remove: ['leaseUntil'], condition: ownRun },
      { kind: 'put', item: { ...keys.jobState(tenantId, job), entity: 'job-state', ...state } },
    ],
    audit: { action: `job.${final.state}`, subject: { type: 'job', id: job }, summary: `${job} as of ${run.asOf}`, detail: { runId, ...final } },
  });
  return getRun(store, job, runId);
}
