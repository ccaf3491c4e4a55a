import type { IndexName } from '../table.ts';
import type { KeyCondition, TenantStore } from './tenant-store.ts';

/**
 * A newest-first list over several partitions whose sort key is the item's ULID (a sharded list:
 * the notifications of a day, a campaign's invitations): each partition queried in parallel and
 * the pages merged by id, so the union reads as one list. A filter applies to the rows read, at
 * most `readBudget` of them per request: a rare match gives short pages with a cursor, never an
 * unbounded read. The cursor is the last id emitted.
 */
export interface Source {
  index: IndexName;
  pk: string;
}

export interface MergedListOptions<T> {
  limit: number;
  map: (item: Record<string, unknown>) => T;
  matches?: (row: T) => boolean;
  /** The id to continue below (the cursor). */
  before?: string;
  /** Bounds of the ids (a day's ULIDs); default every id. */
  floor?: string;
  ceiling?: string;
  readBudget?: number;
}

export async function mergedNewestFirst<T extends { id: string }>(store: TenantStore, sources: Source[], options: MergedListOptions<T>): Promise<{ items: T[]; next?: string }> {
  const { limit, map, matches = () => true, floor = '0', ceiling = '~', readBudget = 1000 } = options;
  const items: T[] = [];
  let before = options.before;
  let read = 0;
  for (;;) {
    const page = await mergedPage(store, sources, limit, floor, before ?? ceiling, before !== undefined, map);
    read += page.read;
    let stoppedAt: string | undefined;
    for (const row of page.items) {
      if (!matches(row)) continue;
      items.push(row);
      if (items.length === limit) {
        stoppedAt = row.id;
        break;
      }
    }
    if (stoppedAt) return { items, next: stoppedAt !== page.items.at(-1)?.id || page.last ? stoppedAt : undefined };
    if (!page.last) return { items };
    before = page.last;
    if (read >= readBudget) return { items, next: page.last };
  }
}

/**
 * One page of the union, newest first: each source from just below `upper` (or up to it), at most
 * `limit`; a source with more bounds the page at its last (oldest) id, so nothing is skipped.
 */
async function mergedPage<T extends { id: string }>(store: TenantStore, sources: Source[], limit: number, floor: string, upper: string, exclusive: boolean, map: (item: Record<string, unknown>) => T) {
  const fetched = await Promise.all(
    sources.map(async (source) => {
      const sk: KeyCondition = { between: [floor, upper] };
      const first = await store.queryPages({ index: source.index, pk: source.pk, sk, newestFirst: true, limit: limit + 1 }).next();
      const page = first.done ? { items: [], lastKey: undefined } : first.value;
      const items = page.items.map(map).filter((row) => !exclusive || row.id !== upper);
      return { items, more: page.lastKey !== undefined };
    }),
  );
  const all = fetched.flatMap((f) => f.items).sort((a, b) => (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
  const bounds = fetched.filter((f) => f.more && f.items.length).map((f) => f.items.at(-1)!.id);
  const bound = bounds.sort().at(-1); // the newest of the oldest ids: below it, a source may hold more
  const eligible = bound === undefined ? all : all.filter((row) => row.id >= bound);
  const taken = eligible.slice(0, limit);
  const hasMore = eligible.length > limit || fetched.some((f) => f.more);
  return { items: taken, last: hasMore && taken.length ? taken.at(-1)!.id : undefined, read: fetched.reduce((total, f) => total + f.items.length, 0) };
}

export interface OldestFirstOptions<T> {
  limit: number;
  map: (item: Record<string, unknown>) => T;
  matches?: (row: T) => boolean;
  /** The id to continue after (exclusive). */
  after: string;
  /** The last id to read (inclusive). */
  ceiling: string;
  /** Rows read at most (matching or not) before a short answer. */
  readBudget: number;
}

/**
 * The oldest-first union of table partitions whose sort key is a ULID (a day's sharded outbox):
 * the ids after `after` up to `ceiling`, each partition queried in parallel, at most `limit` + 1
 * rows each, and merged by id. A partition with more bounds a round at its last id, so nothing is
 * skipped. Answers the matching rows (at most `limit`), the last id looked at (`last`, where to
 * continue) and whether every id up to `ceiling` was looked at (`exhausted`).
 */
export async function mergedOldestFirst<T extends { id: string }>(store: TenantStore, partitions: string[], options: OldestFirstOptions<T>): Promise<{ items: T[]; last: string; exhausted: boolean; read: number }> {
  const { limit, map, matches = () => true, ceiling, readBudget } = options;
  const items: T[] = [];
  let last = options.after;
  let read = 0;
  for (;;) {
    const from = last;
    const fetched = await Promise.all(
      partitions.map(async (pk) => {
        const first = await store.queryPages({ pk, sk: { between: [from, ceiling] }, limit: limit + 1 }).next();
        const page = first.done ? { items: [], lastKey: undefined } : first.value;
        return { items: page.items.map(map).filter((row) => row.id !== from), more: page.lastKey !== undefined };
      }),
    );
    const all = fetched.flatMap((f) => f.items).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const bound = fetched.filter((f) => f.more && f.items.length).map((f) => f.items.at(-1)!.id).sort()[0]; // above it, a partition may hold more
    for (const row of bound === undefined ? all : all.filter((r) => r.id <= bound)) {
      last = row.id;
      read += 1;
      if (!matches(row)) continue;
      items.push(row);
      if (items.length === limit) return { items, last, exhausted: false, read };
    }
    if (!fetched.some((f) => f.more)) return { items, last, exhausted: true, read };
    if (read >= readBudget || last === from) return { items, last, exhausted: false, read };
  }
}
