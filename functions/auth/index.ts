import { dispatch } from '../../shared/http/dispatch.ts';
import * as changePassword from './change-password.ts';
import * as login from './login.ts';
import * as logout from './logout.ts';
import * as me from './me.ts';
import * as redeemPasswordReset from './redeem-password-reset.ts';

export const handler = dispatch([login, me, logout, changePassword, redeemPasswordReset]);
