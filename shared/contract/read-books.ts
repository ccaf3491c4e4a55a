import * as z from 'zod';
import type { Role } from './access.ts';
import { HumanText, IsoDateTime, Page, RegionId, Ulid, Version } from './common.ts';
import { Username } from './users.ts';

/**
 * Read books (抄表册): an ordered walk list of meters in a region, owned by a reader (a `field`
 * user of the region). A meter is in at most one book. The walk order is the list order.
 */
/** The cadences of `reading.cadence`: which one a read book follows (functions/reading/cycles/schedule.ts). */
export const CADENCES = ['commercial', 'residentialOutdoor', 'residentialIndoor'] as const;
export type Cadence = (typeof CADENCES)[number];

export const READ_BOOK_READERS = { roles: ['admin', 'manager', 'dispatcher', 'field'] as readonly Role[] };
export const READ_BOOK_WRITERS = { roles: ['admin', 'manager', 'dispatcher'] as readonly Role[] };

/** Meters one request adds or removes: the book and every meter's guard change in one transaction (≤ 100 writes). */
export const MAX_BOOK_CHANGES = 90;
/** Meters a book holds. */
export const MAX_BOOK_METERS = 2000;

const MeterIds = z.array(Ulid).max(MAX_BOOK_CHANGES).refine((ids) => new Set(ids).size === ids.length, 'a meter appears once');

export const CreateReadBookBody = z.strictObject({
  name: HumanText({ max: 100, form: 'NFKC' }),
  regionId: RegionId,
  reader: Username,
  /** In walk order. */
  meterIds: MeterIds,
  /** Which cadence of `reading.cadence` the book is read on; derived from its meters when left out (any non-residential → commercial; any residential meter not indoors → residential outdoor; else residential indoor). */
  cadence: z.enum(CADENCES).optional(),
});

export const UpdateReadBookBody = z.strictObject({
  name: HumanText({ max: 100, form: 'NFKC' }).optional(),
  /** Reassign to another field user of the region. */
  reader: Username.optional(),
  /** Appended at the end of the walk, in this order. */
  add: MeterIds.optional(),
  remove: MeterIds.optional(),
  /** The new walk order: exactly the book's meters (after add and remove), re-sequenced. */
  order: z.array(Ulid).max(MAX_BOOK_METERS).optional(),
  /** Read on another cadence from its next cycle on (an open cycle keeps its window). */
  cadence: z.enum(CADENCES).optional(),
  version: Version.optional(),
});

/**
 * Split: the meters named move to a new book of the same region (in the source's walk order);
 * at least one, not all, at most MAX_BOOK_CHANGES (each moved meter's guard changes in the one
 * transaction). The new book's reader defaults to the source's.
 */
export const SplitReadBookBody = z.strictObject({
  name: HumanText({ max: 100, form: 'NFKC' }),
  reader: Username.optional(),
  meterIds: MeterIds.min(1, 'at least one meter moves to the new book'),
  /** The source book's version (or If-Match). */
  version: Version.optional(),
});

/**
 * Merge: the meters of `from` (a book of the same region, at most MAX_BOOK_CHANGES meters) are
 * appended to this book in their walk order, and `from` is deleted.
 */
export const MergeReadBookBody = z.strictObject({
  from: Ulid,
  /** This book's version (or If-Match). */
  version: Version.optional(),
  /** The version of `from` read, when the caller read it. */
  fromVersion: Version.optional(),
});

export const ReadBookView = z.strictObject({
  id: z.string(),
  name: z.string(),
  regionId: z.string(),
  reader: z.string(),
  cadence: z.enum(CADENCES),
  meterIds: z.array(z.string()),
  meterCount: z.int(),
  version: z.int(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type ReadBookView = z.infer<typeof ReadBookView>;

export const ReadBookListItem = ReadBookView.omit({ meterIds: true });
export const ReadBookPage = Page(ReadBookListItem);
export const ReadBooksQuery = z.strictObject({ regionId: RegionId, cursor: z.string().max(2048).optional(), limit: z.coerce.number().int().min(1).max(200).optional() });

/** The new book (`book`) and the book it was split from, at its new version (`source`). */
export const SplitReadBookResult = z.strictObject({ book: ReadBookView, source: ReadBookView });
