import { SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { DeliveryMessage, DeliveryQueue } from './delivery.ts';

/** SQS holds a message back at most 15 minutes: a longer wait is that much now, and the rest when it comes back (delivery.ts). */
export const MAX_DELAY_SECONDS = 900;

/** The delivery queue in AWS (the tenant stack's, with its dead-letter queue). */
export function sqsQueue(queueUrl: string, sqs = new SQSClient({})): DeliveryQueue {
  return {
    async send(message: DeliveryMessage, delaySeconds: number) {
      await sqs.send(new SendMessageCommand({ QueueUrl: queueUrl, MessageBody: JSON.stringify(message), DelaySeconds: Math.min(MAX_DELAY_SECONDS, Math.max(0, Math.ceil(delaySeconds))) }));
    },
  };
}
