import type { APIGatewayProxyEvent, APIGatewayProxyResult, Context } from 'aws-lambda';
import { ulid } from 'ulid';
import { notFound } from './problems.ts';
import { problemResult } from './handler.ts';
import { withApiHeaders } from './response-headers.ts';
import { routeKey, type RouteDef } from './route.ts';

type Handler = (event: APIGatewayProxyEvent, context: Context) => Promise<APIGatewayProxyResult>;
// middy's handlers take an optional third argument its types declare as required.
type RouteModule = { route: RouteDef; handler: (event: never, context: Context, ...rest: never[]) => Promise<APIGatewayProxyResult> };

/**
 * A bounded context is one Lambda function serving several routes: API Gateway passes the matched
 * resource template (`event.resource`), which picks the route's handler. The local gateway calls
 * the very same function.
 */
export function dispatch(routes: RouteModule[]): Handler {
  const table = new Map(routes.map((r) => [routeKey(r.route.method, r.route.path), r.handler as unknown as Handler]));
  return async (event, context) => {
    const handler = table.get(routeKey(event.httpMethod, event.resource));
    if (!handler) return withApiHeaders(problemResult(notFound('Route'), event.requestContext?.requestId ?? ulid()));
    return handler(event, context);
  };
}
