import { decodeCursor, encodeCursor } from '../../shared/db/cursor.ts';
import { TenantStore, type KeyCondition } from '../../shared/db/tenant-store.ts';
import { httpHandler, type Request } from '../../shared/http/handler.ts';
import { invalidField } from '../../shared/http/problems.ts';
import { ok } from '../../shared/http/reply.ts';
import { keys, NOTIFICATION_SHARDS } from '../../shared/keys.ts';
import { localDay, localDayBounds } from '../../shared/local-time.ts';
import { notificationFromItem, notificationView, type Notification } from '../../shared/notifications/notification.ts';
import { Index, type IndexName } from '../../shared/table.ts';
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

interface Source {
  index: IndexName;
  pk: string;
}

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
  const items: Notification[] = [];
  let before = cursor?.before as string | undefined;
  let read = 0;
  let next: string | undefined;
  for (;;) {
    const page = await mergedNewestFirst(store, sources, limit, floor, before ?? ceiling, before !== undefined);
    read += page.read;
    let stoppedAt: string | undefined;
    for (const n of page.items) {
      if (!matches(n)) continue;
      items.push(n);
      if (items.length === limit) {
        stoppedAt = n.id;
        break;
      }
    }
    if (stoppedAt) {
      next = stoppedAt !== page.items.at(-1)?.id || page.last ? stoppedAt : undefined;
      break;
    }
    if (!page.last) break;
    before = page.last;
    if (read >= READ_BUDGET) {
      next = page.last;
      break;
    }
  }
  return ok({ items: items.map(notificationView), nextCursor: next ? encodeCursor(t, list, { before: next })! : null });
};

/**
 * One page of the union of the sources, newest first: each source from just below `upper` (or up
 * to it), at most `limit`; a source with more bounds the page at its last (oldest) id, so nothing
 * is skipped.
 */
async function mergedNewestFirst(store: TenantStore, sources: Source[], limit: number, floor: string, upper: string, exclusive: boolean) {
  const fetched = await Promise.all(
    sources.map(async (source) => {
      const sk: KeyCondition = { between: [floor, upper] };
      const first = await store.queryPages({ index: source.index, pk: source.pk, sk, newestFirst: true, limit: limit + 1 }).next();
      const page = first.done ? { items: [], lastKey: undefined } : first.value;
      const items = page.items.map(notificationFromItem).filter((n) => !exclusive || n.id !== upper);
      return { items, more: page.lastKey !== undefined };
    }),
  );
  const all = fetched.flatMap((f) => f.items).sort((a, b) => (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
  const bounds = fetched.filter((f) => f.more && f.items.length).map((f) => f.items.at(-1)!.id);
  const bound = bounds.sort().at(-1); // the newest of the oldest ids: below it, a source may hold more
  const eligible = bound === undefined ? all : all.filter((n) => n.id >= bound);
  const taken = eligible.slice(0, limit);
  const hasMore = eligible.length > limit || fetched.some((f) => f.more);
  return { items: taken, last: hasMore && taken.length ? taken.at(-1)!.id : undefined, read: fetched.reduce((sum, f) => sum + f.items.length, 0) };
}

export const handler = httpHandler(route, main);
export { route };
