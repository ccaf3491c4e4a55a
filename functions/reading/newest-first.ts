import type { TenantStore } from '../../shared/db/tenant-store.ts';
import type { IndexName } from '../../shared/table.ts';

/** One GSI partition whose sort key is the item's id (a ULID: newest first is descending). */
export interface Stream {
  index: IndexName;
  pk: string;
}

/** Rows read at most for one page of a filtered stream (a short page with a cursor when the filter is rare). */
const READ_BUDGET = 1000;

/**
 * A page of several streams, newest first, merged by id: one Query per stream (`sk <= after`,
 * limit + 1). A stream that had more than it returned bounds the page at its last id, so nothing
 * is skipped; `last` is the id the next page continues below (undefined: the end).
 */
export async function mergedNewestFirst<T extends { id: string }>(
  store: TenantStore,
  streams: Stream[],
  options: { after?: string; limit: number; from: (item: Record<string, unknown>) => T },
): Promise<{ items: T[]; last?: string }> {
  const { after, limit } = options;
  const pages = await Promise.all(
    streams.map(async (s) => {
      const page = await store.query<Record<string, unknown>>({ ...s, ...(after ? { sk: { lte: after } } : {}), newestFirst: true, limit: limit + 1 });
      return { items: page.items.map(options.from), more: page.nextCursor !== undefined };
    }),
  );
  // Below the bound, a stream that had more may hold ids not fetched yet.
  const bound = pages.filter((p) => p.more && p.items.length).map((p) => p.items.at(-1)!.id).sort().at(-1);
  const merged = pages
    .flatMap((p) => p.items)
    .filter((e) => e.id !== after && (!bound || e.id >= bound))
    .sort((a, b) => b.id.localeCompare(a.id));
  const items = merged.slice(0, limit);
  return { items, last: merged.length > limit ? items.at(-1)!.id : bound };
}

/**
 * A page of one stream, newest first, keeping the items `keep` accepts: pages of the Query until
 * the page is full, the stream ends, or `READ_BUDGET` rows were read (then a short page whose
 * `last` is the last id read).
 */
export async function filteredNewestFirst<T extends { id: string }>(
  store: TenantStore,
  stream: Stream,
  options: { after?: string; limit: number; from: (item: Record<string, unknown>) => T; keep: (item: T) => boolean },
): Promise<{ items: T[]; last?: string }> {
  const { after, limit } = options;
  const items: T[] = [];
  let cursor: string | undefined;
  let read = 0;
  let lastRead: string | undefined;
  do {
    const page = await store.query<Record<string, unknown>>({ ...stream, ...(after ? { sk: { lte: after } } : {}), newestFirst: true, limit: Math.min(limit + 1, 200), cursor });
    for (const row of page.items.map(options.from)) {
      read += 1;
      lastRead = row.id;
      if (row.id === after || !options.keep(row)) continue;
      items.push(row);
      if (items.length > limit) return { items: items.slice(0, limit), last: items[limit - 1]!.id };
    }
    cursor = page.nextCursor;
  } while (cursor && read < READ_BUDGET);
  return { items, last: cursor ? lastRead : undefined };
}
