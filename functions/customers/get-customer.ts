import { TenantStore } from '../../shared/db/tenant-store.ts';
import { httpHandler, type Request } from '../../shared/http/handler.ts';
import { withEtag } from '../../shared/http/reply.ts';
import { CustomerService } from './customer-service.ts';
import { getCustomer as route } from './routes.ts';
import { customerView } from './views.ts';

export const main = async ({ ctx, params }: Request<typeof route>) =>
  withEtag(customerView(await new CustomerService(new TenantStore(ctx)).get(params.id)));

export const handler = httpHandler(route, main);
export { route };
