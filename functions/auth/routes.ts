import { z } from 'zod';
import { defineRoute } from '../../shared/http/route.ts';
import { ROLES } from '../../shared/tenancy.ts';
import { TenantId } from '../../shared/schemas.ts';

export const LoginBody = z.strictObject({
  tenant: TenantId,
  username: z.string().min(1).max(64),
  password: z.string().min(1).max(256),
});

export const login = defineRoute({
  context: 'auth',
  method: 'POST',
  path: '/v1/auth/login',
  summary: 'Log in with company code, user name and password; returns a short-lived token',
  access: { public: true },
  body: LoginBody,
  maxBodyBytes: 4096,
  tags: ['auth'],
});

export const me = defineRoute({
  context: 'auth',
  method: 'GET',
  path: '/v1/me',
  summary: 'The caller: tenant, roles, regions',
  access: { roles: ROLES, scopes: ['customers:read', 'customers:write', 'readings:write', 'payments:write', 'tickets:read', 'tickets:write', 'events:read'] },
  tags: ['auth'],
});
