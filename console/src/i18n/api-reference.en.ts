import type { apiReferenceZhCN } from './api-reference.zh-CN.ts';
import type { DeepStrings } from './zh-CN.ts';

/** The API reference page's texts, English: the same keys as api-reference.zh-CN.ts (enforced by the type). */
export const apiReferenceEn: DeepStrings<typeof apiReferenceZhCN> = {
  intro: 'The reference of the platform’s HTTP API, rendered from the OpenAPI 3.1 document the server serves (/openapi.json). It ships with the console and needs no internet connection. Calls carry an API key in the x-api-key header.',
  download: 'Download the OpenAPI document (JSON)',
  reload: 'Reload',
  loading: 'Loading the API document…',
  region: 'API reference',
};
