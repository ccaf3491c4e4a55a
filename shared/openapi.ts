import * as z from 'zod';
import { Problem } from './contract/common.ts';
import type { RouteDef } from './http/route.ts';

const PROBLEM_REF = { $ref: '#/components/schemas/Problem' };
const problemResponse = (description: string) => ({ description, content: { 'application/problem+json': { schema: PROBLEM_REF } } });

const DESCRIPTIONS: Record<number, string> = { 200: 'OK', 201: 'Created', 202: 'Accepted', 204: 'No content' };

/** A schema as JSON Schema (draft 2020-12, what OpenAPI 3.1 uses), without its `$schema` line. */
function jsonSchema(schema: z.ZodType, io: 'input' | 'output') {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as Record<string, unknown>;
  return rest;
}

/** What every operation may answer besides its success: the problems callers must handle. */
function problems(route: RouteDef) {
  const isPublic = 'public' in route.access;
  const hasInput = Boolean(route.body || route.query || route.params);
  return {
    ...(hasInput ? { 400: problemResponse('Bad request: the field is named in `errors`') } : {}),
    ...(isPublic ? {} : { 401: problemResponse('No or invalid credentials'), 403: problemResponse('Role or scope does not allow this call') }),
    ...(route.params ? { 404: problemResponse('Not found (also: an object of another tenant or region)') } : {}),
    429: problemResponse('Too many requests; see Retry-After'),
    default: problemResponse('A problem (application/problem+json) with a stable `type` and `code`'),
  };
}

/** The OpenAPI 3.1 document, generated from the same zod schemas that validate requests and replies. */
export function openApiDocument(routes: readonly RouteDef[], servers: { url: string; description: string }[] = [{ url: '/', description: 'This deployment' }]) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const params = route.params ? jsonSchema(route.params, 'input') : undefined;
    const query = route.query ? jsonSchema(route.query, 'input') : undefined;
    const parameters = [
      ...Object.entries((params?.properties ?? {}) as Record<string, object>).map(([name, schema]) => ({ name, in: 'path', required: true, schema })),
      ...Object.entries((query?.properties ?? {}) as Record<string, object>).map(([name, schema]) => ({
        name,
        in: 'query',
        required: ((query?.required as string[] | undefined) ?? []).includes(name),
        schema,
      })),
      ...(route.idempotent ? [{ name: 'Idempotency-Key', in: 'header', required: false, description: 'A retry with the same key replays the first response', schema: { type: 'string', maxLength: 128 } }] : []),
    ];
    const isPublic = 'public' in route.access;
    const responses: Record<string, unknown> = {};
    for (const [status, schema] of Object.entries(route.responses)) {
      const media = route.produces ?? 'application/json';
      const files = Number(status) === 200 ? Object.fromEntries((route.alsoProduces ?? []).map((m) => [m, { schema: { type: 'string', format: 'binary' } }])) : {};
      responses[status] = schema ? { description: DESCRIPTIONS[Number(status)] ?? 'Success', content: { [media]: { schema: jsonSchema(schema, 'output') }, ...files } } : { description: DESCRIPTIONS[Number(status)] ?? 'Success' };
    }
    (paths[route.path] ??= {})[route.method.toLowerCase()] = {
      operationId: operationId(route),
      summary: route.summary,
      tags: route.tags ?? [route.context ?? 'platform'],
      ...(parameters.length ? { parameters } : {}),
      ...(route.body
        ? { requestBody: { required: true, content: { [route.consumes ?? 'application/json']: { schema: route.consumes ? { type: 'string' } : jsonSchema(route.body, 'input') } } } }
        : {}),
      security: isPublic ? [] : [{ bearer: [] }, { apiKey: [] }],
      ...(!isPublic && 'roles' in route.access ? { 'x-roles': route.access.roles, 'x-scopes': route.access.scopes ?? [] } : {}),
      responses: { ...responses, ...problems(route) },
    };
  }
  const tags = [...new Set(routes.flatMap((r) => r.tags ?? [r.context ?? 'platform']))].sort().map((name) => ({ name, description: `${name} operations` }));
  return {
    openapi: '3.1.0',
    info: {
      title: 'gascare API',
      version: '1.0.0',
      description: 'Customer service for city gas companies. Errors are application/problem+json with a stable `type` and `code`.',
      license: { name: 'Proprietary', identifier: 'LicenseRef-gascare' },
    },
    servers,
    tags,
    paths,
    components: {
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'Console users: the token from POST /v1/auth/login' },
        apiKey: { type: 'apiKey', in: 'header', name: 'x-api-key', description: 'Integrators: a key from POST /v1/api-keys' },
      },
      schemas: { Problem: jsonSchema(Problem, 'output') },
    },
  };
}

/** `GET /v1/customers/{id}` → `getV1CustomersId`: stable, readable names for generated clients. */
export function operationId(route: Pick<RouteDef, 'method' | 'path'>): string {
  const words = route.path.split(/[^A-Za-z0-9]+/).filter(Boolean);
  return route.method.toLowerCase() + words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join('');
}
