import type { DynamoDBStreamEvent } from 'aws-lambda';
import { insertedImages } from '../../shared/stream-images.ts';
import { executeRun } from '../../shared/jobs/runner.ts';
import type { JobRun } from '../../shared/jobs/runs.ts';
import { logger } from '../../shared/logger.ts';
import { loadJob } from '../job-workers.ts';

/**
 * Stream consumer: a run record inserted in state `queued` is executed. In AWS the event source
 * mapping filters to `entity = job-run` inserts; locally the stream poller routes the same records.
 */
export const handler = async (event: DynamoDBStreamEvent) => {
  for (const image of insertedImages(event, 'job-run') as (JobRun & Record<string, unknown>)[]) {
    if (image.state !== 'queued') continue;
    const impl = await loadJob(image.job);
    if (!impl) {
      logger.error('queued run of an unknown job', { job: image.job, runId: image.runId });
      continue;
    }
    await executeRun(image.tenantId, impl, image.runId);
  }
};
