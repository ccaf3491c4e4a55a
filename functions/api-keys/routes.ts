import { z } from 'zod';
import { defineRoute } from '../../shared/http/route.ts';
import { SCOPES } from '../../shared/tenancy.ts';
import { Ulid } from '../../shared/schemas.ts';

export const CreateApiKeyBody = z.strictObject({
  name: z.string().trim().min(1).max(80),
  scopes: z.array(z.enum(SCOPES)).min(1).max(SCOPES.length),
});

export const createApiKey = defineRoute({
  context: 'api-keys',
  method: 'POST',
  path: '/v1/api-keys',
  summary: 'Create an integrator key; the secret is in this response only',
  access: { roles: ['admin'] },
  body: CreateApiKeyBody,
  tags: ['api-keys'],
});

export const listApiKeys = defineRoute({
  context: 'api-keys',
  method: 'GET',
  path: '/v1/api-keys',
  summary: 'Integrator keys of the tenant (never their secrets)',
  access: { roles: ['admin'] },
  tags: ['api-keys'],
});

export const revokeApiKey = defineRoute({
  context: 'api-keys',
  method: 'DELETE',
  path: '/v1/api-keys/{id}',
  summary: 'Revoke an integrator key',
  access: { roles: ['admin'] },
  params: z.strictObject({ id: Ulid }),
  tags: ['api-keys'],
});
