import { CustomerService } from '../../functions/customers/customer-service.ts';
import { isDomainError } from '../../shared/errors.ts';
import { notificationsTemplatesPolicy } from '../../shared/contract/notifications-policies.ts';
import type { TenantStore } from '../../shared/db/tenant-store.ts';
import { customerFromItem, isSpecialCare, type Customer } from '../../shared/entities/customer.ts';
import { keys } from '../../shared/keys.ts';
import { notificationDeliveries } from '../../shared/notifications/delivery.ts';
import { prepareNotification } from '../../shared/notifications/prepare.ts';
import { newVersion } from '../../shared/policies/policy-store.ts';
import { Index } from '../../shared/table.ts';
import { tenantTimeZone } from '../../shared/tenant-profile.ts';
import { localDay, localMidnight } from '../../shared/local-time.ts';
import { NOTIFICATION_REQUESTED, type Notification } from '../../shared/notifications/notification.ts';

/**
 * The demo's notifications, written through the same module the capabilities use: a few
 * suspensions of gas-on accounts with their SMS notices (one restored again), a special-care
 * household's suspension for a hazard (an open phone task), and a survey SMS held by last night's
 * quiet hours. The seed runs before the stream poller starts, so it records the SMS notices as the
 * local publisher would have (`sent`); the held survey waits for the `notifications-release` job
 * (the local scheduler releases it within 15 minutes of `npm start` once its morning has come).
 */
export async function seedNotifications(store: TenantStore, hotline: string): Promise<number> {
  const t = store.tenantId;
  // The tenant's hotline in its notices (the rest of the wording: the defaults).
  const since = new Date(Date.now() - 86_400_000);
  const policy = newVersion(store, { section: notificationsTemplatesPolicy.name, values: { ...notificationsTemplatesPolicy.defaults, hotline }, effectiveFrom: since.toISOString(), reason: '演示数据：客服热线', now: since });
  await store.commit({ writes: [policy.write], audit: { action: 'policy.scheduled', subject: { type: 'policy', id: notificationsTemplatesPolicy.name }, summary: 'demo hotline' } });

  const candidates: Customer[] = [];
  for (const region of (await store.query<{ regionId: string }>({ pk: keys.regionsPartition(t), limit: 50 })).items) {
    const page = await store.query({ index: Index.byRegionName, pk: keys.regionCustomers(t, region.regionId), limit: 100 });
    candidates.push(...page.items.map(customerFromItem).filter((c) => c.lifecycle.state === 'gas-on' && c.phone));
  }
  // The one restored again is a non-residential account where there is one: the demo's
  // night-restoration ban refuses residential restores 22:00–06:00, and the seed runs at any hour.
  const others = candidates.filter((c) => !isSpecialCare(c));
  const restored = others.find((c) => c.class !== 'residential') ?? others[0];
  const regular = [...(restored ? [restored] : []), ...others.filter((c) => c !== restored)].slice(0, 3);
  const care = candidates.find((c) => isSpecialCare(c));
  const service = new CustomerService(store);
  for (const c of regular) await service.act(c.id, { action: 'suspend', reason: 'arrears' });
  // A small demo may have only residential accounts: at night the ban refuses, and it stays suspended.
  const restoredAgain = restored ? await service.act(restored.id, { action: 'restore', safetyCheckPassedAt: new Date().toISOString() }).then(() => true, (error: unknown) => {
    if (isDomainError(error, 'illegal-transition')) return false;
    throw error;
  }) : false;
  if (care) await service.act(care.id, { action: 'suspend', reason: 'hazard' });

  // A survey invitation written during last night's quiet hours: held until the morning.
  const timeZone = await tenantTimeZone(store);
  const surveyed = candidates.find((c) => !regular.includes(c) && c !== care);
  let written = regular.length + (restoredAgain ? 1 : 0) + (care ? 1 : 0);
  if (surveyed) {
    const lastNight = new Date(new Date(localMidnight(localDay(new Date(Date.now() - 86_400_000), timeZone), timeZone)).getTime() + 22.5 * 3_600_000);
    const held = await prepareNotification(store, {
      template: 'survey.invitation',
      channel: 'sms',
      recipient: { kind: 'customer', customerId: surveyed.id, name: surveyed.name, phone: surveyed.phone },
      subject: { type: 'customer', id: surveyed.id },
      params: { name: surveyed.name, link: 'http://localhost:3000/s/demo-survey' },
      category: 'survey',
      at: lastNight,
    });
    await store.commit(held);
    written += 1;
  }

  // What the local publisher would have recorded had it been running: the SMS handed over, the phone task open.
  await deliverSeeded(store, [...regular, ...(care ? [care] : [])]);
  return written;
}

async function deliverSeeded(store: TenantStore, customers: Customer[]): Promise<void> {
  const t = store.tenantId;
  const messages = [];
  for (const c of customers) {
    const { items } = await store.query<Notification>({ index: Index.notificationsByCustomer, pk: keys.notificationsOfCustomer(t, c.id), newestFirst: true, limit: 10 });
    for (const n of items) messages.push({ id: `seed-${n.id}`, tenantId: t, type: NOTIFICATION_REQUESTED, data: { notificationId: n.id } });
  }
  const { messages: pending, notifications } = await notificationDeliveries.pending(messages);
  await notificationDeliveries.record(pending.map((message) => ({ message })), notifications);
}
