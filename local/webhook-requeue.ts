import type { DeliveryQueue } from '../functions/webhooks/delivery.ts';
import { TenantStore } from '../shared/db/tenant-store.ts';
import { deliveryFromItem } from '../shared/entities/webhook.ts';
import { keys, PLATFORM_TENANT } from '../shared/keys.ts';
import { systemContext } from '../shared/tenancy.ts';
import { Index } from '../shared/table.ts';

/**
 * The local delivery queue keeps its delayed messages on timers, which a restart of `npm start`
 * loses; SQS keeps them. So at start the runtime queues again every delivery still `pending`, at
 * its `nextAttemptAt` (now, if that has passed): per tenant of the directory, per webhook, a
 * Query of the webhook's pending deliveries (`Index.webhookDeliveriesByState`) — the work is the
 * webhooks and what is pending, never the deliveries already done. An attempt drops a message of
 * another round or of a delivery no longer pending, so queuing one that is also queued elsewhere
 * sends nothing twice. Returns how many it queued.
 */
export async function requeuePendingDeliveries(queue: DeliveryQueue, now = Date.now()): Promise<number> {
  const directory = new TenantStore(systemContext(PLATFORM_TENANT, 'webhooks', 'requeue'));
  let queued = 0;
  for await (const tenants of directory.queryPages<{ tenantId: string }>({ pk: keys.tenantDirectoryPartition(), limit: 200 })) {
    for (const { tenantId } of tenants.items) {
      const store = new TenantStore(systemContext(tenantId, 'webhooks', 'requeue'));
      for await (const webhooks of store.queryPages<{ id: string }>({ pk: keys.webhooksPartition(tenantId), sk: { beginsWith: 'WEBHOOK#' }, limit: 100 })) {
        for (const webhook of webhooks.items) {
          for await (const page of store.queryPages({ index: Index.webhookDeliveriesByState, pk: keys.webhookDeliveriesByState(tenantId, webhook.id, 'pending'), limit: 100 })) {
            for (const item of page.items) {
              const d = deliveryFromItem(item);
              const at = d.nextAttemptAt ? Date.parse(d.nextAttemptAt) : now;
              await queue.send({ tenantId, webhookId: d.webhookId, deliveryId: d.id, round: d.round }, Math.max(0, (at - now) / 1000));
              queued += 1;
            }
          }
        }
      }
    }
  }
  return queued;
}
