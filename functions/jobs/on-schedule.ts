import { logger } from '../../shared/logger.ts';
import { queueRun } from '../../shared/jobs/runs.ts';
import { Problem } from '../../shared/http/problems.ts';
import { jobOf } from '../manifest.ts';
import { systemContext } from '../../shared/tenancy.ts';

/**
 * Target of the tenant's EventBridge Scheduler schedules (and of the local cron): queue a run
 * as of the scheduled time. The run itself starts from the table's stream (on-run-queued).
 */
export interface ScheduleEvent {
  tenantId: string;
  job: string;
  /** `<aws.scheduler.scheduled-time>` in AWS; the cron's minute locally. */
  scheduledTime: string;
}

export const handler = async (event: ScheduleEvent) => {
  if (!jobOf(event.job)) throw new Error(`unknown job ${event.job}`);
  const ctx = systemContext(event.tenantId, 'scheduler', `schedule:${event.job}:${event.scheduledTime}`);
  try {
    const run = await queueRun(ctx, event.job, new Date(event.scheduledTime), 'schedule');
    return { runId: run.runId };
  } catch (error) {
    if (error instanceof Problem && error.type === 'duplicate-schedule') {
      logger.info('schedule delivered twice; the first delivery queued the run', { ...event });
      return { runId: null };
    }
    throw error;
  }
};
