import { TenantStore } from '../db/tenant-store.ts';
import { conflict } from '../http/problems.ts';
import { keys } from '../keys.ts';
import { logger } from '../logger.ts';
import { systemContext } from '../tenancy.ts';
import { NOTIFICATION_REQUESTED, notificationFromItem, type Notification } from './notification.ts';

/**
 * The publisher's side of notifications (functions/events/publish-outbox.ts): which
 * `notification.requested` messages still need handing over, and what became of each.
 * Idempotent over stream redelivery: a notification already handed over (`publishedAt`) is not
 * published again, and its state and attempts change once.
 */
export interface DeliveryMessage {
  id: string;
  tenantId: string;
  type: string;
  data: Record<string, unknown>;
}

/** SNS attempts (stream deliveries) before a notification is `failed` for good. */
export const MAX_ATTEMPTS = 3;

const storeOf = (tenantId: string, messageId: string) => new TenantStore(systemContext(tenantId, 'outbox-publisher', messageId));
const notificationIdOf = (m: DeliveryMessage) => (m.type === NOTIFICATION_REQUESTED && typeof m.data.notificationId === 'string' ? m.data.notificationId : undefined);

export interface NotificationDeliveries {
  /** The messages to publish: every message but the notifications handed over already (or gone). */
  pending<M extends DeliveryMessage>(messages: M[]): Promise<{ messages: M[]; notifications: Map<string, Notification> }>;
  /** Record the outcome of each notification message published (`error`: SNS refused it). */
  record(outcomes: { message: DeliveryMessage; error?: string }[], notifications: Map<string, Notification>): Promise<void>;
}

export const notificationDeliveries: NotificationDeliveries = {
  async pending(messages) {
    const notifications = new Map<string, Notification>();
    const wanted = messages.filter((m) => notificationIdOf(m));
    const byTenant = new Map<string, DeliveryMessage[]>();
    for (const m of wanted) byTenant.set(m.tenantId, [...(byTenant.get(m.tenantId) ?? []), m]);
    for (const [tenantId, list] of byTenant) {
      const items = await storeOf(tenantId, list[0]!.id).getMany(list.map((m) => keys.notification(tenantId, notificationIdOf(m)!)));
      for (const item of items) notifications.set(String(item.id), notificationFromItem(item));
    }
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
        const store = storeOf(message.tenantId, message.id);
        const attempts = n.attempts + 1;
        const failedForGood = error !== undefined && attempts >= MAX_ATTEMPTS;
        const set: Record<string, unknown> = error
          ? { attempts, lastError: error.slice(0, 500), updatedAt: now, ...(failedForGood ? { state: 'failed' } : {}) }
          : { attempts, publishedAt: now, updatedAt: now, ...(n.channel === 'phone-task' ? {} : { state: 'sent', sentAt: now }) };
        try {
          await store.write({
            kind: 'update',
            key: keys.notification(message.tenantId, n.id),
            set,
            condition: {
              expression: 'attribute_not_exists(publishedAt) AND #state = :state AND attempts = :attempts',
              names: { '#state': 'state' },
              values: { ':state': n.state, ':attempts': n.attempts },
              onFail: conflict('recorded already'),
            },
          });
        } catch (e) {
          // A concurrent or earlier delivery of the same batch recorded it: nothing to count twice.
          logger.info('notification delivery recorded already', { notificationId: n.id, error: (e as Error).message });
        }
      }),
    );
  },
};
