import { TenantStore } from '../../shared/db/tenant-store.ts';
import type { JobImpl } from '../../shared/jobs/job.ts';
import { executeRun } from '../../shared/jobs/runner.ts';
import { getRun, queueRun } from '../../shared/jobs/runs.ts';
import { keys } from '../../shared/keys.ts';
import { systemContext } from '../../shared/tenancy.ts';
import { useFreshTable } from '../support/table.ts';

/**
 * The job machinery against DynamoDB Local, with a job defined here: run records, progress,
 * checkpoints, leases. (Product jobs are tested through HTTP in their own capability's tests.)
 */
const ctx = systemContext('demo', 'test', 'test');
const store = new TenantStore(ctx);

/** Counts 5 pages of 10, checkpointing after each; `seen` records the pages it processed. */
function pagedJob(seen: number[], failAtPage?: number): JobImpl {
  return {
    name: 'paged-test',
    async run({ resumeFrom, progress }) {
      let page = Number(resumeFrom?.page ?? 0);
      let total = Number(resumeFrom?.total ?? 0);
      while (page < 5) {
        if (page === failAtPage) throw new Error(`page ${page} is unreadable`);
        seen.push(page);
        total += 10;
        page += 1;
        await progress({ done: page * 10, total: 50, checkpoint: { page, total } });
      }
      return { items: total };
    },
  };
}

beforeAll(() => useFreshTable());

describe('job runs', () => {
  it('runs a queued run to success with progress, counts and a job state', async () => {
    const seen: number[] = [];
    const run = await queueRun(ctx, 'paged-test', new Date('2026-10-01T00:00:00+08:00'), 'manual');
    const done = await executeRun('demo', pagedJob(seen), run.runId);
    expect(done).toMatchObject({ state: 'succeeded', counts: { items: 50 }, progress: { done: 50, total: 50 }, asOf: '2026-09-30T16:00:00.000Z' });
    expect(seen).toEqual([0, 1, 2, 3, 4]);
    expect(await store.get(keys.jobState('demo', 'paged-test'))).toMatchObject({ lastRunId: run.runId, lastState: 'succeeded' });
  });

  it('records a failure with its message', async () => {
    const run = await queueRun(ctx, 'paged-test', new Date(), 'manual');
    const done = await executeRun('demo', pagedJob([], 2), run.runId);
    expect(done).toMatchObject({ state: 'failed', error: 'page 2 is unreadable', progress: { done: 20 } });
  });

  it('resumes an interrupted attempt from its checkpoint once the lease has expired', async () => {
    const run = await queueRun(ctx, 'paged-test', new Date(), 'manual');
    // An earlier attempt processed pages 0–2, then its Lambda died holding the run.
    await store.write({
      kind: 'update',
      key: keys.jobRun('demo', 'paged-test', run.runId),
      set: { state: 'running', attempts: 1, leaseUntil: Math.floor(Date.now() / 1000) - 1, progress: { done: 30, total: 50, checkpoint: { page: 3, total: 30 } } },
    });
    const seen: number[] = [];
    const done = await executeRun('demo', pagedJob(seen), run.runId);
    expect(seen).toEqual([3, 4]);
    expect(done).toMatchObject({ state: 'succeeded', counts: { items: 50 }, attempts: 2 });
  });

  it('leaves a run with a live lease to the attempt holding it', async () => {
    const run = await queueRun(ctx, 'paged-test', new Date(), 'manual');
    await store.write({ kind: 'update', key: keys.jobRun('demo', 'paged-test', run.runId), set: { state: 'running', attempts: 1, leaseUntil: Math.floor(Date.now() / 1000) + 60 } });
    const seen: number[] = [];
    const after = await executeRun('demo', pagedJob(seen), run.runId);
    expect(seen).toEqual([]);
    expect(after?.state).toBe('running');
  });

  it('executes a run once when delivered twice at the same time', async () => {
    const seen: number[] = [];
    const run = await queueRun(ctx, 'paged-test', new Date(), 'manual');
    await Promise.all([executeRun('demo', pagedJob(seen), run.runId), executeRun('demo', pagedJob(seen), run.runId)]);
    expect(seen).toEqual([0, 1, 2, 3, 4]);
    expect((await getRun(store, 'paged-test', run.runId))?.state).toBe('succeeded');
  });

  it('queues one run when a schedule is delivered twice for the same time', async () => {
    const asOf = new Date('2026-11-23T17:30:00Z');
    await queueRun(ctx, 'paged-test', asOf, 'schedule');
    await expect(queueRun(ctx, 'paged-test', asOf, 'schedule')).rejects.toMatchObject({ type: 'duplicate-schedule' });
    const runs = await store.query<{ asOf: string }>({ pk: keys.jobRunsPartition('demo', 'paged-test'), sk: { beginsWith: keys.jobRunPrefix() }, limit: 100 });
    expect(runs.items.filter((r) => r.asOf === asOf.toISOString())).toHaveLength(1);
  });
});
