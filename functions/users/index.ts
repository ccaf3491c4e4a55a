import { dispatch } from '../../shared/http/dispatch.ts';
import * as createUser from './create-user.ts';
import * as getUser from './get-user.ts';
import * as issuePasswordReset from './issue-password-reset.ts';
import * as listUsers from './list-users.ts';
import * as updateUser from './update-user.ts';
import * as userAction from './user-action.ts';

export const handler = dispatch([listUsers, createUser, getUser, updateUser, userAction, issuePasswordReset]);
