import type { DynamoDBStreamEvent } from 'aws-lambda';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { executeRun } from '../../shared/jobs/runner.ts';
import type { JobRun } from '../../shared/jobs/runs.ts';
import { logger } from '../../shared/logger.ts';
import { jobImpl } from './registry.ts';

/**
 * Stream consumer: a run record inserted in state `queued` is executed. In AWS the event source
 * mapping filters to `entity = job-run` inserts; locally the stream poller routes the same records.
 */
export const isQueuedRun = (image: Record<string, unknown> | undefined): image is JobRun & Record<string, unknown> =>
  image?.entity === 'job-run' && image.state === 'queued';

export const handler = async (event: DynamoDBStreamEvent) => {
  for (const record of event.Records) {
    if (record.eventName !== 'INSERT' || !record.dynamodb?.NewImage) continue;
    const image = unmarshall(record.dynamodb.NewImage as Record<string, AttributeValue>);
    if (!isQueuedRun(image)) continue;
    const impl = jobImpl(image.job);
    if (!impl) {
      logger.error('queued run of an unknown job', { job: image.job, runId: image.runId });
      continue;
    }
    await executeRun(image.tenantId, impl, image.runId);
  }
};
