import { DUMMY_HASH, verifyPassword } from '../../shared/auth/passwords.ts';
import { sessionVersionOf } from '../../shared/auth/sessions.ts';
import { issueToken } from '../../shared/auth/tokens.ts';
import { TenantStore } from '../../shared/db/tenant-store.ts';
import type { TenantProfile } from '../../shared/entities/tenant.ts';
import { principalOf, publicUser, type User } from '../../shared/entities/user.ts';
import { httpHandler, type Request } from '../../shared/http/handler.ts';
import { unauthorized } from '../../shared/http/problems.ts';
import { ok } from '../../shared/http/reply.ts';
import { keys } from '../../shared/keys.ts';
import { systemContext } from '../../shared/tenancy.ts';
import { login as route } from './routes.ts';
import { takeTurn } from './sign-in-throttle.ts';

const WRONG = 'Company code, user name or password is wrong';

export const main = async (req: Request<typeof route>) => {
  const { body } = req;
  // A tenant's own API (AWS: TENANT_ID of its stack) logs in only its users, before any read.
  if (process.env.TENANT_ID && body.tenant !== process.env.TENANT_ID) throw unauthorized(WRONG);
  const store = new TenantStore(systemContext(body.tenant, 'login', req.headers['x-correlation-id'] ?? 'login'));
  const profile = await store.get<TenantProfile>(keys.tenantProfile(body.tenant));
  if (!profile) {
    // An unknown company code writes nothing under its prefix; the hash keeps the timing alike.
    await verifyPassword(body.password, DUMMY_HASH);
    throw unauthorized(WRONG);
  }

  const turn = await takeTurn(store, body.username, req.sourceIp || 'unknown');
  const user = await store.get<User>(keys.user(body.tenant, body.username), true);
  const valid = await verifyPassword(body.password, user?.passwordHash ?? DUMMY_HASH);
  if (!user || !valid || user.disabled) throw unauthorized(WRONG);

  await turn.succeeded();
  const lastSignInAt = new Date().toISOString();
  await store.write({ kind: 'update', key: keys.user(body.tenant, user.username), set: { lastSignInAt } });
  const { token, expiresAt } = await issueToken(body.tenant, principalOf(user), {
    timeZone: profile.timeZone,
    sessionVersion: sessionVersionOf(user),
    mustChangePassword: Boolean(user.mustChangePassword),
  });
  return ok({
    token,
    expiresAt,
    timeZone: profile.timeZone,
    mustChangePassword: Boolean(user.mustChangePassword),
    user: publicUser(body.tenant, user),
  });
};

export const handler = httpHandler(route, main);
export { route };
