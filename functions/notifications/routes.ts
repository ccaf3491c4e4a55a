import { ListNotificationsQuery, NOTIFICATION_READERS, NotificationActionBody, NotificationPage, NotificationParams, NotificationView, PHONE_TASK_WORKERS } from '../../shared/contract/notifications.ts';
import { defineRoute } from '../../shared/http/route.ts';

const tags = ['notifications'];

export const listNotifications = defineRoute({
  method: 'GET',
  path: '/v1/notifications',
  summary: 'The notification log (admin): of a tenant-local day (default today) or of a customer, newest first; filter by type and channel; phone and e-mail masked',
  access: { roles: NOTIFICATION_READERS },
  query: ListNotificationsQuery,
  responses: { 200: NotificationPage },
  tags,
});

export const notificationAction = defineRoute({
  method: 'POST',
  path: '/v1/notifications/{id}/actions',
  summary: 'Complete an open phone task with the outcome of the call (If-Match or version); audited on the customer\'s timeline',
  access: { roles: PHONE_TASK_WORKERS },
  params: NotificationParams,
  body: NotificationActionBody,
  responses: { 200: NotificationView },
  tags,
});
