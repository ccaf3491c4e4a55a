/**
 * Typed domain errors: what domain code throws when a request cannot be done. Each carries a
 * stable kebab-case `code` (clients branch on it and the console translates it), a `kind` (the
 * edge maps it to a status), plain JSON `params` (interpolated into translations) and an English
 * `message`. No HTTP here: `shared/http/handler.ts` turns them into problem+json.
 */
export type DomainErrorKind = 'not-found' | 'conflict' | 'stale' | 'invalid' | 'unprocessable' | 'forbidden';

export type ErrorParams = Record<string, string | number | boolean | null>;

export interface FieldIssue {
  field: string;
  message: string;
}

export interface DomainErrorOptions {
  /** Field-level detail (validation-like refusals). */
  fields?: FieldIssue[];
  /** The caller may try again after this many seconds (the refusal is transient). */
  retryAfterSeconds?: number;
}

export class DomainError extends Error {
  readonly fields?: FieldIssue[];
  readonly retryAfterSeconds?: number;

  constructor(
    readonly kind: DomainErrorKind,
    readonly code: string,
    message: string,
    readonly params: ErrorParams = {},
    options: DomainErrorOptions = {},
  ) {
    super(message);
    this.name = 'DomainError';
    if (options.fields?.length) this.fields = options.fields;
    if (options.retryAfterSeconds !== undefined) this.retryAfterSeconds = options.retryAfterSeconds;
  }
}

export const isDomainError = (error: unknown, code?: string): error is DomainError =>
  error instanceof DomainError && (code === undefined || error.code === code);

type Helper = (code: string, message: string, params?: ErrorParams, options?: DomainErrorOptions) => DomainError;
const of =
  (kind: DomainErrorKind): Helper =>
  (code, message, params, options) =>
    new DomainError(kind, code, message, params, options);

/** Something is absent or outside the caller's view (`not-found`). */
export const notFoundError = (what: string, params: ErrorParams = {}) =>
  new DomainError('not-found', 'not-found', `${what} not found`, { what, ...params });
/** The current state refuses it (taken numbers, illegal transitions, closed imports). */
export const conflictError = of('conflict');
/** The object changed since the caller read it (a precondition the caller sent). */
export const staleError = of('stale');
/** The request itself is malformed for the domain. */
export const invalidError = of('invalid');
/** Well-formed, but the facts cannot be true or do not fit. */
export const unprocessableError = of('unprocessable');
/** The caller may not do this. */
export const forbiddenError = of('forbidden');
