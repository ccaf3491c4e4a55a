import { Items, Page } from '../../shared/contract/common.ts';
import { Job, JobParams, Run, RunParams, RunsQuery, StartRunBody } from '../../shared/contract/jobs.ts';
import { defineRoute } from '../../shared/http/route.ts';

const tags = ['jobs'];
const admins = { roles: ['admin'] } as const;

export const listJobs = defineRoute({
  method: 'GET',
  path: '/v1/jobs',
  summary: 'The scheduled jobs with their schedule, last run and status (admin)',
  access: admins,
  responses: { 200: Items(Job) },
  tags,
});

export const startRun = defineRoute({
  method: 'POST',
  path: '/v1/jobs/{job}/runs',
  summary: 'Run a scheduled job now, as of a given time (admin); 202 with the run record',
  access: admins,
  params: JobParams,
  body: StartRunBody,
  idempotent: true,
  responses: { 202: Run },
  tags,
});

export const getRun = defineRoute({
  method: 'GET',
  path: '/v1/jobs/{job}/runs/{runId}',
  summary: 'A run of a job: status, progress and counts (admin)',
  access: admins,
  params: RunParams,
  responses: { 200: Run },
  tags,
});

export const listRuns = defineRoute({
  method: 'GET',
  path: '/v1/jobs/{job}/runs',
  summary: 'Recent runs of a job, newest first (admin)',
  access: admins,
  params: JobParams,
  query: RunsQuery,
  responses: { 200: Page(Run) },
  tags,
});
