import { TenantStore } from '../../shared/db/tenant-store.ts';
import { httpHandler, type Request } from '../../shared/http/handler.ts';
import type { Reply } from '../../shared/http/reply.ts';
import { countBusiness } from '../../shared/observability.ts';
import { CustomerService } from './customer-service.ts';
import { createCustomer as route } from './routes.ts';
import { customerView } from './views.ts';

export const main = async ({ ctx, body }: Request<typeof route>): Promise<Reply> => {
  const { customer } = await new CustomerService(new TenantStore(ctx)).create(body);
  countBusiness(ctx, 'customersCreated'); // an idempotent replay does not run main: counted once
  return { status: 201, body: customerView(customer), headers: { etag: `"${customer.version}"`, location: `/v1/customers/${customer.id}` } };
};

export const handler = httpHandler(route, main);
export { route };
