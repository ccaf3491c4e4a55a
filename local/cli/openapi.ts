/**
 * The OpenAPI document and the console's client types, generated from the manifest:
 *   npm run openapi            write console/src/api/schema.d.ts (commit it)
 *   npm run openapi -- json F  write the document to F
 * test/unit/platform/openapi.test.ts fails when the committed types are stale.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { ROUTES } from '../../functions/manifest.ts';
import { openApiDocument } from '../../shared/openapi.ts';

export const SCHEMA_TYPES_FILE = fileURLToPath(new URL('../../console/src/api/schema.d.ts', import.meta.url));

const HEADER = '/* Generated from the OpenAPI document by `npm run openapi` (local/cli/openapi.ts). Do not edit. */\n';

export async function clientTypes(): Promise<string> {
  const ast = await openapiTS(openApiDocument(ROUTES) as never, { alphabetize: true });
  return HEADER + astToString(ast);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [command, file] = process.argv.slice(2);
  if (command === 'json') writeFileSync(file ?? 'openapi.json', JSON.stringify(openApiDocument(ROUTES), null, 2));
  else writeFileSync(SCHEMA_TYPES_FILE, await clientTypes());
}
