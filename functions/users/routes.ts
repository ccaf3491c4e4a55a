import { Items } from '../../shared/contract/common.ts';
import { CreatedUser, CreateUserBody, PasswordResetLink, UpdateUserBody, UserActionBody, USER_ADMINS, UserParams, UserView } from '../../shared/contract/users.ts';
import { defineRoute } from '../../shared/http/route.ts';

const tags = ['users'];
const access = { roles: USER_ADMINS };

export const listUsers = defineRoute({
  method: 'GET',
  path: '/v1/users',
  summary: 'Console users of the tenant, with their last sign-in (admin; never a password hash)',
  access,
  responses: { 200: Items(UserView) },
  tags,
});

export const createUser = defineRoute({
  method: 'POST',
  path: '/v1/users',
  summary: 'Create a user with roles and regions; returns a one-time setup link (24 h) for the user to set their password',
  access,
  body: CreateUserBody,
  idempotent: true,
  responses: { 201: CreatedUser },
  tags,
});

export const getUser = defineRoute({
  method: 'GET',
  path: '/v1/users/{username}',
  summary: 'One user, with its version as ETag (admin)',
  access,
  params: UserParams,
  responses: { 200: UserView },
  tags,
});

export const updateUser = defineRoute({
  method: 'PATCH',
  path: '/v1/users/{username}',
  summary: 'Change name, roles or regions (If-Match or version); a change of roles or regions ends the user\'s sessions',
  access,
  params: UserParams,
  body: UpdateUserBody,
  responses: { 200: UserView },
  tags,
});

export const userAction = defineRoute({
  method: 'POST',
  path: '/v1/users/{username}/actions',
  summary: 'Disable (ends every session at the next request; users are never deleted, their work names them) or enable a user',
  access,
  params: UserParams,
  body: UserActionBody,
  responses: { 200: UserView },
  tags,
});

export const issuePasswordReset = defineRoute({
  method: 'POST',
  path: '/v1/users/{username}/password-reset',
  summary: 'Issue a one-time password-reset link (24 h) for the user; voids earlier links. The admin never sees the password',
  access,
  params: UserParams,
  responses: { 201: PasswordResetLink },
  tags,
});
