import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';

/**
 * The load generator of bench/load.ts, in its own process (so it does not share the server's
 * event loop). A mixed workload, a third each, in turn on every connection:
 * - a search of the archive (`GET /v1/customers?q=…`, an account-number prefix or a name);
 * - a ticket action (`POST /v1/tickets/{id}/actions`), pause and resume in turn on each of the
 *   prepared tickets, round robin (a ticket comes back long after its last action answered);
 * - a batch of readings (`POST /v1/readings`, BATCH meters, each a little further than its
 *   last value, read just now).
 * env: LOAD_CONFIG (a JSON file written by bench/load.ts). Prints JSON.
 */
interface Config {
  url: string;
  seconds: number;
  connections: number;
  batch: number;
  headers: Record<string, string>;
  searches: string[];
  tickets: string[];
  meters: { id: string; value: number }[];
}
const config = JSON.parse(readFileSync(process.env.LOAD_CONFIG!, 'utf8')) as Config;

let turn = 0;
let search = 0;
let ticket = 0;
let meter = 0;
const paused = new Set<string>();
const kinds = ['search', 'ticket', 'readings'] as const;
const byKind: Record<(typeof kinds)[number], number> = { search: 0, ticket: 0, readings: 0 };

function next(): { method: 'GET' | 'POST'; path: string; body?: string; headers?: Record<string, string> } {
  const kind = kinds[turn++ % kinds.length]!;
  byKind[kind]++;
  // Fresh headers on every request: autocannon writes the body's content-length into the headers
  // object it is given, and a shared one would carry it to the next GET (which then never ends).
  if (kind === 'search') return { method: 'GET', path: `/v1/customers?q=${encodeURIComponent(config.searches[search++ % config.searches.length]!)}&limit=20`, headers: { ...config.headers } };
  if (kind === 'ticket') {
    const id = config.tickets[ticket++ % config.tickets.length]!;
    const action = paused.has(id) ? { action: 'resume' } : { action: 'pause', reason: 'waiting-for-customer' };
    if (paused.has(id)) paused.delete(id);
    else paused.add(id);
    return { method: 'POST', path: `/v1/tickets/${id}/actions`, body: JSON.stringify(action), headers: { ...config.headers } };
  }
  const readAt = new Date(Date.now() - 1000).toISOString();
  const readings = Array.from({ length: config.batch }, () => {
    const m = config.meters[meter++ % config.meters.length]!;
    m.value += 1 + (meter % 3);
    return { meterId: m.id, value: m.value, readAt, source: 'integrator' };
  });
  // As an integrator sends them: each batch with its own key (a retry would replay the reply).
  return { method: 'POST', path: '/v1/readings', body: JSON.stringify({ readings }), headers: { ...config.headers, 'idempotency-key': randomUUID() } };
}

const result = await autocannon({
  url: config.url,
  connections: config.connections,
  duration: config.seconds,
  // API Gateway's integration limit: an answer later than this is a 504 in AWS.
  timeout: 29,
  requests: [{ setupRequest: (request) => ({ ...request, ...next() }) }],
});
const byStatus: Record<string, number> = {};
for (const [code, { count }] of Object.entries(result.statusCodeStats ?? {})) byStatus[code] = count ?? 0;
console.log(JSON.stringify({ requests: result.requests.total, rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors, timeouts: result.timeouts, non2xx: result.non2xx, byStatus, byKind }));
