import { z } from 'zod';
import type { RouteDef } from './http/route.ts';

/** The OpenAPI 3.1 document, generated from the same zod schemas that validate requests. */
export function openApiDocument(routes: readonly RouteDef[]) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const params = route.params ? z.toJSONSchema(route.params, { io: 'input' }) : undefined;
    const query = route.query ? z.toJSONSchema(route.query, { io: 'input' }) : undefined;
    const parameters = [
      ...Object.entries((params?.properties ?? {}) as Record<string, object>).map(([name, schema]) => ({ name, in: 'path', required: true, schema })),
      ...Object.entries((query?.properties ?? {}) as Record<string, object>).map(([name, schema]) => ({
        name,
        in: 'query',
        required: ((query?.required as string[] | undefined) ?? []).includes(name),
        schema,
      })),
      ...(route.idempotent ? [{ name: 'Idempotency-Key', in: 'header', required: false, schema: { type: 'string', maxLength: 128 } }] : []),
    ];
    const isPublic = 'public' in route.access;
    (paths[route.path] ??= {})[route.method.toLowerCase()] = {
      operationId: `${route.context}.${route.method.toLowerCase()}${route.path.replace(/[^A-Za-z0-9]+/g, '_')}`,
      summary: route.summary,
      tags: route.tags ?? [route.context],
      ...(parameters.length ? { parameters } : {}),
      ...(route.body
        ? { requestBody: { required: true, content: { [route.consumes ?? 'application/json']: { schema: route.consumes ? { type: 'string' } : z.toJSONSchema(route.body, { io: 'input' }) } } } }
        : {}),
      security: isPublic ? [] : [{ bearer: [] }, { apiKey: [] }],
      ...(!isPublic && 'roles' in route.access ? { 'x-roles': route.access.roles, 'x-scopes': route.access.scopes ?? [] } : {}),
      responses: {
        default: { description: 'Success, or a problem', content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } } },
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'gascare API', version: '1.0.0', description: 'Customer service for city gas companies. Errors are application/problem+json.' },
    paths,
    components: {
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' },
        apiKey: { type: 'apiKey', in: 'header', name: 'x-api-key' },
      },
      schemas: {
        Problem: {
          type: 'object',
          properties: {
            type: { type: 'string' },
            title: { type: 'string' },
            status: { type: 'integer' },
            detail: { type: 'string' },
            errors: { type: 'array', items: { type: 'object', properties: { field: { type: 'string' }, message: { type: 'string' } } } },
          },
        },
      },
    },
  };
}
