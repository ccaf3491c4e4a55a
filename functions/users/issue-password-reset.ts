import { TenantStore } from '../../shared/db/tenant-store.ts';
import { conflictError } from '../../shared/errors.ts';
import { httpHandler, type Request } from '../../shared/http/handler.ts';
import { created } from '../../shared/http/reply.ts';
import { keys } from '../../shared/keys.ts';
import { issuePasswordReset as route } from './routes.ts';
import { getUser, resetLinkWrites } from './user-service.ts';

/**
 * A one-time link (24 h) the admin hands to the user, who sets a new password with it. The
 * current password keeps working until then; the link voids any earlier one.
 */
export const main = async ({ ctx, params }: Request<typeof route>) => {
  const store = new TenantStore(ctx);
  const user = await getUser(store, params.username, true);
  if (user.disabled) throw conflictError('user-disabled', `User ${user.username} is disabled; enable them first`, { username: user.username });
  const reset = resetLinkWrites(store, user.username, ctx.principal.id);
  await store.commit({
    writes: [...reset.writes, { kind: 'update', key: keys.user(ctx.tenantId, user.username), set: { pendingReset: reset.tokenHash } }],
    audit: { action: 'user.password-reset-issued', subject: { type: 'user', id: user.username }, summary: user.name, detail: { expiresAt: reset.link.expiresAt } },
  });
  return created(reset.link);
};

export const handler = httpHandler(route, main);
export { route };
