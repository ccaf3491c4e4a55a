import type { TenantStore } from '../../shared/db/tenant-store.ts';
import type { JobContext, Progress } from '../../shared/jobs/job.ts';
import { logger } from '../../shared/logger.ts';

/**
 * A job's implementation run directly against the store, as the worker would: `recorded`
 * receives every progress report, and after `crashAfter` reports the next one throws, as if the
 * Lambda timed out.
 */
export interface DirectRunOptions {
  resumeFrom?: Record<string, unknown>;
  crashAfter?: number;
  recorded?: Progress[];
}

const TIMED_OUT = 'the Lambda timed out';

export function directJobContext(store: TenantStore, asOf: Date, options: DirectRunOptions = {}): JobContext {
  const recorded = options.recorded ?? [];
  return {
    ctx: store.ctx,
    store,
    asOf,
    runId: 'test',
    ...(options.resumeFrom ? { resumeFrom: options.resumeFrom } : {}),
    log: logger,
    async progress(p) {
      if (options.crashAfter !== undefined && recorded.length >= options.crashAfter) throw new Error(TIMED_OUT);
      recorded.push(structuredClone(p));
    },
  };
}

export const isTimeout = (error: unknown) => String(error).includes(TIMED_OUT);

/** Run to the end, cut off after every `crashAfter` progress reports and resumed each time from the last checkpoint. */
export async function runWithCrashes(run: (options: DirectRunOptions) => Promise<Record<string, number>>, crashAfter: number): Promise<{ counts: Record<string, number>; crashes: number }> {
  let resumeFrom: Record<string, unknown> | undefined;
  for (let crashes = 0; ; crashes++) {
    const recorded: Progress[] = [];
    try {
      return { counts: await run({ ...(resumeFrom ? { resumeFrom } : {}), crashAfter, recorded }), crashes };
    } catch (error) {
      if (!isTimeout(error)) throw error;
      resumeFrom = recorded.at(-1)?.checkpoint ?? resumeFrom;
    }
  }
}
