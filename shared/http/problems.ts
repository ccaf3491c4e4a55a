/**
 * Errors as RFC 9457 problem details. Anything a handler throws that is not a Problem becomes a
 * 500 with no detail leaked; everything a client can cause is one of these.
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
  ) {
    super(detail ?? title);
  }

  toJSON(instance?: string): Record<string, unknown> {
    return {
      type: `https://gascare.dev/problems/${this.type}`,
      title: this.title,
      status: this.status,
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
