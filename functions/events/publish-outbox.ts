import type { DynamoDBStreamEvent } from 'aws-lambda';
import { PublishBatchCommand, SNSClient } from '@aws-sdk/client-sns';
import { insertedImages } from '../../shared/stream-images.ts';
import { tracer } from '../../shared/tracer.ts';

/**
 * Transactional outbox → notifications. Outbox items are written in the same transaction as the
 * business change; the table's stream brings them here, and each becomes a message on the tenant's
 * SNS topic (SMS, e-mail and HTTPS subscriptions hang off the topic).
 */
export interface OutboxMessage {
  id: string;
  tenantId: string;
  type: string;
  at: string;
  data: Record<string, unknown>;
  correlationId?: string;
}

export type EventSink = (messages: OutboxMessage[]) => Promise<void>;

export function snsSink(topicArn: string, sns = new SNSClient({})): EventSink {
  return async (messages) => {
    for (let i = 0; i < messages.length; i += 10) {
      const batch = messages.slice(i, i + 10);
      const out = await sns.send(
        new PublishBatchCommand({
          TopicArn: topicArn,
          PublishBatchRequestEntries: batch.map((m) => ({
            Id: m.id,
            Message: JSON.stringify(m),
            MessageAttributes: {
              type: { DataType: 'String', StringValue: m.type },
              tenantId: { DataType: 'String', StringValue: m.tenantId },
            },
          })),
        }),
      );
      // A partial failure fails the batch: the stream redelivers, and subscribers dedupe on `id`.
      if (out.Failed?.length) throw new Error(`SNS refused ${out.Failed.length} message(s): ${out.Failed[0]?.Message ?? ''}`);
    }
  };
}

export function makePublisher(sink: EventSink) {
  return async (event: DynamoDBStreamEvent) => {
    const messages = insertedImages(event, 'outbox').map(({ id, tenantId, type, at, data, correlationId }) => ({ id, tenantId, type, at, data, correlationId }) as OutboxMessage);
    if (messages.length) await sink(messages);
    return { published: messages.length };
  };
}

/** The Lambda entry: the tenant stack sets TOPIC_ARN to its SNS topic. */
let publish: ReturnType<typeof makePublisher> | undefined;
export const handler = (event: DynamoDBStreamEvent) =>
  (publish ??= makePublisher(snsSink(process.env.TOPIC_ARN ?? '', tracer.captureAWSv3Client(new SNSClient({})))))(event);
