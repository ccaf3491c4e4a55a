import { TenantStore } from '../../shared/db/tenant-store.ts';
import { ticketView } from '../../shared/entities/ticket.ts';
import { httpHandler, type Request } from '../../shared/http/handler.ts';
import { created } from '../../shared/http/reply.ts';
import { createTicket as route } from './routes.ts';
import { TicketService } from './ticket-service.ts';

export const main = async ({ ctx, body }: Request<typeof route>) => {
  const ticket = await new TicketService(new TenantStore(ctx)).create(body);
  return created(ticketView(ticket), `/v1/tickets/${ticket.id}`);
};

export const handler = httpHandler(route, main);
export { route };
