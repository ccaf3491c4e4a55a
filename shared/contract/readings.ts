import * as z from 'zod';
import type { Role, Scope } from './access.ts';
import { Actor, decimal, Fen, HumanText, IsoDateTime, Page, pageQuery, RegionId, Ulid } from './common.ts';

/**
 * Meter reading (抄表): ingestion with validation (VEE), a meter's readings, the review queue.
 * Rule names and grades are public (CONTRACT.md).
 */
export const READING_SOURCES = ['field', 'app', 'remote', 'integrator', 'estimate'] as const;
export type ReadingSource = (typeof READING_SOURCES)[number];

export const VEE_RULES = ['negative', 'rollover', 'zero', 'high', 'low', 'inactive', 'duplicate', 'out-of-order', 'estimates', 'ic-card-no-purchase'] as const;
export type VeeRule = (typeof VEE_RULES)[number];

export const EXCEPTION_GRADES = ['info', 'review', 'blocking'] as const;
export type ExceptionGrade = (typeof EXCEPTION_GRADES)[number];

export const EXCEPTION_STATUSES = ['open', 'resolved'] as const;
export type ExceptionStatus = (typeof EXCEPTION_STATUSES)[number];

/** Largest batch of `POST /v1/readings`. */
export const MAX_READINGS_PER_BATCH = 500;
/** A reading dated more than this after the server's clock is in the future (clock skew of a phone). */
export const READ_AT_SKEW_MS = 5 * 60_000;

/** Who records readings: readers, their managers and dispatchers; integrators with `readings:write`. */
export const READING_WRITERS = { roles: ['admin', 'manager', 'field', 'dispatcher'] as readonly Role[], scopes: ['readings:write'] as readonly Scope[] };
/** Who reads them: every console role; integrators that read the archive or write readings. */
export const READING_READERS = { roles: ['admin', 'manager', 'dispatcher', 'agent', 'field'] as readonly Role[], scopes: ['readings:write', 'customers:read'] as readonly Scope[] };
/** Who reviews the exception queue. */
export const EXCEPTION_REVIEWERS = { roles: ['admin', 'manager', 'dispatcher'] as readonly Role[] };

/** A register value: m³ with at most 3 decimals, below the largest register (10 digits). */
const RegisterValue = decimal({ min: 0, lessThan: 1e10, places: 3 });

export const ReadingInput = z.strictObject({
  meterId: Ulid,
  value: RegisterValue,
  readAt: IsoDateTime,
  source: z.enum(READING_SOURCES),
  /** IC-card meters: the balance stored on the meter, in integer fen (at most ¥10,000,000). */
  cardBalanceFen: Fen.max(1_000_000_000).optional(),
  /** IC-card meters: the cumulative number of purchases the meter has registered. */
  purchases: z.int().min(0).max(1_000_000).optional(),
  /** A reference to a photo of the register (stored elsewhere): metadata only. */
  photoRef: z.string().regex(/^[\x21-\x7e]{1,256}$/, 'a reference of 1–256 visible ASCII characters').optional(),
});
export type ReadingInput = z.infer<typeof ReadingInput>;

export const PostReadingsBody = z.strictObject({ readings: z.array(ReadingInput).min(1).max(MAX_READINGS_PER_BATCH) });

export const RaisedException = z.strictObject({ rule: z.enum(VEE_RULES), grade: z.enum(EXCEPTION_GRADES) });

export const ReadingResult = z.strictObject({
  index: z.int(),
  status: z.enum(['accepted', 'rejected']),
  /** The stored reading (accepted), or the reading a duplicate repeats; null otherwise. */
  readingId: z.string().nullable(),
  /** m³ since the previous reading (across a rollover); null when it cannot be computed (dated before the previous one). */
  consumption: z.number().nullable(),
  exceptions: z.array(RaisedException),
  /** Why it was rejected (null when accepted). */
  reason: z.string().nullable(),
  /** The offending field, e.g. `readings[3].readAt` (null when accepted). */
  field: z.string().nullable(),
});
export type ReadingResult = z.infer<typeof ReadingResult>;

export const PostReadingsResult = z.strictObject({ results: z.array(ReadingResult) });

/** A past reading a rule looked at. */
export const HistoryPoint = z.strictObject({ readingId: z.string().nullable(), readAt: IsoDateTime, value: z.number(), consumption: z.number().nullable(), days: z.number().nullable(), source: z.string() });

/** What a rule saw: the expected range, the history it used, and the facts that made it fire. */
export const Evidence = z.strictObject({
  summary: z.string(),
  /** Where the expected use came from. */
  basis: z.enum(['history', 'same-period-last-year', 'none']),
  expectedDailyUse: z.number().nullable(),
  expectedRange: z.strictObject({ min: z.number(), max: z.number() }).nullable(),
  history: z.array(HistoryPoint),
  facts: z.record(z.string(), z.union([z.number(), z.string(), z.boolean(), z.null()])),
});
export type Evidence = z.infer<typeof Evidence>;

export const ReadingView = z.strictObject({
  id: z.string(),
  meterId: z.string(),
  customerId: z.string(),
  regionId: z.string(),
  value: z.number(),
  readAt: IsoDateTime,
  source: z.enum(READING_SOURCES),
  /** The reading it follows (the meter's start read for the first one). */
  previous: z.strictObject({ value: z.number(), readAt: z.string() }).nullable(),
  consumption: z.number().nullable(),
  /** Days since the previous reading. */
  days: z.number().nullable(),
  /** false while a blocking exception is open, or when void. */
  billable: z.boolean(),
  status: z.enum(['valid', 'held', 'void']),
  exceptions: z.array(RaisedException),
  /** IC-card meters: the balance the meter showed, in integer fen. */
  cardBalanceFen: Fen.nullable(),
  purchases: z.number().nullable(),
  photoRef: z.string().nullable(),
  /** The `reading.vee` version it was validated under (null: the defaults). */
  policyVersionId: z.string().nullable(),
  actor: Actor,
  createdAt: IsoDateTime,
});
export type ReadingView = z.infer<typeof ReadingView>;

export const MeterReadingsQuery = pageQuery(100);
export const ReadingPage = Page(ReadingView);

export const ReadingExceptionView = z.strictObject({
  id: z.string(),
  readingId: z.string(),
  meterId: z.string(),
  customerId: z.string(),
  regionId: z.string(),
  rule: z.enum(VEE_RULES),
  grade: z.enum(EXCEPTION_GRADES),
  status: z.enum(EXCEPTION_STATUSES),
  readAt: IsoDateTime,
  value: z.number(),
  consumption: z.number().nullable(),
  evidence: Evidence,
  resolution: z.strictObject({ action: z.enum(['accept', 'reject']), note: z.string(), actor: Actor, at: IsoDateTime }).nullable(),
  createdAt: IsoDateTime,
  version: z.int(),
});
export type ReadingExceptionView = z.infer<typeof ReadingExceptionView>;

export const ReadingExceptionsQuery = z.strictObject({
  grade: z.enum(EXCEPTION_GRADES).optional(),
  rule: z.enum(VEE_RULES).optional(),
  regionId: RegionId.optional(),
  status: z.enum(EXCEPTION_STATUSES).optional(),
  cursor: z.string().max(2048).optional(),
  limit: z.coerce.number().int().min(1).max(100).optional(),
});

export const ReadingExceptionPage = Page(ReadingExceptionView);

export const ExceptionActionBody = z.strictObject({
  action: z.enum(['accept', 'reject']),
  note: HumanText({ min: 2, max: 500, multiline: true }),
});
