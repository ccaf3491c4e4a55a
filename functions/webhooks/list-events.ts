import { decodeTime, encodeTime } from 'ulid';
import { EVENTS_KEPT_DAYS, isWebhookEventType, subscribed, type WebhookEvent } from '../../shared/contract/webhooks.ts';
import { decodeCursor, encodeCursor } from '../../shared/db/cursor.ts';
import { mergedOldestFirst } from '../../shared/db/merged-list.ts';
import { TenantStore } from '../../shared/db/tenant-store.ts';
import { webhookEventBody } from '../../shared/entities/webhook.ts';
import { httpHandler, type Request } from '../../shared/http/handler.ts';
import { invalidField } from '../../shared/http/problems.ts';
import { ok } from '../../shared/http/reply.ts';
import { DAY_SHARDS, keys } from '../../shared/keys.ts';
import { listEvents as route } from './routes.ts';

/**
 * The event feed, oldest first: the tenant's outbox events that webhooks deliver (the same public
 * types, `isWebhookEventType`, and the same JSON, `webhookEventBody`), after a position.
 *
 * A position is a ULID: the feed answers the events with an id above it. It is the `after` given
 * (an event id, or the `next` of a page: a signed cursor bound to the tenant), or the last id of
 * the millisecond before `since` (default an hour ago), whichever is later, and never before the
 * outbox's 7 days. The outbox is partitioned by UTC day and `DAY_SHARDS` shards of the id
 * (`T#<t>#OUTBOX#<day>#<shard>`, sk the ULID): each day from the position's to today is read in
 * turn, its shards queried in parallel (`sk BETWEEN <position> AND <ceiling>`, ascending, at most
 * limit + 1 each) and merged by id, until `limit` events matched: never a Scan, at most
 * DAY_SHARDS × 8 Queries per round, and at most READ_BUDGET rows read per request (internal
 * events and other types are read and skipped; a page may then be short, its `next` still moves on).
 *
 * The ceiling is the last ULID of SETTLE_MS ago: an event's id is taken just before its
 * transaction commits, so the newest second is left for the next poll, and a `next` past every
 * event read (an empty page's too) never skips one that commits late.
 */
const READ_BUDGET = 1000;
const SETTLE_MS = 1000;
const HOUR = 3_600_000;
const LAST_OF_MS = 'Z'.repeat(16);

/** The largest ULID of a millisecond: "after it" is "from the next millisecond on". */
const lastIdOf = (ms: number) => `${encodeTime(Math.max(ms, 0), 10)}${LAST_OF_MS}`;
const LIST = 'events';

export const main = async ({ ctx, query }: Request<typeof route>) => {
  const store = new TenantStore(ctx);
  const t = store.tenantId;
  const now = Date.now();
  const limit = query.limit ?? 100;
  const ceiling = lastIdOf(now - SETTLE_MS - 1);
  const floor = lastIdOf(now - EVENTS_KEPT_DAYS * 86_400_000 - 1);

  let position = lastIdOf(Date.parse(query.since ?? new Date(now - HOUR).toISOString()) - 1);
  if (query.after !== undefined) {
    const after = /^[0-9A-HJKMNP-TV-Z]{26}$/.test(query.after) ? query.after : cursorPosition(t, query.after);
    if (!(timeOf(after) <= now + 60_000)) throw invalidField('query.after', 'is an id from the future');
    if (after > position || query.since === undefined) position = after;
  }
  if (position < floor) position = floor;

  const patterns = query.types ?? ['*'];
  const matches = (e: { type: string }) => isWebhookEventType(e.type) && subscribed(patterns, e.type);
  const map = (item: Record<string, unknown>) => item as unknown as { id: string; type: string; at: string; data: Record<string, unknown> };

  const items: WebhookEvent[] = [];
  let read = 0;
  let next = position;
  let complete = true; // every id up to the ceiling looked at
  if (position < ceiling) {
    for (const day of daysBetween(decodeTime(position), decodeTime(ceiling))) {
      const partitions = Array.from({ length: DAY_SHARDS }, (_, shard) => keys.outboxDayPartition(t, day, shard));
      const page = await mergedOldestFirst(store, partitions, { limit: limit - items.length, map, matches, after: next, ceiling, readBudget: READ_BUDGET - read });
      items.push(...page.items.map((e) => webhookEventBody(e) as WebhookEvent));
      read += page.read;
      next = page.last;
      if (!page.exhausted) {
        complete = false;
        break;
      }
    }
  }
  // Nothing unread up to the ceiling: the next poll starts there.
  if (complete && next < ceiling) next = ceiling;
  return ok({ items, next: encodeCursor(t, LIST, { after: next })! });
};

/** The position a `next` holds (signed, bound to the tenant); anything else is a 400 naming `query.after`. */
function cursorPosition(tenantId: string, cursor: string): string {
  let body: { after?: unknown } | undefined;
  try {
    body = decodeCursor(tenantId, LIST, cursor) as { after?: unknown } | undefined;
  } catch {
    body = undefined;
  }
  if (typeof body?.after !== 'string' || !/^[0-9A-HJKMNP-TV-Z]{26}$/.test(body.after)) throw invalidField('query.after', 'is not a `next` of this feed nor an event id');
  return body.after;
}

/** A ULID's time; NaN for one beyond the largest time (a 26-character id that begins with 8 or above). */
function timeOf(id: string): number {
  try {
    return decodeTime(id);
  } catch {
    return Number.NaN;
  }
}

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The UTC days from the one of `fromMs` to the one of `toMs`, oldest first (8 at most: the outbox's 7 days and today). */
function daysBetween(fromMs: number, toMs: number): string[] {
  const days: string[] = [];
  for (let d = Date.parse(isoDay(fromMs)); d <= toMs && days.length <= EVENTS_KEPT_DAYS + 1; d += 86_400_000) days.push(isoDay(d));
  return days;
}

export const handler = httpHandler(route, main);
export { route };
