import { TenantStore, versionIs } from '../../shared/db/tenant-store.ts';
import { conflictError, notFoundError } from '../../shared/errors.ts';
import { httpHandler, type Request } from '../../shared/http/handler.ts';
import { withEtag } from '../../shared/http/reply.ts';
import { keys } from '../../shared/keys.ts';
import { notificationFromItem, notificationView, type Notification } from '../../shared/notifications/notification.ts';
import { checkExpected, expectedFrom } from '../customers/expected.ts';
import { notificationAction as route } from './routes.ts';

/**
 * Complete a phone task: someone called the household; the outcome and a note are kept on the
 * task and on the customer's timeline. Only an `open` phone task can be completed (409 otherwise);
 * a stale version is 409 `stale-version` (412 with If-Match).
 */
export const main = async ({ ctx, params, body, headers }: Request<typeof route>) => {
  const store = new TenantStore(ctx);
  const key = keys.notification(ctx.tenantId, params.id);
  const item = await store.get(key, true);
  if (!item) throw notFoundError('Notification', { id: params.id });
  const current = notificationFromItem(item);
  checkExpected(current.version, expectedFrom(headers, body.version), 'notification');
  if (current.channel !== 'phone-task' || current.state !== 'open') {
    throw conflictError('not-an-open-phone-task', `Only an open phone task can be completed; this is a ${current.channel} notification in state ${current.state}`, { channel: current.channel, state: current.state });
  }
  const now = new Date().toISOString();
  const next: Notification = {
    ...current,
    state: 'done',
    outcome: body.outcome,
    ...(body.note ? { note: body.note } : {}),
    completedBy: ctx.principal.id,
    completedAt: now,
    updatedAt: now,
    version: current.version + 1,
  };
  const r = current.recipient;
  await store.commit({
    writes: [
      {
        kind: 'update',
        key,
        set: { state: 'done', outcome: body.outcome, ...(body.note ? { note: body.note } : {}), completedBy: ctx.principal.id, completedAt: now, updatedAt: now, version: next.version },
        condition: versionIs(current.version, 'notification'),
      },
    ],
    audit: {
      action: 'notification.completed',
      subject: r.kind === 'customer' ? { type: 'customer', id: r.customerId } : current.subject,
      summary: `phone-task ${current.type}: ${body.outcome}`,
      detail: { notificationId: current.id, type: current.type, outcome: body.outcome, ...(body.note ? { note: body.note } : {}) },
    },
  });
  return withEtag(notificationView(next));
};

export const handler = httpHandler(route, main);
export { route };
