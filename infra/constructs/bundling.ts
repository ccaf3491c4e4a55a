import * as nodejs from 'aws-cdk-lib/aws-lambda-nodejs';
import type { BuildOptions } from 'esbuild';

/**
 * How every gascare function is bundled: the one place the construct (CDK runs esbuild with these)
 * and the bundle benchmark and budget test (they run esbuild with `esbuildOptions`) read.
 */
export const BUNDLING = {
  format: nodejs.OutputFormat.ESM,
  target: 'node22',
  mainFields: ['module', 'main'],
  // ESM output: CommonJS dependencies still call require(); give them one.
  banner: "import { createRequire as __gascareCreateRequire } from 'node:module'; const require = __gascareCreateRequire(import.meta.url);",
  sourceMap: true,
  sourcesContent: false,
  minify: true,
  // The AWS SDK v3 comes from the nodejs22.x runtime (it ships @aws-sdk/* and their @smithy/*
  // dependencies): bundling it cost every function 250-300 KB of minified code to parse at cold
  // start. We use long-stable operations only (DynamoDB items, queries and transactions, the
  // document client, SNS PublishBatch, Secrets Manager GetSecretValue), so no pinned SDK version
  // is needed. Powertools (logger, metrics, tracer) is not in the runtime and stays bundled.
  bundleAwsSDK: false,
  externalModules: ['@aws-sdk/*', '@smithy/*'],
} satisfies nodejs.BundlingOptions;

/** `NODE_OPTIONS` of every function (source-mapped stack traces in the logs). */
export const FUNCTION_NODE_OPTIONS = '--enable-source-maps';

/**
 * The esbuild options CDK's NodejsFunction derives from `BUNDLING` (aws-lambda-nodejs
 * `Bundling.buildEsbuildArgs`: --bundle --platform=node --target --format --minify --sourcemap
 * --sources-content --external --banner --main-fields), for the benchmark and the budget test.
 */
export function esbuildOptions(entry: string, outfile: string): BuildOptions {
  return {
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    target: BUNDLING.target,
    format: BUNDLING.format,
    minify: BUNDLING.minify,
    sourcemap: BUNDLING.sourceMap,
    sourcesContent: BUNDLING.sourcesContent,
    external: BUNDLING.externalModules,
    banner: { js: BUNDLING.banner },
    mainFields: BUNDLING.mainFields,
    logLevel: 'error',
  };
}

export interface FunctionBundle {
  entry: string;
  /** The bundle (`index.mjs`), written next to its source map under `outdir`. */
  file: string;
  /** Minified size of the bundle, without its source map. */
  bytes: number;
  metafile: import('esbuild').Metafile;
}

/** One esbuild pass over an entry, exactly as the construct bundles it (plus a metafile; `override` only for comparisons). */
export async function bundleFunction(entry: string, outdir: string, override: Partial<BuildOptions> = {}): Promise<FunctionBundle> {
  const esbuild = await import('esbuild');
  const file = `${outdir}/index.mjs`;
  const result = await esbuild.build({ ...esbuildOptions(entry, file), metafile: true, ...override });
  const metafile = result.metafile!;
  const output = metafile.outputs[Object.keys(metafile.outputs).find((o) => o.endsWith('.mjs'))!]!;
  return { entry, file, bytes: output.bytes, metafile };
}
