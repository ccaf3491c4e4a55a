import * as z from 'zod';
import { IsoDateTime, pageQuery, Ulid } from './common.ts';

export const RUN_STATES = ['queued', 'running', 'succeeded', 'failed'] as const;
export const RUN_TRIGGERS = ['schedule', 'manual'] as const;

export const JobName = z.string().regex(/^[a-z][a-z0-9-]{1,40}$/, 'a job name such as "archive-stats"');
export const JobParams = z.strictObject({ job: JobName });
export const RunParams = z.strictObject({ job: JobName, runId: Ulid });
export const StartRunBody = z.strictObject({ asOf: IsoDateTime.optional() });
export const RunsQuery = pageQuery(100);

export const Run = z.strictObject({
  runId: z.string(),
  job: z.string(),
  asOf: IsoDateTime,
  trigger: z.enum(RUN_TRIGGERS),
  requestedBy: z.string(),
  state: z.enum(RUN_STATES),
  requestedAt: IsoDateTime,
  startedAt: IsoDateTime.nullable(),
  finishedAt: IsoDateTime.nullable(),
  attempts: z.int(),
  progress: z.strictObject({ done: z.number(), total: z.number().nullable() }),
  counts: z.record(z.string(), z.number()),
  error: z.string().nullable(),
});

export const Job = z.strictObject({
  name: z.string(),
  summary: z.string(),
  schedule: z.string(),
  timeZone: z.string(),
  lastRun: z
    .strictObject({ runId: z.string(), state: z.enum(RUN_STATES), asOf: IsoDateTime, finishedAt: IsoDateTime.nullable() })
    .nullable(),
});

export type Run = z.infer<typeof Run>;
export type Job = z.infer<typeof Job>;
