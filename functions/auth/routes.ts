import { ROLES, SCOPES } from '../../shared/contract/access.ts';
import { ChangePasswordBody, LoginBody, LoginResponse, Me, RedeemPasswordResetBody, SessionToken } from '../../shared/contract/auth.ts';
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
  duringPasswordChange: true,
  responses: { 200: Me },
  tags: ['auth'],
});

export const logout = defineRoute({
  method: 'POST',
  path: '/v1/auth/logout',
  summary: 'Sign out: ends every session of the user (each token issued before is refused from the next request)',
  access: { roles: ROLES },
  duringPasswordChange: true,
  responses: { 204: null },
  tags: ['auth'],
});

export const changePassword = defineRoute({
  method: 'POST',
  path: '/v1/auth/password',
  summary: 'Change one\'s own password (the current one and a new one of the minimum strength); ends other sessions, returns a new token',
  access: { roles: ROLES },
  duringPasswordChange: true,
  body: ChangePasswordBody,
  maxBodyBytes: 4096,
  responses: { 200: SessionToken },
  tags: ['auth'],
});

export const redeemPasswordReset = defineRoute({
  method: 'POST',
  path: '/v1/auth/password-reset',
  summary: 'Set a password with a one-time reset or setup link (an unknown, used or expired link is 400 invalid-reset-link)',
  access: { public: true },
  body: RedeemPasswordResetBody,
  maxBodyBytes: 4096,
  responses: { 204: null },
  tags: ['auth'],
});
