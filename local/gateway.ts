import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { APIGatewayProxyEvent, APIGatewayProxyResult, Context } from 'aws-lambda';
import { ulid } from 'ulid';
import { authenticate, toAuthorizerContext, type Authorized } from '../shared/auth/authorizer.ts';
import { problemResult } from '../shared/http/handler.ts';
import { decodePath, undecodablePath } from '../shared/http/path-parameters.ts';
import { methodNotAllowed, notFound, payloadTooLarge, tooManyRequests } from '../shared/http/problems.ts';
import { withApiHeaders } from '../shared/http/response-headers.ts';
import { logger } from '../shared/logger.ts';
import type { ServedRoute as RouteDef } from '../shared/capability.ts';
import { loadMasterSecret } from '../shared/secrets.ts';
import { API_KEY_TIER_LIMITS } from '../shared/auth/api-key-tiers.ts';
import { TokenBuckets } from './rate-limit.ts';
import { serveStatic } from './static-files.ts';

/**
 * The one-machine stand-in for API Gateway (REST): HTTP in, an API Gateway proxy event to the
 * route's context handler (the same function Lambda runs), a proxy result back out. Like API
 * Gateway it runs the authorizer before non-public routes and throttles each caller. Its own answers
 * (400 for an undecodable path, 401, 404, 405, 413, 429, 500, 503) carry the same security and CORS
 * headers as the handlers' and a ULID correlation id (`x-correlation-id` and `correlationId`).
 */
type ContextHandler = (event: APIGatewayProxyEvent, context: Context) => Promise<APIGatewayProxyResult>;

export interface GatewayOptions {
  routes: readonly RouteDef[];
  handlers: Record<string, ContextHandler>;
  consoleDir?: string;
  rateLimit?: TokenBuckets;
}

/** API Gateway's own hard limit on a request body. */
const GATEWAY_MAX_BODY = 10 * 1024 * 1024;

interface CompiledRoute {
  route: RouteDef;
  pattern: RegExp;
  names: string[];
}

function compile(route: RouteDef): CompiledRoute {
  const names: string[] = [];
  const source = route.path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{(\w+)\}/g, (_, name: string) => {
    names.push(name);
    return '([^/]+)';
  });
  return { route, pattern: new RegExp(`^${source}$`), names };
}

export function createGateway(options: GatewayOptions): Server {
  // Literal segments before parameters: `/v1/customers/search` must win over `/v1/customers/{id}`.
  const compiled = options.routes.map(compile).sort((a, b) => a.names.length - b.names.length);

  return createServer((req, res) => {
    const requestId = ulid();
    handle(req, res, requestId).catch((error) => send(res, problemResult(error, requestId, logger, pathOf(req))));
  });

  async function handle(req: IncomingMessage, res: ServerResponse, requestId: string) {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const method = (req.method ?? 'GET').toUpperCase();
    const refuse = (error: unknown) => send(res, problemResult(error, requestId, logger, url.pathname));
    if (decodePath(url.pathname) === undefined) return refuse(undecodablePath(url.pathname));
    const candidates = compiled.filter((c) => c.pattern.test(url.pathname));
    if (method === 'OPTIONS' && candidates.length) return send(res, preflight(req));
    const match = candidates.find((c) => c.route.method === method);
    if (!match) {
      if (candidates.length) return refuse(methodNotAllowed());
      if ((method === 'GET' || method === 'HEAD') && options.consoleDir && !url.pathname.startsWith('/v1/')) {
        return serveStatic(options.consoleDir, url.pathname, req, res);
      }
      return refuse(notFound('Route'));
    }

    const body = await readBody(req);
    const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(',') : v]));
    let authorized: Authorized | undefined;
    if (!('public' in match.route.access)) {
      await loadMasterSecret();
      try {
        authorized = await authenticate(headers as Record<string, string | undefined>);
      } catch (error) {
        return refuse(error);
      }
    }
    const usage = authorized?.usageIdentifier ?? `ip:${req.socket.remoteAddress}`;
    const wait = options.rateLimit?.take(usage, Date.now(), authorized?.tier ? API_KEY_TIER_LIMITS[authorized.tier] : undefined);
    if (wait) return refuse(tooManyRequests(wait));

    const values = match.pattern.exec(url.pathname)!.slice(1);
    const pathParameters = Object.fromEntries(match.names.map((n, i) => [n, decodePath(values[i]!) ?? values[i]!]));
    const query = Object.fromEntries(url.searchParams);
    const event = {
      resource: match.route.path,
      path: url.pathname,
      httpMethod: method,
      headers,
      multiValueHeaders: {},
      queryStringParameters: Object.keys(query).length ? query : null,
      multiValueQueryStringParameters: null,
      pathParameters: match.names.length ? pathParameters : null,
      stageVariables: null,
      body: body.length ? body.toString('utf8') : null,
      isBase64Encoded: false,
      requestContext: {
        requestId,
        resourcePath: match.route.path,
        httpMethod: method,
        path: url.pathname,
        stage: 'local',
        identity: { sourceIp: req.socket.remoteAddress ?? '' },
        authorizer: authorized ? toAuthorizerContext(authorized) : null,
      },
    } as unknown as APIGatewayProxyEvent;

    const handler = options.handlers[match.route.context];
    if (!handler) throw new Error(`no handler for context ${match.route.context}`);
    send(res, await handler(event, { awsRequestId: requestId, functionName: `gascare-${match.route.context}` } as Context));
  }
}

function preflight(req: IncomingMessage): APIGatewayProxyResult {
  return {
    statusCode: 204,
    headers: {
      'access-control-allow-origin': process.env.GASCARE_CORS_ORIGIN ?? '*',
      'access-control-allow-methods': 'GET,POST,PUT,PATCH,DELETE,OPTIONS',
      'access-control-allow-headers': req.headers['access-control-request-headers'] ?? 'authorization,content-type',
      'access-control-max-age': '600',
    },
    body: '',
  };
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > GATEWAY_MAX_BODY) throw payloadTooLarge(GATEWAY_MAX_BODY);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** The raw path of a request, for an error's `instance` (without the query). */
const pathOf = (req: IncomingMessage) => (req.url ?? '/').split('?')[0];

/** Every API answer (the handlers' already do) carries the API's security and CORS headers. */
function send(res: ServerResponse, result: APIGatewayProxyResult) {
  if (res.headersSent) return;
  const headers = Object.fromEntries(Object.entries(withApiHeaders(result).headers ?? {}).filter(([, v]) => v !== undefined && v !== null));
  res.writeHead(result.statusCode, headers as Record<string, string>);
  res.end(result.isBase64Encoded ? Buffer.from(result.body, 'base64') : result.body);
}
