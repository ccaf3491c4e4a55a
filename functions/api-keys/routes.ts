import { Items } from '../../shared/contract/common.ts';
import {
  ApiKey,
  ApiKeyParams,
  ApiKeyUsage,
  ApiKeyUsageQuery,
  CreateApiKeyBody,
  CreatedApiKey,
  RotateApiKeyBody,
  RotatedApiKey,
  UpdateApiKeyBody,
} from '../../shared/contract/api-keys.ts';
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

export const updateApiKey = defineRoute({
  method: 'PATCH',
  path: '/v1/api-keys/{id}',
  summary: "Change an integrator key's tier (its rate and daily quota)",
  access: { roles: ['admin'] },
  params: ApiKeyParams,
  body: UpdateApiKeyBody,
  responses: { 200: ApiKey },
  tags,
});

export const rotateApiKey = defineRoute({
  method: 'POST',
  path: '/v1/api-keys/{id}/rotate',
  summary: 'A new secret for the key (shown this once); the old one works for overlapHours more (default 24, at most 168)',
  access: { roles: ['admin'] },
  params: ApiKeyParams,
  body: RotateApiKeyBody,
  responses: { 200: RotatedApiKey },
  tags,
});

export const apiKeyUsage = defineRoute({
  method: 'GET',
  path: '/v1/api-keys/{id}/usage',
  summary: "Requests per tenant-local day of the last `days` days (1–90, default 30), oldest first, from the key's creation on",
  access: { roles: ['admin'] },
  params: ApiKeyParams,
  query: ApiKeyUsageQuery,
  responses: { 200: ApiKeyUsage },
  tags,
});
