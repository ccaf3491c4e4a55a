import { TenantStore } from '../../shared/db/tenant-store.ts';
import { forbiddenError } from '../../shared/errors.ts';
import type { User } from '../../shared/entities/user.ts';
import { httpHandler, type Request } from '../../shared/http/handler.ts';
import { withEtag } from '../../shared/http/reply.ts';
import { keys } from '../../shared/keys.ts';
import { versionIs } from '../../shared/db/tenant-store.ts';
import { userAction as route } from './routes.ts';
import { getUser, nextSessionVersion, sessionsEnded, userView } from './user-service.ts';

/**
 * Users are never deleted (tickets, audits, imports name them): disabling refuses their sign-in
 * and ends their sessions at the next request; enabling lets them sign in again (old tokens stay
 * refused). Doing what is already done changes nothing.
 */
export const main = async ({ ctx, params, body }: Request<typeof route>) => {
  const store = new TenantStore(ctx);
  const user = await getUser(store, params.username, true);
  const disable = body.action === 'disable';
  if (disable && params.username === ctx.principal.id) throw forbiddenError('disable-self', 'You cannot disable yourself', { username: params.username });
  if (Boolean(user.disabled) === disable) return withEtag(userView(user));
  const now = new Date().toISOString();
  const updated: User = {
    ...user,
    disabled: disable,
    ...(disable ? { disabledAt: now, sessionVersion: nextSessionVersion(user) } : {}),
    version: user.version + 1,
    updatedAt: now,
  };
  await store.commit({
    writes: [
      {
        kind: 'update',
        key: keys.user(ctx.tenantId, user.username),
        set: { disabled: disable, version: updated.version, updatedAt: now, ...(disable ? { disabledAt: now, sessionVersion: updated.sessionVersion } : {}) },
        remove: disable ? [] : ['disabledAt'],
        condition: versionIs(user.version, 'user'),
      },
    ],
    audit: { action: disable ? 'user.disabled' : 'user.enabled', subject: { type: 'user', id: user.username }, summary: user.name },
  });
  if (disable) sessionsEnded(store, user.username);
  return withEtag(userView(updated));
};

export const handler = httpHandler(route, main);
export { route };
