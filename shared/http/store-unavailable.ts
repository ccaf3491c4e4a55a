import { Problem } from './problems.ts';

/**
 * The store (DynamoDB) not answering is not the caller's fault and not a bug: a 503 with
 * Retry-After, in one place for every route, the local gateway's authenticator and the AWS
 * authorizer. What counts: connection errors (refused, reset, unreachable), timeouts, and the
 * service's own 5xx and throttling answers after the SDK's retries.
 */
export const STORE_RETRY_AFTER_SECONDS = 5;

const CONNECTION_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ECONNABORTED', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN', 'UND_ERR_SOCKET', 'UND_ERR_CONNECT_TIMEOUT']);
const UNAVAILABLE_NAMES = new Set(['TimeoutError', 'RequestTimeout', 'RequestTimeoutException', 'ServiceUnavailable', 'ServiceUnavailableException', 'InternalServerError', 'InternalFailure', 'ThrottlingException', 'ProvisionedThroughputExceededException', 'RequestLimitExceeded']);

/** The SDK's retry layer wraps a non-`Error` throw as "AWS SDK error wrapper for Error: connect ECONNREFUSED …": its code survives in the message only. */
const WRAPPED = new RegExp(`^AWS SDK error wrapper for .*\\b(${[...CONNECTION_CODES].join('|')})\\b`);

interface Shaped {
  message?: unknown;
  name?: unknown;
  code?: unknown;
  $fault?: unknown;
  $metadata?: { httpStatusCode?: unknown };
  cause?: unknown;
  errors?: unknown;
}

/** Whether an error (or one it wraps: `cause`, an AggregateError's `errors`) says the store is unreachable. */
export function isStoreUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 5) return false;
  const e = error as Shaped;
  if (typeof e.code === 'string' && CONNECTION_CODES.has(e.code)) return true;
  if (typeof e.name === 'string' && UNAVAILABLE_NAMES.has(e.name)) return true;
  if (typeof e.message === 'string' && WRAPPED.test(e.message)) return true;
  const status = e.$metadata?.httpStatusCode;
  if (e.$fault === 'server' || (typeof status === 'number' && status >= 500)) return true;
  if (Array.isArray(e.errors) && e.errors.some((inner) => isStoreUnavailable(inner, depth + 1))) return true;
  return isStoreUnavailable(e.cause, depth + 1);
}

export const storeUnavailable = () =>
  new Problem(503, 'store-unavailable', 'Service unavailable', 'The data store is not answering; try again shortly', undefined, {
    'retry-after': String(STORE_RETRY_AFTER_SECONDS),
  });
