import ExcelJS from 'exceljs';
import { bucketRanges } from '../../functions/surveys/sampling.ts';
import { sampleBucket } from '../../shared/keys.ts';
import { localParts } from '../../shared/local-time.ts';
import { periodOf, previousPeriods } from '../../shared/periods.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { runJob } from '../support/jobs.ts';
import { caller, type Call } from '../support/retry.ts';
import { newCustomer } from './customers-fixtures.ts';

/**
 * Satisfaction surveys over real HTTP and DynamoDB Local: campaigns sampled from the frame with
 * quotas and the skip window, special-care households called instead, event campaigns after a
 * ticket is closed, the public page's single-use signed link (tampered, answered, expired,
 * rate-limited), phone interviews, a low score's follow-up ticket, results against hand-counted
 * answers with return visits, the CSV and Excel reports, the dashboard trend.
 */
let app: TestApp;
let call: Call;
let admin: string;
let manager: string;
let agent: string;
let dispatcher: string;

interface Invitation {
  id: string;
  campaignId: string;
  customerId: string;
  channel: string;
  status: string;
  link: string | null;
  subject: { type: string; id: string } | null;
  staff: string | null;
  followUpTicketId: string | null;
  version: number;
}

const SCORES = { attitude: 5, quality: 5, resolution: 4, afterSales: 5 };
const LOW = { attitude: 1, quality: 3, resolution: 2, afterSales: 3 };

beforeAll(async () => {
  app = await startTestApp({ customerScale: 0 });
  call = caller(app);
  [admin, manager, agent, dispatcher] = (await Promise.all(['admin', 'manager', 'agent', 'dispatcher'].map((u) => app.login('demo', u)))) as [string, string, string, string];
});
afterAll(() => app.stop());

async function gasOnCustomer(regionId: string, extra: Record<string, unknown> = {}): Promise<string> {
  const c = (await call(admin, 'POST', '/v1/customers', newCustomer({ regionId, ...extra }))).body;
  for (const action of [
    { action: 'accept', inspectionPassedAt: '2026-01-04T09:00:00+08:00', inspector: '陈刚' },
    { action: 'sign-contract', contract: 'supply', signedAt: '2026-01-05T09:00:00+08:00' },
    { action: 'sign-contract', contract: 'safe-use', signedAt: '2026-01-05T09:00:00+08:00' },
    { action: 'gas-on' },
  ]) {
    const res = await call(admin, 'POST', `/v1/customers/${c.id}/actions`, action);
    if (res.status !== 200) throw new Error(`${action.action}: ${res.status} ${JSON.stringify(res.body)}`);
  }
  return c.id as string;
}

const periodic = (overrides: Record<string, unknown> = {}) => ({
  name: '四季度满意度调查',
  kind: 'periodic',
  schedule: 'quarterly',
  scope: { regionIds: ['r-south'], classes: ['residential'] },
  sampleRate: 1,
  channel: 'sms',
  ...overrides,
});

async function started(body: Record<string, unknown>): Promise<{ id: string; version: number }> {
  const created = await call(admin, 'POST', '/v1/survey-campaigns', body);
  expect(created.status).toBe(201);
  const start = await call(admin, 'POST', `/v1/survey-campaigns/${created.body.id}/actions`, { action: 'start', version: created.body.version });
  expect(start.status).toBe(200);
  expect(start.body.state).toBe('running');
  return start.body;
}

/**
 * The periodic sweeps run "as of" today in the tenant's daytime (now, or 10:00 / 19:00 of the same
 * local day), so the quiet hours (phone tasks 20:00–09:00) never hold what the suite checks,
 * whatever the hour it runs at; QUARTER is that day's quarter.
 */
const AS_OF = (() => {
  const now = new Date();
  const { day, hour } = localParts(now, 'Asia/Shanghai');
  return hour < 9 ? new Date(`${day}T10:00:00+08:00`) : hour >= 20 ? new Date(`${day}T19:00:00+08:00`) : now;
})();
const QUARTER = periodOf('quarterly', localParts(AS_OF, 'Asia/Shanghai').day);
const sweep = async (asOf = AS_OF) => (await runJob(call, admin, 'survey-campaigns', { asOf: asOf.toISOString() })).counts;

async function invitations(campaignId: string, query = ''): Promise<Invitation[]> {
  const all: Invitation[] = [];
  let cursor: string | null = null;
  do {
    const res: { status: number; body: { items: Invitation[]; nextCursor: string | null } } = await call(admin, 'GET', `/v1/survey-campaigns/${campaignId}/invitations?limit=7${query}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    expect(res.status).toBe(200);
    all.push(...res.body.items);
    cursor = res.body.nextCursor;
  } while (cursor);
  return all;
}

const tokenOf = (link: string) => link.slice(link.indexOf('/s/') + 3);
const page = (token: string) => app.api(null, 'GET', `/v1/public/surveys/${token}`);
const answerPage = (token: string, body: unknown) => app.api(null, 'POST', `/v1/public/surveys/${token}`, body);

// The r-south population: 24 residential customers with gas on, one of them a special-care household.
let south: string[] = [];
let careId: string;
let quarterly: { id: string };
let second: { id: string };
/** A link of the quarterly campaign left unanswered (expired later: the rate limit counts it all the same). */
let unanswered: string;

describe('campaigns', () => {
  it('refuses a campaign that does not add up, naming the field, and writes nothing', async () => {
    const before = (await call(admin, 'GET', '/v1/survey-campaigns?limit=100')).body.items.length;
    const cases: [Record<string, unknown>, number, string][] = [
      [periodic({ schedule: undefined }), 400, 'body.schedule'],
      [periodic({ trigger: 'ticket.closed' }), 400, 'body.trigger'],
      [periodic({ kind: 'event', schedule: undefined }), 400, 'body.trigger'],
      [periodic({ sampleRate: 0 }), 400, 'body.sampleRate'],
      [periodic({ sampleRate: 1.5 }), 400, 'body.sampleRate'],
      [periodic({ scope: { regionIds: [], classes: ['residential'] } }), 400, 'body.scope.regionIds'],
      [periodic({ quotas: [{ max: 3 }] }), 400, 'body.quotas.0'],
      [periodic({ scope: { regionIds: ['r-nowhere'], classes: ['residential'] } }), 422, 'scope.regionIds.0'],
      [periodic({ quotas: [{ regionId: 'r-east', max: 3 }] }), 422, 'quotas.0.regionId'],
    ];
    for (const [body, status, field] of cases) {
      const res = await call(admin, 'POST', '/v1/survey-campaigns', body);
      expect([field, res.status]).toEqual([field, status]);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    }
    // A manager surveys their own regions only.
    expect((await call(manager, 'POST', '/v1/survey-campaigns', periodic())).status).toBe(422);
    expect((await call(agent, 'POST', '/v1/survey-campaigns', periodic())).status).toBe(403);
    expect((await call(admin, 'GET', '/v1/survey-campaigns?limit=100')).body.items.length).toBe(before);
  });

  it('starts, pauses and resumes; another action is 409 with the reason; a manager sees only campaigns of their regions', async () => {
    const draft = (await call(admin, 'POST', '/v1/survey-campaigns', periodic({ name: '草稿' }))).body;
    expect(draft).toMatchObject({ state: 'draft', skipDays: 90, progress: { invited: 0, answered: 0, responseRate: null } });
    expect((await call(admin, 'POST', `/v1/survey-campaigns/${draft.id}/actions`, { action: 'pause' })).status).toBe(409);
    const running = (await call(admin, 'POST', `/v1/survey-campaigns/${draft.id}/actions`, { action: 'start' })).body;
    const stale = await call(admin, 'POST', `/v1/survey-campaigns/${draft.id}/actions`, { action: 'pause', version: draft.version });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('stale-version');
    const paused = await call(admin, 'POST', `/v1/survey-campaigns/${draft.id}/actions`, { action: 'pause', version: running.version });
    expect(paused.body.state).toBe('paused');
    const again = await call(admin, 'POST', `/v1/survey-campaigns/${draft.id}/actions`, { action: 'start' });
    expect(again.status).toBe(409);
    expect(again.body.detail).toMatch(/start is not possible when the campaign is paused/);
    // Paused it sends nothing; it stays paused for the rest of the file.
    expect((await call(manager, 'GET', `/v1/survey-campaigns/${draft.id}`)).status).toBe(404);
    expect((await call(manager, 'GET', '/v1/survey-campaigns?limit=100')).body.items.map((c: { id: string }) => c.id)).not.toContain(draft.id);
    const patched = await call(admin, 'PATCH', `/v1/survey-campaigns/${draft.id}`, { name: '暂停的草稿', sampleRate: 0.2 });
    expect(patched.body).toMatchObject({ name: '暂停的草稿', sampleRate: 0.2, state: 'paused' });
  });
});

describe('the survey-campaigns job', () => {
  beforeAll(async () => {
    careId = await gasOnCustomer('r-south', { specialCare: { elderly: true } });
    south = [careId];
    for (let i = 0; i < 23; i++) south.push(await gasOnCustomer('r-south'));
    // Not in the frame: a customer without gas.
    await call(admin, 'POST', '/v1/customers', newCustomer({ regionId: 'r-south' }));
  }, 300_000);

  it('samples a periodic campaign once a period within its quota; a rerun invites nobody twice', async () => {
    quarterly = await started(periodic({ quotas: [{ regionId: 'r-south', max: 15 }] }));
    const counts = await sweep();
    expect(counts).toMatchObject({ invited: 15, overQuota: 9, already: 0 });
    expect(counts.drawn).toBe(24);
    const sent = await invitations(quarterly.id);
    expect(sent).toHaveLength(15);
    expect(new Set(sent.map((i) => i.customerId)).size).toBe(15);
    for (const i of sent) expect(i).toMatchObject({ status: 'sent', link: expect.stringContaining('/s/') });
    const campaign = (await call(admin, 'GET', `/v1/survey-campaigns/${quarterly.id}`)).body;
    expect(campaign).toMatchObject({ periods: [QUARTER], progress: { invited: 15, answered: 0, responseRate: 0 } });

    const rerun = await sweep();
    expect(rerun.invited).toBe(0);
    expect(await invitations(quarterly.id)).toHaveLength(15);
  });

  it('skips customers another campaign surveyed within the skip window, and calls special-care households instead of texting them', async () => {
    second = await started(periodic({ name: '第二次调查', schedule: 'half-yearly' }));
    const counts = await sweep();
    expect(counts).toMatchObject({ invited: 9, skipped: 15 });
    const all = [...(await invitations(quarterly.id)), ...(await invitations(second.id))];
    expect(new Set(all.map((i) => i.customerId))).toEqual(new Set(south));
    const care = all.find((i) => i.customerId === careId)!;
    expect(care.channel).toBe('phone-task');
    expect(all.filter((i) => i.channel === 'phone-task')).toHaveLength(1);
    const careOnly = await invitations(care.campaignId, '&channel=phone-task');
    expect(careOnly.map((i) => i.id)).toEqual([care.id]);
    // The SMS texts carry the link; the phone task is on the call list.
    const notes = (await call(admin, 'GET', `/v1/notifications?type=survey.invitation&limit=100`)).body.items;
    expect(notes.filter((n: { channel: string }) => n.channel === 'sms').length).toBe(23);
    expect(notes.find((n: { recipient: { customerId: string } }) => n.recipient.customerId === careId)).toMatchObject({ channel: 'phone-task', state: 'open' });
    const sms = notes.find((n: { channel: string }) => n.channel === 'sms');
    expect(sms.text).toMatch(/\/s\/demo\./);
  });

  it('samples the share of the frame its rate asks, as the bucket ranges give it', async () => {
    const half = await started(periodic({ name: '年度抽样', schedule: 'yearly', sampleRate: 0.5, skipDays: 0 }));
    await sweep();
    const ranges = bucketRanges(half.id, QUARTER.slice(0, 4), 0.5);
    const expected = south.filter((id) => ranges.some(([from, to]) => sampleBucket(id) >= from && sampleBucket(id) < to));
    expect(new Set((await invitations(half.id)).map((i) => i.customerId))).toEqual(new Set(expected));
  });
});

describe('the public survey page', () => {
  let open: Invitation[];
  beforeAll(async () => {
    open = (await invitations(quarterly.id)).filter((i) => i.channel === 'sms');
    unanswered = tokenOf(open[2]!.link!);
  });

  it('shows the questions and nothing about the customer', async () => {
    const res = await page(tokenOf(open[0]!.link!));
    expect(res.status).toBe(200);
    expect(Object.keys(res.body).sort()).toEqual(['about', 'company', 'dimensions', 'expiresAt', 'hotline']);
    expect(res.body).toMatchObject({ dimensions: ['attitude', 'quality', 'resolution', 'afterSales'], about: 'service' });
    expect(JSON.stringify(res.body)).not.toMatch(/1\d{10}|r-south|customer/);
  });

  it('refuses a tampered or unknown link before reading anything', async () => {
    const token = tokenOf(open[0]!.link!);
    const tampered = token.slice(0, -2) + (token.endsWith('AA') ? 'BB' : 'AA');
    for (const bad of [tampered, `north.${token.slice(token.indexOf('.') + 1)}`, 'demo.01KBZ7Q3X5V6W7Y8Z9A0B1C2D3.1893456000.AAAAAAAAAAAAAAAAAAAAAA']) {
      const res = await page(bad);
      expect(res.status).toBe(404);
      expect(res.body.code).toBe('survey-link-invalid');
    }
  });

  it('takes one answer: a bad score names the field, a second answer is refused, a low score opens a follow-up ticket', async () => {
    const token = tokenOf(open[0]!.link!);
    const bad = await answerPage(token, { scores: { ...SCORES, quality: 6 } });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toContain('body.scores.quality');
    const first = await answerPage(token, { scores: LOW, comment: '维修师傅态度不好' });
    expect(first.status).toBe(200);
    expect(first.body).toEqual({ thanks: true, answeredAt: expect.any(String) });
    const second = await answerPage(token, { scores: SCORES });
    expect(second.status).toBe(409);
    expect(second.body.code).toBe('survey-answered');
    expect((await page(token)).body.code).toBe('survey-answered');
    expect((await page(token)).status).toBe(410);

    const answered = (await invitations(quarterly.id, '&status=answered'))[0]!;
    expect(answered).toMatchObject({ id: open[0]!.id, status: 'answered', link: null, followUpTicketId: expect.any(String) });
    const ticket = (await call(admin, 'GET', `/v1/tickets/${answered.followUpTicketId}`)).body;
    expect(ticket).toMatchObject({ kind: 'complaint', customerId: open[0]!.customerId, channel: 'web', status: 'received' });
    expect(ticket.description).toMatch(/满意度调查低分回访：服务态度 1.*维修师傅态度不好/);

    // Two answers at once: one lands.
    const token2 = tokenOf(open[1]!.link!);
    const racing = await Promise.all([answerPage(token2, { scores: SCORES }), answerPage(token2, { scores: SCORES })]);
    expect(racing.map((r) => r.status).sort()).toEqual([200, 409]);
  });

  it('an agent records a phone interview once, in the caller\'s regions', async () => {
    const all = [...(await invitations(quarterly.id)), ...(await invitations(second.id))];
    const care = all.find((i) => i.channel === 'phone-task')!;
    const res = await call(agent, 'POST', `/v1/survey-campaigns/${care.campaignId}/invitations/${care.id}/answers`, { scores: SCORES, comment: '上门服务很周到' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'answered', answer: { channel: 'phone', by: 'agent', comment: '上门服务很周到' }, followUpTicketId: null });
    const url = `/v1/survey-campaigns/${res.body.campaignId}/invitations/${care.id}/answers`;
    expect((await call(agent, 'POST', url, { scores: SCORES })).status).toBe(409);
    // The campaign is of r-south: the r-east manager does not see it.
    expect((await call(manager, 'POST', url, { scores: SCORES })).status).toBe(404);
  });

  it('an expired link is 410 once its days ran out, and the job records it expired', async () => {
    const later = new Date(Date.now() + 15 * 86_400_000);
    const counts = await sweep(later);
    expect(counts.expired).toBeGreaterThan(0);
    const answered = (await invitations(quarterly.id, '&status=answered')).length;
    expect((await invitations(quarterly.id, '&status=expired')).length).toBe(15 - answered);
    const res = await page(unanswered);
    expect(res.status).toBe(410);
    expect(res.body.code).toBe('survey-expired');
  });
});

describe('event campaigns', () => {
  it('invites the customer after a ticket is closed, once, naming the ticket and its field user', async () => {
    const campaign = await started({ name: '工单回访调查', kind: 'event', trigger: 'ticket.closed', scope: { regionIds: ['r-east'], classes: ['residential'] }, sampleRate: 1, channel: 'sms' });
    const customerId = await gasOnCustomer('r-east');
    const ticket = (await call(dispatcher, 'POST', '/v1/tickets', { kind: 'inquiry', customerId, description: '咨询阶梯气价', channel: 'phone' })).body;
    await call(dispatcher, 'POST', `/v1/tickets/${ticket.id}/actions`, { action: 'reply', message: '已告知阶梯气价标准' });
    expect((await call(dispatcher, 'POST', `/v1/tickets/${ticket.id}/actions`, { action: 'close' })).status).toBe(200);
    await app.runtime.idle();
    const counts = await sweep(new Date()); // the event was just now: after AS_OF in the evening
    expect(counts.candidates).toBe(1);
    const sent = await invitations(campaign.id);
    expect(sent).toEqual([expect.objectContaining({ customerId, subject: { type: 'ticket', id: ticket.id }, status: 'sent' })]);
    expect((await page(tokenOf(sent[0]!.link!))).body.about).toBe('ticket');
    expect((await sweep(new Date())).candidates).toBe(0);
    // The return visit on the ticket counts in the tenant's results.
    expect((await call(dispatcher, 'POST', `/v1/tickets/${ticket.id}/actions`, { action: 'return-visit', satisfied: true, score: 5 })).status).toBe(200);
  });
});

describe('results', () => {
  it("a campaign's figures match the answers counted by hand", async () => {
    // quarterly: 15 invited; answered: one low (1/3/2/3), one satisfied (5/5/4/5), and the phone interview if it was this campaign's.
    const res = await call(admin, 'GET', `/v1/survey-campaigns/${quarterly.id}/results`);
    expect(res.status).toBe(200);
    const r = res.body;
    const answered = (await invitations(quarterly.id, '&status=answered')).length;
    expect(r.invited).toBe(15);
    expect(r.responseRate).toEqual({ count: answered, of: 15, rate: answered / 15 });
    expect(r.overall.satisfaction).toEqual({ count: answered - 1, of: answered, rate: (answered - 1) / answered });
    expect(r.overall.dimensions.attitude.satisfied).toEqual({ count: answered - 1, of: answered, rate: (answered - 1) / answered });
    expect(r.followUps).toBe(1);
    expect(r.meetsTarget).toBe(false);
    expect(r.byRegion.map((g: { regionId: string }) => g.regionId)).toEqual(['r-south']);
    expect(r.comments[0]).toMatchObject({ comment: expect.any(String), regionId: 'r-south' });
    expect(r.comments.find((c: { low: boolean }) => c.low)).toMatchObject({ comment: '维修师傅态度不好' });
    // A period outside: no data (null), not 0 %.
    const none = (await call(admin, 'GET', `/v1/survey-campaigns/${quarterly.id}/results?period=${previousPeriods(QUARTER, 1)[0]}`)).body;
    expect(none.overall.satisfaction.rate).toBeNull();
    expect(none.meetsTarget).toBeNull();
  });

  it('across campaigns: the answers and the return visits by month, in the caller\'s regions', async () => {
    const r = (await call(admin, 'GET', `/v1/survey-results?period=${QUARTER}`)).body;
    expect(r.overall.returnVisits).toEqual({ count: 1, of: 1, rate: 1 });
    expect(r.overall.responses).toBe(r.responseRate.count + 1);
    const east = (await call(manager, 'GET', `/v1/survey-results?period=${QUARTER}`)).body;
    expect(east.byRegion.map((g: { regionId: string }) => g.regionId)).toEqual(['r-east']);
    expect(east.overall.returnVisits.of).toBe(1);
    expect((await call(manager, 'GET', '/v1/survey-results?regionId=r-south')).status).toBe(404);
  });

  it('exports the report as CSV and as an Excel workbook', async () => {
    const csv = await app.raw('GET', `/v1/survey-campaigns/${quarterly.id}/results?format=csv`, { headers: { authorization: `Bearer ${admin}` } });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(csv.headers.get('content-disposition')).toMatch(/survey-.*\.csv/);
    expect(String(csv.body)).toMatch(/满意率 Satisfaction/);
    expect(String(csv.body)).toMatch(/片区 Region,r-south/);

    const res = await fetch(`${app.url}/v1/survey-results?format=xlsx&period=${QUARTER}`, { headers: { authorization: `Bearer ${admin}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await res.arrayBuffer());
    const sheet = book.getWorksheet('满意度 Satisfaction')!;
    expect(sheet.getCell('A3').value).toBe('分组 Group');
    expect(sheet.getCell('A4').value).toBe('总体 Overall');
    expect(typeof sheet.getCell('D4').value).toBe('number');
  });

  it('the dashboard shows this month\'s satisfaction', async () => {
    const trend = (await call(admin, 'GET', '/v1/dashboard')).body.satisfactionTrend;
    const month = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit' }).format(new Date());
    expect(trend.at(-1)).toMatchObject({ period: month, responses: expect.any(Number) });
    expect(trend.at(-1).score).toBeGreaterThan(0);
    expect(trend.at(-1).score).toBeLessThanOrEqual(100);
  });
});

describe('public rate limit', () => {
  it('allows a client 30 requests in ten minutes, then 429 with Retry-After', async () => {
    const statuses: number[] = [];
    let limited;
    for (let i = 0; i < 32 && !limited; i++) {
      const res = await page(unanswered);
      statuses.push(res.status);
      if (res.status === 429) limited = res;
    }
    expect(statuses.slice(0, -1).every((s) => s === 410)).toBe(true);
    expect(limited?.headers.get('retry-after')).toMatch(/^\d+$/);
  });
});
