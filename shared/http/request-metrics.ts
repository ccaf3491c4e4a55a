import type { MiddlewareObj } from '@middy/core';
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import { emitMetrics } from '../observability.ts';
import type { RouteDef } from './route.ts';

/**
 * Counts every request of a route, and its client (4xx) and server (5xx) errors, per tenant and
 * route: one EMF document per request (see `emitMetrics`). The tenant is the caller's (from the
 * authorizer); public calls without a credential count under the stack's tenant, or `none`.
 */
export function requestMetrics(route: RouteDef): MiddlewareObj<APIGatewayProxyEvent, APIGatewayProxyResult> {
  const routeName = `${route.method} ${route.path}`;
  const count = (event: APIGatewayProxyEvent | undefined, status: number) => {
    const caller = event?.requestContext?.authorizer?.tenantId;
    const tenant = typeof caller === 'string' ? caller : (process.env.TENANT_ID ?? 'none');
    emitMetrics({ tenant, route: routeName }, [
      { name: 'requests', value: 1 },
      { name: 'clientErrors', value: status >= 400 && status < 500 ? 1 : 0 },
      { name: 'serverErrors', value: status >= 500 ? 1 : 0 },
    ]);
  };
  return {
    after: (request) => count(request.event, request.response?.statusCode ?? 500),
    // Only what escapes the handler's own problem mapping (a middleware failing): a 5xx.
    onError: (request) => count(request.event, 500),
  };
}
