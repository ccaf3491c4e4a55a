import { TenantStore } from '../../shared/db/tenant-store.ts';
import { localDay } from '../../shared/local-time.ts';
import { prepareNotification } from '../../shared/notifications/prepare.ts';
import { systemContext } from '../../shared/tenancy.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { runJob } from '../support/jobs.ts';
import { caller, newCustomer } from './customers-fixtures.ts';

/**
 * Notifications over real HTTP against the local runtime: the suspension and restoration notices
 * written in the lifecycle change's own transaction, delivered once to the local sink and marked
 * `sent`; the admin's log (masked, filtered, paged); the timeline; quiet hours and the release
 * job; phone tasks for special-care households and their completion.
 */
let app: TestApp;
let call: ReturnType<typeof caller>;
let admin: string;
let agent: string;
let dispatcher: string;
let manager: string;

beforeAll(async () => {
  app = await startTestApp();
  call = caller(app);
  [admin, agent, dispatcher, manager] = (await Promise.all(['admin', 'agent', 'dispatcher', 'manager'].map((u) => app.login('demo', u)))) as [string, string, string, string];
});
afterAll(() => app.stop());

const act = (id: string, body: Record<string, unknown>, token = dispatcher) => call(token, 'POST', `/v1/customers/${id}/actions`, body);

/** A customer with gas on, ready to be suspended. */
async function gasOnCustomer(overrides: Record<string, unknown> = {}) {
  const res = await call(agent, 'POST', '/v1/customers', newCustomer(overrides));
  if (res.status !== 201) throw new Error(`create: ${res.status} ${JSON.stringify(res.body)}`);
  const id = res.body.id as string;
  await act(id, { action: 'accept', inspectionPassedAt: '2026-01-04T09:00:00+08:00', inspector: '陈刚' });
  await act(id, { action: 'sign-contract', contract: 'supply', signedAt: '2026-01-05T09:00:00+08:00' });
  await act(id, { action: 'sign-contract', contract: 'safe-use', signedAt: '2026-01-05T09:00:00+08:00' });
  const on = await act(id, { action: 'gas-on' });
  expect(on.body.state).toBe('gas-on');
  return { id, version: on.body.version as number, accountNumber: res.body.accountNumber as string, phone: String(overrides.phone ?? res.body.phone) };
}

const ofCustomer = async (customerId: string, query = '') => (await call(admin, 'GET', `/v1/notifications?customerId=${customerId}${query}`)).body.items as Record<string, any>[];

/** Wait until the stream has carried what was written to the publisher (and it recorded the outcome). */
async function settled() {
  await app.runtime.idle();
  await app.runtime.idle();
}

describe('a suspension notice', () => {
  it('is written with the suspension, delivered to the local sink once, marked sent, listed masked and on the timeline', async () => {
    const phone = '13812345678';
    const c = await gasOnCustomer({ phone });
    const suspended = await act(c.id, { action: 'suspend', reason: 'arrears' });
    expect(suspended.status).toBe(200);
    await settled();

    const delivered = app.runtime.notifications.filter((m) => m.data.recipient && (m.data.recipient as { customerId?: string }).customerId === c.id);
    expect(delivered).toHaveLength(1);
    expect(delivered[0]).toMatchObject({ tenantId: 'demo', type: 'notification.requested', attributes: { channel: 'sms', notificationType: 'customer.suspended', category: 'service' }, data: { to: phone } });
    expect(String(delivered[0]!.data.text)).toContain(c.accountNumber);
    expect(String(delivered[0]!.data.text)).toContain('欠费');

    const items = await ofCustomer(c.id);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ type: 'customer.suspended', channel: 'sms', category: 'service', state: 'sent', attempts: 1, subject: { type: 'customer', id: c.id }, recipient: { kind: 'customer', customerId: c.id, phone: '138****5678' } });
    expect(JSON.stringify(items)).not.toContain(phone);

    const timeline = (await call(admin, 'GET', `/v1/customers/${c.id}/timeline`)).body.items as { action: string; detail?: Record<string, unknown> }[];
    expect(timeline.map((e) => e.action).slice(0, 2).sort()).toEqual(['customer.suspend', 'notification.queued']);
    expect(timeline.find((e) => e.action === 'notification.queued')!.detail).toMatchObject({ notificationId: items[0]!.id, channel: 'sms' });

    // A restoration notifies too.
    expect((await act(c.id, { action: 'restore', safetyCheckPassedAt: new Date().toISOString() })).status).toBe(200);
    await settled();
    const after = await ofCustomer(c.id);
    expect(after.map((n) => `${n.type}:${n.state}`)).toEqual(['customer.restored:sent', 'customer.suspended:sent']);
  });

  it('a refused suspension (stale version) writes no notification', async () => {
    const c = await gasOnCustomer();
    const stale = await act(c.id, { action: 'suspend', reason: 'arrears', version: c.version - 1 });
    expect(stale.status).toBe(409);
    const illegal = await act(c.id, { action: 'restore', safetyCheckPassedAt: new Date().toISOString() });
    expect(illegal.status).toBe(409);
    await settled();
    expect(await ofCustomer(c.id)).toEqual([]);
    expect(app.runtime.notifications.filter((m) => (m.data.recipient as { customerId?: string }).customerId === c.id)).toEqual([]);
  });

  it('is a phone task for a special-care household, completed by an agent (version-checked, audited)', async () => {
    const c = await gasOnCustomer({ specialCare: { elderly: true } });
    const res = await act(c.id, { action: 'suspend', reason: 'hazard' }); // a hazard suspends at any hour
    expect(res.status).toBe(200);
    await settled();
    const [task] = await ofCustomer(c.id);
    expect(task).toMatchObject({ channel: 'phone-task', state: 'open', type: 'customer.suspended' });
    expect(task!.text).toContain('致电');

    const path = `/v1/notifications/${task!.id}/actions`;
    expect((await call(manager, 'POST', path, { action: 'complete', outcome: 'reached' })).status).toBe(403);
    expect((await call(agent, 'POST', path, { action: 'complete', outcome: 'reached', version: task!.version + 1 })).status).toBe(409);
    const done = await call(agent, 'POST', path, { action: 'complete', outcome: 'reached', note: '已告知家属', version: task!.version });
    expect(done.status).toBe(200);
    expect(done.headers.get('etag')).toBe(`"${task!.version + 1}"`);
    expect(done.body).toMatchObject({ state: 'done', outcome: 'reached', note: '已告知家属', completedBy: 'agent' });
    const again = await call(agent, 'POST', path, { action: 'complete', outcome: 'reached' });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('not-an-open-phone-task');

    const timeline = (await call(admin, 'GET', `/v1/customers/${c.id}/timeline`)).body.items as { action: string }[];
    expect(timeline[0]!.action).toBe('notification.completed');
    expect(timeline.map((e) => e.action)).toContain('notification.opened');
  });
});

describe('the log', () => {
  it('is for admins only', async () => {
    for (const token of [agent, dispatcher, manager]) expect((await call(token, 'GET', '/v1/notifications')).status).toBe(403);
  });

  it("lists today's notifications newest first, filtered by type and channel, page by page over the shards", async () => {
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const c = await gasOnCustomer();
      await act(c.id, { action: 'suspend', reason: 'customer-request' });
      ids.push(c.id);
    }
    await settled();
    const today = localDay(new Date(), 'Asia/Shanghai');
    const all = (await call(admin, 'GET', `/v1/notifications?day=${today}&limit=100`)).body.items as Record<string, any>[];
    expect([...all.map((n) => n.id)].sort().reverse()).toEqual(all.map((n) => n.id));
    for (const id of ids) expect(all.some((n) => n.recipient.customerId === id)).toBe(true);
    expect(all.every((n) => n.day === today)).toBe(true);

    const pages: string[] = [];
    let cursor: string | null = null;
    do {
      const res: { status: number; body: { items: { id: string }[]; nextCursor: string | null } } = await call(admin, 'GET', `/v1/notifications?limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      expect(res.status).toBe(200);
      expect(res.body.items.length).toBeLessThanOrEqual(2);
      pages.push(...res.body.items.map((n) => n.id));
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(pages).toEqual(all.map((n) => n.id));

    const sms = (await call(admin, 'GET', `/v1/notifications?channel=sms&type=customer.suspended&limit=100`)).body.items as Record<string, any>[];
    expect(sms.length).toBeGreaterThanOrEqual(5);
    expect(sms.every((n) => n.channel === 'sms' && n.type === 'customer.suspended')).toBe(true);
    expect((await call(admin, 'GET', `/v1/notifications?type=survey.invitation&channel=email`)).body.items).toEqual([]);

    expect(await ofCustomer(ids[0]!, `&day=${today}`)).toHaveLength(1);
    expect(await ofCustomer(ids[0]!, '&day=2020-01-01')).toEqual([]);
    expect((await call(admin, 'GET', '/v1/notifications?cursor=abc.def')).status).toBe(400);
    expect((await call(admin, 'GET', '/v1/notifications?channel=fax')).status).toBe(400);
  });
});

describe('quiet hours', () => {
  it('hold a survey SMS at night; the release job sends it once its time has come', async () => {
    const store = new TenantStore(systemContext('demo', 'test', 'quiet-hours'));
    const c = await gasOnCustomer({ phone: '13900001111' });
    const night = new Date('2026-11-30T23:30:00+08:00');
    const prepared = await prepareNotification(store, {
      template: 'survey.invitation',
      channel: 'sms',
      recipient: { kind: 'customer', customerId: c.id, name: '王芳', phone: '13900001111' },
      subject: { type: 'customer', id: c.id },
      params: { name: '王芳', link: 'https://example.com/s/abc' },
      category: 'survey',
      at: night,
    });
    expect(prepared.notification).toMatchObject({ state: 'held', sendAfter: '2026-12-01T00:00:00.000Z' }); // 08:00 in Shanghai
    expect(prepared.events).toEqual([]);
    await store.commit(prepared);

    const early = await runJob(call, admin, 'notifications-release', { asOf: '2026-11-30T23:59:00Z' });
    expect(early.counts.released ?? 0).toBe(0);
    expect((await ofCustomer(c.id, '&type=survey.invitation'))[0]).toMatchObject({ state: 'held', sendAfter: '2026-12-01T00:00:00.000Z' });

    const morning = await runJob(call, admin, 'notifications-release', { asOf: '2026-12-01T00:05:00Z' });
    expect(morning.counts.released).toBeGreaterThanOrEqual(1);
    await settled();
    expect((await ofCustomer(c.id, '&type=survey.invitation'))[0]).toMatchObject({ state: 'sent', attempts: 1 });
    expect(app.runtime.notifications.filter((m) => m.data.notificationId === prepared.notification.id)).toHaveLength(1);

    const again = await runJob(call, admin, 'notifications-release', { asOf: '2026-12-01T00:10:00Z' });
    expect(again.counts.released ?? 0).toBe(0);
  });

  it('never hold a service notice', async () => {
    const store = new TenantStore(systemContext('demo', 'test', 'quiet-hours'));
    const prepared = await prepareNotification(store, {
      template: 'customer.suspended',
      channel: 'sms',
      recipient: { kind: 'customer', customerId: '01JAAAAAAAAAAAAAAAAAAAAAAA', phone: '13900002222' },
      subject: { type: 'customer', id: '01JAAAAAAAAAAAAAAAAAAAAAAA' },
      params: { accountNumber: 'X1', time: '23:30', reason: '欠费' },
      category: 'service',
      at: new Date('2026-11-30T23:30:00+08:00'),
    });
    expect(prepared.notification.state).toBe('queued');
    expect(prepared.events).toHaveLength(1);
  });
});
