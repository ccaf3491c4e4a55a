import { TenantStore } from '../../shared/db/tenant-store.ts';
import { httpHandler, type Request } from '../../shared/http/handler.ts';
import { withEtag } from '../../shared/http/reply.ts';
import { getUser as route } from './routes.ts';
import { getUser, userView } from './user-service.ts';

export const main = async ({ ctx, params }: Request<typeof route>) => withEtag(userView(await getUser(new TenantStore(ctx), params.username)));

export const handler = httpHandler(route, main);
export { route };
