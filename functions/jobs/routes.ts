import { z } from 'zod';
import { defineRoute } from '../../shared/http/route.ts';
import { IsoDateTime, Ulid } from '../../shared/schemas.ts';

const JobName = z.string().regex(/^[a-z][a-z0-9-]{1,40}$/, 'a job name such as "archive-stats"');

export const listJobs = defineRoute({
  context: 'jobs',
  method: 'GET',
  path: '/v1/jobs',
  summary: 'The scheduled jobs with their schedule, last run and status (admin)',
  access: { roles: ['admin'] },
  tags: ['jobs'],
});

export const startRun = defineRoute({
  context: 'jobs',
  method: 'POST',
  path: '/v1/jobs/{job}/runs',
  summary: 'Run a scheduled job now, as of a given time (admin); 202 with the run record',
  access: { roles: ['admin'] },
  params: z.strictObject({ job: JobName }),
  body: z.strictObject({ asOf: IsoDateTime.optional() }),
  idempotent: true,
  tags: ['jobs'],
});

export const getRun = defineRoute({
  context: 'jobs',
  method: 'GET',
  path: '/v1/jobs/{job}/runs/{runId}',
  summary: 'A run of a job: status, progress and counts (admin)',
  access: { roles: ['admin'] },
  params: z.strictObject({ job: JobName, runId: Ulid }),
  tags: ['jobs'],
});

export const listRuns = defineRoute({
  context: 'jobs',
  method: 'GET',
  path: '/v1/jobs/{job}/runs',
  summary: 'Recent runs of a job, newest first (admin)',
  access: { roles: ['admin'] },
  params: z.strictObject({ job: JobName }),
  query: z.strictObject({ cursor: z.string().max(2048).optional(), limit: z.coerce.number().int().min(1).max(100).optional() }),
  tags: ['jobs'],
});
