import { IdParams } from '../../shared/contract/common.ts';
import { MeterReadingsQuery, PostReadingsBody, PostReadingsResult, READING_READERS, READING_WRITERS, ReadingPage } from '../../shared/contract/readings.ts';
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
