import { Items } from '../../shared/contract/common.ts';
import { ApiKey, ApiKeyParams, CreateApiKeyBody, CreatedApiKey } from '../../shared/contract/api-keys.ts';
import { defineRoute } from '../../shared/http/route.ts';

const tags = ['api-keys'];

export const createApiKey = defineRoute({
  method: 'POST',
  path: '/v1/api-keys',
  summary: 'Create an integrator key; the secret is in this response only',
  access: { roles: ['admin'] },
  body: CreateApiKeyBody,
  responses: { 201: CreatedApiKey },
  tags,
});

export const listApiKeys = defineRoute({
  method: 'GET',
  path: '/v1/api-keys',
  summary: 'Integrator keys of the tenant (never their secrets)',
  access: { roles: ['admin'] },
  responses: { 200: Items(ApiKey) },
  tags,
});

export const revokeApiKey = defineRoute({
  method: 'DELETE',
  path: '/v1/api-keys/{id}',
  summary: 'Revoke an integrator key (revoking again changes nothing)',
  access: { roles: ['admin'] },
  params: ApiKeyParams,
  responses: { 200: ApiKey },
  tags,
});
