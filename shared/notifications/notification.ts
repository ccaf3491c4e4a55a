import type { NotificationCategory, NotificationChannel, NotificationState, NotificationTemplate, NotificationView, PHONE_TASK_OUTCOMES } from '../contract/notifications.ts';
import type { Item, OutboxEvent } from '../db/tenant-store.ts';
import { keys, notificationShard } from '../keys.ts';
import type { PolicyRef } from '../policies/policy-store.ts';
import { maskEmail, maskPhone } from '../privacy.ts';

/**
 * A notification as stored: one item per notification at `keys.notification`, with the full
 * address (the SMS gateway needs it; the API masks it), the rendered text, its state and the
 * policy versions it was written under. Index attributes: the day (gsi5, sharded), the customer
 * (gsi6), and while held the instant it may go out (gsi4, sparse).
 */
export type Recipient =
  | { kind: 'customer'; customerId: string; name?: string; phone?: string; email?: string }
  | { kind: 'staff'; username: string; name?: string; phone?: string; email?: string };

export interface Notification {
  id: string;
  type: NotificationTemplate;
  channel: NotificationChannel;
  category: NotificationCategory;
  state: NotificationState;
  recipient: Recipient;
  text: string;
  subject: { type: string; id: string };
  /** Tenant-local day of `createdAt`: its partition of the day index. */
  day: string;
  createdAt: string;
  updatedAt: string;
  sendAfter?: string;
  sentAt?: string;
  /** Set once the publisher handed it over (SNS, or the local sink): a redelivered batch skips it. */
  publishedAt?: string;
  attempts: number;
  lastError?: string;
  outcome?: (typeof PHONE_TASK_OUTCOMES)[number];
  note?: string;
  completedBy?: string;
  completedAt?: string;
  policies: PolicyRef[];
  version: number;
}

/** The event the publisher turns into an SNS message with attributes `channel` and `notificationType`. */
export const NOTIFICATION_REQUESTED = 'notification.requested';

export function notificationItem(tenantId: string, n: Notification): Item {
  const held = n.state === 'held' && n.sendAfter;
  return {
    ...keys.notification(tenantId, n.id),
    entity: 'notification',
    ...n,
    gsi5pk: keys.notificationsOfDay(tenantId, n.day, notificationShard(n.id)),
    gsi5sk: n.id,
    ...(n.recipient.kind === 'customer' ? { gsi6pk: keys.notificationsOfCustomer(tenantId, n.recipient.customerId), gsi6sk: n.id } : {}),
    ...(held ? { gsi4pk: keys.heldNotifications(tenantId, notificationShard(n.id)), gsi4sk: keys.heldNotificationSort(n.sendAfter!, n.id) } : {}),
  };
}

const INDEX_AND_KEYS = ['pk', 'sk', 'entity', 'gsi4pk', 'gsi4sk', 'gsi5pk', 'gsi5sk', 'gsi6pk', 'gsi6sk'];

export function notificationFromItem(item: Record<string, unknown>): Notification {
  const n = { ...item };
  for (const k of INDEX_AND_KEYS) delete n[k];
  return n as unknown as Notification;
}

/** The address of the channel: a phone for SMS and phone tasks, an e-mail address for e-mail. */
export const addressOf = (n: Pick<Notification, 'channel' | 'recipient'>): string | undefined => (n.channel === 'email' ? n.recipient.email : n.recipient.phone);

/** What the SMS gateway / mail relay / call list receives (full address: the topic is the tenant's own, encrypted). */
export function requestedEvent(n: Notification): OutboxEvent {
  return {
    type: NOTIFICATION_REQUESTED,
    data: {
      notificationId: n.id,
      channel: n.channel,
      notificationType: n.type,
      category: n.category,
      to: addressOf(n) ?? null,
      recipient: { kind: n.recipient.kind, name: n.recipient.name ?? null, ...(n.recipient.kind === 'customer' ? { customerId: n.recipient.customerId } : { username: n.recipient.username }) },
      text: n.text,
      subject: n.subject,
    },
    attributes: { channel: n.channel, notificationType: n.type, category: n.category },
  };
}

/** The API's view: phone and e-mail masked. */
export function notificationView(n: Notification): NotificationView {
  const r = n.recipient;
  return {
    id: n.id,
    type: n.type,
    channel: n.channel,
    category: n.category,
    state: n.state,
    recipient: {
      kind: r.kind,
      customerId: r.kind === 'customer' ? r.customerId : null,
      username: r.kind === 'staff' ? r.username : null,
      name: r.name ?? null,
      phone: maskPhone(r.phone),
      email: maskEmail(r.email),
    },
    text: n.text,
    subject: n.subject,
    day: n.day,
    createdAt: n.createdAt,
    updatedAt: n.updatedAt,
    sendAfter: n.sendAfter ?? null,
    sentAt: n.sentAt ?? null,
    attempts: n.attempts,
    lastError: n.lastError ?? null,
    outcome: n.outcome ?? null,
    note: n.note ?? null,
    completedBy: n.completedBy ?? null,
    version: n.version,
  };
}
