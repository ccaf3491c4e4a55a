import { ulid } from 'ulid';
import type { NotificationCategory, NotificationChannel, NotificationTemplate } from '../contract/notifications.ts';
import { notificationsQuietHoursPolicy, notificationsTemplatesPolicy, templateKey } from '../contract/notifications-policies.ts';
import type { AuditEntry, OutboxEvent, TenantStore, WriteOp } from '../db/tenant-store.ts';
import type { TenantProfile } from '../entities/tenant.ts';
import { keys } from '../keys.ts';
import { localDay } from '../local-time.ts';
import { policyInForce } from '../policies/policy-store.ts';
import { tenantTimeZone } from '../tenant-profile.ts';
import { addressOf, notificationItem, requestedEvent, type Notification, type Recipient } from './notification.ts';
import { channelFor, quietHoursDecision, renderTemplate } from './rules.ts';

/**
 * The one way a capability notifies a customer or a staff member. It returns the writes, the audit
 * entry and the outbox event of the notification, which the caller merges into ITS OWN
 * `store.commit(...)`: the notification exists only with the business change, and a refused change
 * notifies nobody.
 *
 * - The text is the tenant's wording in force at `at` (`notifications.templates`), with `{company}`
 *   and `{hotline}` from that policy (company: the tenant profile's name unless set).
 * - `specialCare: true` (the caller knows its customer) turns an SMS or e-mail into a phone task:
 *   a person calls the household.
 * - Quiet hours (`notifications.quiet-hours`) hold marketing and survey notifications (never
 *   `service`): state `held` with `sendAfter`; the `notifications-release` job sends them later.
 * - No address for the channel (an SMS to a customer without a phone): recorded as `failed` with
 *   the reason, and no event.
 */
export interface NotificationRequest {
  template: NotificationTemplate;
  channel: NotificationChannel;
  recipient: Recipient;
  /** The business object it belongs to (the customer, a ticket…). */
  subject: { type: string; id: string };
  params: Record<string, string | undefined>;
  category: NotificationCategory;
  specialCare?: boolean;
  at?: Date;
}

export interface PreparedNotification {
  notification: Notification;
  writes: WriteOp[];
  audit: AuditEntry;
  events: OutboxEvent[];
}

export async function prepareNotification(store: TenantStore, request: NotificationRequest): Promise<PreparedNotification> {
  const at = request.at ?? new Date();
  // The same for every notification of a request or a job run at one instant (TenantStore.memo).
  const instant = at.toISOString();
  const [templates, quiet, timeZone, company] = await Promise.all([
    store.memo(`${notificationsTemplatesPolicy.name}@${instant}`, () => policyInForce(store, notificationsTemplatesPolicy, at)),
    store.memo(`${notificationsQuietHoursPolicy.name}@${instant}`, () => policyInForce(store, notificationsQuietHoursPolicy, at)),
    tenantTimeZone(store),
    store.memo('company-name', () => companyName(store)),
  ]);
  const channel = channelFor(request.channel, request.specialCare === true);
  const params = { company: templates.values.company ?? company, hotline: templates.values.hotline, ...request.params };
  const text = renderTemplate(templates.values.templates[templateKey(request.template)][channel], params);
  const decision = quietHoursDecision(at, channel, request.category, quiet.values, timeZone);
  const id = ulid(at.getTime());
  const now = at.toISOString();
  const base: Notification = {
    id,
    type: request.template,
    channel,
    category: request.category,
    state: channel === 'phone-task' ? 'open' : 'queued',
    recipient: request.recipient,
    text,
    subject: request.subject,
    day: localDay(at, timeZone),
    createdAt: now,
    updatedAt: now,
    attempts: 0,
    policies: [templates.ref, quiet.ref],
    version: 1,
  };
  const missing = addressOf(base) === undefined && channel !== 'phone-task';
  const notification: Notification = missing
    ? { ...base, state: 'failed', lastError: channel === 'email' ? 'no e-mail address' : 'no phone number' }
    : decision.held
      ? { ...base, state: 'held', sendAfter: decision.sendAfter.toISOString() }
      : base;
  const r = request.recipient;
  return {
    notification,
    writes: [{ kind: 'put', item: notificationItem(store.tenantId, notification) }],
    audit: {
      action: `notification.${notification.state === 'open' ? 'opened' : notification.state}`,
      subject: r.kind === 'customer' ? { type: 'customer', id: r.customerId } : request.subject,
      summary: `${channel} ${request.template}: ${notification.state}`,
      detail: { notificationId: id, channel, type: request.template, category: request.category, state: notification.state, ...(notification.sendAfter ? { sendAfter: notification.sendAfter } : {}) },
    },
    events: notification.state === 'queued' || notification.state === 'open' ? [requestedEvent(notification)] : [],
  };
}

async function companyName(store: TenantStore): Promise<string> {
  const profile = await store.get<TenantProfile>(keys.tenantProfile(store.tenantId));
  return profile?.name ?? store.tenantId;
}
