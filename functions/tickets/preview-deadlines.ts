import { TenantStore } from '../../shared/db/tenant-store.ts';
import { httpHandler, type Request } from '../../shared/http/handler.ts';
import { ok } from '../../shared/http/reply.ts';
import { previewDeadlines as route } from './routes.ts';
import { TicketService } from './ticket-service.ts';

/** Exactly what the intake would compute (the same code), and nothing written. */
export const main = async ({ ctx, body }: Request<typeof route>) => {
  const p = await new TicketService(new TenantStore(ctx)).preview(body);
  return ok({ kind: p.kind, priority: p.priority, receivedAt: p.receivedAt.toISOString(), deadlines: p.deadlines, warnAt: p.warnAt, policy: p.policy, unofficialYears: p.unofficialYears });
};

export const handler = httpHandler(route, main);
export { route };
