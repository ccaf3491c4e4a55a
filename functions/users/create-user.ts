import { TenantStore, absent } from '../../shared/db/tenant-store.ts';
import { conflictError } from '../../shared/errors.ts';
import { userItem, type User } from '../../shared/entities/user.ts';
import { httpHandler, type Request } from '../../shared/http/handler.ts';
import { created } from '../../shared/http/reply.ts';
import { assertRegionsExist } from './regions-check.ts';
import { createUser as route } from './routes.ts';
import { resetLinkWrites, userView } from './user-service.ts';

/** A new user has no password: the admin hands over the setup link, the user chooses one. */
export const main = async ({ ctx, body }: Request<typeof route>) => {
  const store = new TenantStore(ctx);
  const admin = body.roles.includes('admin');
  if (!admin) await assertRegionsExist(store, body.regions);
  const now = new Date().toISOString();
  const reset = resetLinkWrites(store, body.username, ctx.principal.id);
  const user: User & { pendingReset: string } = {
    username: body.username,
    name: body.name,
    roles: [...new Set(body.roles)],
    ...(admin || !body.regions ? {} : { regions: [...new Set(body.regions)] }),
    sessionVersion: 1,
    version: 1,
    createdAt: now,
    updatedAt: now,
    pendingReset: reset.tokenHash,
  };
  await store.commit({
    writes: [
      { kind: 'put', item: userItem(ctx.tenantId, user), condition: absent(conflictError('username-taken', `User ${body.username} exists`, { username: body.username })) },
      ...reset.writes,
    ],
    audit: { action: 'user.created', subject: { type: 'user', id: body.username }, summary: body.name, detail: { roles: user.roles, regions: user.regions ?? null } },
  });
  return created({ user: userView(user), setup: reset.link }, `/v1/users/${body.username}`);
};

export const handler = httpHandler(route, main);
export { route };
