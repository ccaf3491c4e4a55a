import { newResetToken, resetUrl } from '../../shared/auth/password-reset.ts';
import { forgetSession, sessionVersionOf } from '../../shared/auth/sessions.ts';
import { passwordProblems } from '../../shared/contract/password-strength.ts';
import type { PasswordResetLink, UserView } from '../../shared/contract/users.ts';
import type { Item, WriteOp } from '../../shared/db/tenant-store.ts';
import type { TenantStore } from '../../shared/db/tenant-store.ts';
import { notFoundError, unprocessableError } from '../../shared/errors.ts';
import type { User } from '../../shared/entities/user.ts';
import { keys } from '../../shared/keys.ts';

/** What an admin sees of a user: never the hash, never a reset token or its hash. */
export const userView = (user: User): UserView => ({
  username: user.username,
  name: user.name,
  roles: user.roles,
  regions: user.roles.includes('admin') ? null : (user.regions ?? null),
  disabled: Boolean(user.disabled),
  disabledAt: user.disabled ? (user.disabledAt ?? null) : null,
  passwordSet: Boolean(user.passwordHash),
  mustChangePassword: Boolean(user.mustChangePassword),
  lastSignInAt: user.lastSignInAt ?? null,
  createdAt: user.createdAt,
  updatedAt: user.updatedAt,
  version: user.version,
});

export async function getUser(store: TenantStore, username: string, consistent = false): Promise<User> {
  const user = await store.get<User & { entity?: string }>(keys.user(store.tenantId, username), consistent);
  if (!user || user.entity !== 'user') throw notFoundError('User', { username });
  return user;
}

/** A weak password is 422 `weak-password` with the rules it breaks (`problems`, comma-separated). */
export function assertStrongPassword(password: string, username: string): void {
  const problems = passwordProblems(password, username);
  if (problems.length) {
    throw unprocessableError('weak-password', `The new password is too weak: ${problems.join(', ')}`, { problems: problems.join(',') }, {
      fields: [{ field: 'newPassword', message: problems.join(', ') }],
    });
  }
}

/**
 * A one-time link for `username`: the reset item (hash of the token, TTL) and the user's pointer to
 * it, which voids any earlier link. The writes go into the caller's transaction.
 */
export function resetLinkWrites(store: TenantStore, username: string, actor: string): { writes: WriteOp[]; link: PasswordResetLink; tokenHash: string } {
  const { token, tokenHash, expiresAt, ttl } = newResetToken();
  const item: Item = { ...keys.passwordReset(store.tenantId, tokenHash), entity: 'password-reset', username, expiresAt, ttl, createdBy: actor, createdAt: new Date().toISOString() };
  return { writes: [{ kind: 'put', item }], link: { resetUrl: resetUrl(store.tenantId, token), expiresAt }, tokenHash };
}

/** The session version after `user`'s: every token issued before is refused from the next request. */
export const nextSessionVersion = (user: User) => sessionVersionOf(user) + 1;

/** After a committed session bump: this process's authorizer reads the user afresh. */
export const sessionsEnded = (store: TenantStore, username: string) => forgetSession(store.tenantId, username);
