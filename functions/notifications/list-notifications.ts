import { decodeCursor, encodeCursor } from '../../shared/db/cursor.ts';
import { mergedNewestFirst, type Source } from '../../shared/db/merged-list.ts';
import { TenantStore } from '../../shared/db/tenant-store.ts';
import { httpHandler, type Request } from '../../shared/http/handler.ts';
import { invalidField } from '../../shared/http/problems.ts';
import { ok } from '../../shared/http/reply.ts';
import { keys, NOTIFICATION_SHARDS } from '../../shared/keys.ts';
import { localDay, localDayBounds } from '../../shared/local-time.ts';
import { notificationFromItem, notificationView, type Notification } from '../../shared/notifications/notification.ts';
import { Index } from '../../shared/table.ts';
import { tenantTimeZone } from '../../shared/tenant-profile.ts';
import { encodeTime } from 'ulid';
import { listNotifications as route } from './routes.ts';

/**
 * The log, newest first. A day: the NOTIFICATION_SHARDS partitions of `notificationsByDay`, queried
 * in parallel and merged by id (ULIDs sort by time). A customer: its partition of
 * `notificationsByCustomer`, bounded to the day's ids when `day` is given. `type` and `channel`
 * filter the rows read (a bounded day or customer query): at most READ_BUDGET rows per request, so
 * a rare type in a 50k-SMS day gives short pages with a cursor, never an unbounded read.
 * The cursor is the last id emitted (signed, bound to the tenant and the filters).
 */
const READ_BUDGET = 1000;

export const main = async ({ ctx, query }: Request<typeof route>) => {
  const store = new TenantStore(ctx);
  const t = store.tenantId;
  const limit = query.limit ?? 50;
  const timeZone = await tenantTimeZone(store);
  const day = query.day ?? (query.customerId ? undefined : localDay(new Date(), timeZone));
  const list = `notifications|customer=${query.customerId ?? '*'}|day=${day ?? '*'}|type=${query.type ?? '*'}|channel=${query.channel ?? '*'}`;
  const cursor = decodeCursor(t, list, query.cursor) as { before?: unknown } | undefined;
  if (cursor && typeof cursor.before !== 'string') throw invalidField('cursor', 'is not a cursor of this list');

  const sources: Source[] = query.customerId
    ? [{ index: Index.notificationsByCustomer, pk: keys.notificationsOfCustomer(t, query.customerId) }]
    : Array.from({ length: NOTIFICATION_SHARDS }, (_, shard) => ({ index: Index.notificationsByDay, pk: keys.notificationsOfDay(t, day!, shard) }));
  // Ids of the day (customer list with a day): ULIDs whose time is within the day's UTC bounds.
  const bounds = day && query.customerId ? localDayBounds(day, timeZone) : undefined;
  const floor = bounds ? `${encodeTime(bounds.start.getTime(), 10)}` : '0';
  const ceiling = bounds ? `${encodeTime(bounds.end.getTime() - 1, 10)}~` : '~';

  const matches = (n: Notification) => (!query.type || n.type === query.type) && (!query.channel || n.channel === query.channel);
  const { items, next } = await mergedNewestFirst(store, sources, { limit, map: notificationFromItem, matches, before: cursor?.before as string | undefined, floor, ceiling, readBudget: READ_BUDGET });
  return ok({ items: items.map(notificationView), nextCursor: next ? encodeCursor(t, list, { before: next })! : null });
};

export const handler = httpHandler(route, main);
export { route };
