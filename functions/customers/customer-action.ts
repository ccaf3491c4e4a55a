import { TenantStore } from '../../shared/db/tenant-store.ts';
import { httpHandler, type Request } from '../../shared/http/handler.ts';
import { withEtag } from '../../shared/http/reply.ts';
import { CustomerService } from './customer-service.ts';
import { expectedFrom } from './expected.ts';
import { customerAction as route } from './routes.ts';
import { customerView } from './views.ts';

export const main = async ({ ctx, params, body, headers }: Request<typeof route>) => {
  const { version, ...command } = body;
  const customer = await new CustomerService(new TenantStore(ctx)).act(params.id, command, expectedFrom(headers, version));
  return withEtag(customerView(customer));
};

export const handler = httpHandler(route, main);
export { route };
