import { TenantStore } from '../../shared/db/tenant-store.ts';
import type { User } from '../../shared/entities/user.ts';
import { httpHandler, type Request } from '../../shared/http/handler.ts';
import { ok } from '../../shared/http/reply.ts';
import { keys } from '../../shared/keys.ts';
import { Index } from '../../shared/table.ts';
import { listUsers as route } from './routes.ts';
import { userView } from './user-service.ts';

/** Tens to a few hundred users per tenant: every page of the tenant's users index. */
export const main = async ({ ctx }: Request<typeof route>) => {
  const users: User[] = [];
  const store = new TenantStore(ctx);
  for await (const page of store.queryPages<User>({ index: Index.tenantUsers, pk: keys.tenantUsers(ctx.tenantId), limit: 200 })) users.push(...page.items);
  return ok({ items: users.map(userView) });
};

export const handler = httpHandler(route, main);
export { route };
