import { startTestApp, type TestApp } from '../support/app.ts';
import { caller, type Call } from '../support/retry.ts';
import { newCustomer } from './customers-fixtures.ts';

/**
 * Optimistic locking under load, over real HTTP: 50 parallel updates of one customer and of one
 * ticket under the same version — exactly one wins, every loser is a 409 or 412 and the winner's
 * change is the one stored; then writers that re-read and retry on a conflict — every one of their
 * changes is there (no lost update).
 */
let app: TestApp;
let call: Call;
let admin: string;
const N = 50;
/**
 * Writers that retry until applied: every round of N retries costs N² requests, so a dozen, which
 * collide as surely (the test checks they did) at a tenth of the 50 writers' 100+ s under CI load.
 */
const R = 12;

beforeAll(async () => {
  app = await startTestApp({ customerScale: 0, seedJobs: false });
  call = caller(app);
  admin = await app.login('demo', 'admin');
});
afterAll(() => app.stop());

const statuses = (results: { status: number }[]) => results.reduce<Record<number, number>>((acc, r) => ({ ...acc, [r.status]: (acc[r.status] ?? 0) + 1 }), {});
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Read, apply, write; on a conflict (409 or 412) wait a random while and start again. */
async function untilApplied(work: () => Promise<{ status: number }>): Promise<number> {
  for (let attempt = 1; ; attempt += 1) {
    const res = await work();
    if (res.status === 200) return attempt;
    expect([409, 412]).toContain(res.status);
    await pause(Math.random() * 40 * Math.min(attempt, 10));
  }
}

describe('one customer', () => {
  it('50 PATCHes under one version: one wins, 49 are 409 stale-version, the winner\'s notes are stored', async () => {
    const customer = (await call(admin, 'POST', '/v1/customers', newCustomer())).body;
    const results = await Promise.all(Array.from({ length: N }, (_, i) => call(admin, 'PATCH', `/v1/customers/${customer.id}`, { notes: `winner-${i}`, version: customer.version })));
    expect(statuses(results)).toEqual({ 200: 1, 409: N - 1 });
    for (const loser of results.filter((r) => r.status === 409)) expect(loser.body.code).toBe('stale-version');
    const winner = results.findIndex((r) => r.status === 200);
    const stored = (await call(admin, 'GET', `/v1/customers/${customer.id}`)).body;
    expect({ notes: stored.notes, version: stored.version }).toEqual({ notes: `winner-${winner}`, version: customer.version + 1 });
  });

  it('a dozen writers appending a line each, retrying on conflict: every line is in the notes, one version each later', async () => {
    const customer = (await call(admin, 'POST', '/v1/customers', newCustomer())).body;
    const attempts = await Promise.all(
      Array.from({ length: R }, (_, i) =>
        untilApplied(async () => {
          const read = await call(admin, 'GET', `/v1/customers/${customer.id}`);
          const notes = [read.body.notes, `w-${i}`].filter(Boolean).join('\n');
          return call(admin, 'PATCH', `/v1/customers/${customer.id}`, { notes }, { 'if-match': read.headers.get('etag') ?? `"${read.body.version}"` });
        }),
      ),
    );
    const stored = (await call(admin, 'GET', `/v1/customers/${customer.id}`)).body;
    expect(stored.notes.split('\n').sort()).toEqual(Array.from({ length: R }, (_, i) => `w-${i}`).sort());
    expect(stored.version).toBe(customer.version + R);
    expect(attempts.some((a) => a > 1)).toBe(true); // they did collide
  });
});

describe('one ticket', () => {
  const newTicket = async () => {
    const customer = (await call(admin, 'POST', '/v1/customers', newCustomer())).body;
    return (await call(admin, 'POST', '/v1/tickets', { kind: 'repair', customerId: customer.id, description: '灶具打不着火', channel: 'phone' })).body;
  };

  it('50 acknowledgements under If-Match of one version: one wins, the 49 others are 412 or 409 stale-version, the ticket is acknowledged once', async () => {
    const ticket = await newTicket();
    const results = await Promise.all(Array.from({ length: N }, () => call(admin, 'POST', `/v1/tickets/${ticket.id}/actions`, { action: 'acknowledge' }, { 'if-match': `"${ticket.version}"` })));
    // A loser that read the ticket after the winner is 412 (If-Match); one that read it before loses
    // the transaction's version condition: 409 stale-version.
    const { 200: won, 409: stale = 0, 412: failed = 0, ...other } = statuses(results);
    expect({ won, losers: stale + failed, other }).toEqual({ won: 1, losers: N - 1, other: {} });
    for (const loser of results.filter((r) => r.status === 409)) expect(loser.body.code).toBe('stale-version');
    const stored = (await call(admin, 'GET', `/v1/tickets/${ticket.id}`)).body;
    expect(stored.version).toBe(ticket.version + 1);
    expect(stored.history.filter((h: { action?: string }) => h.action === 'ticket.acknowledge')).toHaveLength(1);
  });

  it('a dozen writers each pausing or resuming it, retrying on conflict: each action in its history, one version each later', async () => {
    const ticket = await newTicket();
    await call(admin, 'POST', `/v1/tickets/${ticket.id}/actions`, { action: 'acknowledge', version: ticket.version });
    const start = (await call(admin, 'GET', `/v1/tickets/${ticket.id}`)).body;
    await Promise.all(
      Array.from({ length: R }, (_, i) =>
        untilApplied(async () => {
          const read = await call(admin, 'GET', `/v1/tickets/${ticket.id}`);
          const action = read.body.paused ? { action: 'resume' } : { action: 'pause', reason: 'waiting-for-customer', note: `w-${i}` };
          return call(admin, 'POST', `/v1/tickets/${ticket.id}/actions`, action, { 'if-match': read.headers.get('etag')! });
        }),
      ),
    );
    const stored = (await call(admin, 'GET', `/v1/tickets/${ticket.id}`)).body;
    expect(stored.version).toBe(start.version + R);
    expect(stored.history).toHaveLength(start.history.length + R);
    // Alternating: 6 pauses, each resumed, so the ticket is not paused at the end.
    expect(stored.paused).toBeNull();
    expect(stored.pauses).toHaveLength(R / 2);
  });
});
