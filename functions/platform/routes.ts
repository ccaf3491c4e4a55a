import { defineRoute } from '../../shared/http/route.ts';

export const healthz = defineRoute({
  context: 'platform',
  method: 'GET',
  path: '/healthz',
  summary: 'Health: 200 when the store answers',
  access: { public: true },
});

export const openapi = defineRoute({
  context: 'platform',
  method: 'GET',
  path: '/openapi.json',
  summary: 'The OpenAPI 3.1 document of every /v1 operation',
  access: { public: true },
});
