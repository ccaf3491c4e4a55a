import { TenantStore } from '../../shared/db/tenant-store.ts';
import { ticketView } from '../../shared/entities/ticket.ts';
import { httpHandler, type Request } from '../../shared/http/handler.ts';
import { keys } from '../../shared/keys.ts';
import { Index } from '../../shared/table.ts';
import { getTicket as route } from './routes.ts';
import { TicketService } from './ticket-service.ts';

/** The ticket and its history: the audit records whose subject is the ticket (one Query, newest first; a ticket has tens). */
const historyEntry = (a: Record<string, unknown>) => ({
  id: String(a.id),
  at: String(a.at),
  action: String(a.action),
  summary: (a.summary as string | undefined) ?? null,
  detail: (a.detail as Record<string, unknown> | undefined) ?? null,
  actor: a.actor as { kind: string; id: string; name: string },
});

export const main = async ({ ctx, params }: Request<typeof route>) => {
  const store = new TenantStore(ctx);
  const ticket = await new TicketService(store).get(params.id);
  const history = await store.query({ index: Index.bySubjectHistory, pk: keys.subjectHistory(ctx.tenantId, 'ticket', ticket.id), newestFirst: true, limit: 200 });
  return { status: 200, body: { ...ticketView(ticket), history: history.items.map(historyEntry) }, headers: { etag: `"${ticket.version}"` } };
};

export const handler = httpHandler(route, main);
export { route };
