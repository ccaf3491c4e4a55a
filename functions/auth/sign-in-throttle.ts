import type { TenantStore } from '../../shared/db/tenant-store.ts';
import { tooManyRequests } from '../../shared/http/problems.ts';
import { keys } from '../../shared/keys.ts';

/**
 * Sign-in throttling that an attacker cannot turn against the user. Failures are counted per
 * (user, source address), so guesses from one address slow down that address only: the right
 * password from another address still signs in. Every attempt first reserves its turn with one
 * conditional UpdateItem (`failures = :read`), so parallel guesses cannot all be checked: one wins
 * the turn, the rest are 429. After `freeFailures` the next attempt from that source waits 2 s,
 * then 4 s, 8 s… up to `maxDelaySeconds`. A correct password clears the count of its source.
 * Independently, attempts from one source address (any user: password spraying) are capped per window.
 */
export const SIGN_IN_POLICY = {
  freeFailures: 3,
  maxDelaySeconds: 15 * 60,
  /** How long a (user, source) count is remembered after its last failure. */
  memorySeconds: 24 * 3600,
  sourceWindowSeconds: 10 * 60,
  sourceMaxAttempts: 60,
};

/** Seconds the next attempt must wait after `failures` consecutive failures from one source. */
export const delayAfter = (failures: number, policy = SIGN_IN_POLICY): number =>
  failures < policy.freeFailures ? 0 : Math.min(policy.maxDelaySeconds, 2 ** (failures - policy.freeFailures + 1));

interface FailureCount {
  failures: number;
  nextAttemptAt: number;
}

export interface Turn {
  /** The attempt signed in: forget this source's failures, give back the source's attempt. */
  succeeded(): Promise<void>;
}

/** Reserves one attempt for (username, source), or throws 429 with Retry-After. */
export async function takeTurn(store: TenantStore, username: string, source: string, now = Math.floor(Date.now() / 1000)): Promise<Turn> {
  const tenantId = store.tenantId;
  const window = Math.floor(now / SIGN_IN_POLICY.sourceWindowSeconds);
  const sourceKey = keys.loginSource(tenantId, source, window);
  const perSource = await store.write({
    kind: 'update',
    key: sourceKey,
    set: { entity: 'login-source', ttl: (window + 1) * SIGN_IN_POLICY.sourceWindowSeconds + 60 },
    add: { attempts: 1 },
  });
  if (Number(perSource?.attempts) > SIGN_IN_POLICY.sourceMaxAttempts) {
    throw tooManyRequests((window + 1) * SIGN_IN_POLICY.sourceWindowSeconds - now, 'Too many sign-in attempts from this address; try again later');
  }

  const failureKey = keys.loginFailures(tenantId, username, source);
  const count = await store.get<FailureCount>(failureKey, true);
  if (count && count.nextAttemptAt > now) throw tooManyRequests(count.nextAttemptAt - now, 'Too many failed sign-ins; try again later');
  const failures = (count?.failures ?? 0) + 1;
  await store.write({
    kind: 'update',
    key: failureKey,
    set: { entity: 'login-failures', failures, nextAttemptAt: now + delayAfter(failures), ttl: now + SIGN_IN_POLICY.memorySeconds },
    condition: {
      expression: 'attribute_not_exists(pk) OR failures = :read',
      values: { ':read': count?.failures ?? 0 },
      onFail: tooManyRequests(1, 'Another sign-in for this user from this address is in progress'),
    },
  });
  return {
    async succeeded() {
      await Promise.all([
        store.write({ kind: 'delete', key: failureKey }),
        store.write({ kind: 'update', key: sourceKey, add: { attempts: -1 } }),
      ]);
    },
  };
}
