import { TenantStore } from '../../shared/db/tenant-store.ts';
import { keys } from '../../shared/keys.ts';
import { systemContext } from '../../shared/tenancy.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { caller } from '../support/retry.ts';
import { uniq } from './customers-fixtures.ts';
import { meteredCustomer, newStaff } from './reading-fixtures.ts';

/**
 * Volume adjustments (调量/补量) with maker-checker over real HTTP: a proposal with its checked
 * basis, the proposer who may not decide it, the second person whose approval posts the volume to
 * the meter's ledger (with the timeline entry, in one transaction), rejection, the idempotent
 * re-post, region scope, two deciders at once and stale versions.
 */
let app: TestApp;
let call: ReturnType<typeof caller>;
let admin: string;
let manager: string; // r-east
let agent: string;

beforeAll(async () => {
  app = await startTestApp({ customerScale: 0 });
  call = caller(app);
  admin = await app.login('demo', 'admin');
  manager = await app.login('demo', 'manager');
  agent = await app.login('demo', 'agent');
});
afterAll(() => app.stop());

/** A metered customer whose second reading is zero consumption: a `zero` (review) exception and its reading. */
async function withException(regionId = 'r-east') {
  const { meterId, customerId } = await meteredCustomer(call, admin, { regionId });
  const first = await call(admin, 'POST', '/v1/readings', { readings: [{ meterId, value: 30, readAt: '2026-02-01T10:00:00+08:00', source: 'field' }] });
  const zero = await call(admin, 'POST', '/v1/readings', { readings: [{ meterId, value: 30, readAt: '2026-03-01T10:00:00+08:00', source: 'field' }] });
  const readingId = zero.body.results[0].readingId as string;
  const exceptions = (await call(admin, 'GET', `/v1/reading-exceptions?rule=zero&regionId=${regionId}&limit=100`)).body.items as { id: string; readingId: string }[];
  const exceptionId = exceptions.find((e) => e.readingId === readingId)!.id;
  return { meterId, customerId, readingId, firstReadingId: first.body.results[0].readingId as string, exceptionId };
}

const proposal = (meterId: string, extra: Record<string, unknown> = {}) => ({
  meterId,
  volume: 28.5,
  kind: 'supplement',
  reason: '表计停走一个月，按上月日均用量补量',
  evidence: [{ type: 'photo', ref: `photos/${uniq()}.jpg` }],
  ...extra,
});

const ledgerOf = async (meterId: string) => {
  const store = new TenantStore(systemContext('demo', 'test', 'adjustments'));
  return (await store.query({ pk: keys.meter('demo', meterId).pk, sk: { beginsWith: keys.volumeLedgerPrefix() } })).items;
};

const timelineOf = async (customerId: string) => (await call(admin, 'GET', `/v1/customers/${customerId}/timeline`)).body.items as { action: string; summary: string; actor: { id: string } }[];

describe('POST /v1/adjustments', () => {
  it('records a pending proposal with its checked basis, in the region queue and on the customer timeline', async () => {
    const fx = await withException();
    const res = await call(agent, 'POST', '/v1/adjustments', proposal(fx.meterId, { kind: 'adjust', volume: -12.3, readingId: fx.readingId, evidence: [{ type: 'exception', ref: fx.exceptionId }, { type: 'reading', ref: fx.firstReadingId }, { type: 'inspection', ref: 'INSP-2026-0301' }] }));
    expect(res.status).toBe(201);
    expect(res.headers.get('location')).toBe(`/v1/adjustments/${res.body.id}`);
    expect(res.headers.get('etag')).toBe('"1"');
    expect(res.body).toMatchObject({ meterId: fx.meterId, customerId: fx.customerId, regionId: 'r-east', volume: -12.3, kind: 'adjust', status: 'pending', readingId: fx.readingId, proposedBy: { kind: 'user', id: 'agent' }, decision: null, ledgerEntry: null, version: 1 });
    const one = await call(agent, 'GET', `/v1/adjustments/${res.body.id}`);
    expect(one.status).toBe(200);
    expect(one.body).toEqual(res.body);
    const queue = (await call(manager, 'GET', '/v1/adjustments?limit=100')).body.items as { id: string }[];
    expect(queue.map((a) => a.id)).toContain(res.body.id);
    expect((await call(admin, 'GET', '/v1/adjustments?status=approved&limit=100')).body.items.map((a: { id: string }) => a.id)).not.toContain(res.body.id);
    expect((await call(admin, 'GET', `/v1/adjustments?meterId=${fx.meterId}`)).body.items.map((a: { id: string }) => a.id)).toEqual([res.body.id]);
    expect((await call(admin, 'GET', `/v1/adjustments?customerId=${fx.customerId}&status=pending`)).body.items.map((a: { id: string }) => a.id)).toEqual([res.body.id]);
    expect((await call(admin, 'GET', `/v1/adjustments?customerId=${fx.customerId}&status=rejected`)).body.items).toEqual([]);
    const [entry] = await timelineOf(fx.customerId);
    expect(entry).toMatchObject({ action: 'adjustment.proposed', actor: { id: 'agent' } });
    expect(await ledgerOf(fx.meterId)).toEqual([]);
  });

  it('refuses evidence that is not of the meter, naming the field (422), and writes nothing', async () => {
    const fx = await withException();
    const other = await withException();
    const cases: [Record<string, unknown>, string, string][] = [
      [{ evidence: [{ type: 'photo', ref: 'p-1' }, { type: 'exception', ref: other.exceptionId }] }, 'evidence.1.ref', 'evidence-other-meter'],
      [{ evidence: [{ type: 'exception', ref: '01JZZZZZZZZZZZZZZZZZZZZZZZ' }] }, 'evidence.0.ref', 'evidence-not-found'],
      [{ evidence: [{ type: 'exception', ref: 'not-an-id' }] }, 'evidence.0.ref', 'evidence-not-found'],
      [{ evidence: [{ type: 'reading', ref: other.readingId }] }, 'evidence.0.ref', 'reading-not-of-meter'],
      [{ readingId: other.firstReadingId }, 'readingId', 'reading-not-of-meter'],
      [{ meterId: '01JZZZZZZZZZZZZZZZZZZZZZZZ' }, 'meterId', 'meter-not-found'],
    ];
    for (const [extra, field, code] of cases) {
      const res = await call(agent, 'POST', '/v1/adjustments', proposal(fx.meterId, extra));
      expect({ field, status: res.status, code: res.body.code }).toEqual({ field, status: 422, code });
      expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual([field]);
    }
    expect((await call(admin, 'GET', `/v1/adjustments?meterId=${fx.meterId}`)).body.items).toEqual([]);
  });

  it('refuses a malformed proposal (400 naming the field): no evidence, zero, 0.05 m³, a negative supplement', async () => {
    const { meterId } = await meteredCustomer(call, admin);
    const cases: [Record<string, unknown>, string][] = [
      [{ evidence: [] }, 'body.evidence'],
      [{ volume: 0 }, 'body.volume'],
      [{ volume: 0.05 }, 'body.volume'],
      [{ volume: -3, kind: 'supplement' }, 'body.volume'],
      [{ volume: 100_000.1 }, 'body.volume'],
      [{ kind: 'refund' }, 'body.kind'],
      [{ evidence: [{ type: 'photo', ref: 'a' }, { type: 'photo', ref: 'a' }] }, 'body.evidence'],
    ];
    for (const [extra, field] of cases) {
      const res = await call(agent, 'POST', '/v1/adjustments', proposal(meterId, extra));
      expect({ field, status: res.status }).toEqual({ field, status: 400 });
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    }
    expect((await call(agent, 'POST', '/v1/adjustments', proposal(meterId, { volume: -3, kind: 'adjust' }))).status).toBe(201);
  });

  it('replays an idempotent re-post instead of proposing twice', async () => {
    const { meterId } = await meteredCustomer(call, admin);
    const key = `adj-${uniq()}`;
    const body = proposal(meterId);
    const first = await call(agent, 'POST', '/v1/adjustments', body, { 'idempotency-key': key });
    const again = await call(agent, 'POST', '/v1/adjustments', body, { 'idempotency-key': key });
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.body).toEqual(first.body);
    expect((await call(admin, 'GET', `/v1/adjustments?meterId=${meterId}`)).body.items).toHaveLength(1);
  });
});

describe('maker-checker', () => {
  it('the proposer can never decide their own (403); a second person approves: the ledger entry and the timeline in one go', async () => {
    const fx = await withException();
    const proposed = (await call(manager, 'POST', '/v1/adjustments', proposal(fx.meterId, { evidence: [{ type: 'exception', ref: fx.exceptionId }] }))).body;
    for (const action of ['approve', 'reject']) {
      const own = await call(manager, 'POST', `/v1/adjustments/${proposed.id}/actions`, { action, note: '自己审批' });
      expect(own.status).toBe(403);
      expect(own.body.code).toBe('own-adjustment');
    }
    // An agent may propose but not decide.
    expect((await call(agent, 'POST', `/v1/adjustments/${proposed.id}/actions`, { action: 'approve', note: '坐席审批' })).status).toBe(403);

    const approved = await call(admin, 'POST', `/v1/adjustments/${proposed.id}/actions`, { action: 'approve', note: '照片与异常核实无误' }, { 'if-match': '"1"' });
    expect(approved.status).toBe(200);
    expect(approved.headers.get('etag')).toBe('"2"');
    expect(approved.body).toMatchObject({ status: 'approved', version: 2, decision: { action: 'approve', note: '照片与异常核实无误', actor: { id: 'admin' } }, ledgerEntry: { id: expect.any(String), volume: 28.5 } });

    const ledger = await ledgerOf(fx.meterId);
    expect(ledger).toEqual([
      expect.objectContaining({
        entity: 'volume-ledger-entry',
        id: approved.body.ledgerEntry.id,
        meterId: fx.meterId,
        customerId: fx.customerId,
        volume: 28.5,
        kind: 'supplement',
        source: { type: 'adjustment', id: proposed.id },
        postedAt: approved.body.ledgerEntry.postedAt,
        proposedBy: expect.objectContaining({ id: 'manager' }),
        approvedBy: expect.objectContaining({ id: 'admin' }),
      }),
    ]);
    const timeline = await timelineOf(fx.customerId);
    expect(timeline[0]).toMatchObject({ action: 'adjustment.approved', actor: { id: 'admin' } });
    expect(timeline[0]!.summary).toContain('+28.5 m³');
    expect(timeline.map((e) => e.action)).toContain('adjustment.proposed');

    const again = await call(admin, 'POST', `/v1/adjustments/${proposed.id}/actions`, { action: 'reject', note: '再次处理' });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('adjustment-decided');
    expect((await call(admin, 'GET', '/v1/adjustments?limit=100')).body.items.map((a: { id: string }) => a.id)).not.toContain(proposed.id);
    expect((await call(admin, 'GET', '/v1/adjustments?status=approved&regionId=r-east&limit=100')).body.items.map((a: { id: string }) => a.id)).toContain(proposed.id);
    expect(await ledgerOf(fx.meterId)).toHaveLength(1);
  });

  it('a rejection posts nothing to the ledger and is on the timeline', async () => {
    const { meterId, customerId } = await meteredCustomer(call, admin);
    const proposed = (await call(agent, 'POST', '/v1/adjustments', proposal(meterId))).body;
    const rejected = await call(manager, 'POST', `/v1/adjustments/${proposed.id}/actions`, { action: 'reject', note: '照片无法证明表计停走', version: 1 });
    expect(rejected.status).toBe(200);
    expect(rejected.body).toMatchObject({ status: 'rejected', version: 2, ledgerEntry: null, decision: { action: 'reject', actor: { id: 'manager' } } });
    expect(await ledgerOf(meterId)).toEqual([]);
    expect((await timelineOf(customerId))[0]).toMatchObject({ action: 'adjustment.rejected', actor: { id: 'manager' } });
    expect((await call(admin, 'GET', `/v1/adjustments?meterId=${meterId}&status=rejected`)).body.items.map((a: { id: string }) => a.id)).toEqual([proposed.id]);
    expect((await call(admin, 'POST', `/v1/adjustments/${proposed.id}/actions`, { action: 'approve', note: '改判' })).status).toBe(409);
  });

  it('a stale version is 412 (If-Match) or 409 (body), and nothing is decided', async () => {
    const { meterId } = await meteredCustomer(call, admin);
    const proposed = (await call(agent, 'POST', '/v1/adjustments', proposal(meterId))).body;
    const ifMatch = await call(admin, 'POST', `/v1/adjustments/${proposed.id}/actions`, { action: 'approve', note: '同意' }, { 'if-match': '"2"' });
    expect(ifMatch.status).toBe(412);
    const body = await call(admin, 'POST', `/v1/adjustments/${proposed.id}/actions`, { action: 'approve', note: '同意', version: 3 });
    expect(body.status).toBe(409);
    expect(body.body.code).toBe('stale-version');
    expect((await call(admin, 'GET', `/v1/adjustments/${proposed.id}`)).body).toMatchObject({ status: 'pending', version: 1 });
    expect(await ledgerOf(meterId)).toEqual([]);
  });

  it('two approvers at once: one wins, the other is 409, one ledger entry', async () => {
    const { meterId } = await meteredCustomer(call, admin);
    const proposed = (await call(agent, 'POST', '/v1/adjustments', proposal(meterId))).body;
    const [a, b] = await Promise.all([
      call(admin, 'POST', `/v1/adjustments/${proposed.id}/actions`, { action: 'approve', note: '同意' }),
      call(manager, 'POST', `/v1/adjustments/${proposed.id}/actions`, { action: 'reject', note: '不同意' }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const winner = a.status === 200 ? a.body : b.body;
    expect((await call(admin, 'GET', `/v1/adjustments/${proposed.id}`)).body).toMatchObject({ status: winner.status, version: 2 });
    expect(await ledgerOf(meterId)).toHaveLength(winner.status === 'approved' ? 1 : 0);
  });
});

describe('region scope', () => {
  it("a manager of another region gets 404 for an adjustment, its actions and its meter's list; cannot propose on the meter", async () => {
    const west = await newStaff(app, call, admin, ['manager'], ['r-west']);
    const fx = await withException('r-east');
    const proposed = (await call(agent, 'POST', '/v1/adjustments', proposal(fx.meterId))).body;
    expect((await call(west.token, 'GET', `/v1/adjustments/${proposed.id}`)).status).toBe(404);
    expect((await call(west.token, 'POST', `/v1/adjustments/${proposed.id}/actions`, { action: 'approve', note: '越权审批' })).status).toBe(404);
    expect((await call(west.token, 'GET', `/v1/adjustments?meterId=${fx.meterId}`)).status).toBe(404);
    expect((await call(west.token, 'GET', `/v1/adjustments?customerId=${fx.customerId}`)).status).toBe(404);
    expect((await call(west.token, 'GET', '/v1/adjustments?regionId=r-east')).status).toBe(404);
    expect((await call(west.token, 'GET', '/v1/adjustments?limit=100')).body.items.map((a: { id: string }) => a.id)).not.toContain(proposed.id);
    const propose = await call(west.token, 'POST', '/v1/adjustments', proposal(fx.meterId));
    expect(propose.status).toBe(422);
    expect(propose.body.errors[0].field).toBe('meterId');
    // The exception is of the meter, but outside the caller's regions: not found either.
    const westMeter = await meteredCustomer(call, admin, { regionId: 'r-west' });
    const evidence = await call(west.token, 'POST', '/v1/adjustments', proposal(westMeter.meterId, { evidence: [{ type: 'exception', ref: fx.exceptionId }] }));
    expect(evidence.status).toBe(422);
    expect(evidence.body.code).toBe('evidence-not-found');
    expect((await call(admin, 'GET', `/v1/adjustments/${proposed.id}`)).body).toMatchObject({ status: 'pending', version: 1 });
  });

  it('pages the queue of every region newest first without gaps or repeats', async () => {
    for (const regionId of ['r-east', 'r-west', 'r-south', 'r-east']) {
      const { meterId } = await meteredCustomer(call, admin, { regionId, gasOn: false });
      expect((await call(agent, 'POST', '/v1/adjustments', proposal(meterId))).status).toBe(201);
    }
    const all = (await call(admin, 'GET', '/v1/adjustments?limit=100')).body.items as { id: string }[];
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: { id: string }[]; nextCursor: string | null } = (await call(admin, 'GET', `/v1/adjustments?limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`)).body;
      seen.push(...page.items.map((a) => a.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all.map((a) => a.id));
    expect([...seen].sort().reverse()).toEqual(seen);
    expect((await call(admin, 'GET', '/v1/adjustments?limit=2&cursor=forged')).status).toBe(400);
  });
});
