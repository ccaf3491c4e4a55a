import '../local/quiet-defaults.ts';
import { benchApiLatency } from './api-latency.ts';
import { benchAssessments } from './assessments.ts';
import { benchBundles } from './bundles.ts';
import { benchConsoleBudget } from './console-budget.ts';
import { benchImport } from './import.ts';
import { benchLoad } from './load.ts';
import { benchReadings } from './readings.ts';
import { benchSearch } from './search.ts';
import { benchSurveys } from './surveys.ts';
import { benchTickets } from './tickets.ts';

/**
 * `npm run bench`: every benchmark in sequence, each printing its table of ratios to a baseline
 * measured in the same run. The search benchmark reuses the import benchmark's runtime (the N
 * imported customers). A failing benchmark is reported and the others still run.
 *
 * env: BENCH_CUSTOMERS (default 100,000: the import then takes ~30 minutes on DynamoDB Local),
 * BENCH_SECONDS (autocannon duration, default 8), BENCH_RUNS (console loads, default 5),
 * BENCH_LOAD_RUNS (fresh-process loads per Lambda bundle, default 7),
 * BENCH_METERS, BENCH_ROUNDS, BENCH_CYCLE_METERS (the reading benchmark: bench/readings.ts),
 * BENCH_SURVEY_CUSTOMERS, BENCH_SURVEY_RATE (bench/surveys.ts), BENCH_TICKETS_INTAKE,
 * BENCH_TICKETS_OPEN, BENCH_TICKETS_DUE (bench/tickets.ts), BENCH_ASSESS_REGIONS, BENCH_ASSESS_USERS
 * (bench/assessments.ts),
 * BENCH_LOAD_SECONDS, BENCH_LOAD_CONNECTIONS, BENCH_LOAD_BATCH, BENCH_LOAD_SCALE (bench/load.ts),
 * BENCH_ONLY (comma-separated: api-latency,import,search,load,readings,surveys,tickets,assessments,console-budget,bundles).
 */
const only = process.env.BENCH_ONLY?.split(',').map((s) => s.trim());
const wanted = (name: string) => !only || only.includes(name);
const results: Record<string, Record<string, number> | string> = {};

async function step(name: string, run: () => Promise<Record<string, number>>): Promise<void> {
  if (!wanted(name)) return;
  const started = Date.now();
  console.log(`\n=== ${name} ===`);
  try {
    results[name] = await run();
  } catch (error) {
    results[name] = `failed: ${(error as Error).message}`;
    console.error(`${name} failed:`, error);
  }
  console.log(`(${name}: ${((Date.now() - started) / 1000).toFixed(0)} s)`);
}

await step('api-latency', benchApiLatency);

if (wanted('import') || wanted('search')) {
  // The search runs over the import's N customers: one load of the emulator instead of two.
  let imported: Awaited<ReturnType<typeof benchImport>> | undefined;
  await step('import', async () => {
    imported = await benchImport({ keep: wanted('search') });
    return imported.figures;
  });
  try {
    await step('search', () => (imported?.runtime ? benchSearch({ runtime: imported.runtime, password: imported.password }) : benchSearch()));
  } finally {
    await imported?.runtime?.stop();
  }
}

await step('load', benchLoad);

await step('readings', benchReadings);

await step('surveys', benchSurveys);

await step('tickets', benchTickets);

await step('assessments', benchAssessments);

await step('console-budget', benchConsoleBudget);

await step('bundles', benchBundles);

console.log('\n=== summary ===');
console.log(JSON.stringify(results, null, 2));
if (Object.values(results).some((r) => typeof r === 'string')) process.exitCode = 1;
