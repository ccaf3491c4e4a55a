import middy from '@middy/core';
import httpEventNormalizer from '@middy/http-event-normalizer';
import httpHeaderNormalizer from '@middy/http-header-normalizer';
import type { APIGatewayProxyEvent, APIGatewayProxyResult, Context } from 'aws-lambda';
import { ulid } from 'ulid';
import type { z } from 'zod';
import { countApiKeyRequest } from '../auth/api-key-quota.ts';
import { fromAuthorizerContext, tierFromAuthorizerContext } from '../auth/authorizer.ts';
import { logger, requestLogger } from '../logger.ts';
import { loadMasterSecret } from '../secrets.ts';
import { hasRole, type TenantContext } from '../tenancy.ts';
import { withIdempotency } from './idempotency.ts';
import { asProblem, badRequest, forbidden, payloadTooLarge, Problem, unauthorized, unsupportedMediaType } from './problems.ts';
import type { Reply } from './reply.ts';
import type { Infer, RouteDef } from './route.ts';
import { zodProblem } from './validation.ts';
import { requestMetrics } from './request-metrics.ts';
import { apiResponseHeaders } from './response-headers.ts';
import { assertDecodablePathParameters } from './path-parameters.ts';
import { isStoreUnavailable, storeUnavailable } from './store-unavailable.ts';

type Parts<R> = R extends RouteDef<infer B, infer Q, infer P> ? { body: Infer<B>; query: Infer<Q>; params: Infer<P> } : never;

export type Request<R extends RouteDef> = Parts<R> & {
  headers: Record<string, string | undefined>;
  /** Raw body for routes that do not consume JSON (CSV import). */
  rawBody: string;
  /** The caller's address as API Gateway saw it (`requestContext.identity.sourceIp`); '' if unknown. */
  sourceIp: string;
  /** The caller's tenant context; absent only on public routes. */
  ctx: TenantContext;
  log: ReturnType<typeof requestLogger>;
};

export type Main<R extends RouteDef> = (req: Request<R>) => Promise<Reply>;

const DEFAULT_MAX_BODY = 256 * 1024;

/**
 * The REST middleware stack of every route (middy's recommended order): header and event
 * normalizers, security headers, CORS; then ours — caller and access, body parsing with size and
 * type limits, schema validation, idempotency — with problem+json errors for anything that throws.
 */
export function httpHandler<R extends RouteDef>(route: R, main: Main<R>) {
  return middy<APIGatewayProxyEvent, APIGatewayProxyResult, Error, Context>()
    .use(requestMetrics(route))
    .use(httpHeaderNormalizer())
    .use(httpEventNormalizer())
    .use(apiResponseHeaders()) // security headers and CORS: the list the local gateway's own answers carry too
    .handler(async (event) => {
      const correlationId = event.headers['x-correlation-id']?.slice(0, 64) || ulid();
      const authorizer = fromAuthorizerContext(event.requestContext?.authorizer);
      const log = requestLogger({
        correlationId,
        tenantId: authorizer?.tenantId,
        principal: authorizer ? `${authorizer.principal.kind}:${authorizer.principal.id}` : undefined,
        route: `${route.method} ${route.path}`,
      });
      try {
        await loadMasterSecret();
        assertDecodablePathParameters(event);
        const ctx = authorize(route, authorizer, correlationId);
        // Every request of an integrator key counts against its daily quota (429 past it).
        if (ctx?.principal.kind === 'api-key') await countApiKeyRequest(ctx, tierFromAuthorizerContext(event.requestContext?.authorizer));
        const rawBody = decodeBody(event, route);
        const req = {
          ...validate(route, event, rawBody),
          headers: event.headers as Record<string, string | undefined>,
          rawBody,
          sourceIp: event.requestContext?.identity?.sourceIp ?? '',
          log,
          get ctx(): TenantContext {
            if (!ctx) throw unauthorized();
            return ctx;
          },
        } as Request<R>;
        const reply = route.idempotent && ctx ? await withIdempotency(ctx, event, rawBody, () => main(req)) : await main(req);
        if (CHECK_RESPONSES) checkReply(route, reply);
        return toResult(reply, correlationId, route.produces);
      } catch (error) {
        return problemResult(error, correlationId, log, event.path);
      }
    });
}

/** Tests set it: a reply the route's response schemas do not describe fails loudly (500). */
const CHECK_RESPONSES = process.env.GASCARE_CHECK_RESPONSES === '1';

function checkReply(route: RouteDef, reply: Reply): void {
  if (!(reply.status in route.responses)) throw new Error(`${route.method} ${route.path} replied ${reply.status}, which its responses do not declare`);
  const schema = route.responses[reply.status];
  const media = reply.headers?.['content-type'];
  if (media && route.alsoProduces?.some((m) => media.startsWith(m))) return;
  if (!schema) {
    if (reply.body !== undefined) throw new Error(`${route.method} ${route.path} replied ${reply.status} with a body its responses say it has not`);
    return;
  }
  const result = schema.safeParse(reply.body);
  if (!result.success) {
    const issues = result.error.issues.slice(0, 5).map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`);
    throw new Error(`${route.method} ${route.path} replied ${reply.status} with a body its schema does not describe: ${issues.join('; ')}`);
  }
}

function authorize(route: RouteDef, authorizer: ReturnType<typeof fromAuthorizerContext>, correlationId: string): TenantContext | undefined {
  const access = route.access;
  if ('public' in access) return authorizer ? { ...authorizer, correlationId } : undefined;
  if (!authorizer) throw unauthorized();
  const { principal } = authorizer;
  const allowed =
    principal.kind === 'api-key'
      ? (access.scopes ?? []).some((s) => principal.scopes.includes(s))
      : hasRole(principal, ...access.roles);
  if (principal.mustChangePassword && !route.duringPasswordChange) {
    throw new Problem(403, 'password-change-required', 'Forbidden', 'Set a new password first (POST /v1/auth/password)');
  }
  if (!allowed) {
    throw forbidden(
      principal.kind === 'api-key'
        ? `This API key lacks a scope for this call (${(access.scopes ?? []).join(' or ') || 'console users only'})`
        : `Your role may not do this (needs ${access.roles.join(' or ')})`,
    );
  }
  return { ...authorizer, correlationId };
}

function decodeBody(event: APIGatewayProxyEvent, route: RouteDef): string {
  if (event.body === null || event.body === undefined || event.body === '') return '';
  const raw = event.isBase64Encoded ? Buffer.from(event.body, 'base64').toString('utf8') : event.body;
  const limit = route.maxBodyBytes ?? DEFAULT_MAX_BODY;
  if (Buffer.byteLength(raw, 'utf8') > limit) throw payloadTooLarge(limit);
  return raw;
}

function parseJson(raw: string, event: APIGatewayProxyEvent): unknown {
  if (raw === '') return undefined;
  const type = event.headers['content-type'] ?? '';
  if (!/^application\/([a-z.+-]*\+)?json\b/i.test(type)) throw unsupportedMediaType();
  try {
    return JSON.parse(raw);
  } catch (error) {
    throw badRequest(`The body is not valid JSON: ${(error as Error).message}`, [{ field: 'body', message: 'malformed JSON' }]);
  }
}

function validate(route: RouteDef, event: APIGatewayProxyEvent, rawBody: string) {
  const parse = (schema: z.ZodType | undefined, value: unknown, where: string) => {
    if (!schema) return undefined;
    const result = schema.safeParse(value);
    if (!result.success) throw zodProblem(result.error, where);
    return result.data;
  };
  const wantsJsonBody = route.body !== undefined && !route.consumes;
  return {
    params: parse(route.params, event.pathParameters ?? {}, 'path'),
    query: parse(route.query, event.queryStringParameters ?? {}, 'query'),
    body: wantsJsonBody ? parse(route.body, parseJson(rawBody, event), 'body') : undefined,
  };
}

function toResult(reply: Reply, correlationId: string, produces?: string): APIGatewayProxyResult {
  const isJson = reply.body !== undefined && typeof reply.body !== 'string';
  return {
    statusCode: reply.status,
    headers: {
      ...(reply.body !== undefined ? { 'content-type': isJson ? 'application/json; charset=utf-8' : (produces ?? 'text/plain; charset=utf-8') } : {}),
      'cache-control': 'no-store',
      'x-correlation-id': correlationId,
      ...reply.headers,
    },
    body: reply.body === undefined ? '' : isJson ? JSON.stringify(reply.body) : (reply.body as string),
    ...(reply.base64 ? { isBase64Encoded: true } : {}),
  };
}

export function problemResult(error: unknown, correlationId: string, log: typeof logger = logger, instance?: string): APIGatewayProxyResult {
  const unavailable = !asProblem(error) && isStoreUnavailable(error);
  const known = asProblem(error) ?? (unavailable ? storeUnavailable() : undefined);
  const problem = known ?? new Problem(500, 'internal', 'Internal error', `Something went wrong; quote correlation id ${correlationId}`);
  if (unavailable) log.warn('store unavailable', { error: (error as Error).message });
  else if (!known) log.error('unhandled error', error as Error);
  return {
    statusCode: problem.status,
    headers: { 'content-type': 'application/problem+json', 'cache-control': 'no-store', 'x-correlation-id': correlationId, ...problem.headers },
    body: JSON.stringify({ ...problem.toJSON(instance), correlationId }),
  };
}

/**
 * The version a client expects to update: `If-Match: "3"` or `version` in the body.
 * Absent means "no precondition" only where the route allows it.
 */
export function expectedVersion(headers: Record<string, string | undefined>, bodyVersion?: number): number | undefined {
  const ifMatch = headers['if-match'];
  if (ifMatch) {
    const n = Number(ifMatch.replace(/^W\//, '').replace(/"/g, ''));
    if (!Number.isInteger(n) || n < 1) throw badRequest('If-Match must be an ETag this API returned', [{ field: 'If-Match', message: 'not a version ETag' }]);
    return n;
  }
  return bodyVersion;
}
