import { dispatch } from '../../shared/http/dispatch.ts';
import * as healthz from './healthz.ts';
import * as openapi from './openapi.ts';

export const handler = dispatch([healthz, openapi]);
