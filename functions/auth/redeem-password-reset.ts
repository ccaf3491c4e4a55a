import { hashResetToken } from '../../shared/auth/password-reset.ts';
import { hashPassword } from '../../shared/auth/passwords.ts';
import { forgetSession, sessionVersionOf } from '../../shared/auth/sessions.ts';
import { TenantStore } from '../../shared/db/tenant-store.ts';
import { invalidError } from '../../shared/errors.ts';
import { principalOf, type User } from '../../shared/entities/user.ts';
import { httpHandler, type Request } from '../../shared/http/handler.ts';
import { noContent } from '../../shared/http/reply.ts';
import { keys } from '../../shared/keys.ts';
import { assertStrongPassword } from '../users/user-service.ts';
import { redeemPasswordReset as route } from './routes.ts';

interface ResetRecord {
  username: string;
  expiresAt: string;
}

const invalidLink = () => invalidError('invalid-reset-link', 'The link is unknown, used or expired; ask an administrator for a new one');

/**
 * A one-time link sets the password: the link must exist, be unexpired and be the user's latest;
 * it is deleted in the same transaction that sets the hash, so it works once. The user's other
 * sessions end. Reads only: an unknown tenant or token writes nothing.
 */
export const main = async ({ body, headers }: Request<typeof route>) => {
  if (process.env.TENANT_ID && body.tenant !== process.env.TENANT_ID) throw invalidLink();
  const correlationId = headers['x-correlation-id'] ?? 'password-reset';
  const tokenHash = hashResetToken(body.token);
  const lookup = new TenantStore({ tenantId: body.tenant, correlationId, principal: { kind: 'system', id: 'password-reset', name: 'password-reset', roles: [], scopes: [] } });
  const resetKey = keys.passwordReset(body.tenant, tokenHash);
  const reset = await lookup.get<ResetRecord>(resetKey, true);
  if (!reset || Date.parse(reset.expiresAt) <= Date.now()) throw invalidLink();
  const user = await lookup.get<User>(keys.user(body.tenant, reset.username), true);
  if (!user || user.disabled || user.pendingReset !== tokenHash) throw invalidLink();
  assertStrongPassword(body.newPassword, user.username);

  const store = new TenantStore({ tenantId: body.tenant, correlationId, principal: principalOf(user) });
  await store.commit({
    writes: [
      { kind: 'delete', key: resetKey, condition: { expression: 'attribute_exists(pk)', onFail: invalidLink() } },
      {
        kind: 'update',
        key: keys.user(body.tenant, user.username),
        set: { passwordHash: await hashPassword(body.newPassword), passwordChangedAt: new Date().toISOString(), sessionVersion: sessionVersionOf(user) + 1 },
        remove: ['pendingReset', 'mustChangePassword'],
        condition: { expression: 'pendingReset = :hash', values: { ':hash': tokenHash }, onFail: invalidLink() },
      },
    ],
    audit: { action: 'user.password-set', subject: { type: 'user', id: user.username }, summary: 'with a one-time link' },
  });
  forgetSession(body.tenant, user.username);
  return noContent();
};

export const handler = httpHandler(route, main);
export { route };
