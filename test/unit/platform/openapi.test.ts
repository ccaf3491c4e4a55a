import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROUTES } from '../../../functions/manifest.ts';
import { clientTypes, SCHEMA_TYPES_FILE } from '../../../local/cli/openapi.ts';
import { openApiDocument } from '../../../shared/openapi.ts';

const document = openApiDocument(ROUTES);
type Operation = { responses: Record<string, { content?: Record<string, { schema?: unknown }> }> };
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
