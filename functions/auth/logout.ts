import { forgetSession, sessionVersionOf } from '../../shared/auth/sessions.ts';
import { TenantStore } from '../../shared/db/tenant-store.ts';
import type { User } from '../../shared/entities/user.ts';
import { httpHandler, type Request } from '../../shared/http/handler.ts';
import { noContent } from '../../shared/http/reply.ts';
import { keys } from '../../shared/keys.ts';
import { logout as route } from './routes.ts';

/** Sign-out ends the user's sessions: the session version moves on, every earlier token is refused. */
export const main = async ({ ctx }: Request<typeof route>) => {
  const store = new TenantStore(ctx);
  const key = keys.user(ctx.tenantId, ctx.principal.id);
  const user = await store.get<User>(key, true);
  if (user) {
    await store.write({ kind: 'update', key, set: { sessionVersion: sessionVersionOf(user) + 1 } });
    forgetSession(ctx.tenantId, ctx.principal.id);
  }
  return noContent();
};

export const handler = httpHandler(route, main);
export { route };
