import { TenantStore } from '../../shared/db/tenant-store.ts';
import { httpHandler, type Request } from '../../shared/http/handler.ts';
import { ok } from '../../shared/http/reply.ts';
import { revealCustomer } from './reveal.ts';
import { revealCustomer as route } from './routes.ts';

export const main = async ({ ctx, params, body }: Request<typeof route>) =>
  ok(await revealCustomer(new TenantStore(ctx), params.id, body.fields, body.reason));

export const handler = httpHandler(route, main);
export { route };
