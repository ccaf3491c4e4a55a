import { BatchGetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { documentClient } from '../db/client.ts';
import { keys } from '../keys.ts';
import { tableName } from '../table.ts';

/**
 * The publisher's side of notifications (functions/events/publish-outbox.ts): which
 * `notification.requested` messages still need handing over, and what became of each.
 * Idempotent over stream redelivery: a notification already handed over (`publishedAt`) is not
 * published again, and its state and attempts change once (conditional on the state and attempts
 * read). Lean on purpose: the publisher's bundle has no zod and no TenantStore, so it talks to the
 * table through the document client, with every key from `keys.notification` (always under the
 * message's own `T#<tenant>#`, which is also what the publisher role's LeadingKeys allow).
 */
export interface DeliveryMessage {
  id: string;
  tenantId: string;
  type: string;
  data: Record<string, unknown>;
}

/** The delivery fields of a stored notification. */
export interface DeliveryState {
  id: string;
  channel: string;
  state: string;
  attempts: number;
  publishedAt?: string;
}

/** The event type (also exported by ./notification.ts, which the publisher does not load). */
const NOTIFICATION_REQUESTED = 'notification.requested';

/** SNS attempts (stream deliveries) before a notification is `failed` for good. */
export const MAX_ATTEMPTS = 3;

const notificationIdOf = (m: DeliveryMessage) => (m.type === NOTIFICATION_REQUESTED && typeof m.data.notificationId === 'string' ? m.data.notificationId : undefined);

export interface NotificationDeliveries {
  /** The messages to publish: every message but the notifications handed over already (or gone). */
  pending<M extends DeliveryMessage>(messages: M[]): Promise<{ messages: M[]; notifications: Map<string, DeliveryState> }>;
  /** Record the outcome of each notification message published (`error`: SNS refused it). */
  record(outcomes: { message: DeliveryMessage; error?: string }[], notifications: Map<string, DeliveryState>): Promise<void>;
}

async function readStates(keyList: { pk: string; sk: string }[]): Promise<DeliveryState[]> {
  const found: DeliveryState[] = [];
  for (let i = 0; i < keyList.length; i += 100) {
    let request: Record<string, { Keys: { pk: string; sk: string }[]; ConsistentRead: boolean }> | undefined = { [tableName()]: { Keys: keyList.slice(i, i + 100), ConsistentRead: true } };
    while (request && Object.keys(request).length) {
      const out = await documentClient().send(new BatchGetCommand({ RequestItems: request }));
      found.push(...((out.Responses?.[tableName()] ?? []) as DeliveryState[]));
      request = out.UnprocessedKeys as typeof request;
    }
  }
  return found;
}

export const notificationDeliveries: NotificationDeliveries = {
  async pending(messages) {
    const wanted = messages.filter((m) => notificationIdOf(m));
    const notifications = new Map<string, DeliveryState>();
    if (wanted.length) for (const n of await readStates(wanted.map((m) => keys.notification(m.tenantId, notificationIdOf(m)!)))) notifications.set(n.id, n);
    const keep = messages.filter((m) => {
      const id = notificationIdOf(m);
      if (!id) return true;
      const n = notifications.get(id);
      return n !== undefined && !n.publishedAt && (n.state === 'queued' || n.state === 'open');
    });
    return { messages: keep, notifications };
  },

  async record(outcomes, notifications) {
    const now = new Date().toISOString();
    await Promise.all(
      outcomes.map(async ({ message, error }) => {
        const id = notificationIdOf(message);
        const n = id ? notifications.get(id) : undefined;
        if (!n) return;
        const attempts = n.attempts + 1;
        const set: Record<string, unknown> = error
          ? { attempts, lastError: error.slice(0, 500), updatedAt: now, ...(attempts >= MAX_ATTEMPTS ? { state: 'failed' } : {}) }
          : { attempts, publishedAt: now, updatedAt: now, ...(n.channel === 'phone-task' ? {} : { state: 'sent', sentAt: now }) };
        const fields = Object.keys(set);
        try {
          await documentClient().send(
            new UpdateCommand({
              TableName: tableName(),
              Key: keys.notification(message.tenantId, n.id),
              UpdateExpression: `SET ${fields.map((_, i) => `#f${i} = :f${i}`).join(', ')}`,
              ConditionExpression: 'attribute_not_exists(publishedAt) AND #state = :state AND attempts = :attempts',
              ExpressionAttributeNames: { '#state': 'state', ...Object.fromEntries(fields.map((f, i) => [`#f${i}`, f])) },
              ExpressionAttributeValues: { ':state': n.state, ':attempts': n.attempts, ...Object.fromEntries(fields.map((f, i) => [`:f${i}`, set[f]])) },
            }),
          );
        } catch (e) {
          // An earlier or concurrent delivery of the same batch recorded it: nothing to count twice.
          if ((e as Error).name !== 'ConditionalCheckFailedException') throw e;
        }
      }),
    );
  },
};
