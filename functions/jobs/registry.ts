import type { JobImpl } from '../../shared/jobs/job.ts';

/** Every job implementation, by name. Each one's definition is also a line of shared/schedules.ts. */
const JOBS: JobImpl[] = [];

export const jobImpl = (name: string): JobImpl | undefined => JOBS.find((j) => j.def.name === name);
