import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { SCOPES } from '../../shared/contract/access.ts';
import { signatureHeader } from '../../shared/webhook-signature.ts';
import { startTestApp, type TestApp } from '../support/app.ts';

/**
 * docs/integrators.md promises its examples work as written: each `sh` block runs here with curl
 * against the local stack and a fresh key of every scope, and its JavaScript signature check is
 * run against signatures the product makes.
 */
const run = promisify(execFile);
const DOC = new URL('../../docs/integrators.md', import.meta.url);

const blocks = (markdown: string, lang: string) => [...markdown.matchAll(new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1]!);

let app: TestApp;
let doc: string;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  app = await startTestApp();
  doc = await readFile(DOC, 'utf8');
  const admin = await app.login('demo', 'admin');
  const created = await app.api(admin, 'POST', '/v1/api-keys', { name: '文档示例', scopes: [...SCOPES] });
  expect(created.status).toBe(201);
  env = { ...process.env, GASCARE_URL: app.url, GASCARE_KEY: created.body.key };
});
afterAll(() => app.stop());

const shell = (script: string) => run('bash', ['-euo', 'pipefail', '-c', script], { env, timeout: 30_000 });

describe('docs/integrators.md', () => {
  it('has curl examples for what integrators ask first', () => {
    const all = blocks(doc, 'sh').join('\n');
    for (const path of ['/v1/me', '/v1/customers', '/v1/readings', '/v1/webhooks']) expect(all).toContain(`$GASCARE_URL${path}`);
  });

  it('runs every sh block against the local stack (the setup block aside)', async () => {
    const [setup, ...examples] = blocks(doc, 'sh');
    expect(setup).toContain('export GASCARE_URL=');
    const outputs: string[] = [];
    for (const example of examples) {
      const { stdout } = await shell(example).catch((error: { stderr?: string; stdout?: string }) => {
        throw new Error(`this block of docs/integrators.md failed:\n${example}\nstdout: ${error.stdout}\nstderr: ${error.stderr}`);
      });
      outputs.push(stdout);
    }
    const outputOf = (needle: string) => outputs[examples.findIndex((e) => e.includes(needle))]!;
    expect(JSON.parse(outputs[0]!)).toMatchObject({ tenant: 'demo', kind: 'api-key' });
    // Pagination: two full pages.
    expect(outputOf('limit=2').trim().split('\n')).toEqual(['2', '2']);
    // Readings: the past one accepted with its consumption, the future one rejected naming the field.
    const results = outputOf('/v1/readings').trim().split('\n').map((l) => JSON.parse(l));
    expect(results).toEqual([
      { status: 'accepted', consumption: 12.5, field: null },
      { status: 'rejected', consumption: null, field: 'readings[1].readAt' },
    ]);
    // Errors: a 400 naming the bad fields.
    const [status, problem] = outputOf('palace').trim().split('\n');
    expect(status).toBe('400');
    expect(JSON.parse(problem!)).toEqual({ code: 'validation', errors: ['body.class', 'body.phone', 'body.address'] });
    // Money: a purchase in integer fen, and yuan with decimals refused naming the field.
    expect(outputOf('ic-card/purchases').trim().split('\n')).toEqual(['{"amountFen":20000,"balanceAfterFen":20000,"balanceFen":20000}', '400', '["body.amountFen"]']);
    expect(JSON.parse(outputOf('/v1/webhooks'))).toMatchObject({ events: ['customer.created', 'ticket.*'], secret: true });
  });

  it("its signature check accepts the product's signatures, and refuses a stale, tampered or foreign one", async () => {
    const [snippet] = blocks(doc, 'js');
    const file = join(await mkdtemp(join(tmpdir(), 'gascare-doc-')), 'verify.mjs');
    await writeFile(file, snippet!);
    const { verifyGascareSignature: verify } = (await import(pathToFileURL(file).href)) as {
      verifyGascareSignature: (header: string, secret: string, body: string, now?: number) => boolean;
    };
    const body = JSON.stringify({ id: '01J', type: 'customer.created', data: { name: '王芳' } });
    const now = new Date();
    const header = signatureHeader('whsec_a', body, now);
    const at = now.getTime() / 1000;
    expect(verify(header, 'whsec_a', body, at)).toBe(true);
    // During a rotation two v1 values: either secret verifies.
    const rotated = `${header},v1=${signatureHeader('whsec_b', body, now).split('v1=')[1]}`;
    expect([verify(rotated, 'whsec_a', body, at), verify(rotated, 'whsec_b', body, at)]).toEqual([true, true]);
    expect(verify(header, 'whsec_a', body, at + 301)).toBe(false);
    expect(verify(header, 'whsec_a', body.replace('王芳', '李强'), at)).toBe(false);
    expect(verify(header, 'whsec_other', body, at)).toBe(false);
    expect(verify('t=abc,v1=00', 'whsec_a', body, at)).toBe(false);
  });
});
