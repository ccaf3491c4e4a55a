import { dispatch } from '../../shared/http/dispatch.ts';
import * as login from './login.ts';
import * as me from './me.ts';

export const handler = dispatch([login, me]);
