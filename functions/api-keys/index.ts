import { dispatch } from '../../shared/http/dispatch.ts';
import * as apiKeyUsage from './api-key-usage.ts';
import * as createApiKey from './create-api-key.ts';
import * as listApiKeys from './list-api-keys.ts';
import * as revokeApiKey from './revoke-api-key.ts';
import * as rotateApiKey from './rotate-api-key.ts';
import * as updateApiKey from './update-api-key.ts';

export const handler = dispatch([createApiKey, listApiKeys, revokeApiKey, updateApiKey, rotateApiKey, apiKeyUsage]);
