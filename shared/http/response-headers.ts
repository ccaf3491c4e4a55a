import type { MiddlewareObj } from '@middy/core';
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';

/**
 * The headers every API response carries, whoever made it: the handler stack (`httpHandler`) and
 * the local gateway's own answers (401, 404, 405, 429, 500, preflight). One list, used by both.
 */

/** The console and integrators run on other origins in AWS; responses never carry cookies. */
export const CORS_ORIGIN = process.env.GASCARE_CORS_ORIGIN ?? '*';
export const CORS_ALLOW_HEADERS = 'authorization,content-type,idempotency-key,if-match,x-api-key,x-correlation-id';
export const CORS_EXPOSE_HEADERS = 'content-disposition,etag,location,x-correlation-id,x-next-cursor';

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
  'strict-transport-security': 'max-age=15552000; includeSubDomains; preload',
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'x-dns-prefetch-control': 'off',
  'x-download-options': 'noopen',
  'x-permitted-cross-domain-policies': 'none',
  'referrer-policy': 'no-referrer',
  'origin-agent-cluster': '?1',
};

export const CORS_HEADERS: Readonly<Record<string, string>> = {
  'access-control-allow-origin': CORS_ORIGIN,
  'access-control-allow-headers': CORS_ALLOW_HEADERS,
  'access-control-expose-headers': CORS_EXPOSE_HEADERS,
  ...(CORS_ORIGIN === '*' ? {} : { vary: 'Origin' }),
};

export const API_RESPONSE_HEADERS: Readonly<Record<string, string>> = { ...SECURITY_HEADERS, ...CORS_HEADERS };

/** A response with the API headers; its own headers win (a route may set its own content-disposition…). */
export function withApiHeaders(result: APIGatewayProxyResult): APIGatewayProxyResult {
  return { ...result, headers: { ...API_RESPONSE_HEADERS, ...result.headers } };
}

/** The middy middleware of the handler stack adding them. */
export function apiResponseHeaders(): MiddlewareObj<APIGatewayProxyEvent, APIGatewayProxyResult> {
  const add = (request: { response?: APIGatewayProxyResult | null }) => {
    if (request.response) request.response = withApiHeaders(request.response);
  };
  return { after: add, onError: add };
}
