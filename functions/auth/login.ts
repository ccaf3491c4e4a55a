import { issueToken } from '../../shared/auth/tokens.ts';
import { DUMMY_HASH, verifyPassword } from '../../shared/auth/passwords.ts';
import { TenantStore } from '../../shared/db/tenant-store.ts';
import type { TenantProfile } from '../../shared/entities/tenant.ts';
import { principalOf, publicUser, type User } from '../../shared/entities/user.ts';
import { httpHandler, type Request } from '../../shared/http/handler.ts';
import { tooManyRequests, unauthorized } from '../../shared/http/problems.ts';
import { ok } from '../../shared/http/reply.ts';
import { keys } from '../../shared/keys.ts';
import { systemContext } from '../../shared/tenancy.ts';
import { login as route } from './routes.ts';

/** After this many failures within the window, the user is locked out for the lock time. */
export const LOGIN_POLICY = { maxFailures: 5, windowSeconds: 15 * 60, lockSeconds: 15 * 60 };

interface Throttle {
  failures: number;
  windowStart: number;
  lockedUntil?: number;
}

export const main = async (req: Request<typeof route>) => {
  const { body } = req;
  // A tenant's own API (AWS: TENANT_ID of its stack) logs in only its users, before any read.
  if (process.env.TENANT_ID && body.tenant !== process.env.TENANT_ID) throw unauthorized('Company code, user name or password is wrong');
  const store = new TenantStore(systemContext(body.tenant, 'login', req.headers['x-correlation-id'] ?? 'login'));
  const throttleKey = keys.loginThrottle(body.tenant, body.username);
  const now = Math.floor(Date.now() / 1000);

  const throttle = await store.get<Throttle>(throttleKey, true);
  if (throttle?.lockedUntil && throttle.lockedUntil > now) {
    throw tooManyRequests(throttle.lockedUntil - now, 'Too many failed logins; try again later');
  }

  const [user, profile] = await Promise.all([
    store.get<User>(keys.user(body.tenant, body.username)),
    store.get<TenantProfile>(keys.tenantProfile(body.tenant)),
  ]);
  const valid = await verifyPassword(body.password, user?.passwordHash ?? DUMMY_HASH);
  if (!user || !valid || user.disabled || !profile) {
    await recordFailure(store, throttleKey, throttle, now);
    throw unauthorized('Company code, user name or password is wrong');
  }

  if (throttle) await store.write({ kind: 'delete', key: throttleKey });
  const { token, expiresAt } = await issueToken(body.tenant, principalOf(user), { timeZone: profile.timeZone });
  return ok({ token, expiresAt, timeZone: profile.timeZone, user: publicUser(body.tenant, user) });
};

async function recordFailure(store: TenantStore, key: { pk: string; sk: string }, throttle: Throttle | undefined, now: number) {
  const ttl = now + LOGIN_POLICY.windowSeconds + LOGIN_POLICY.lockSeconds;
  const freshWindow = !throttle || now - throttle.windowStart > LOGIN_POLICY.windowSeconds;
  const updated = freshWindow
    ? await store.write({ kind: 'update', key, set: { entity: 'login-throttle', windowStart: now, failures: 1, ttl }, remove: ['lockedUntil'] })
    : await store.write({ kind: 'update', key, set: { ttl }, add: { failures: 1 } });
  if (Number(updated?.failures) >= LOGIN_POLICY.maxFailures) {
    await store.write({ kind: 'update', key, set: { lockedUntil: now + LOGIN_POLICY.lockSeconds } });
  }
}

export const handler = httpHandler(route, main);
export { route };
