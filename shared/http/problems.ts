import { DomainError, type DomainErrorKind, type ErrorParams } from '../errors.ts';

/**
 * Errors as RFC 9457 problem details. Anything a handler throws that is neither a Problem nor a
 * `DomainError` becomes a 500 with no detail leaked; everything a client can cause is one of these.
 * Every problem carries a stable `code` (its type's last segment) and, from a domain error, its `params`.
 */
export interface FieldError {
  field: string;
  message: string;
}

export class Problem extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    readonly title: string,
    readonly detail?: string,
    readonly errors?: FieldError[],
    readonly headers?: Record<string, string>,
    readonly params?: ErrorParams,
  ) {
    super(detail ?? title);
  }

  /** The stable code clients branch on: the type's last segment. */
  get code(): string {
    return this.type;
  }

  toJSON(instance?: string): Record<string, unknown> {
    return {
      type: `https://gascare.dev/problems/${this.type}`,
      title: this.title,
      status: this.status,
      code: this.code,
      ...(this.params && Object.keys(this.params).length ? { params: this.params } : {}),
      ...(this.detail ? { detail: this.detail } : {}),
      ...(this.errors?.length ? { errors: this.errors } : {}),
      ...(instance ? { instance } : {}),
    };
  }
}

export const badRequest = (detail: string, errors?: FieldError[]) =>
  new Problem(400, 'bad-request', 'Bad request', detail, errors);
export const invalidField = (field: string, message: string) =>
  new Problem(400, 'validation', 'Invalid request', `${field}: ${message}`, [{ field, message }]);
export const unauthorized = (detail = 'Missing or invalid credentials') =>
  new Problem(401, 'unauthorized', 'Unauthorized', detail, undefined, { 'www-authenticate': 'Bearer' });
export const forbidden = (detail = 'Not allowed for this caller') => new Problem(403, 'forbidden', 'Forbidden', detail);
export const notFound = (what = 'Resource') => new Problem(404, 'not-found', 'Not found', `${what} not found`);
export const methodNotAllowed = () => new Problem(405, 'method-not-allowed', 'Method not allowed', 'This resource does not support that method');
export const conflict = (detail: string, type = 'conflict') => new Problem(409, type, 'Conflict', detail);
export const preconditionFailed = (detail = 'The object changed since you read it') =>
  new Problem(412, 'precondition-failed', 'Precondition failed', detail);
export const payloadTooLarge = (limit: number) =>
  new Problem(413, 'payload-too-large', 'Payload too large', `Request body exceeds ${limit} bytes`, [
    { field: 'body', message: `larger than ${limit} bytes` },
  ]);
export const unsupportedMediaType = () =>
  new Problem(415, 'unsupported-media-type', 'Unsupported media type', 'Send JSON with content-type application/json', [
    { field: 'content-type', message: 'must be application/json' },
  ]);
export const unprocessable = (detail: string, errors?: FieldError[]) =>
  new Problem(422, 'unprocessable', 'Unprocessable', detail, errors);
export const tooManyRequests = (retryAfterSeconds: number, detail = 'Too many requests') =>
  new Problem(429, 'too-many-requests', 'Too many requests', detail, undefined, {
    'retry-after': String(retryAfterSeconds),
  });

/** The status and title of each kind of domain error. */
export const KIND_STATUS: Record<DomainErrorKind, { status: number; title: string }> = {
  'not-found': { status: 404, title: 'Not found' },
  conflict: { status: 409, title: 'Conflict' },
  stale: { status: 412, title: 'Precondition failed' },
  invalid: { status: 400, title: 'Invalid request' },
  unprocessable: { status: 422, title: 'Unprocessable' },
  forbidden: { status: 403, title: 'Forbidden' },
};

/** A domain error as a problem: the status of its kind, `type` and `code` from its code, its params. */
export function fromDomainError(error: DomainError): Problem {
  const { status, title } = KIND_STATUS[error.kind];
  const headers = error.retryAfterSeconds !== undefined ? { 'retry-after': String(error.retryAfterSeconds) } : undefined;
  return new Problem(status, error.code, title, error.message, error.fields, headers, error.params);
}

/** Whatever a client caused, as a problem; anything else is undefined (a 500 for the caller). */
export function asProblem(error: unknown): Problem | undefined {
  if (error instanceof Problem) return error;
  if (error instanceof DomainError) return fromDomainError(error);
  return undefined;
}
