import type { z } from 'zod';
import type { Role, Scope } from '../tenancy.ts';

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * Who may call a route. `public` needs no credential at all. Otherwise a console user needs one
 * of `roles` and an integrator key needs one of `scopes` (no scopes: users only).
 */
export type Access = { public: true } | { roles: readonly Role[]; scopes?: readonly Scope[] };

type Schema = z.ZodType;

/**
 * One line of the route manifest: everything CDK, the local gateway, the OpenAPI document and the
 * handler's middleware need to know about an endpoint.
 */
export interface RouteDef<
  B extends Schema | undefined = Schema | undefined,
  Q extends Schema | undefined = Schema | undefined,
  P extends Schema | undefined = Schema | undefined,
> {
  /** Bounded context: the folder under functions/ and the Lambda function in AWS. */
  context: string;
  method: Method;
  /** API Gateway resource path, e.g. `/v1/customers/{id}`. */
  path: string;
  summary: string;
  access: Access;
  body?: B;
  query?: Q;
  params?: P;
  /** An integrator may retry it: an `Idempotency-Key` header replays the first response. */
  idempotent?: boolean;
  /** Largest accepted body in bytes (default 256 KiB). */
  maxBodyBytes?: number;
  /** Response content type when not JSON (e.g. CSV export). */
  produces?: string;
  /** Request content type when not JSON (e.g. CSV import). */
  consumes?: string;
  tags?: string[];
}

export const defineRoute = <B extends Schema | undefined = undefined, Q extends Schema | undefined = undefined, P extends Schema | undefined = undefined>(
  def: RouteDef<B, Q, P>,
): RouteDef<B, Q, P> => def;

export type Infer<S> = S extends Schema ? z.infer<S> : undefined;

export const routeKey = (method: string, path: string) => `${method.toUpperCase()} ${path}`;
