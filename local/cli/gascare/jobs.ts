import { randomUUID } from 'node:crypto';
import cliProgress from 'cli-progress';
import { CliError, type ApiClient } from './api.ts';

/** `--as-of`: a date (midnight UTC) or a full ISO time. */
export function asOfOf(value: string): string {
  const at = new Date(value);
  if (Number.isNaN(at.getTime())) throw new CliError(`--as-of: "${value}" is not a date (2026-12-01 or 2026-12-01T08:00:00+08:00)`);
  return at.toISOString();
}

export interface RunJobOptions {
  asOf: string;
  follow?: boolean;
  /** Polls of a followed run, in milliseconds. */
  pollMs?: number;
  progress?: boolean;
  out?: (line: string) => void;
}

/** Starts a run; `follow` polls it with a progress bar until it ends (a failed run throws). */
export async function runJob(api: ApiClient, job: string, options: RunJobOptions) {
  const out = options.out ?? ((line: string) => process.stdout.write(`${line}\n`));
  const { data: started } = await api.POST('/v1/jobs/{job}/runs', {
    params: { path: { job } },
    headers: { 'idempotency-key': randomUUID() },
    body: { asOf: asOfOf(options.asOf) },
  });
  if (!started) throw new CliError(`starting ${job}: no run in the answer`);
  out(`run ${started.runId} of ${job} ${started.state} (as of ${started.asOf})`);
  if (!options.follow) return started;

  const bar =
    options.progress === false
      ? undefined
      : new cliProgress.SingleBar({ format: `${job} |{bar}| {percentage}% | {value}/{total} | {state}`, noTTYOutput: true, notTTYSchedule: 1000, hideCursor: true }, cliProgress.Presets.shades_classic);
  bar?.start(1, 0, { state: started.state });
  let run = started;
  try {
    while (run.state === 'queued' || run.state === 'running') {
      await new Promise((r) => setTimeout(r, options.pollMs ?? 500));
      const { data } = await api.GET('/v1/jobs/{job}/runs/{runId}', { params: { path: { job, runId: started.runId } } });
      if (!data) throw new CliError(`run ${started.runId}: no run in the answer`);
      run = data;
      const total = run.progress.total ?? Math.max(run.progress.done, 1);
      bar?.setTotal(total);
      bar?.update(run.state === 'succeeded' ? total : run.progress.done, { state: run.state });
    }
  } finally {
    bar?.stop();
  }
  const counts = Object.entries(run.counts).map(([name, n]) => `${name} ${n}`).join(', ');
  if (run.state === 'failed') throw new CliError(`run ${run.runId} of ${job} failed: ${run.error ?? 'no error recorded'}`);
  out(`run ${run.runId} of ${job} succeeded${counts ? `: ${counts}` : ''}`);
  return run;
}
