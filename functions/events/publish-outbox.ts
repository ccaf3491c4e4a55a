import type { DynamoDBStreamEvent } from 'aws-lambda';
import { PublishBatchCommand, SNSClient } from '@aws-sdk/client-sns';
import { notificationDeliveries, type NotificationDeliveries } from '../../shared/notifications/delivery.ts';
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
  /** Extra message attributes (a notification's `channel`, `notificationType`, `category`). */
  attributes?: Record<string, string>;
  correlationId?: string;
}

/** Hands messages over; returns the ones refused (by id), or throws when nothing could be handed over. */
export type EventSink = (messages: OutboxMessage[]) => Promise<void | { failed: { id: string; error: string }[] }>;

export function snsSink(topicArn: string, sns = new SNSClient({})): EventSink {
  return async (messages) => {
    const failed: { id: string; error: string }[] = [];
    for (let i = 0; i < messages.length; i += 10) {
      const batch = messages.slice(i, i + 10);
      const out = await sns.send(
        new PublishBatchCommand({
          TopicArn: topicArn,
          PublishBatchRequestEntries: batch.map((m) => ({
            Id: m.id,
            Message: JSON.stringify(m),
            MessageAttributes: {
              ...Object.fromEntries(Object.entries(m.attributes ?? {}).map(([name, value]) => [name, { DataType: 'String', StringValue: value }])),
              type: { DataType: 'String', StringValue: m.type },
              tenantId: { DataType: 'String', StringValue: m.tenantId },
            },
          })),
        }),
      );
      for (const f of out.Failed ?? []) failed.push({ id: f.Id ?? '', error: `${f.Code ?? 'refused'}: ${f.Message ?? ''}` });
    }
    return { failed };
  };
}

/**
 * The stream's outbox inserts → the sink. Notifications handed over already (a redelivered batch)
 * are skipped; each notification's outcome is recorded on it (`sent`, or an attempt with its
 * error, `failed` after MAX_ATTEMPTS). A partial failure then fails the batch: the stream
 * redelivers, and subscribers dedupe on `id`.
 */
export function makePublisher(sink: EventSink, deliveries: NotificationDeliveries = notificationDeliveries) {
  return async (event: DynamoDBStreamEvent) => {
    const inserted = insertedImages(event, 'outbox').map(
      ({ id, tenantId, type, at, data, attributes, correlationId }) => ({ id, tenantId, type, at, data, ...(attributes ? { attributes } : {}), correlationId }) as OutboxMessage,
    );
    if (!inserted.length) return { published: 0 };
    const { messages, notifications } = await deliveries.pending(inserted);
    if (!messages.length) return { published: 0 };
    const failed = (await sink(messages))?.failed ?? [];
    const errors = new Map(failed.map((f) => [f.id, f.error]));
    await deliveries.record(messages.map((message) => ({ message, error: errors.get(message.id) })), notifications);
    if (failed.length) throw new Error(`SNS refused ${failed.length} message(s): ${failed[0]?.error ?? ''}`);
    return { published: messages.length };
  };
}

/** The Lambda entry: the tenant stack sets TOPIC_ARN to its SNS topic. */
let publish: ReturnType<typeof makePublisher> | undefined;
export const handler = (event: DynamoDBStreamEvent) =>
  (publish ??= makePublisher(snsSink(process.env.TOPIC_ARN ?? '', tracer.captureAWSv3Client(new SNSClient({})))))(event);
