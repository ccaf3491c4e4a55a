import ExcelJS from 'exceljs';
import { TicketService } from '../../functions/tickets/ticket-service.ts';
import type { TicketActionRequest, TicketIntake } from '../../shared/contract/tickets.ts';
import { TenantStore } from '../../shared/db/tenant-store.ts';
import { systemContext } from '../../shared/tenancy.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { runJob } from '../support/jobs.ts';
import { caller, type Call } from '../support/retry.ts';
import { newCustomer } from './customers-fixtures.ts';

/**
 * Quarterly and annual assessments over real ticket facts, through HTTP: tickets worked at the
 * times they would have been (the store's clock, as the demo seed does) in 2026-Q3, scored under
 * the default assessments.kpis, against figures computed by hand below. Default deadlines: a
 * repair is acknowledged within 120 min; an inquiry replied by the end of the working day; a
 * complaint within 48 h.
 *
 * r-east (the field user's region), repairs:
 * - R1 2026-08-03 09:00: on time, closed, return visit satisfied (4 Aug);
 * - R2 2026-08-04 09:00: acknowledged after 3 h (missed), closed, return visit unsatisfied (5 Aug);
 * - R3 2026-09-30 23:30 (Q3, by the tenant's clock): on time, closed, no return visit;
 * - R4 2026-10-01 00:30: Q4, not in Q3's figures.
 * → repair timeliness 2/3 (penalty: 33 points short, 0), first-time fix 3/3 (100), return visits
 *   2/3 (below the 80 % floor: 0), satisfaction 1/2 (0): total (0·15 + 100·10 + 0·10 + 0·10) / 45 = 22.2.
 * r-west: complaint C1 2026-07-15 10:00 replied in 20 h, closed, visited satisfied (19 Jul);
 * inquiries I1 2026-07-20 10:00 replied 5 days late, I2 2026-07-21 10:00 replied in 10 min.
 * → reply rate 2/3 (0), return visits 1/1 (100), satisfaction 1/1 (100): total 2000 / 30 = 66.7.
 * r-south: nothing: every KPI no data, no total, unranked.
 */
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const Q3_RUN = '2026-10-01T02:00:00+08:00';

let app: TestApp;
let call: Call;
let admin: string;
const customers: Record<string, string> = {};
const tickets: Record<string, string> = {};

type Step = [after: number, action: TicketActionRequest];
const worked = (ackAfter = 20 * MINUTE): Step[] => [
  [ackAfter, { action: 'acknowledge' }],
  [ackAfter + 10 * MINUTE, { action: 'dispatch', assignee: 'field' }],
  [ackAfter + 30 * MINUTE, { action: 'arrive' }],
  [ackAfter + 2 * HOUR, { action: 'resolve', resolution: '更换点火针' }],
  [ackAfter + 3 * HOUR, { action: 'close' }],
];
const visit = (after: number, satisfied: boolean): Step => [after, { action: 'return-visit', satisfied, score: satisfied ? 5 : 2, ...(satisfied ? {} : { note: '上门晚了' }) }];
const replied = (after: number): Step[] => [[after, { action: 'reply', message: '已电话答复客户' }], [after + 10 * MINUTE, { action: 'close' }]];

/** A ticket received at `receivedAt` and worked step by step, each at its own time. */
async function ticket(name: string, kind: TicketIntake['kind'], customer: string, receivedAt: string, steps: Step[]): Promise<void> {
  const store = new TenantStore(systemContext('demo', 'fixture', 'assessments'));
  const service = new TicketService(store);
  const received = Date.parse(receivedAt);
  store.clock = () => new Date(received + MINUTE);
  const created = await service.create({ kind, customerId: customers[customer]!, description: `${name} 示范`, channel: 'phone', receivedAt: new Date(received).toISOString() });
  tickets[name] = created.id;
  for (const [after, action] of steps) {
    store.clock = () => new Date(received + after);
    await service.act(created.id, action);
  }
}

const kpi = (unit: { kpis: { kpi: string }[] }, name: string) => unit.kpis.find((k) => k.kpi === name) as Record<string, unknown>;
type Unit = Record<string, unknown> & { id: string; kpis: { kpi: string }[]; trend: unknown[] };
const unitOf = (view: { units: Unit[] }, id: string): Unit => view.units.find((u) => u.id === id)!;

let first: { runId: string };
let view: { assessment: Record<string, unknown>; units: Unit[] };

beforeAll(async () => {
  app = await startTestApp({ customerScale: 0 });
  call = caller(app);
  admin = await app.login('demo', 'admin');
  for (const [name, regionId] of [['east', 'r-east'], ['west', 'r-west']] as const) customers[name] = (await call(admin, 'POST', '/v1/customers', newCustomer({ regionId }))).body.id;
  await ticket('R1', 'repair', 'east', '2026-08-03T09:00:00+08:00', [...worked(), visit(DAY, true)]);
  await ticket('R2', 'repair', 'east', '2026-08-04T09:00:00+08:00', [...worked(3 * HOUR), visit(DAY, false)]);
  await ticket('R3', 'repair', 'east', '2026-09-30T23:30:00+08:00', worked());
  await ticket('R4', 'repair', 'east', '2026-10-01T00:30:00+08:00', worked());
  await ticket('C1', 'complaint', 'west', '2026-07-15T10:00:00+08:00', [
    [30 * MINUTE, { action: 'acknowledge' }],
    [20 * HOUR, { action: 'reply', message: '已核实，向您致歉' }],
    [3 * DAY, { action: 'resolve', resolution: '已重新核算' }],
    [3 * DAY + 2 * HOUR, { action: 'close' }],
    visit(4 * DAY, true),
  ]);
  await ticket('I1', 'inquiry', 'west', '2026-07-20T10:00:00+08:00', replied(5 * DAY));
  await ticket('I2', 'inquiry', 'west', '2026-07-21T10:00:00+08:00', replied(10 * MINUTE));
  await app.runtime.idle();
  first = await runJob(call, admin, 'assessment-quarterly', { asOf: Q3_RUN });
  view = (await call(admin, 'GET', `/v1/assessments/${first.runId}`)).body;
});
afterAll(() => app.stop());

describe('the quarterly assessment of 2026-Q3', () => {
  it('is the quarter that ended before its day, in the tenant\'s time zone', () => {
    expect(view.assessment).toMatchObject({ id: first.runId, kind: 'quarterly', period: '2026-Q3', timeZone: 'Asia/Shanghai', from: '2026-06-30T16:00:00.000Z', to: '2026-09-30T16:00:00.000Z', units: { region: 3, 'dispatch-center': 1, staff: 1 } });
  });

  it('r-east: every formula against the hand-computed figures; the repair at 23:30 on 30 September counts, the one at 00:30 on 1 October does not', () => {
    const east = unitOf(view, 'region:r-east');
    expect(kpi(east, 'repair-timeliness')).toMatchObject({ numerator: 2, denominator: 3, target: 1, weight: 15, scoring: 'penalty', score: 0, noData: false });
    expect(kpi(east, 'repair-timeliness').value).toBeCloseTo(2 / 3, 6);
    expect(kpi(east, 'first-time-fix')).toMatchObject({ numerator: 3, denominator: 3, value: 1, score: 100 });
    expect(kpi(east, 'return-visit-rate')).toMatchObject({ numerator: 2, denominator: 3, score: 0 });
    expect(kpi(east, 'satisfaction')).toMatchObject({ numerator: 1, denominator: 2, value: 0.5, score: 0 });
    expect(kpi(east, 'reply-rate')).toMatchObject({ value: null, noData: true, score: null });
    expect(east).toMatchObject({ total: 22.2, rank: 2, rankedOf: 2 });
    expect(east.coverage).toBeCloseTo(45 / 100, 6);
  });

  it('r-west: reply rate, return visits and satisfaction', () => {
    const west = unitOf(view, 'region:r-west');
    expect(kpi(west, 'reply-rate')).toMatchObject({ numerator: 2, denominator: 3, score: 0 });
    expect(kpi(west, 'return-visit-rate')).toMatchObject({ numerator: 1, denominator: 1, score: 100 });
    expect(kpi(west, 'satisfaction')).toMatchObject({ numerator: 1, denominator: 1, score: 100 });
    expect(kpi(west, 'repair-timeliness')).toMatchObject({ noData: true, value: null });
    expect(west).toMatchObject({ total: 66.7, rank: 1, rankedOf: 2 });
  });

  it('a region with no activity, and the KPIs no capability has facts of yet, are "no data", never 0 or 100 %', () => {
    const south = unitOf(view, 'region:r-south');
    expect(south).toMatchObject({ total: null, rank: null, coverage: 0 });
    expect(south.kpis.every((k) => (k as Record<string, unknown>).noData === true)).toBe(true);
    for (const unit of view.units) for (const name of ['fee-recovery', 'inspection-coverage']) if (kpi(unit, name)) expect(kpi(unit, name)).toMatchObject({ value: null, noData: true, score: null });
  });

  it('the dispatch center is the regions together; the field user is scored on the repairs dispatched to them', () => {
    const center = unitOf(view, 'dispatch-center');
    expect(kpi(center, 'repair-timeliness')).toMatchObject({ numerator: 2, denominator: 3 });
    expect(kpi(center, 'reply-rate')).toMatchObject({ numerator: 2, denominator: 3 });
    expect(kpi(center, 'return-visit-rate')).toMatchObject({ numerator: 3, denominator: 4 });
    expect(kpi(center, 'satisfaction')).toMatchObject({ numerator: 2, denominator: 3 });
    expect(center.total).toBe(18.2); // 100 · 10 / 55
    const field = unitOf(view, 'staff:r-east:field');
    expect(field).toMatchObject({ name: '抄表员 刘洋', regionId: 'r-east', total: 28.6 }); // 100 · 10 / 35
    expect(kpi(field, 'repair-timeliness')).toMatchObject({ numerator: 2, denominator: 3 });
    expect(kpi(field, 'satisfaction')).toMatchObject({ numerator: 1, denominator: 2 });
  });

  it('the trend shows the four quarters before, then this one (no facts then: no total)', () => {
    expect(unitOf(view, 'region:r-west').trend).toEqual([
      ...['2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2'].map((period) => ({ period, total: null, values: expect.anything() })),
      { period: '2026-Q3', total: 66.7, values: expect.objectContaining({ 'reply-rate': expect.closeTo(2 / 3, 6), 'return-visit-rate': 1, satisfaction: 1 }) },
    ]);
  });
});

describe('drill-down', () => {
  const items = async (unit: string, name: string, token = admin) => call(token, 'GET', `/v1/assessments/${first.runId}/items?unit=${unit}&kpi=${name}`);

  it('lists what counted against a unit: the repair that missed its deadline, the ticket closed without a return visit, the inquiry replied late', async () => {
    expect((await items('region:r-east', 'repair-timeliness')).body.items).toEqual([
      { reason: 'deadline-missed', subject: { type: 'ticket', id: tickets.R2 }, regionId: 'r-east', staff: 'field', at: '2026-08-04T01:00:00.000Z', ticketKind: 'repair', detail: 'acknowledge' },
    ]);
    // R3 (30 September, 23:30) is Q3's; R4 (1 October, 00:30) is not.
    expect((await items('region:r-east', 'return-visit-rate')).body.items.map((i: { subject: { id: string } }) => i.subject.id)).toEqual([tickets.R3]);
    expect((await items('region:r-west', 'reply-rate')).body.items).toMatchObject([{ reason: 'not-replied-in-time', subject: { id: tickets.I1 }, ticketKind: 'inquiry' }]);
    expect((await items('dispatch-center', 'repair-timeliness')).body.items.map((i: { subject: { id: string } }) => i.subject.id)).toEqual([tickets.R2]);
    expect((await items('staff:r-east:field', 'repair-timeliness')).body.items).toHaveLength(1);
  });

  it('pages across the months and regions with a cursor', async () => {
    const page1 = (await call(admin, 'GET', `/v1/assessments/${first.runId}/items?unit=dispatch-center&kpi=return-visit-rate&limit=1`)).body;
    expect(page1.items).toHaveLength(1);
    const rest = (await call(admin, 'GET', `/v1/assessments/${first.runId}/items?unit=dispatch-center&kpi=return-visit-rate&limit=1&cursor=${encodeURIComponent(page1.nextCursor)}`)).body;
    expect([...page1.items, ...rest.items].map((i: { subject: { id: string } }) => i.subject.id)).toEqual([tickets.R3]);
    expect(rest.nextCursor ?? null).toBeNull();
  });

  it('a KPI without items is a 400 naming kpi; a unit outside the caller\'s regions is 404', async () => {
    const res = await items('region:r-east', 'satisfaction');
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).toContain('kpi');
    const manager = await app.login('demo', 'manager');
    expect((await items('region:r-west', 'reply-rate', manager)).status).toBe(404);
    expect((await items('dispatch-center', 'reply-rate', manager)).status).toBe(404);
    expect((await items('region:r-east', 'repair-timeliness', manager)).body.items).toHaveLength(1);
  });
});

describe('who sees what', () => {
  it('a manager sees their region and its staff, not the other regions nor the dispatch center', async () => {
    const manager = await app.login('demo', 'manager');
    const mine = (await call(manager, 'GET', `/v1/assessments/${first.runId}`)).body;
    expect(mine.units.map((u: { id: string }) => u.id)).toEqual(['region:r-east', 'staff:r-east:field']);
    expect(mine.units[0]).toMatchObject({ rank: 2, rankedOf: 2 }); // its rank among every region
  });

  it('one level at a time, in rank order', async () => {
    const regions = (await call(admin, 'GET', `/v1/assessments/${first.runId}?level=region`)).body;
    expect(regions.units.map((u: { id: string }) => u.id)).toEqual(['region:r-west', 'region:r-east', 'region:r-south']);
  });
});

describe('versions', () => {
  it('running the period again makes a new version with a new id and keeps the old one as it was', async () => {
    await ticket('R5', 'repair', 'east', '2026-08-10T09:00:00+08:00', [...worked(), visit(DAY, true)]);
    await app.runtime.idle();
    const second = await runJob(call, admin, 'assessment-quarterly', { asOf: Q3_RUN });
    const again = (await call(admin, 'GET', `/v1/assessments/${second.runId}`)).body;
    expect(again.assessment.version).toBe((view.assessment.version as number) + 1);
    expect(kpi(unitOf(again, 'region:r-east'), 'repair-timeliness')).toMatchObject({ numerator: 3, denominator: 4 });
    // The first version is unchanged.
    const old = (await call(admin, 'GET', `/v1/assessments/${first.runId}`)).body;
    expect(kpi(unitOf(old, 'region:r-east'), 'repair-timeliness')).toMatchObject({ numerator: 2, denominator: 3 });
    const list = (await call(admin, 'GET', '/v1/assessments?period=2026-Q3')).body.items;
    expect(list.slice(0, 2).map((a: { id: string; version: number }) => [a.id, a.version])).toEqual([
      [second.runId, again.assessment.version],
      [first.runId, view.assessment.version],
    ]);
    expect((await call(admin, 'GET', '/v1/assessments?kind=annual&period=2026-Q3')).body.items).toEqual([]);
  });

  it('an empty period (the year 2025): every unit no data, no ranks', async () => {
    const annual = await runJob(call, admin, 'assessment-annual', { asOf: '2026-01-01T03:00:00+08:00' });
    const year = (await call(admin, 'GET', `/v1/assessments/${annual.runId}`)).body;
    expect(year.assessment).toMatchObject({ kind: 'annual', period: '2025' });
    expect(year.units.every((u: { total: null; rank: null; rankedOf: number }) => u.total === null && u.rank === null && u.rankedOf === 0)).toBe(true);
  });

  it('a period not ended yet is refused, never scored as if final', async () => {
    const future = new Date(Date.now() + 400 * DAY).toISOString();
    await expect(runJob(call, admin, 'assessment-annual', { asOf: future })).rejects.toThrow(/has not ended yet/);
  });
});

describe('export', () => {
  it('Excel: one sheet per unit level, Chinese headers, the figures', async () => {
    const res = await fetch(`${app.url}/v1/assessments/${first.runId}/export?format=xlsx`, { headers: { authorization: `Bearer ${admin}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/assessment-2026-Q3-v\d+\.xlsx/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
    expect(book.worksheets.map((s) => s.name)).toEqual(['营业厅 Halls', '调度中心 Dispatch', '员工 Staff']);
    const halls = book.getWorksheet('营业厅 Halls')!;
    const header = halls.getRow(2).values as unknown[];
    expect(header).toEqual(expect.arrayContaining(['单位 Unit', '总分 Total', '维修及时率 Repair timeliness: 分子 Numerator']));
    const east = halls.getSheetValues().find((r) => Array.isArray(r) && r[1] === 'region:r-east') as unknown[];
    expect(east[header.indexOf('总分 Total')]).toBe(22.2);
    expect(east[header.indexOf('维修及时率 Repair timeliness: 分子 Numerator')]).toBe(2);
    // No data is an empty cell, never 0.
    expect(east[header.indexOf('气费回收率 Fee recovery: 值 Value')] ?? null).toBeNull();
  });

  it('CSV with the BOM, one section per level', async () => {
    const res = await fetch(`${app.url}/v1/assessments/${first.runId}/export?format=csv`, { headers: { authorization: `Bearer ${admin}` } });
    const bytes = Buffer.from(await res.arrayBuffer());
    const text = bytes.toString('utf8');
    expect(res.headers.get('content-type')).toMatch(/text\/csv/);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text).toContain('营业厅（片区） Business halls');
    expect(text).toMatch(/region:r-west,西城片区,r-west,66\.7,1,2/);
  });
});
