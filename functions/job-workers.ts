import type { JobWorker } from '../shared/capability.ts';
import type { JobImpl } from '../shared/jobs/job.ts';

/**
 * Every job's implementation, by the job's name in the manifest (a test keeps the two lists
 * equal). Only the functions that run jobs import this file — the job worker, the local
 * runtime's seed and its run resumer — so the manifest's other readers bundle none of this code; and it does not
 * import the manifest, so the worker bundles no route contract.
 */
export const JOB_WORKERS: Readonly<Record<string, JobWorker>> = {
  'assessment-annual': async () => (await import('./assessments/jobs/assessment.ts')).assessmentJob('annual').run,
  'assessment-quarterly': async () => (await import('./assessments/jobs/assessment.ts')).assessmentJob('quarterly').run,
  'archive-stats': async () => (await import('./customers/jobs/archive-stats.ts')).run,
  'reindex-customers': async () => (await import('./customers/jobs/reindex-customers.ts')).run,
  'notifications-release': async () => (await import('./notifications/jobs/release-held.ts')).run,
  'read-cycles': async () => (await import('./reading/jobs/read-cycles.ts')).run,
  'sla-sweep': async () => (await import('./tickets/jobs/sla-sweep.ts')).run,
  'survey-campaigns': async () => (await import('./surveys/jobs/survey-campaigns.ts')).run,
};

/** A job with its implementation loaded (the worker's view); undefined for a name no job has. */
export async function loadJob(name: string): Promise<JobImpl | undefined> {
  const worker = Object.hasOwn(JOB_WORKERS, name) ? JOB_WORKERS[name] : undefined;
  return worker ? { name, run: await worker() } : undefined;
}
