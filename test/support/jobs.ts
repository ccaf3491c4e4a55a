import type { Call } from './retry.ts';

/** A run as `GET /v1/jobs/{job}/runs/{runId}` shows it. */
export interface RunView {
  runId: string;
  job: string;
  asOf: string;
  state: 'queued' | 'running' | 'succeeded' | 'failed';
  attempts: number;
  progress: { done: number; total: number | null };
  counts: Record<string, number>;
  error: string | null;
  [field: string]: unknown;
}

/**
 * Start a run of `job` over HTTP (as an admin would, optionally "as of" a time) and poll it until
 * it has finished; a failed run throws with its error. `call` is `app.api` or a retrying caller.
 * The wait is long (4 minutes): how fast a job runs is the benchmarks' to say, and under the full
 * suite on 2 cores a sweep over a seeded demo took over 30 s; a run that never ends still fails.
 */
export async function runJob(call: Call, token: string, job: string, body: { asOf?: string } = {}, timeoutMs = 240_000): Promise<RunView> {
  const started = await call(token, 'POST', `/v1/jobs/${job}/runs`, body);
  if (started.status !== 202) throw new Error(`starting ${job}: ${started.status} ${JSON.stringify(started.body)}`);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const run = (await call<RunView>(token, 'GET', `/v1/jobs/${job}/runs/${started.body.runId}`)).body;
    if (run.state === 'succeeded') return run;
    if (run.state === 'failed') throw new Error(`${job} failed: ${run.error}`);
    if (Date.now() > deadline) throw new Error(`${job} still ${run.state} after ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
