import * as z from 'zod';
import { Cursor, IsoDateTime, limitUpTo, RegionId, Ulid } from './common.ts';
import { CADENCES, READ_BOOK_READERS } from './read-books.ts';
import { Username } from './users.ts';

/**
 * Read cycles (抄表周期): one per read book and period, opened by the `read-cycles` job on its
 * window's first day with the book's meters as the meters due, closed after the window's last day
 * with its read rate frozen (DOMAIN.md › Meter reading; functions/reading/cycles/schedule.ts).
 */

export { CADENCES, type Cadence } from './read-books.ts';

/** A month `2026-11` or a quarter `2026-Q4`. */
export const Period = z.string().regex(/^\d{4}-(0[1-9]|1[0-2]|Q[1-4])$/, 'a month such as "2026-11" or a quarter such as "2026-Q4"');
export const LocalDate = z.iso.date();

/** A cycle's id: its book's id and its period, `<bookId>-<period>`. */
export const ReadCycleId = z.string().regex(/^[0-9A-HJKMNP-TV-Z]{26}-\d{4}-(0[1-9]|1[0-2]|Q[1-4])$/, 'a read-cycle id: "<read book id>-<period>"');
export const ReadCycleParams = z.strictObject({ id: ReadCycleId });

export const READ_CYCLE_READERS = READ_BOOK_READERS;

/** Meters due, read (a measured reading in the window: no estimate), read without a blocking exception, estimated at close. */
export const CycleCounts = z.strictObject({ due: z.int(), read: z.int(), accurate: z.int(), estimated: z.int() });
export type CycleCounts = z.infer<typeof CycleCounts>;

const Rate = z.number().min(0).max(1).nullable();

export const ReadCycleView = z.strictObject({
  id: z.string(),
  bookId: Ulid,
  bookName: z.string(),
  regionId: z.string(),
  reader: z.string(),
  cadence: z.enum(CADENCES),
  period: z.string(),
  /** The window in the tenant's time zone, after postponement over holidays (first and last day, inclusive). */
  window: z.strictObject({ opensOn: LocalDate, closesAfter: LocalDate, opensAt: IsoDateTime, closesAt: IsoDateTime, postponedDays: z.int() }),
  state: z.enum(['open', 'closed']),
  counts: CycleCounts,
  /** read ÷ due (null while nothing is due); accuracy: accurate ÷ read (null before the first read). */
  readRate: Rate,
  accuracy: Rate,
  target: z.number(),
  accuracyTarget: z.number(),
  /** When the counts were last taken: the job's daily refresh, its close, or this request (a single cycle is counted live). */
  countedAt: IsoDateTime,
  /** Years the window was computed for without official calendar data (weekends only): never silent. */
  unofficialYears: z.array(z.int()),
  policyVersionId: z.string().nullable(),
  openedAt: IsoDateTime,
  closedAt: IsoDateTime.nullable(),
});
export type ReadCycleView = z.infer<typeof ReadCycleView>;

export const ReadCycleMeter = z.strictObject({
  meterId: z.string(),
  serial: z.string(),
  /** Walk order, from 1. */
  seq: z.int(),
  status: z.enum(['read', 'unread', 'estimated', 'gone']),
  lastReading: z.strictObject({ value: z.number(), readAt: IsoDateTime, source: z.string() }).nullable(),
  /** At close, an unread meter became a follow-up task (its id). */
  followUpId: z.string().nullable(),
});

export const ReadCycleDetail = ReadCycleView.extend({ meters: z.array(ReadCycleMeter) });

/** The figures of a region (or a reader) for a period and cadence: the sum of its cycles, kept by the job with each cycle. */
export const ReadCycleStats = z.strictObject({
  scope: z.enum(['region', 'reader']),
  regionId: z.string().nullable(),
  reader: z.string().nullable(),
  period: z.string(),
  cadence: z.enum(CADENCES),
  books: z.int(),
  closedBooks: z.int(),
  counts: CycleCounts,
  readRate: Rate,
  accuracy: Rate,
  target: z.number(),
  /** Every cycle of the period is closed: the figures are frozen. */
  frozen: z.boolean(),
  updatedAt: IsoDateTime,
});
export type ReadCycleStats = z.infer<typeof ReadCycleStats>;

export const ReadCyclesQuery = z.strictObject({
  regionId: RegionId.optional(),
  period: Period.optional(),
  state: z.enum(['open', 'closed']).optional(),
  /** A reader's cycles only, and the reader's own figures in `readers`. */
  reader: Username.optional(),
  cursor: Cursor.optional(),
  limit: limitUpTo(200).optional(),
});

export const ReadCyclePage = z.strictObject({
  items: z.array(ReadCycleView),
  nextCursor: z.string().nullable(),
  /** Per region in scope: the period's figures (with `period`), or its latest periods, newest first. */
  regions: z.array(ReadCycleStats),
  /** With `reader`: the reader's figures per period and cadence in the regions in scope (else empty). */
  readers: z.array(ReadCycleStats),
});
