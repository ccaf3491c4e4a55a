import { httpHandler, type Request } from '../../shared/http/handler.ts';
import { ok } from '../../shared/http/reply.ts';
import { me as route } from './routes.ts';

export const main = async ({ ctx }: Request<typeof route>) =>
  ok({
    tenant: ctx.tenantId,
    kind: ctx.principal.kind,
    id: ctx.principal.id,
    name: ctx.principal.name,
    roles: ctx.principal.roles,
    regions: ctx.principal.regions ?? null,
    scopes: ctx.principal.scopes,
  });

export const handler = httpHandler(route, main);
export { route };
