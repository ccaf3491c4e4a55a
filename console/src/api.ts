import createClient from 'openapi-fetch';
import type { paths } from './api/schema.d.ts';

/**
 * The console's API client: `client`, typed from the OpenAPI document (`npm run openapi`), so a
 * path, a parameter or a field the API does not have fails the type check. Underneath: fetch, JSON in and out, `Authorization: Bearer <token>`, and errors
 * as `ApiError` carrying the server's problem details (`application/problem+json`). A 401 on a
 * call that carried a token means the session is over: the session hook clears it and the
 * console returns to the login page with "session expired".
 */
export interface FieldError {
  field: string;
  message: string;
}

export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail?: string;
  /** The stable code of the refusal (clients branch on it; the console translates it). */
  code?: string;
  /** The refusal's parameters, e.g. `{ accountNumber }` (interpolated into its translation). */
  params?: Record<string, unknown>;
  errors?: FieldError[];
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: ProblemDetails,
    /** Seconds, from `Retry-After` (429). */
    readonly retryAfter?: number,
  ) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiError';
  }

  /** The last segment of the problem type, e.g. `validation`, `not-found`, `network`. */
  get kind(): string {
    return this.problem.type.split('/').pop() ?? this.problem.type;
  }

  /** The stable code of the refusal: the problem's `code`, else its type's last segment. */
  get code(): string {
    return this.problem.code ?? this.kind;
  }

  /** The refusal's parameters (empty when it has none). */
  get params(): Record<string, unknown> {
    return this.problem.params ?? {};
  }

  /** Field errors keyed by the field name without its location (`body.regionId` → `regionId`). */
  fieldErrors(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const e of this.problem.errors ?? []) out[e.field.replace(/^(body|query|path)\./, '')] ??= e.message;
    return out;
  }
}

export interface SessionHooks {
  /** The current token, or undefined when there is no (live) session. */
  token(): string | undefined;
  /** Called when the server refused the token: the session has expired or was revoked. */
  onSessionExpired(): void;
}

let hooks: SessionHooks = { token: () => undefined, onSessionExpired: () => undefined };

export function configureApi(sessionHooks: SessionHooks): void {
  hooks = sessionHooks;
}

const BASE = (import.meta.env.VITE_API_URL ?? '').replace(/\/$/, '');

export type Query = Record<string, string | number | boolean | undefined | null>;

export interface RequestOptions {
  query?: Query;
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
  /** Send the session token (default true; false for the login call). */
  auth?: boolean;
}

function url(path: string, query?: Query): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(name, String(value));
  }
  const qs = params.toString();
  return `${BASE}${path}${qs ? `?${qs}` : ''}`;
}

/** The absolute-or-root-relative address of an API path (a link to `/openapi.json`, say). */
export const apiUrl = (path: string, query?: Query): string => url(path, query);

/**
 * The response itself, for what is not JSON (CSV downloads and their `x-next-cursor`) or is sent
 * by a protocol module (the import client): the same token, the same end of session on 401, the
 * same `ApiError` on a refusal as the typed client.
 */
export function requestRaw(method: string, path: string, options: RequestOptions & { accept?: string } = {}): Promise<Response> {
  const headers: Record<string, string> = { accept: options.accept ?? '*/*', ...options.headers };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  const body = options.body === undefined ? undefined : JSON.stringify(options.body);
  return send(new Request(new URL(url(path, options.query), window.location.origin), { method, headers, body, signal: options.signal }), options.auth !== false);
}

/** Every call: the session token (unless `withToken` is false), network failures and problems as `ApiError`, a refused token ends the session. */
async function send(request: Request, withToken = true): Promise<Response> {
  const token = withToken ? hooks.token() : undefined;
  if (token && !request.headers.has('authorization')) request.headers.set('authorization', `Bearer ${token}`);
  let response: Response;
  try {
    response = await fetch(request);
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiError(0, { type: 'network', title: 'Network error', status: 0, detail: (error as Error).message });
  }
  if (response.status === 401 && token) hooks.onSessionExpired();
  if (!response.ok) throw await toApiError(response);
  return response;
}

async function toApiError(response: Response): Promise<ApiError> {
  const retryAfter = Number(response.headers.get('retry-after')) || undefined;
  const fallback: ProblemDetails = { type: 'about:blank', title: response.statusText || `HTTP ${response.status}`, status: response.status };
  if (!/json/i.test(response.headers.get('content-type') ?? '')) return new ApiError(response.status, fallback, retryAfter);
  try {
    const body = (await response.json()) as Partial<ProblemDetails>;
    return new ApiError(response.status, { ...fallback, ...body, status: response.status }, retryAfter);
  } catch {
    return new ApiError(response.status, fallback, retryAfter);
  }
}

/** A fresh `Idempotency-Key` for one user action (a retried click replays, not repeats, it). */
export function idempotencyKey(): string {
  // randomUUID needs a secure context; getRandomValues works on plain http (a LAN address) too.
  if (typeof crypto.randomUUID === 'function' && window.isSecureContext) return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The typed client: `await unwrap(client.GET('/v1/customers/{id}', { params: { path: { id } } }))`.
 * Its fetch adds the session token, ends the session on a refused token and throws `ApiError` for
 * every problem, so `data` always has the success body.
 */
export const client = createClient<paths>({ baseUrl: BASE || window.location.origin, fetch: (request: Request) => send(request) });

/** The success body of a typed call (problems were thrown as `ApiError` already). */
export async function unwrap<T>(call: Promise<{ data?: T; response: Response }>): Promise<T> {
  return (await call).data as T;
}
