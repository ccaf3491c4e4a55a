import { expectedVersion } from '../../shared/http/handler.ts';
import { conflictError, staleError } from '../../shared/errors.ts';
import { asProblem } from '../../shared/http/problems.ts';

/**
 * Optimistic locking of customers and meters: the version a client read (checked against the
 * stored one) and the retry of writes whose precondition we read ourselves.
 */

/** A client's precondition: the version it read, and whether it came as If-Match (412) or in the body (409). */
export interface Expected {
  version: number;
  via: 'if-match' | 'body';
}

/** The client's precondition: `If-Match` (a failure is 412) wins over a `version` in the body (409). */
export function expectedFrom(headers: Record<string, string | undefined>, bodyVersion: number | undefined): Expected | undefined {
  const version = expectedVersion(headers, bodyVersion);
  if (version === undefined) return undefined;
  return { version, via: headers['if-match'] ? 'if-match' : 'body' };
}

/** The stored version is the one the client read, or the change is refused (412 for If-Match, 409 `stale-version` for a body version). */
export function checkExpected(actual: number, expected: Expected | undefined, what: string): void {
  if (!expected || expected.version === actual) return;
  const detail = `The ${what} is at version ${actual}, not ${expected.version}; reload and try again`;
  const params = { what, version: expected.version, actual };
  throw expected.via === 'if-match' ? staleError('precondition-failed', detail, params) : conflictError('stale-version', detail, params);
}

/** A write lost to a concurrent change (409 `stale-version`: the store's version condition, or ours). */
export const isStale = (error: unknown) => asProblem(error)?.code === 'stale-version';

/** Writes whose precondition we read ourselves (not the client) retry when a concurrent change won. */
export async function retryOnStale<T>(work: () => Promise<T>, retry = true): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (!retry || attempt >= 3 || !isStale(error)) throw error;
    }
  }
}
