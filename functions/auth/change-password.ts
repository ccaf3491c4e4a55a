import { hashPassword, verifyPassword } from '../../shared/auth/passwords.ts';
import { forgetSession, sessionVersionOf } from '../../shared/auth/sessions.ts';
import { issueToken } from '../../shared/auth/tokens.ts';
import { TenantStore } from '../../shared/db/tenant-store.ts';
import { invalidError } from '../../shared/errors.ts';
import { principalOf, type User } from '../../shared/entities/user.ts';
import { httpHandler, type Request } from '../../shared/http/handler.ts';
import { ok } from '../../shared/http/reply.ts';
import { keys } from '../../shared/keys.ts';
import { assertStrongPassword } from '../users/user-service.ts';
import { changePassword as route } from './routes.ts';
import { takeTurn } from './sign-in-throttle.ts';

/**
 * The user changes their own password: the current one (throttled like a sign-in, so a stolen
 * token cannot guess it) and a new one of the minimum strength. Every other session ends; the
 * reply carries a token for this one.
 */
export const main = async ({ ctx, body, sourceIp }: Request<typeof route>) => {
  const store = new TenantStore(ctx);
  const username = ctx.principal.id;
  const turn = await takeTurn(store, username, sourceIp || 'unknown');
  const user = await store.get<User>(keys.user(ctx.tenantId, username), true);
  if (!user?.passwordHash || !(await verifyPassword(body.currentPassword, user.passwordHash))) {
    throw invalidError('wrong-password', 'The current password is wrong', {}, { fields: [{ field: 'currentPassword', message: 'wrong' }] });
  }
  await turn.succeeded();
  if (body.newPassword === body.currentPassword) {
    throw invalidError('same-password', 'The new password must differ from the current one', {}, { fields: [{ field: 'newPassword', message: 'same as the current one' }] });
  }
  assertStrongPassword(body.newPassword, username);
  const sessionVersion = sessionVersionOf(user) + 1;
  const now = new Date().toISOString();
  await store.commit({
    writes: [
      {
        kind: 'update',
        key: keys.user(ctx.tenantId, username),
        set: { passwordHash: await hashPassword(body.newPassword), passwordChangedAt: now, sessionVersion },
        remove: ['mustChangePassword', 'pendingReset'],
      },
    ],
    audit: { action: 'user.password-changed', subject: { type: 'user', id: username }, summary: user.name },
  });
  forgetSession(ctx.tenantId, username);
  return ok(await issueToken(ctx.tenantId, principalOf(user), { timeZone: ctx.timeZone, sessionVersion }));
};

export const handler = httpHandler(route, main);
export { route };
