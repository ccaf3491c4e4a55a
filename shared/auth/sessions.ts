import { TenantStore } from '../db/tenant-store.ts';
import type { User } from '../entities/user.ts';
import { keys } from '../keys.ts';
import { systemContext } from '../tenancy.ts';

/**
 * Sessions that can be ended: a console token carries the user's `sessionVersion` at sign-in
 * (`sv`), and the authorizer compares it with the user item's. Sign-out, a change of roles or
 * regions, a disable and a new password bump the version, so every token issued before is refused.
 * The authorizer keeps what it read for at most `SESSION_CACHE_MS` per warm instance; the process
 * that bumps a version forgets its own copy at once (locally the gateway and the handlers share one
 * process, so the change is seen on the very next request; in AWS within the cache time).
 */
export const SESSION_CACHE_MS = 30_000;
const MAX_ENTRIES = 10_000;

export interface SessionState {
  sessionVersion: number;
  disabled: boolean;
}

const cache = new Map<string, { readAt: number; state: SessionState | undefined }>();
const cacheKey = (tenantId: string, username: string) => `${tenantId}\u0000${username}`;

export const sessionVersionOf = (user: Pick<User, 'sessionVersion'>) => user.sessionVersion ?? 1;

/** The user's current session state (undefined: no such user), read at most every 30 s. */
export async function currentSession(tenantId: string, username: string, now = Date.now()): Promise<SessionState | undefined> {
  const key = cacheKey(tenantId, username);
  const hit = cache.get(key);
  if (hit && now - hit.readAt < SESSION_CACHE_MS) return hit.state;
  const store = new TenantStore(systemContext(tenantId, 'authorizer', 'authorizer'));
  const user = await store.get<User>(keys.user(tenantId, username));
  const state = user ? { sessionVersion: sessionVersionOf(user), disabled: Boolean(user.disabled) } : undefined;
  if (cache.size >= MAX_ENTRIES) cache.clear();
  cache.set(key, { readAt: now, state });
  return state;
}

/** After bumping a user's session version: this process reads it afresh on the next request. */
export function forgetSession(tenantId: string, username: string): void {
  cache.delete(cacheKey(tenantId, username));
}
