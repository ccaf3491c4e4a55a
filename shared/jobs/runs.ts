import { ulid } from 'ulid';
import { absent, TenantStore, type Item, type WriteOp } from '../db/tenant-store.ts';
import { conflict } from '../http/problems.ts';
import { keys } from '../keys.ts';
import type { TenantContext } from '../tenancy.ts';
import type { Progress } from './job.ts';

/**
 * Run records: one item per run of a job (status, progress, counts, errors, checkpoint), and one
 * state item per job with its last run, for `GET /v1/jobs`.
 */
export type RunState = 'queued' | 'running' | 'succeeded' | 'failed';

export interface JobRun {
  runId: string;
  job: string;
  tenantId: string;
  asOf: string;
  trigger: 'schedule' | 'manual';
  requestedBy: string;
  state: RunState;
  requestedAt: string;
  startedAt?: string;
  finishedAt?: string;
  /** While running: the attempt holding the run and until when (a crashed attempt's lease expires). */
  leaseUntil?: number;
  attempts: number;
  progress: Progress;
  counts?: Record<string, number>;
  error?: string;
}

export interface JobState {
  job: string;
  lastRunId: string;
  lastState: RunState;
  lastAsOf: string;
  lastFinishedAt?: string;
}

/**
 * How long an attempt owns a run without reporting progress before another may take over.
 * `GASCARE_JOB_LEASE_SECONDS` shortens it (the crash-safety test: a killed runtime's run is taken
 * over after a few seconds, not two minutes); default 120.
 */
export const LEASE_SECONDS = Number(process.env.GASCARE_JOB_LEASE_SECONDS) > 0 ? Number(process.env.GASCARE_JOB_LEASE_SECONDS) : 120;

export const runView = ({ runId, job, asOf, trigger, requestedBy, state, requestedAt, startedAt, finishedAt, attempts, progress, counts, error }: JobRun) => ({
  runId,
  job,
  asOf,
  trigger,
  requestedBy,
  state,
  requestedAt,
  startedAt: startedAt ?? null,
  finishedAt: finishedAt ?? null,
  attempts,
  progress: { done: progress.done, total: progress.total ?? null },
  counts: counts ?? progress.counts ?? {},
  error: error ?? null,
});

/**
 * Queue a run. The insert reaches the job runner through the table's stream (in AWS a filtered
 * event source mapping, locally the stream poller), so an API call never waits for a job.
 * Scheduled runs are keyed on (job, asOf): a schedule delivered twice queues one run.
 */
export async function queueRun(ctx: TenantContext, job: string, asOf: Date, trigger: JobRun['trigger']): Promise<JobRun> {
  const now = new Date();
  const run: JobRun = {
    runId: ulid(now.getTime()),
    job,
    tenantId: ctx.tenantId,
    asOf: asOf.toISOString(),
    trigger,
    requestedBy: ctx.principal.id,
    state: 'queued',
    requestedAt: now.toISOString(),
    attempts: 0,
    progress: { done: 0 },
  };
  const writes: WriteOp[] = [{ kind: 'put', item: runItem(run) }];
  if (trigger === 'schedule') {
    const guard = keys.jobScheduleGuard(ctx.tenantId, job, run.asOf);
    writes.push({
      kind: 'put',
      item: { ...guard, entity: 'job-asof', runId: run.runId, ttl: Math.floor(now.getTime() / 1000) + 30 * 86400 },
      condition: absent(conflict(`${job} already ran as of ${run.asOf}`, 'duplicate-schedule')),
    });
  }
  await new TenantStore(ctx).commit({
    writes,
    audit: { action: 'job.run-requested', subject: { type: 'job', id: job }, summary: `${job} as of ${run.asOf}`, detail: { runId: run.runId, trigger } },
  });
  return run;
}

export const runItem = (run: JobRun): Item => ({ ...keys.jobRun(run.tenantId, run.job, run.runId), entity: 'job-run', ...run });

export async function getRun(store: TenantStore, job: string, runId: string): Promise<JobRun | undefined> {
  return store.get<JobRun>(keys.jobRun(store.tenantId, job, runId), true);
}
