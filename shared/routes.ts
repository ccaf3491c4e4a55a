import type { RouteDef } from './http/route.ts';
import * as apiKeys from '../functions/api-keys/routes.ts';
import * as auth from '../functions/auth/routes.ts';
import * as customers from '../functions/customers/routes.ts';
import * as dashboard from '../functions/dashboard/routes.ts';
import * as jobs from '../functions/jobs/routes.ts';
import * as platform from '../functions/platform/routes.ts';
import * as regions from '../functions/regions/routes.ts';

/**
 * The route manifest: every HTTP endpoint, with who may call it and its schemas. CDK builds the
 * REST API and one function per bounded context from it, the local gateway its router, and
 * /openapi.json its document. Adding an endpoint: a line in its context's routes.ts and a handler.
 */
export const ROUTES: RouteDef[] = [platform, auth, regions, apiKeys, jobs, dashboard, customers].flatMap((m) => Object.values(m).filter(isRoute));

function isRoute(value: unknown): value is RouteDef {
  return typeof value === 'object' && value !== null && 'method' in value && 'path' in value && 'access' in value;
}

/** The bounded contexts, each one Lambda function (`functions/<context>/index.ts`). */
export const CONTEXTS = [...new Set(ROUTES.map((r) => r.context))];
