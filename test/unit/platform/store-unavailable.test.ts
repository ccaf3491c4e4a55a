import { problemResult } from '../../../shared/http/handler.ts';
import { isStoreUnavailable } from '../../../shared/http/store-unavailable.ts';
import { DomainError } from '../../../shared/errors.ts';

/** Which failures of the store are a 503 (retry shortly), and which stay what they are. */
const named = (name: string, extra: Record<string, unknown> = {}) => Object.assign(new Error(name), { name, ...extra });

describe('store unavailable', () => {
  it.each([
    ['connection refused', Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:8000'), { code: 'ECONNREFUSED' })],
    ['connection reset', Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' })],
    ["the SDK's wrapper of a foreign error", new Error('AWS SDK error wrapper for Error: connect ECONNREFUSED 127.0.0.1:41931')],
    ['an SDK timeout', named('TimeoutError')],
    ['a 500 of the service', named('InternalServerError', { $fault: 'server', $metadata: { httpStatusCode: 500 } })],
    ['a 503 of the service', named('UnknownError', { $metadata: { httpStatusCode: 503 } })],
    ['throttling after the retries', named('ThrottlingException', { $fault: 'client', $metadata: { httpStatusCode: 400 } })],
    ['refused on every address', new AggregateError([Object.assign(new Error('x'), { code: 'ECONNREFUSED' })], 'all failed')],
    ['wrapped as a cause', new Error('store read failed', { cause: Object.assign(new Error('x'), { code: 'ETIMEDOUT' }) })],
  ])('%s is 503 with Retry-After', (_, error) => {
    expect(isStoreUnavailable(error)).toBe(true);
    const result = problemResult(error, '01J0000000000000000000000A');
    expect(result.statusCode).toBe(503);
    expect(Number(result.headers?.['retry-after'])).toBeGreaterThan(0);
    expect(JSON.parse(result.body)).toMatchObject({ status: 503, code: 'store-unavailable', correlationId: '01J0000000000000000000000A' });
  });

  it.each([
    ['a failed condition', named('ConditionalCheckFailedException', { $fault: 'client', $metadata: { httpStatusCode: 400 } })],
    ['a refused key or item', named('ValidationException', { $fault: 'client', $metadata: { httpStatusCode: 400 } })],
    ['a bug', new TypeError('x is undefined')],
    ['not an error', 'boom'],
  ])('%s is not', (_, error) => {
    expect(isStoreUnavailable(error)).toBe(false);
    expect(problemResult(error, '01J0000000000000000000000A').statusCode).toBe(500);
  });

  it("a domain error keeps its own status", () => {
    const error = new DomainError('not-found', 'customer-not-found', 'no such customer');
    expect(problemResult(error, 'c').statusCode).toBe(404);
  });
});
