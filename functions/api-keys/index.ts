import { dispatch } from '../../shared/http/dispatch.ts';
import * as createApiKey from './create-api-key.ts';
import * as listApiKeys from './list-api-keys.ts';
import * as revokeApiKey from './revoke-api-key.ts';

export const handler = dispatch([createApiKey, listApiKeys, revokeApiKey]);
