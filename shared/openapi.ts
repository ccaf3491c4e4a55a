import { sample } from 'openapi-sampler';
import * as z from 'zod';
import { Problem } from './contract/common.ts';
import type { RouteDef } from './http/route.ts';

const PROBLEM_REF = { $ref: '#/components/schemas/Problem' };

/** What each problem response looks like on the wire (see shared/http/problems.ts). */
const PROBLEM_EXAMPLES: Record<string, Record<string, unknown>> = {
  400: {
    type: 'https://gascare.dev/problems/validation',
    title: 'Invalid request',
    status: 400,
    code: 'validation',
    detail: 'body.phone: a phone number: 7–15 digits, optionally with +86',
    errors: [{ field: 'body.phone', message: 'a phone number: 7–15 digits, optionally with +86' }],
    correlationId: '01KB7ZQ4M3X8YF2D6T9N0RHS5C',
  },
  401: { type: 'https://gascare.dev/problems/unauthorized', title: 'Unauthorized', status: 401, code: 'unauthorized', detail: 'Missing or invalid credentials', correlationId: '01KB7ZQ4M3X8YF2D6T9N0RHS5C' },
  403: { type: 'https://gascare.dev/problems/forbidden', title: 'Forbidden', status: 403, code: 'forbidden', detail: 'Not allowed for this caller', correlationId: '01KB7ZQ4M3X8YF2D6T9N0RHS5C' },
  404: { type: 'https://gascare.dev/problems/not-found', title: 'Not found', status: 404, code: 'not-found', detail: 'Customer not found', correlationId: '01KB7ZQ4M3X8YF2D6T9N0RHS5C' },
  429: { type: 'https://gascare.dev/problems/too-many-requests', title: 'Too many requests', status: 429, code: 'too-many-requests', detail: 'Too many requests', correlationId: '01KB7ZQ4M3X8YF2D6T9N0RHS5C' },
  default: {
    type: 'https://gascare.dev/problems/precondition-failed',
    title: 'Precondition failed',
    status: 412,
    code: 'precondition-failed',
    detail: 'The object changed since you read it',
    correlationId: '01KB7ZQ4M3X8YF2D6T9N0RHS5C',
  },
};
const problemResponse = (status: number | 'default', description: string) => ({
  description,
  content: { 'application/problem+json': { schema: PROBLEM_REF, example: PROBLEM_EXAMPLES[String(status)] } },
});

/**
 * An example of a schema: openapi-sampler's, which takes the `examples` the zod schemas give
 * (`.meta({ examples: [...] })`: ids, account numbers, phones, dates, times) and samples the rest.
 */
export function exampleOf(schema: object): unknown {
  // zod bounds every `z.int()` by the safe integers, which the sampler would take as the value (-9007199254740991).
  const unbounded = JSON.parse(JSON.stringify(schema, (key, value: unknown) => ((key === 'minimum' || key === 'maximum') && Math.abs(value as number) === Number.MAX_SAFE_INTEGER ? undefined : value)));
  return sample(unbounded, { enablePatterns: true, quiet: true });
}

const DESCRIPTIONS: Record<number, string> = { 200: 'OK', 201: 'Created', 202: 'Accepted', 204: 'No content' };

/** A schema as JSON Schema (draft 2020-12, what OpenAPI 3.1 uses), without its `$schema` line. */
function jsonSchema(schema: z.ZodType, io: 'input' | 'output') {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as Record<string, unknown>;
  return rest;
}

/** A request body's media: its JSON schema and an example (a body that is not JSON is a string). */
function requestMedia(body: z.ZodType, consumes: string | undefined) {
  const schema = consumes ? { type: 'string' } : jsonSchema(body, 'input');
  return { schema, example: exampleOf(schema) };
}

/** What every operation may answer besides its success: the problems callers must handle. */
function problems(route: RouteDef) {
  const isPublic = 'public' in route.access;
  const hasInput = Boolean(route.body || route.query || route.params);
  return {
    ...(hasInput ? { 400: problemResponse(400, 'Bad request: the field is named in `errors`') } : {}),
    ...(isPublic ? {} : { 401: problemResponse(401, 'No or invalid credentials'), 403: problemResponse(403, 'Role or scope does not allow this call') }),
    ...(route.params ? { 404: problemResponse(404, 'Not found (also: an object of another tenant or region)') } : {}),
    429: problemResponse(429, 'Too many requests; see Retry-After'),
    default: problemResponse('default', 'A problem (application/problem+json) with a stable `type` and `code`'),
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
      const body = schema ? jsonSchema(schema, 'output') : undefined;
      responses[status] = body
        ? { description: DESCRIPTIONS[Number(status)] ?? 'Success', content: { [media]: { schema: body, example: exampleOf(body) }, ...files } }
        : { description: DESCRIPTIONS[Number(status)] ?? 'Success' };
    }
    (paths[route.path] ??= {})[route.method.toLowerCase()] = {
      operationId: operationId(route),
      summary: route.summary,
      tags: route.tags ?? [route.context ?? 'platform'],
      ...(parameters.length ? { parameters } : {}),
      ...(route.body ? { requestBody: { required: true, content: { [route.consumes ?? 'application/json']: requestMedia(route.body, route.consumes) } } } : {}),
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
