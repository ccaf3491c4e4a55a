import type { z } from 'zod';
import type { Access } from '../contract/access.ts';

export type { Access };

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

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
  /** The capability serving it (its folder under functions/, its Lambda function): set by the manifest. */
  context?: string;
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
  /** Open to a user who must change their password first (sign-out, /v1/me, the change itself); others are 403. */
  duringPasswordChange?: boolean;
  /** Largest accepted body in bytes (default 256 KiB). */
  maxBodyBytes?: number;
  /** Response content type when not JSON (e.g. CSV export). */
  produces?: string;
  /**
   * Other media a `format` query selects (a report as CSV or Excel): the reply then sets its
   * content-type to one of them and its body is the file, not the JSON of `responses`.
   */
  alsoProduces?: readonly string[];
  /** Request content type when not JSON (e.g. CSV import). */
  consumes?: string;
  /**
   * The success responses: status → the body's schema (`null`: no body). Part of the contract: the
   * OpenAPI document shows them, and with `GASCARE_CHECK_RESPONSES=1` (tests) a reply that the
   * schema does not describe is a 500, so a test fails.
   */
  responses: Readonly<Record<number, Schema | null>>;
  tags?: string[];
}

export const defineRoute = <B extends Schema | undefined = undefined, Q extends Schema | undefined = undefined, P extends Schema | undefined = undefined>(
  def: RouteDef<B, Q, P>,
): RouteDef<B, Q, P> => def;

export type Infer<S> = S extends Schema ? z.infer<S> : undefined;

export const routeKey = (method: string, path: string) => `${method.toUpperCase()} ${path}`;
