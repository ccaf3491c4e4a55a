import { TenantStore } from '../../shared/db/tenant-store.ts';
import { ticketView } from '../../shared/entities/ticket.ts';
import { httpHandler, type Request } from '../../shared/http/handler.ts';
import { withEtag } from '../../shared/http/reply.ts';
import { expectedFrom } from '../customers/expected.ts';
import { ticketAction as route } from './routes.ts';
import { TicketService } from './ticket-service.ts';

export const main = async ({ ctx, params, body, headers }: Request<typeof route>) => {
  const ticket = await new TicketService(new TenantStore(ctx)).act(params.id, body, expectedFrom(headers, body.version));
  return withEtag(ticketView(ticket));
};

export const handler = httpHandler(route, main);
export { route };
