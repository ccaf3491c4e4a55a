import { IdParams } from '../../shared/contract/common.ts';
import { EXCEPTION_REVIEWERS, ExceptionActionBody, MeterReadingsQuery, PostReadingsBody, PostReadingsResult, READING_READERS, READING_WRITERS, ReadingExceptionPage, ReadingExceptionsQuery, ReadingExceptionView, ReadingPage } from '../../shared/contract/readings.ts';
import { READ_CYCLE_READERS, ReadCycleDetail, ReadCyclePage, ReadCycleParams, ReadCyclesQuery } from '../../shared/contract/read-cycles.ts';
import { ADJUSTMENT_APPROVERS, ADJUSTMENT_PROPOSERS, ADJUSTMENT_READERS, AdjustmentActionBody, AdjustmentPage, AdjustmentsQuery, AdjustmentView, ProposeAdjustmentBody } from '../../shared/contract/adjustments.ts';
import { CreateReadBookBody, MergeReadBookBody, READ_BOOK_READERS, READ_BOOK_WRITERS, ReadBookPage, ReadBooksQuery, ReadBookView, SplitReadBookBody, SplitReadBookResult, UpdateReadBookBody } from '../../shared/contract/read-books.ts';
import { defineRoute } from '../../shared/http/route.ts';

const tags = ['readings'];

export const postReadings = defineRoute({
  method: 'POST',
  path: '/v1/readings',
  summary:
    'Record up to 500 meter readings. Each item is validated (VEE) and written on its own: accepted with its consumption and the exceptions raised (a blocking one keeps it out of billing until reviewed), or rejected with the reason and the field. A meter of another tenant or region is "meter not found"; a readAt more than 5 minutes ahead is refused. Idempotency-Key replays the first reply',
  access: READING_WRITERS,
  body: PostReadingsBody,
  idempotent: true,
  responses: { 200: PostReadingsResult },
  tags,
});

export const listMeterReadings = defineRoute({
  method: 'GET',
  path: '/v1/meters/{id}/readings',
  summary: "A meter's readings, newest first (paginated); a meter outside the caller's regions is 404",
  access: READING_READERS,
  params: IdParams,
  query: MeterReadingsQuery,
  responses: { 200: ReadingPage },
  tags,
});

export const listReadingExceptions = defineRoute({
  method: 'GET',
  path: '/v1/reading-exceptions',
  summary: 'The VEE review queue, newest first: filter by grade, rule, regionId and status (default open); each with its evidence (the expected range, the history used). Only the caller\'s regions',
  access: READING_READERS,
  query: ReadingExceptionsQuery,
  responses: { 200: ReadingExceptionPage },
  tags,
});

export const readingExceptionAction = defineRoute({
  method: 'POST',
  path: '/v1/reading-exceptions/{id}/actions',
  summary: 'Review an exception: accept (the reading is billable again once no blocking exception of it is open) or reject (the reading is void); with a note, audited on the customer timeline',
  access: EXCEPTION_REVIEWERS,
  params: IdParams,
  body: ExceptionActionBody,
  responses: { 200: ReadingExceptionView },
  tags,
});

const bookTags = ['read-books'];

export const createReadBook = defineRoute({
  method: 'POST',
  path: '/v1/read-books',
  summary: "Create a read book (抄表册): meters of one region in walk order, owned by a field user of the region; a meter already in another book is 409. At most 90 meters a request (add more with PATCH)",
  access: READ_BOOK_WRITERS,
  body: CreateReadBookBody,
  idempotent: true,
  responses: { 201: ReadBookView },
  tags: bookTags,
});

export const listReadBooks = defineRoute({
  method: 'GET',
  path: '/v1/read-books',
  summary: 'The read books of a region (regionId required; outside the caller\'s regions is 404)',
  access: READ_BOOK_READERS,
  query: ReadBooksQuery,
  responses: { 200: ReadBookPage },
  tags: bookTags,
});

export const getReadBook = defineRoute({
  method: 'GET',
  path: '/v1/read-books/{id}',
  summary: 'A read book with its meters in walk order, with ETag',
  access: READ_BOOK_READERS,
  params: IdParams,
  responses: { 200: ReadBookView },
  tags: bookTags,
});

export const updateReadBook = defineRoute({
  method: 'PATCH',
  path: '/v1/read-books/{id}',
  summary: 'Change a read book (If-Match or version): rename, reassign to another field user, add meters (at the end), remove meters, re-sequence (order: every meter once)',
  access: READ_BOOK_WRITERS,
  params: IdParams,
  body: UpdateReadBookBody,
  responses: { 200: ReadBookView },
  tags: bookTags,
});

const cycleTags = ['read-cycles'];

export const listReadCycles = defineRoute({
  method: 'GET',
  path: '/v1/read-cycles',
  summary:
    "Read cycles (one per read book and period, opened and closed by the read-cycles job) of the caller's regions, newest period first; filter by regionId, period (2026-11, 2026-Q4) and state. `regions` gives each region's read rate and accuracy per period and cadence (frozen once every cycle of the period is closed)",
  access: READ_CYCLE_READERS,
  query: ReadCyclesQuery,
  responses: { 200: ReadCyclePage },
  tags: cycleTags,
});

export const getReadCycle = defineRoute({
  method: 'GET',
  path: '/v1/read-cycles/{id}',
  summary: "A read cycle (id `<read book id>-<period>`) with its meters in walk order and each one's status (read, unread, estimated, gone), counted now while the cycle is open; a closed cycle's counts are those frozen at its close, and each unread meter names its follow-up task",
  access: READ_CYCLE_READERS,
  params: ReadCycleParams,
  responses: { 200: ReadCycleDetail },
  tags: cycleTags,
});

export const splitReadBook = defineRoute({
  method: 'POST',
  path: '/v1/read-books/{id}/split',
  summary: 'Split a read book (If-Match or version): the meters named (1–90, not all) move to a new book, walk order kept; 201 with the new book and this one',
  access: READ_BOOK_WRITERS,
  params: IdParams,
  body: SplitReadBookBody,
  responses: { 201: SplitReadBookResult },
  tags: bookTags,
});

export const mergeReadBook = defineRoute({
  method: 'POST',
  path: '/v1/read-books/{id}/merge',
  summary: 'Merge the book `from` (same region, ≤ 90 meters) into this one (If-Match or version): its meters are appended in walk order, `from` is deleted',
  access: READ_BOOK_WRITERS,
  params: IdParams,
  body: MergeReadBookBody,
  responses: { 200: ReadBookView },
  tags: bookTags,
});

const adjustmentTags = ['adjustments'];

export const proposeAdjustment = defineRoute({
  method: 'POST',
  path: '/v1/adjustments',
  summary: 'Propose a volume adjustment (调量, signed) or supplement (补量) of a meter in m³ (0.1 steps), with a reason and evidence of that meter; Idempotency-Key',
  access: ADJUSTMENT_PROPOSERS,
  body: ProposeAdjustmentBody,
  idempotent: true,
  responses: { 201: AdjustmentView },
  tags: adjustmentTags,
});

export const listAdjustments = defineRoute({
  method: 'GET',
  path: '/v1/adjustments',
  summary: "Adjustments newest first: a region's queue by status (default pending), or a meter's or customer's (meterId, customerId); caller's regions only",
  access: ADJUSTMENT_READERS,
  query: AdjustmentsQuery,
  responses: { 200: AdjustmentPage },
  tags: adjustmentTags,
});

export const getAdjustment = defineRoute({
  method: 'GET',
  path: '/v1/adjustments/{id}',
  summary: 'An adjustment with its basis, decision and ledger entry, with ETag',
  access: ADJUSTMENT_READERS,
  params: IdParams,
  responses: { 200: AdjustmentView },
  tags: adjustmentTags,
});

export const adjustmentAction = defineRoute({
  method: 'POST',
  path: '/v1/adjustments/{id}/actions',
  summary: 'Approve or reject a pending adjustment (If-Match or version): never its proposer (403); approval posts the volume to the meter ledger',
  access: ADJUSTMENT_APPROVERS,
  params: IdParams,
  body: AdjustmentActionBody,
  idempotent: true,
  responses: { 200: AdjustmentView },
  tags: adjustmentTags,
});
