import type { JobImpl } from '../../shared/jobs/job.ts';
import { impl as archiveStats } from '../customers/jobs/archive-stats.ts';

/** Every job implementation, by name. Each one's definition is also a line of shared/schedules.ts. */
const JOBS: JobImpl[] = [archiveStats];

export const jobImpl = (name: string): JobImpl | undefined => JOBS.find((j) => j.def.name === name);
