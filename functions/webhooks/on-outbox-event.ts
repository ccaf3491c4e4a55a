import type { DynamoDBStreamEvent } from 'aws-lambda';
import { subscribed, isWebhookEventType } from '../../shared/contract/webhooks.ts';
import { absent, TenantStore } from '../../shared/db/tenant-store.ts';
import { deliveryFromItem, deliveryItem, newDelivery, webhookFromItem, type WebhookRecord } from '../../shared/entities/webhook.ts';
import { conflictError, isDomainError } from '../../shared/errors.ts';
import { keys } from '../../shared/keys.ts';
import { insertedImages } from '../../shared/stream-images.ts';
import { systemContext } from '../../shared/tenancy.ts';
import type { DeliveryMessage, DeliveryQueue } from './delivery.ts';
import { sqsQueue } from './sqs-queue.ts';
import { DELIVERY_REQUESTED } from './webhook-service.ts';

/**
 * Stream consumer: outbox events → webhook deliveries on the queue. Each event a tenant's active
 * webhook subscribes to becomes one delivery item (keyed by webhook and event id, so a redelivered
 * stream batch creates none twice) and one queue message; a `webhook.delivery-requested` event (a
 * test ping, a redelivery) queues the delivery it names. One Query of the tenant's webhooks per
 * tenant and batch. A batch that fails is redelivered by the stream: a delivery found already
 * written but never attempted is queued again (the attempt itself drops duplicates).
 */
const PARALLEL = 8;

interface OutboxImage {
  id: string;
  tenantId: string;
  type: string;
  at: string;
  data: Record<string, unknown>;
}

export function makeFanOut(queue: DeliveryQueue) {
  return async (event: DynamoDBStreamEvent): Promise<{ queued: number }> => {
    const byTenant = new Map<string, OutboxImage[]>();
    for (const image of insertedImages(event, 'outbox') as unknown as OutboxImage[]) {
      if (image.type !== DELIVERY_REQUESTED && !isWebhookEventType(image.type)) continue;
      byTenant.set(image.tenantId, [...(byTenant.get(image.tenantId) ?? []), image]);
    }
    let queued = 0;
    for (const [tenantId, images] of byTenant) {
      const store = new TenantStore(systemContext(tenantId, 'webhook-fan-out', images[0]!.id));
      const messages: DeliveryMessage[] = [];
      for (const e of images.filter((i) => i.type === DELIVERY_REQUESTED)) {
        const { webhookId, deliveryId, round } = e.data as { webhookId: string; deliveryId: string; round: number };
        messages.push({ tenantId, webhookId, deliveryId, round });
      }
      const events = images.filter((i) => i.type !== DELIVERY_REQUESTED);
      if (events.length) {
        const page = await store.query({ pk: keys.webhooksPartition(tenantId), sk: { beginsWith: 'WEBHOOK#' }, limit: 100 });
        const hooks = page.items.map(webhookFromItem).filter((w) => w.state === 'active');
        const pairs = events.flatMap((e) => hooks.filter((w) => subscribed(w.events, e.type)).map((w) => ({ e, w })));
        for (let i = 0; i < pairs.length; i += PARALLEL) {
          const created = await Promise.all(pairs.slice(i, i + PARALLEL).map(({ e, w }) => createDelivery(store, w, e)));
          for (const m of created) if (m) messages.push(m);
        }
      }
      for (let i = 0; i < messages.length; i += PARALLEL) await Promise.all(messages.slice(i, i + PARALLEL).map((m) => queue.send(m, 0)));
      queued += messages.length;
    }
    return { queued };
  };
}

/** The delivery of an event to a webhook, written once; its message, unless it was written and attempted before. */
async function createDelivery(store: TenantStore, w: WebhookRecord, e: OutboxImage): Promise<DeliveryMessage | undefined> {
  const t = store.tenantId;
  const delivery = newDelivery(w.id, e, new Date().toISOString());
  const message = { tenantId: t, webhookId: w.id, deliveryId: delivery.id, round: 1 };
  try {
    await store.write({ kind: 'put', item: deliveryItem(t, delivery), condition: absent(conflictError('delivery-exists', 'written before', { id: delivery.id })) });
    return message;
  } catch (error) {
    if (!isDomainError(error, 'delivery-exists')) throw error;
    const item = await store.get(keys.webhookDelivery(t, w.id, delivery.id), true);
    const existing = item && deliveryFromItem(item);
    return existing && existing.state === 'pending' && existing.round === 1 && existing.attemptCount === 0 ? message : undefined;
  }
}

/** The fan-out function in AWS: the table's stream (outbox inserts of this tenant) → the delivery queue. */
let fanOut: ReturnType<typeof makeFanOut> | undefined;
export const handler = (event: DynamoDBStreamEvent) => (fanOut ??= makeFanOut(sqsQueue(process.env.WEBHOOK_QUEUE_URL ?? '')))(event);
