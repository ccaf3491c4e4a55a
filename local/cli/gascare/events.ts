import { CliError, type ApiClient } from './api.ts';

/**
 * `gascare events tail`: the event feed (`GET /v1/events`) as it grows. Each event is one line on
 * stdout, JSON as a webhook delivers it (or `--format text`); polls every `--interval` seconds
 * from the last page's `next`, so nothing is printed twice and nothing is skipped; `--once` prints
 * what is there and exits (scripts, tests). Ctrl-C ends it with exit 0.
 */
export interface TailOptions {
  types?: string;
  since?: string;
  once?: boolean;
  intervalMs?: number;
  format?: 'json' | 'text';
  out?: (line: string) => void;
  signal?: AbortSignal;
}

type FeedEvent = { id: string; type: string; createdAt: string; data: Record<string, unknown> };

const PAGE = 100;
const UNITS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** `--since`: an ISO time, or a duration back from now (`30m`, `2h`, `1d`). */
export function sinceOf(value: string, now = Date.now()): string {
  const relative = /^(\d+)([smhd])$/.exec(value.trim());
  if (relative) return new Date(now - Number(relative[1]) * UNITS[relative[2]!]!).toISOString();
  const at = new Date(value);
  if (!/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(at.getTime())) throw new CliError(`--since: "${value}" is not a time (2026-12-01T08:00:00+08:00) nor a duration (30m, 2h, 1d)`);
  return at.toISOString();
}

/** One event as a line a person reads: time, type, id, then the data's scalar fields. */
export function textLine(e: FeedEvent): string {
  const fields = Object.entries(e.data)
    .filter(([, v]) => v !== null && typeof v !== 'object')
    .map(([k, v]) => `${k}=${String(v)}`);
  return [e.createdAt, e.type.padEnd(26), e.id, ...fields].join('  ');
}

const aborted = (signal?: AbortSignal) => signal?.aborted === true;

function pause(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (aborted(signal)) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}

/** Prints the feed until aborted (or, `once`, until it has nothing more); answers how many events it printed. */
export async function tailEvents(api: ApiClient, options: TailOptions): Promise<number> {
  const out = options.out ?? ((line: string) => process.stdout.write(`${line}\n`));
  const format = options.format ?? 'json';
  if (format !== 'json' && format !== 'text') throw new CliError(`--format: "${String(format)}" is not json or text`);
  const since = options.since === undefined ? undefined : sinceOf(options.since);
  const types = options.types?.replace(/\s+/g, '');
  let after: string | undefined;
  let printed = 0;
  for (;;) {
    let items: FeedEvent[];
    try {
      const { data } = await api.GET('/v1/events', {
        params: { query: { ...(after ? { after } : since ? { since } : {}), ...(types ? { types } : {}), limit: PAGE } },
        signal: options.signal,
      });
      if (!data) throw new CliError('events: no page in the answer');
      items = data.items as FeedEvent[];
      after = data.next;
    } catch (error) {
      if (aborted(options.signal)) return printed;
      throw error;
    }
    for (const e of items) out(format === 'json' ? JSON.stringify(e) : textLine(e));
    printed += items.length;
    if (aborted(options.signal)) return printed;
    if (items.length) continue; // more may be there: ask again at once
    if (options.once) return printed;
    await pause(options.intervalMs ?? 2000, options.signal);
    if (aborted(options.signal)) return printed;
  }
}
