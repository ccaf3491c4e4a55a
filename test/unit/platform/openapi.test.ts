import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { ROUTES } from '../../../functions/manifest.ts';
import { clientTypes, SCHEMA_TYPES_FILE } from '../../../local/cli/openapi.ts';
import { openApiDocument } from '../../../shared/openapi.ts';

const document = openApiDocument(ROUTES);
type Media = { schema?: object; example?: unknown };
type Operation = { requestBody?: { content: Record<string, Media> }; responses: Record<string, { content?: Record<string, Media> }> };
const operations = Object.entries(document.paths).flatMap(([path, methods]) => Object.entries(methods).map(([method, op]) => ({ key: `${method.toUpperCase()} ${path}`, op: op as Operation })));

describe('/openapi.json', () => {
  it('documents a success response with its schema for every operation', () => {
    expect(operations).toHaveLength(ROUTES.length);
    for (const { key, op } of operations) {
      const success = Object.entries(op.responses).filter(([status]) => /^2\d\d$/.test(status));
      expect([key, success.length > 0]).toEqual([key, true]);
      for (const [status, response] of success) {
        if (status === '204') continue;
        // One media with its schema, and the files a `format` selects (a report as CSV or Excel).
        const media = Object.values(response.content ?? {});
        expect([key, status, media.length >= 1 && media.every((m) => m?.schema !== undefined)]).toEqual([key, status, true]);
      }
    }
  });

  it('gives an example of every request body, JSON success and problem, which its own schema accepts', () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats.default(ajv);
    ajv.addSchema(document.components.schemas.Problem, '#/components/schemas/Problem');
    const invalid: string[] = [];
    let checked = 0;
    const check = (where: string, media: Media | undefined) => {
      expect([where, media?.example !== undefined]).toEqual([where, true]);
      const schema = (media!.schema as { $ref?: string }).$ref ? document.components.schemas.Problem : media!.schema!;
      const validate = ajv.compile(schema);
      checked += 1;
      if (!validate(media!.example)) invalid.push(`${where}: ${ajv.errorsText(validate.errors)} in ${JSON.stringify(media!.example)}`);
    };
    for (const { key, op } of operations) {
      for (const [type, media] of Object.entries(op.requestBody?.content ?? {})) check(`${key} request ${type}`, media);
      for (const [status, response] of Object.entries(op.responses)) {
        for (const [type, media] of Object.entries(response.content ?? {})) {
          if (type.endsWith('json') && (/^2\d\d$/.test(status) || type === 'application/problem+json')) check(`${key} ${status} ${type}`, media);
        }
      }
    }
    expect(invalid).toEqual([]);
    expect(checked).toBeGreaterThan(ROUTES.length * 3);
  });

  it('passes redocly lint with its recommended rules', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'openapi-')), 'openapi.json');
    writeFileSync(file, JSON.stringify(document));
    // Throws (and shows redocly's findings) when it reports an error.
    const out = execFileSync('npx', ['redocly', 'lint', '--extends', 'recommended', '--format', 'summary', file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    expect(out).not.toMatch(/error/i);
  }, 60_000);

  it('is what the console client is typed from (run `npm run openapi` when this fails)', async () => {
    expect(readFileSync(SCHEMA_TYPES_FILE, 'utf8')).toBe(await clientTypes());
  });
});
