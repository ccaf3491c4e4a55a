import { TenantStore } from '../../shared/db/tenant-store.ts';
import { httpHandler, type Request } from '../../shared/http/handler.ts';
import { ok } from '../../shared/http/reply.ts';
import { storedTimeZone } from '../../shared/tenant-profile.ts';
import { me as route } from './routes.ts';

/** Console tokens carry the tenant's time zone; for integrator keys it is read from the profile. */
const timeZoneOf = async (ctx: Request<typeof route>['ctx']) =>
  ctx.timeZone ?? (await storedTimeZone(new TenantStore(ctx))) ?? null;

export const main = async ({ ctx }: Request<typeof route>) =>
  ok({
    timeZone: await timeZoneOf(ctx),
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
