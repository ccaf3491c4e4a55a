import type { Cadence, ReadBookView } from '../contract/read-books.ts';
import type { Item } from '../db/tenant-store.ts';
import { keys } from '../keys.ts';

/** A read book (抄表册) and the guard that keeps a meter in at most one book. */
export interface ReadBook {
  id: string;
  name: string;
  regionId: string;
  reader: string;
  /** The cadence of `reading.cadence` it is read on. */
  cadence: Cadence;
  /** Walk order. */
  meterIds: string[];
  version: number;
  createdAt: string;
  updatedAt: string;
}

export const readBookItem = (tenantId: string, b: ReadBook): Item => ({
  ...keys.readBook(tenantId, b.id),
  entity: 'read-book',
  ...b,
  gsi1pk: keys.regionReadBooks(tenantId, b.regionId),
  gsi1sk: b.id,
  gsi2pk: keys.cadenceReadBooks(tenantId, b.cadence),
  gsi2sk: b.id,
});

export function readBookFromItem(item: Record<string, unknown>): ReadBook {
  const { pk: _pk, sk: _sk, entity: _e, gsi1pk: _1, gsi1sk: _2, gsi2pk: _3, gsi2sk: _4, ...rest } = item;
  // Books written before cadences were stored are read monthly (the stricter residential cadence).
  return { cadence: 'residentialOutdoor', ...rest } as unknown as ReadBook;
}

/** In the meter's partition: put `attribute_not_exists(pk)` when the meter joins a book, deleted (if it is this book's) when it leaves. */
export const bookGuardItem = (tenantId: string, meterId: string, bookId: string): Item => ({ ...keys.meterReadBookGuard(tenantId, meterId), entity: 'read-book-guard', meterId, bookId });

export const readBookView = (b: ReadBook): ReadBookView => ({
  id: b.id,
  name: b.name,
  regionId: b.regionId,
  reader: b.reader,
  cadence: b.cadence,
  meterIds: b.meterIds,
  meterCount: b.meterIds.length,
  version: b.version,
  createdAt: b.createdAt,
  updatedAt: b.updatedAt,
});
