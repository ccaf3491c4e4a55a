import { conflictError, DomainError, forbiddenError, invalidError, notFoundError, staleError, unprocessableError, type DomainErrorKind } from '../../../shared/errors.ts';
import { problemResult } from '../../../shared/http/handler.ts';
import { conflict, notFound, preconditionFailed, tooManyRequests } from '../../../shared/http/problems.ts';

/** The edge: a domain error becomes problem+json with its kind's status, a type from its code, and `code` and `params`. */
const silent = { error: () => undefined } as never;
const body = (error: unknown) => {
  const result = problemResult(error, 'corr-1', silent, '/v1/x');
  return { status: result.statusCode, headers: result.headers ?? {}, json: JSON.parse(result.body) as Record<string, unknown> };
};

describe('domain errors at the edge', () => {
  const cases: [DomainErrorKind, DomainError, number][] = [
    ['not-found', notFoundError('Customer', { id: 'c1' }), 404],
    ['conflict', conflictError('account-number-taken', 'Account number A-1 is taken', { accountNumber: 'A-1' }), 409],
    ['stale', staleError('precondition-failed', 'The customer is at version 3, not 2', { what: 'customer', version: 2, actual: 3 }), 412],
    ['invalid', invalidError('bad-cursor', 'Not a cursor', { cursor: 'x' }), 400],
    ['unprocessable', unprocessableError('invalid-facts', 'signedAt is in the future', { action: 'sign-contract', state: 'applied', reason: 'signedAt is in the future' }), 422],
    ['forbidden', forbiddenError('region-out-of-scope', 'regionId: r-west is outside your regions', { regionId: 'r-west' }), 403],
  ];

  it.each(cases)('%s → its status, type, code and params', (kind, error, status) => {
    expect(error.kind).toBe(kind);
    const { status: actual, headers, json } = body(error);
    expect(actual).toBe(status);
    expect(headers['content-type']).toBe('application/problem+json');
    expect(json).toMatchObject({ type: `https://gascare.dev/problems/${error.code}`, status, code: error.code, params: error.params, detail: error.message, instance: '/v1/x' });
  });

  it('keeps field errors and a retry hint', () => {
    const error = conflictError('idempotency-in-progress', 'A request with this Idempotency-Key is in progress', {}, { retryAfterSeconds: 1, fields: [{ field: 'Idempotency-Key', message: 'busy' }] });
    const { status, headers, json } = body(error);
    expect(status).toBe(409);
    expect(headers['retry-after']).toBe('1');
    expect(json).toMatchObject({ code: 'idempotency-in-progress', errors: [{ field: 'Idempotency-Key', message: 'busy' }] });
    expect(json).not.toHaveProperty('params'); // empty params are left out
  });

  it('gives every HTTP problem a code too', () => {
    expect(body(notFound('Route')).json).toMatchObject({ status: 404, code: 'not-found' });
    expect(body(conflict('x', 'duplicate-schedule')).json).toMatchObject({ status: 409, code: 'duplicate-schedule', type: 'https://gascare.dev/problems/duplicate-schedule' });
    expect(body(preconditionFailed()).json).toMatchObject({ status: 412, code: 'precondition-failed' });
    expect(body(tooManyRequests(5)).headers['retry-after']).toBe('5');
  });

  it('leaks nothing of other errors', () => {
    const { status, json } = body(new Error('secret detail'));
    expect(status).toBe(500);
    expect(json.code).toBe('internal');
    expect(JSON.stringify(json)).not.toContain('secret');
  });
});
