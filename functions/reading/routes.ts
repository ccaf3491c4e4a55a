import { IdParams } from '../../shared/contract/common.ts';
import { EXCEPTION_REVIEWERS, ExceptionActionBody, MeterReadingsQuery, PostReadingsBody, PostReadingsResult, READING_READERS, READING_WRITERS, ReadingExceptionPage, ReadingExceptionsQuery, ReadingExceptionView, ReadingPage } from '../../shared/contract/readings.ts';
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
