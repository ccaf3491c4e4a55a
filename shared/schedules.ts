import type { JobDef } from './jobs/job.ts';
import { def as archiveStats } from '../functions/customers/jobs/archive-stats.ts';

/**
 * The schedule manifest: every periodic job of a tenant. CDK turns each line into an EventBridge
 * Scheduler schedule per tenant; the local runtime's cron reads the same lines. Adding a job is a
 * line here (its definition lives beside its implementation in functions/<context>/jobs/) plus
 * a line in functions/jobs/registry.ts.
 */
export const SCHEDULES: JobDef[] = [archiveStats];

export const scheduleOf = (name: string) => SCHEDULES.find((s) => s.name === name);
