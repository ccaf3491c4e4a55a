import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { App } from 'aws-cdk-lib';
import { buildGascare } from '../infra/gascare-app.ts';
import { bundleFunction, FUNCTION_NODE_OPTIONS, type FunctionBundle } from '../infra/constructs/bundling.ts';
import { serviceOf } from '../infra/constructs/gascare-function.ts';
import { loadTenants } from '../infra/tenants.ts';
import { fmt } from './lib.ts';

/**
 * Cold-start weight of every Lambda function: each entry of the tenant stack bundled exactly as CDK
 * bundles it (`infra/constructs/bundling.ts`), its minified size, and the time a fresh `node`
 * process takes to `import()` it, as a ratio to a hello-world handler bundled and loaded the same
 * way in the same run (median of BENCH_LOAD_RUNS, default 7, interleaved). The bundles are written
 * under .scratch/bundles/ so that the externals (@aws-sdk/*, provided by the Lambda runtime) resolve
 * to this checkout's node_modules, as they resolve to the runtime's copy in AWS.
 */
export const BUNDLE_BUDGET_BYTES = 275 * 1024; // test/infra/bundles.test.ts says why
const RUNS = Number(process.env.BENCH_LOAD_RUNS ?? 7);
const OUT = resolve('.scratch/bundles');

/** Every function of a tenant stack: its service name and entry, as the stack builds them. */
export function functionEntries(): { service: string; entry: string }[] {
  const outdir = join(tmpdir(), `gascare-bench-cdk-${process.pid}`);
  try {
    const app = new App({ context: { 'aws:cdk:bundling-stacks': [] }, outdir });
    const { tenants } = buildGascare(app, { tenants: loadTenants().slice(0, 1) });
    return [...tenants[0]!.functions.values()].map((f) => ({ service: serviceOf(f.entry), entry: f.entry }));
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

const HELLO = 'export const handler = async () => ({ statusCode: 200, body: "hello" });\n';

/**
 * A fresh node process that `import()`s the bundle (Lambda-like environment): its wall-clock time
 * from spawn to exit (what a cold start pays: node itself plus the module graph), and the time spent
 * inside `import()`.
 */
function load(file: string): { wallMs: number; importMs: number } {
  const script = 'const t = performance.now(); await import(process.argv[1]); console.log(performance.now() - t);';
  const env: Record<string, string | undefined> = {
    ...process.env,
    AWS_REGION: 'us-east-1',
    AWS_EXECUTION_ENV: 'AWS_Lambda_nodejs22.x',
    AWS_LAMBDA_FUNCTION_NAME: 'bench',
    TABLE_NAME: 'bench',
    TENANT_ID: 'demo',
  };
  delete env.POWERTOOLS_METRICS_DISABLED;
  delete env.POWERTOOLS_TRACE_ENABLED;
  delete env.NODE_OPTIONS;
  const started = performance.now();
  const out = spawnSync(process.execPath, [...FUNCTION_NODE_OPTIONS.split(' '), '--input-type=module', '-e', script, file], { env, encoding: 'utf8' });
  if (out.status !== 0) throw new Error(`loading ${file} failed: ${out.stderr}`);
  return { wallMs: performance.now() - started, importMs: Number(out.stdout.trim().split('\n').pop()) };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export async function bundleAll(options: { sdkBundled?: boolean } = {}): Promise<{ service: string; bundle: FunctionBundle }[]> {
  const root = options.sdkBundled ? join(OUT, 'sdk-bundled') : OUT;
  const out: { service: string; bundle: FunctionBundle }[] = [];
  for (const { service, entry } of functionEntries()) {
    out.push({ service, bundle: await bundleFunction(entry, join(root, service), options.sdkBundled ? { external: [] } : {}) });
  }
  return out;
}

export async function benchBundles(): Promise<Record<string, number>> {
  rmSync(OUT, { recursive: true, force: true });
  const bundles = await bundleAll();
  // For comparison only: the same code with the AWS SDK bundled in (what the construct did before).
  const sdkBundled = new Map((await bundleAll({ sdkBundled: true })).map((b) => [b.service, b.bundle]));
  mkdirSync(join(OUT, 'hello-src'), { recursive: true });
  writeFileSync(join(OUT, 'hello-src/hello.ts'), HELLO);
  const hello = await bundleFunction(join(OUT, 'hello-src/hello.ts'), join(OUT, 'hello-world'));

  const files = [hello.file, ...bundles.map((b) => b.bundle.file), ...[...sdkBundled.values()].map((b) => b.file)];
  const times = new Map<string, { wallMs: number[]; importMs: number[] }>(files.map((f) => [f, { wallMs: [], importMs: [] }]));
  load(hello.file); // warm the file system cache and node itself once
  for (let i = 0; i < RUNS; i++) {
    for (const f of files) {
      const t = load(f);
      times.get(f)!.wallMs.push(t.wallMs);
      times.get(f)!.importMs.push(t.importMs);
    }
  }
  const wall = (f: string) => median(times.get(f)!.wallMs);
  const imp = (f: string) => median(times.get(f)!.importMs);
  const helloMs = wall(hello.file);

  console.log(`\nLambda bundles (esbuild as CDK runs it; budget ${BUNDLE_BUDGET_BYTES / 1024} KB). Load: a fresh node importing the bundle, spawn to exit, median of ${RUNS}, interleaved`);
  console.log('| function | entry | minified KB | load ms (in import()) | load ÷ hello-world | for comparison, SDK bundled: KB, load ÷ hello-world |');
  console.log('| --- | --- | --- | --- | --- | --- |');
  console.log(`| hello-world (baseline) | | ${fmt(hello.bytes / 1024, 1)} | ${fmt(helloMs, 0)} (${fmt(imp(hello.file), 0)}) | 1.00 | |`);
  const figures: Record<string, number> = { helloWorldLoadMs: helloMs };
  for (const { service, bundle } of bundles) {
    const ms = wall(bundle.file);
    const alt = sdkBundled.get(service)!;
    const over = bundle.bytes > BUNDLE_BUDGET_BYTES ? ' **over budget**' : '';
    console.log(
      `| ${service} | ${bundle.entry} | ${fmt(bundle.bytes / 1024, 1)}${over} | ${fmt(ms, 0)} (${fmt(imp(bundle.file), 0)}) | ${fmt(ms / helloMs)} | ${fmt(alt.bytes / 1024, 1)}, ${fmt(wall(alt.file) / helloMs)} |`,
    );
    figures[`${service}KB`] = bundle.bytes / 1024;
    figures[`${service}LoadRatio`] = ms / helloMs;
  }
  return figures;
}

if (import.meta.url === `file://${process.argv[1]}`) await benchBundles();
