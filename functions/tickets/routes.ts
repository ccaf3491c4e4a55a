import { DeadlinePreview, ListTicketsQuery, TICKET_READERS, TICKET_WORKERS, TICKET_WRITERS, TicketActionBody, TicketIntakeBody, TicketPage, TicketParams, TicketView, TicketWithHistory } from '../../shared/contract/tickets.ts';
import { defineRoute } from '../../shared/http/route.ts';

const tags = ['tickets'];

export const createTicket = defineRoute({
  method: 'POST',
  path: '/v1/tickets',
  summary: 'Intake of an inquiry, repair, emergency or complaint of a customer in your regions; deadlines from the tickets.deadlines policy in force at receivedAt (default now; never in the future, nor before 2000 where the business calendar begins), on the tenant\'s business calendar in its time zone; the ticket records the policy version. An emergency notifies the on-call crew in the same transaction',
  access: TICKET_WRITERS,
  body: TicketIntakeBody,
  idempotent: true,
  responses: { 201: TicketView },
  tags,
});

export const previewDeadlines = defineRoute({
  method: 'POST',
  path: '/v1/tickets/deadline-preview',
  summary: 'The deadlines an intake with these fields would get, without creating anything (the intake form shows them before saving)',
  access: TICKET_WRITERS,
  body: TicketIntakeBody,
  responses: { 200: DeadlinePreview },
  tags,
});

export const listTickets = defineRoute({
  method: 'GET',
  path: '/v1/tickets',
  summary: 'Tickets by status, kind and region, newest received first within a status; or (view=risk) the open tickets of a region — of the tenant for a caller of every region — by SLA risk: passed deadlines first, most overdue first, then the earliest deadline ahead, then paused ones, then those with nothing left due, special-care households and urgent tickets first within each; or (view=assignee) the same of one field user\'s work (assignee, default the caller). Each a Query on its own index (docs/data-model.md)',
  access: TICKET_READERS,
  query: ListTicketsQuery,
  responses: { 200: TicketPage },
  tags,
});

export const getTicket = defineRoute({
  method: 'GET',
  path: '/v1/tickets/{id}',
  summary: 'A ticket with its history (newest first) and its version as ETag',
  access: TICKET_READERS,
  params: TicketParams,
  responses: { 200: TicketWithHistory },
  tags,
});

export const ticketAction = defineRoute({
  method: 'POST',
  path: '/v1/tickets/{id}/actions',
  summary: 'acknowledge, dispatch (to an enabled field user of the ticket\'s region, else 422 naming assignee), arrive, resolve, reply, escalate, pause, resume, close, return-visit or reopen (If-Match or version); an action the rules forbid is 409 with the reason. Field staff may arrive, resolve, pause and resume the tickets dispatched to them (else 403)',
  access: TICKET_WORKERS,
  params: TicketParams,
  body: TicketActionBody,
  responses: { 200: TicketView },
  tags,
});
