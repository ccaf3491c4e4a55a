import { Health, OpenApiDocument } from '../../shared/contract/platform.ts';
import { defineRoute } from '../../shared/http/route.ts';

export const healthz = defineRoute({
  method: 'GET',
  path: '/healthz',
  summary: 'Health: 200 when the store answers',
  access: { public: true },
  responses: { 200: Health },
});

export const openapi = defineRoute({
  method: 'GET',
  path: '/openapi.json',
  summary: 'The OpenAPI 3.1 document of every /v1 operation',
  access: { public: true },
  responses: { 200: OpenApiDocument },
});
