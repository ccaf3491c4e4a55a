import type { TenantStore } from '../db/tenant-store.ts';
import type { logger } from '../logger.ts';
import type { TenantContext } from '../tenancy.ts';

/**
 * A line of the schedule manifest: plain data read by CDK (EventBridge Scheduler) and by the local
 * cron alike. The job reads its own configuration (cadences, targets) from the tenant's data, so
 * changing a cadence is a data change, not a redeploy.
 */
export interface JobDef {
  name: string;
  summary: string;
  /** EventBridge Scheduler expression, e.g. `cron(30 1 * * ? *)` or `rate(5 minutes)`. */
  schedule: string;
  /** Time zone the cron expression is read in. */
  timeZone: string;
}

export interface Progress {
  done: number;
  total?: number;
  /** Where to resume if the run is interrupted (opaque to the runner). */
  checkpoint?: Record<string, unknown>;
  counts?: Record<string, number>;
}

export interface JobContext {
  ctx: TenantContext;
  store: TenantStore;
  /** The time the job runs "as of": the scheduled time, or the time an admin asked for. */
  asOf: Date;
  runId: string;
  /** The checkpoint of an interrupted earlier attempt of this run, if any. */
  resumeFrom?: Record<string, unknown>;
  /** Persist progress (shown in the console) and a checkpoint to resume from. */
  progress(p: Progress): Promise<void>;
  log: typeof logger;
}

/** A job as the worker runs it: its name (the manifest's) and its implementation. */
export interface JobImpl {
  name: string;
  /** Returns the run's final counts (e.g. `{ customers: 1234, regions: 8 }`). */
  run(job: JobContext): Promise<Record<string, number>>;
}
