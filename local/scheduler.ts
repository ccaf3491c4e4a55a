import { TenantStore } from '../shared/db/tenant-store.ts';
import type { JobDef } from '../shared/jobs/job.ts';
import { keys, PLATFORM_TENANT } from '../shared/keys.ts';
import { logger } from '../shared/logger.ts';
import { systemContext } from '../shared/tenancy.ts';
import type { ScheduleEvent } from '../functions/jobs/on-schedule.ts';
import { isDue, parseExpression } from './cron.ts';

/**
 * The local stand-in for EventBridge Scheduler: at every minute it finds the schedules of the
 * manifest that are due, for every tenant of the directory, and invokes the same target handler
 * with the same payload Scheduler would send.
 */
export function startScheduler(schedules: readonly JobDef[], target: (event: ScheduleEvent) => Promise<unknown>): { stop(): void } {
  const parsed = schedules.map((def) => ({ def, expression: parseExpression(def.schedule) }));
  const directory = new TenantStore(systemContext(PLATFORM_TENANT, 'scheduler', 'scheduler'));
  let timer: NodeJS.Timeout | undefined;

  async function tick(minute: Date) {
    const due = parsed.filter((p) => isDue(p.expression, minute, p.def.timeZone));
    if (!due.length) return;
    const { items: tenants } = await directory.query<{ tenantId: string }>({ pk: keys.tenantDirectoryPartition(), limit: 200 });
    for (const { tenantId } of tenants) {
      for (const { def } of due) {
        await target({ tenantId, job: def.name, scheduledTime: minute.toISOString() }).catch((error) =>
          logger.error('scheduled job could not be queued', { tenantId, job: def.name, error: (error as Error).message }),
        );
      }
    }
  }

  const scheduleNext = () => {
    const now = Date.now();
    const next = Math.floor(now / 60000) * 60000 + 60000;
    timer = setTimeout(() => {
      void tick(new Date(next)).finally(scheduleNext);
    }, next - now);
    timer.unref?.();
  };
  scheduleNext();
  return { stop: () => timer && clearTimeout(timer) };
}
