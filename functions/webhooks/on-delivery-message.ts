import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { logger } from '../../shared/logger.ts';
import { attemptDelivery, type DeliveryDeps, type DeliveryMessage } from './delivery.ts';
import { httpPoster } from './post.ts';
import { sqsQueue } from './sqs-queue.ts';

/**
 * The delivery function in AWS: SQS messages → attempts, each message on its own (in parallel),
 * so one slow receiver holds up only its own messages. What the attempt records (a receiver's
 * failure) is not an error here; an error is the store or the queue failing, and only that
 * message goes back to SQS (partial batch response), to the queue's DLQ after its receives.
 */
export function makeDeliveryHandler(deps: DeliveryDeps) {
  return async (event: SQSEvent): Promise<SQSBatchResponse> => {
    const failures = await Promise.all(
      event.Records.map(async (record) => {
        try {
          await attemptDelivery(JSON.parse(record.body) as DeliveryMessage, deps);
          return undefined;
        } catch (error) {
          logger.error('webhook delivery attempt failed', { messageId: record.messageId, error: error as Error });
          return { itemIdentifier: record.messageId };
        }
      }),
    );
    return { batchItemFailures: failures.filter((f) => f !== undefined) };
  };
}

let handle: ReturnType<typeof makeDeliveryHandler> | undefined;
export const handler = (event: SQSEvent) => (handle ??= makeDeliveryHandler({ queue: sqsQueue(process.env.WEBHOOK_QUEUE_URL ?? ''), post: httpPoster({ allowLoopback: false }) }))(event);
