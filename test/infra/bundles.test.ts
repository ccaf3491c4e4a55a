import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleFunction, type FunctionBundle } from '../../infra/constructs/bundling.ts';
import { buildTestGascare } from './synth.ts';

/**
 * Every Lambda function of a tenant stack, bundled as CDK bundles it (one esbuild pass each), stays
 * within its budget: code that loads fast at cold start. Size is deterministic, unlike load time
 * (`npm run bench` measures that). On a failure, read the metafile: `npx tsx bench/bundles.ts`.
 */
// 300 KB: zod's ~100 KB core is in every function; the heaviest are the ones that carry the most
// contracts (the authorizer, customer files), and the surveys function, which carries the ticket
// intake (a low score's follow-up ticket) with the business calendar (chinese-days, 24 KB).
// Job and dashboard code is kept out of the manifest (functions/job-workers.ts,
// functions/dashboard-workers.ts), so the manifest's readers (OpenAPI, the jobs API) bundle none of it.
const BUDGET_BYTES = 300 * 1024;
/**
 * Three functions have their own: the job worker carries every job's code (one function per
 * capability's jobs would split it), the platform function serves `/openapi.json` (every route's
 * contract, and openapi-sampler for the examples: 332 KB on 2026-12-03), and the reports function
 * carries the Excel writer (exceljs, about a megabyte), which is why reports are a function of their own.
 */
const BUDGETS: Record<string, number> = {
  'functions/jobs/on-run-queued.ts': 325 * 1024,
  'functions/platform/index.ts': 350 * 1024,
  'functions/reports/index.ts': 1400 * 1024,
};
const { tenants } = buildTestGascare();
const entries = [...new Set([...tenants[0]!.functions.values()].map((f) => f.entry))];
const outdir = mkdtempSync(join(tmpdir(), 'gascare-bundles-'));
const bundles = new Map<string, FunctionBundle>();

beforeAll(async () => {
  for (const entry of entries) bundles.set(entry, await bundleFunction(entry, join(outdir, entry.replace(/\W/g, '_'))));
}, 120_000);
afterAll(() => rmSync(outdir, { recursive: true, force: true }));

describe('Lambda bundles', () => {
  it.each(entries.map((e) => [e, Math.round((BUDGETS[e] ?? BUDGET_BYTES) / 1024)] as const))('%s is at most %i KB of minified code', (entry) => {
    const bundle = bundles.get(entry)!;
    const budget = BUDGETS[entry] ?? BUDGET_BYTES;
    // The three heaviest inputs, so a failure says where to look.
    const output = Object.values(bundle.metafile.outputs).find((o) => o.entryPoint)!;
    const heaviest = Object.entries(output.inputs)
      .sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput)
      .slice(0, 3)
      .map(([file, i]) => `${file.replace(/^.*node_modules\//, '')} ${Math.round(i.bytesInOutput / 1024)} KB`);
    expect({ entry, withinBudget: bundle.bytes <= budget, kb: Math.round(bundle.bytes / 1024), heaviest }).toMatchObject({ entry, withinBudget: true });
  });

  it('leaves the AWS SDK to the Lambda runtime and bundles Powertools', () => {
    for (const bundle of bundles.values()) {
      const inputs = Object.keys(bundle.metafile.inputs);
      expect(inputs.filter((i) => /node_modules\/(@aws-sdk|@smithy)\//.test(i))).toEqual([]);
    }
    const publisher = bundles.get('functions/events/publish-outbox.ts')!;
    expect(Object.keys(publisher.metafile.inputs).some((i) => i.includes('@aws-lambda-powertools/tracer'))).toBe(true);
  });
});
