import { ROLES, SCOPES } from '../../shared/contract/access.ts';
import { LoginBody, LoginResponse, Me } from '../../shared/contract/auth.ts';
import { defineRoute } from '../../shared/http/route.ts';

export const login = defineRoute({
  method: 'POST',
  path: '/v1/auth/login',
  summary: 'Log in with company code, user name and password; returns a short-lived token',
  access: { public: true },
  body: LoginBody,
  maxBodyBytes: 4096,
  responses: { 200: LoginResponse },
  tags: ['auth'],
});

export const me = defineRoute({
  method: 'GET',
  path: '/v1/me',
  summary: 'The caller: tenant, roles, regions',
  access: { roles: ROLES, scopes: SCOPES },
  responses: { 200: Me },
  tags: ['auth'],
});
