import { TenantStore, versionIs } from '../../shared/db/tenant-store.ts';
import { forbiddenError } from '../../shared/errors.ts';
import type { User } from '../../shared/entities/user.ts';
import { expectedVersion, httpHandler, type Request } from '../../shared/http/handler.ts';
import { badRequest } from '../../shared/http/problems.ts';
import { withEtag } from '../../shared/http/reply.ts';
import { keys } from '../../shared/keys.ts';
import { assertRegionsExist } from './regions-check.ts';
import { updateUser as route } from './routes.ts';
import { getUser, nextSessionVersion, sessionsEnded, userView } from './user-service.ts';

const sameSet = (a: readonly string[] | undefined, b: readonly string[] | undefined) =>
  (a ?? []).length === (b ?? []).length && (a ?? []).every((x) => (b ?? []).includes(x));

/** Name, roles, regions. A change of roles or regions bumps the session version: sign in again. */
export const main = async ({ ctx, params, body, headers }: Request<typeof route>) => {
  const version = expectedVersion(headers, body.version);
  if (version === undefined) throw badRequest('Send If-Match (or version) with the version you read', [{ field: 'If-Match', message: 'required' }]);
  const store = new TenantStore(ctx);
  const user = await getUser(store, params.username, true);
  const roles = body.roles ? [...new Set(body.roles)] : user.roles;
  if (params.username === ctx.principal.id && !roles.includes('admin')) {
    throw forbiddenError('own-admin-role', 'You cannot take the admin role from yourself', { username: params.username });
  }
  const admin = roles.includes('admin');
  const regions = admin ? undefined : body.regions === undefined ? user.regions : (body.regions ?? undefined);
  if (!admin && body.regions) await assertRegionsExist(store, body.regions);
  const accessChanged = !sameSet(roles, user.roles) || !sameSet(regions, user.regions) || (regions === undefined) !== (user.regions === undefined);
  const updated: User = {
    ...user,
    name: body.name ?? user.name,
    roles,
    regions,
    ...(accessChanged ? { sessionVersion: nextSessionVersion(user) } : {}),
    version: user.version + 1,
    updatedAt: new Date().toISOString(),
  };
  await store.commit({
    writes: [
      {
        kind: 'update',
        key: keys.user(ctx.tenantId, user.username),
        set: { name: updated.name, roles, version: updated.version, updatedAt: updated.updatedAt, ...(regions ? { regions } : {}), ...(accessChanged ? { sessionVersion: updated.sessionVersion } : {}) },
        remove: regions ? [] : ['regions'],
        condition: versionIs(version, 'user'),
      },
    ],
    audit: { action: 'user.updated', subject: { type: 'user', id: user.username }, summary: updated.name, detail: { roles, regions: regions ?? null, sessionsEnded: accessChanged } },
  });
  if (accessChanged) sessionsEnded(store, user.username);
  return withEtag(userView(updated));
};

export const handler = httpHandler(route, main);
export { route };
