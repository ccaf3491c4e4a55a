import { CALENDAR_EDITORS, CALENDAR_READERS, CalendarParams, CalendarUpdateBody, CalendarView } from '../../shared/contract/calendar.ts';
import { defineRoute } from '../../shared/http/route.ts';

const tags = ['calendar'];

export const getCalendar = defineRoute({
  method: 'GET',
  path: '/v1/calendar/{year}',
  summary:
    "The tenant's business calendar of a year (2000–2100): holidays, make-up working days and working hours — as an admin saved it, else the official dates (version 0). A year without official dates counts weekends only and says so in warnings",
  access: { roles: CALENDAR_READERS },
  params: CalendarParams,
  responses: { 200: CalendarView },
  tags,
});

export const updateCalendar = defineRoute({
  method: 'PUT',
  path: '/v1/calendar/{year}',
  summary:
    'Save the calendar of a year (admin): workingHours, days and the version read (or If-Match with the ETag of GET; 0 for a year never saved; stale → 409). The read-only fields of GET may be sent back and are ignored. Audited, with the event calendar.updated',
  access: { roles: CALENDAR_EDITORS },
  params: CalendarParams,
  body: CalendarUpdateBody,
  responses: { 200: CalendarView },
  tags,
});
