import { inDailyWindow } from '../../shared/local-time.ts';
import { localDay } from '../../shared/local-time.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { caller, idNumber, newCustomer, testPhone, uniq } from './customers-fixtures.ts';

/**
 * The customer archive over real HTTP against the local runtime and DynamoDB Local: files,
 * versions, uniqueness, meters, lifecycle, privacy, timeline, input validation, integrators.
 * (Search and tenancy attacks: customers-search.test.ts; the archive-stats job: customers-stats.test.ts.)
 */
let app: TestApp;
let call: ReturnType<typeof caller>;
let admin: string;
let agent: string;
let dispatcher: string;
let field: string;
let manager: string;

beforeAll(async () => {
  app = await startTestApp();
  call = caller(app);
  [admin, agent, dispatcher, field, manager] = (await Promise.all(['admin', 'agent', 'dispatcher', 'field', 'manager'].map((u) => app.login('demo', u)))) as [string, string, string, string, string];
});
afterAll(() => app.stop());

const create = async (token: string, overrides: Record<string, unknown> = {}) => {
  const res = await call(token, 'POST', '/v1/customers', newCustomer(overrides));
  if (res.status !== 201) throw new Error(`create: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as { id: string; version: number; accountNumber: string; phone: string };
};
const findByQ = async (token: string, q: string) => (await call(token, 'GET', `/v1/customers?q=${encodeURIComponent(q)}`)).body.items as { id: string }[];

describe('a customer file', () => {
  it('is created (201, id, version 1, ETag, location), read back masked, and announced', async () => {
    const id18 = idNumber();
    const body = newCustomer({ phone: '+86 139-1234-5678', idNumber: id18, specialCare: { elderly: true }, contacts: [{ name: '李强', phone: '15987654321', relation: '子女' }], tags: ['重点关爱'] });
    const res = await call(dispatcher, 'POST', '/v1/customers', body);
    expect(res.status).toBe(201);
    expect(res.body.id).toMatch(/^[0-9A-Z]{26}$/);
    expect(res.headers.get('etag')).toBe('"1"');
    expect(res.headers.get('location')).toBe(`/v1/customers/${res.body.id}`);
    expect(res.body).toMatchObject({ version: 1, state: 'applied', accountNumber: body.accountNumber, class: 'residential', regionId: 'r-east' });
    expect(res.body.specialCare).toEqual({ elderly: true, disabled: false, livingAlone: false });

    const got = await call(agent, 'GET', `/v1/customers/${res.body.id}`);
    expect(got.status).toBe(200);
    expect(got.headers.get('etag')).toBe('"1"');
    expect(got.body.phone).toBe('139****5678');
    expect(got.body.idNumber).toBe(`${id18.slice(0, 3)}***********${id18.slice(-4)}`);
    expect(got.body.contacts).toEqual([{ name: '李强', phone: '159****4321', relation: '子女' }]);
    const text = JSON.stringify(got.body);
    expect(text).not.toContain('13912345678');
    expect(text).not.toContain(id18);
    expect(text).not.toContain('15987654321');

    await app.runtime.idle();
    expect(app.runtime.events.find((e) => e.type === 'customer.created' && e.data.customerId === res.body.id)).toMatchObject({ tenantId: 'demo', data: { accountNumber: body.accountNumber, regionId: 'r-east' } });
  });

  it('is patched with If-Match; a stale If-Match is 412 and a stale body version 409', async () => {
    const c = await create(agent);
    const patched = await call(agent, 'PATCH', `/v1/customers/${c.id}`, { name: '王芳芳', tags: ['老用户'] }, { 'if-match': '"1"' });
    expect(patched.status).toBe(200);
    expect(patched.headers.get('etag')).toBe('"2"');
    expect(patched.body).toMatchObject({ name: '王芳芳', tags: ['老用户'], version: 2 });

    const staleHeader = await call(agent, 'PATCH', `/v1/customers/${c.id}`, { name: '王小芳' }, { 'if-match': '"1"' });
    expect(staleHeader.status).toBe(412);
    const staleBody = await call(agent, 'PATCH', `/v1/customers/${c.id}`, { name: '王小芳', version: 1 });
    expect(staleBody.status).toBe(409);
    expect(staleBody.body.type).toMatch(/stale-version$/);

    const now = await call(agent, 'GET', `/v1/customers/${c.id}`);
    expect(now.body).toMatchObject({ name: '王芳芳', version: 2 });
    const current = await call(agent, 'PATCH', `/v1/customers/${c.id}`, { address: '幸福路90号1栋1单元101室', version: 2 });
    expect(current.status).toBe(200);
    expect(current.body.version).toBe(3);
  });

  it('keeps the search keys in step with a patch (phone, name)', async () => {
    const c = await create(agent, { name: '欧阳' + uniq() });
    const phone = testPhone();
    await call(agent, 'PATCH', `/v1/customers/${c.id}`, { phone, name: `司马${c.id.slice(-6)}` });
    expect((await findByQ(agent, phone)).map((x) => x.id)).toEqual([c.id]);
    expect((await findByQ(agent, `司马${c.id.slice(-6)}`)).map((x) => x.id)).toEqual([c.id]);
  });

  it('refuses a taken account number with 409, however it is typed', async () => {
    const c = await create(agent, { accountNumber: `AC-${uniq()}` });
    for (const accountNumber of [c.accountNumber, c.accountNumber.toLowerCase(), c.accountNumber.replace('-', ''), c.accountNumber.replace(/[A-Za-z0-9]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0))]) {
      const res = await call(agent, 'POST', '/v1/customers', newCustomer({ accountNumber }));
      expect(res.status).toBe(409);
      expect(res.body.type).toMatch(/account-number-taken$/);
      expect(res.body).toMatchObject({ code: 'account-number-taken', params: { accountNumber: expect.any(String) } });
    }
    // A refusal recorded under an Idempotency-Key replays with its code and params.
    const headers = { 'idempotency-key': `taken-${uniq()}` };
    const body = newCustomer({ accountNumber: c.accountNumber });
    const first = await call(agent, 'POST', '/v1/customers', body, headers);
    const replayed = await call(agent, 'POST', '/v1/customers', body, headers);
    expect(replayed.status).toBe(409);
    // The same refusal; only the correlation id is the replaying request's own.
    expect({ ...replayed.body, correlationId: undefined }).toEqual({ ...first.body, correlationId: undefined });
    expect(replayed.body.correlationId).toBe(replayed.headers.get('x-correlation-id'));
    expect(replayed.body).toMatchObject({ code: 'account-number-taken', params: { accountNumber: c.accountNumber } });
  });

  it('lets exactly one of concurrent creates of the same account number win', async () => {
    const accountNumber = `RACE-${uniq()}`;
    const results = await Promise.all(Array.from({ length: 6 }, (_, i) => app.api(i % 2 ? agent : dispatcher, 'POST', '/v1/customers', newCustomer({ accountNumber, name: `并发${i}` }))));
    const statuses = results.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(5);
    const winner = results.find((r) => r.status === 201)!.body.id;
    expect((await findByQ(admin, accountNumber)).map((x) => x.id)).toEqual([winner]);
  });
});

describe('meters', () => {
  it('are installed with defaults, read back, and a taken serial is 409', async () => {
    const c = await create(agent);
    const serial = `JM${uniq()}`;
    const res = await call(agent, 'POST', `/v1/customers/${c.id}/meters`, { serial, type: 'diaphragm', installedAt: '2019-05-01', inlet: 'left' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ serial, type: 'diaphragm', digits: 5, installedAt: '2019-05-01', inlet: 'left', status: 'active', startRead: 0, customerId: c.id, regionId: 'r-east' });
    const meter = await call(field, 'GET', `/v1/meters/${res.body.id}`);
    expect(meter.status).toBe(200);
    expect(meter.headers.get('etag')).toBe('"1"');
    const file = await call(agent, 'GET', `/v1/customers/${c.id}`);
    expect(file.body.meters).toEqual([expect.objectContaining({ id: res.body.id, serial, type: 'diaphragm', status: 'active' })]);
    expect(file.body.version).toBe(2);

    const other = await create(agent);
    const taken = await call(agent, 'POST', `/v1/customers/${other.id}/meters`, { serial: serial.toLowerCase(), type: 'remote' });
    expect(taken.status).toBe(409);
    expect(taken.body.type).toMatch(/serial-taken$/);
    const bad = await call(agent, 'POST', `/v1/customers/${other.id}/meters`, { serial: `X${uniq()}`, type: 'gasbag' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toBe('body.type');
  });

  it('are replaced: the old keeps its final read and is removed, the new starts at its start read', async () => {
    const c = await create(agent);
    const old = (await call(agent, 'POST', `/v1/customers/${c.id}/meters`, { serial: `JM${uniq()}`, type: 'diaphragm', installedAt: '2008-01-01' })).body;
    const newSerial = `WL${uniq()}`;
    const res = await call(agent, 'POST', `/v1/meters/${old.id}/replace`, { newSerial, finalRead: 12345.6, startRead: 3, type: 'remote', digits: 6 });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ serial: newSerial, type: 'remote', digits: 6, startRead: 3, status: 'active', replaces: old.id });
    expect(res.body.removed).toMatchObject({ id: old.id, status: 'removed', finalRead: 12345.6, replacedBy: res.body.id });
    const oldNow = await call(agent, 'GET', `/v1/meters/${old.id}`);
    expect(oldNow.body).toMatchObject({ status: 'removed', finalRead: 12345.6, version: 2 });
    const file = await call(agent, 'GET', `/v1/customers/${c.id}`);
    expect(file.body.meters.map((m: { id: string; status: string }) => [m.id, m.status])).toEqual([[old.id, 'removed'], [res.body.id, 'active']]);
    // The old serial still leads to the household; the removed meter cannot be replaced again.
    expect((await findByQ(agent, old.serial)).map((x) => x.id)).toEqual([c.id]);
    const again = await call(agent, 'POST', `/v1/meters/${old.id}/replace`, { newSerial: `WL${uniq()}`, finalRead: 1, startRead: 0 });
    expect(again.status).toBe(409);
    const overflow = await call(agent, 'POST', `/v1/meters/${res.body.id}/replace`, { newSerial: `WL${uniq()}`, finalRead: 1_000_000, startRead: 0 });
    expect(overflow.status).toBe(422);
    await app.runtime.idle();
    expect(app.runtime.events.some((e) => e.type === 'meter.replaced' && e.data.oldMeterId === old.id && e.data.finalRead === 12345.6)).toBe(true);
  });

  it('record IC-card purchases once per reference, in integer fen', async () => {
    const c = await create(agent);
    const meter = (await call(agent, 'POST', `/v1/customers/${c.id}/meters`, { serial: `IC${uniq()}`, type: 'ic-card' })).body;
    expect(meter.icCard).toEqual({ balanceFen: 0, purchases: 0 });
    const purchase = { amountFen: 110, volume: 35, purchasedAt: '2026-03-01T10:00:00+08:00', reference: `POS-${uniq()}` };
    const first = await call(agent, 'POST', `/v1/meters/${meter.id}/ic-card/purchases`, purchase);
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ amountFen: 110, balanceAfterFen: 110, balanceFen: 110, replayed: false });
    const replay = await call(agent, 'POST', `/v1/meters/${meter.id}/ic-card/purchases`, purchase);
    expect(replay.status).toBe(200);
    expect(replay.body).toMatchObject({ balanceFen: 110, replayed: true });
    const reused = await call(agent, 'POST', `/v1/meters/${meter.id}/ic-card/purchases`, { ...purchase, amountFen: 5000 });
    expect(reused.status).toBe(409);
    // ¥1.10 + ¥2.20 in yuan doubles is 3.3000000000000003; in fen it is exactly 330.
    const second = await call(agent, 'POST', `/v1/meters/${meter.id}/ic-card/purchases`, { ...purchase, amountFen: 220, reference: `POS-${uniq()}` });
    expect(second.body).toMatchObject({ amountFen: 220, balanceAfterFen: 330, balanceFen: 330 });
    expect((await call(agent, 'GET', `/v1/meters/${meter.id}`)).body.icCard).toMatchObject({ balanceFen: 330, purchases: 2 });
    await app.runtime.idle();
    expect(app.runtime.events.find((e) => e.type === 'meter.ic-card-purchased' && e.data.reference === purchase.reference)?.data).toMatchObject({ amountFen: 110, balanceFen: 110 });
  });

  it('a purchase in yuan with decimals is a 400 naming amountFen, and the balance stays', async () => {
    const c = await create(agent);
    const meter = (await call(agent, 'POST', `/v1/customers/${c.id}/meters`, { serial: `IC${uniq()}`, type: 'ic-card' })).body;
    const base = { purchasedAt: '2026-03-01T10:00:00+08:00', reference: `POS-${uniq()}` };
    const decimal = await call(agent, 'POST', `/v1/meters/${meter.id}/ic-card/purchases`, { ...base, amountFen: 100.5 });
    expect(decimal.status).toBe(400);
    expect(decimal.body.errors).toEqual([expect.objectContaining({ field: 'body.amountFen', message: expect.stringMatching(/integer number of fen/) })]);
    const old = await call(agent, 'POST', `/v1/meters/${meter.id}/ic-card/purchases`, { ...base, amount: 100 });
    expect(old.status).toBe(400);
    expect(old.body.errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['body.amountFen']));
    expect((await call(agent, 'GET', `/v1/meters/${meter.id}`)).body.icCard).toEqual({ balanceFen: 0, purchases: 0 });
  });
});

describe('account lifecycle over HTTP', () => {
  const act = (id: string, body: Record<string, unknown>, token = dispatcher) => call(token, 'POST', `/v1/customers/${id}/actions`, body);

  it('walks applied → accepted → gas-on → suspended → gas-on → suspended → closed, refusing what the rules forbid', async () => {
    const c = await create(agent);
    const refused = async (body: Record<string, unknown>, reason: RegExp) => {
      const res = await act(c.id, body);
      expect(res.status).toBe(409);
      expect(res.body.type).toMatch(/illegal-transition$/);
      expect(res.body.detail).toMatch(reason);
    };
    await refused({ action: 'gas-on' }, /acceptance inspection/);
    await refused({ action: 'restore', safetyCheckPassedAt: new Date().toISOString() }, /not suspended/);

    const accepted = await act(c.id, { action: 'accept', inspectionPassedAt: '2026-01-04T09:00:00+08:00', inspector: '陈刚' });
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ state: 'accepted', version: 2, lifecycle: { acceptance: { inspector: '陈刚' } } });
    expect(accepted.headers.get('etag')).toBe('"2"');
    await refused({ action: 'gas-on' }, /supply and safe-use contracts/);
    expect((await act(c.id, { action: 'sign-contract', contract: 'supply', signedAt: '2026-01-05T09:00:00+08:00' })).body.state).toBe('accepted');
    await refused({ action: 'gas-on' }, /safe-use contract/);
    await act(c.id, { action: 'sign-contract', contract: 'safe-use', signedAt: '2026-01-05T09:00:00+08:00' });

    const on = await act(c.id, { action: 'gas-on' });
    expect(on.status).toBe(200);
    expect(on.body.state).toBe('gas-on');
    await refused({ action: 'close', reason: '搬迁' }, /suspend it first/);

    const suspended = await act(c.id, { action: 'suspend', reason: 'arrears' });
    expect(suspended.body).toMatchObject({ state: 'suspended', lifecycle: { suspension: { reason: 'arrears' } } });
    await refused({ action: 'restore', safetyCheckPassedAt: '2026-01-01T00:00:00Z' }, /safety check passed after the suspension/);
    const restored = await act(c.id, { action: 'restore', safetyCheckPassedAt: new Date().toISOString() });
    expect(restored.body.state).toBe('gas-on');

    await act(c.id, { action: 'suspend', reason: 'customer-request' });
    const closed = await act(c.id, { action: 'close', reason: '用户申请销户' });
    expect(closed.body.state).toBe('closed');
    await refused({ action: 'restore', safetyCheckPassedAt: new Date().toISOString() }, /closed/);

    const future = await act((await create(agent)).id, { action: 'accept', inspectionPassedAt: '2099-01-01T00:00:00Z', inspector: '陈刚' });
    expect(future.status).toBe(422);

    await app.runtime.idle();
    const changes = app.runtime.events.filter((e) => e.type === 'customer.lifecycle-changed' && e.data.customerId === c.id).map((e) => `${e.data.from}>${e.data.to}`);
    expect(changes).toEqual(['applied>accepted', 'accepted>gas-on', 'gas-on>suspended', 'suspended>gas-on', 'gas-on>suspended', 'suspended>closed']);
  });

  it('does not suspend a special-care household at night except for a hazard', async () => {
    const c = await create(agent, { specialCare: { livingAlone: true } });
    await act(c.id, { action: 'accept', inspectionPassedAt: '2026-01-04T09:00:00+08:00', inspector: '陈刚' });
    await act(c.id, { action: 'sign-contract', contract: 'supply', signedAt: '2026-01-05T09:00:00+08:00' });
    await act(c.id, { action: 'sign-contract', contract: 'safe-use', signedAt: '2026-01-05T09:00:00+08:00' });
    await act(c.id, { action: 'gas-on' });
    // The window of the policy in force (the demo may have changed it), read now, as the rule will.
    const { specialCareNight } = (await call(agent, 'GET', '/v1/policies/customers.lifecycle')).body.inForce.values;
    const night = specialCareNight !== null && inDailyWindow(new Date(), specialCareNight, 'Asia/Shanghai');
    const arrears = await act(c.id, { action: 'suspend', reason: 'arrears' });
    expect(arrears.status).toBe(night ? 409 : 200);
    if (night) {
      expect(arrears.body.detail).toMatch(/special-care/);
      expect((await act(c.id, { action: 'suspend', reason: 'hazard' })).status).toBe(200);
    }
  });

  it('checks If-Match on actions too, and field staff may not act', async () => {
    const c = await create(agent);
    expect((await act(c.id, { action: 'close', reason: '撤销申请' }, field)).status).toBe(403);
    const stale = await call(dispatcher, 'POST', `/v1/customers/${c.id}/actions`, { action: 'close', reason: '撤销申请' }, { 'if-match': '"7"' });
    expect(stale.status).toBe(412);
    expect((await act(c.id, { action: 'close', reason: '撤销申请', version: 1 })).body.state).toBe('closed');
  });
});

describe('privacy', () => {
  it('lists mask phones and ID numbers', async () => {
    const id18 = idNumber();
    const name = `慕容${uniq()}`;
    const c = await create(agent, { name, idNumber: id18, phone: '13500001111' });
    const list = await call(agent, 'GET', `/v1/customers?q=${encodeURIComponent(name)}`);
    expect(list.body.items).toEqual([expect.objectContaining({ id: c.id, phone: '135****1111', idNumber: `${id18.slice(0, 3)}***********${id18.slice(-4)}` })]);
    expect(JSON.stringify(list.body)).not.toContain(id18);
    expect(JSON.stringify(list.body)).not.toContain('13500001111');
  });

  it('reveals full values to an allowed role, audited with who, when and why; field staff and integrators may not', async () => {
    const id18 = idNumber();
    const c = await create(agent, { idNumber: id18, phone: '13600002222' });
    const reason = `核实用户身份 ${uniq()}`;
    const res = await call(agent, 'POST', `/v1/customers/${c.id}/reveal`, { fields: ['phone', 'idNumber'], reason });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: c.id, phone: '13600002222', idNumber: id18 });

    expect((await call(field, 'POST', `/v1/customers/${c.id}/reveal`, { fields: ['phone'], reason: '查看' })).status).toBe(403);
    const key = (await call(admin, 'POST', '/v1/api-keys', { name: 'crm', scopes: ['customers:read', 'customers:write'] })).body.key;
    expect((await call(key, 'POST', `/v1/customers/${c.id}/reveal`, { fields: ['phone'], reason: '查看' })).status).toBe(403);
    expect((await call(agent, 'POST', `/v1/customers/${c.id}/reveal`, { fields: ['phone'] })).status).toBe(400);

    const day = localDay(new Date(), 'Asia/Shanghai');
    const audit = await call(admin, 'GET', `/v1/audit/reveals?day=${day}`);
    expect(audit.status).toBe(200);
    expect(audit.body.items).toContainEqual(expect.objectContaining({ customerId: c.id, fields: ['phone', 'idNumber'], reason, actor: expect.objectContaining({ kind: 'user', id: 'agent' }) }));
    expect((await call(agent, 'GET', `/v1/audit/reveals?day=${day}`)).status).toBe(403);
    expect((await call(admin, 'GET', '/v1/audit/reveals?day=2026-13-01')).status).toBe(400);

    const timeline = await call(admin, 'GET', `/v1/customers/${c.id}/timeline`);
    expect(timeline.body.items[0]).toMatchObject({ action: 'customer.revealed', detail: { reason, fields: ['phone', 'idNumber'] }, actor: { id: 'agent' } });
    expect(JSON.stringify(timeline.body)).not.toContain(id18);
  });
});

describe('timeline', () => {
  it('lists every change newest first, page by page', async () => {
    const c = await create(agent);
    for (const name of ['一', '二', '三', '四']) {
      await call(agent, 'PATCH', `/v1/customers/${c.id}`, { name: `王${name}` });
      await new Promise((r) => setTimeout(r, 3)); // distinct milliseconds: audit ids sort by time
    }
    await call(agent, 'POST', `/v1/customers/${c.id}/meters`, { serial: `JM${uniq()}`, type: 'diaphragm' });
    await call(dispatcher, 'POST', `/v1/customers/${c.id}/actions`, { action: 'accept', inspectionPassedAt: '2026-01-04T09:00:00+08:00', inspector: '陈刚' });

    const all = (await call(agent, 'GET', `/v1/customers/${c.id}/timeline?limit=100`)).body.items as { id: string; action: string; detail: { changes?: { name?: { to: string } } } }[];
    expect(all.map((e) => e.action)).toEqual(['customer.accept', 'meter.installed', 'customer.updated', 'customer.updated', 'customer.updated', 'customer.updated', 'customer.created']);
    expect(all[2]!.detail.changes!.name!.to).toBe('王四');
    expect([...all.map((e) => e.id)].sort().reverse()).toEqual(all.map((e) => e.id));

    const pages: string[][] = [];
    let cursor: string | null = null;
    do {
      const res: { body: { items: { id: string }[]; nextCursor: string | null } } = await call(agent, 'GET', `/v1/customers/${c.id}/timeline?limit=3${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      pages.push(res.body.items.map((e) => e.id));
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(pages.slice(0, 2).map((p) => p.length)).toEqual([3, 3]);
    expect(pages.flat()).toEqual(all.map((e) => e.id));

    const forged = await call(agent, 'GET', `/v1/customers/${c.id}/timeline?cursor=abc.def`);
    expect(forged.status).toBe(400);
  });
});

describe('bad input', () => {
  const expectField = async (body: Record<string, unknown>, field: string) => {
    const res = await call(agent, 'POST', '/v1/customers', body);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    // Nothing was written under that account number.
    expect(await findByQ(admin, String(body.accountNumber))).toEqual([]);
  };

  it('names the unknown field', () => expectField({ ...newCustomer(), colour: 'red' }, 'body.colour'));
  it('names a field of the wrong type', () => expectField({ ...newCustomer(), phone: 13812345678 }, 'body.phone'));
  it('names an invalid class', () => expectField(newCustomer({ class: 'household' }), 'body.class'));
  it('names a missing name', () => {
    const { name: _name, ...body } = newCustomer();
    return expectField(body, 'body.name');
  });
  it('names a blank name', () => expectField(newCustomer({ name: '   ' }), 'body.name'));
  it('names an ID number with a wrong check character', () => expectField(newCustomer({ idNumber: '110105194912310021' }), 'body.idNumber'));
  it('names a malformed phone', () => expectField(newCustomer({ phone: '138-abc' }), 'body.phone'));
  it('names an unknown lifecycle action', async () => {
    const c = await create(agent);
    const res = await call(agent, 'POST', `/v1/customers/${c.id}/actions`, { action: 'teleport' });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].field).toBe('body.action');
  });
  it('refuses an unknown region with 422 naming regionId, and writes nothing', async () => {
    const body = newCustomer({ regionId: 'r-nowhere' });
    const res = await call(admin, 'POST', '/v1/customers', body);
    expect(res.status).toBe(422);
    expect(res.body.errors[0].field).toBe('regionId');
    expect(await findByQ(admin, body.accountNumber)).toEqual([]);
    // The account number is still free.
    expect((await call(admin, 'POST', '/v1/customers', { ...body, regionId: 'r-west' })).status).toBe(201);
  });
  it('refuses an empty patch and a patch of the account number', async () => {
    const c = await create(agent);
    expect((await call(agent, 'PATCH', `/v1/customers/${c.id}`, {})).status).toBe(400);
    const res = await call(agent, 'PATCH', `/v1/customers/${c.id}`, { accountNumber: 'X-1' });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].field).toBe('body.accountNumber');
  });
  it('refuses malformed JSON and a bad id', async () => {
    const raw = await app.raw('POST', '/v1/customers', { body: '{"name":', headers: { 'content-type': 'application/json', authorization: `Bearer ${agent}` } });
    expect(raw.status).toBe(400);
    expect((await call(agent, 'GET', '/v1/customers/not-an-id')).status).toBe(400);
  });
});

describe('integrators and roles', () => {
  it('customers:read keys read every region but cannot write; customers:write keys create and patch', async () => {
    const west = await create(admin, { regionId: 'r-west' });
    const reader = (await call(admin, 'POST', '/v1/api-keys', { name: 'reader', scopes: ['customers:read'] })).body.key;
    const writer = (await call(admin, 'POST', '/v1/api-keys', { name: 'writer', scopes: ['customers:write'] })).body.key;
    const other = (await call(admin, 'POST', '/v1/api-keys', { name: 'readings', scopes: ['readings:write'] })).body.key;

    expect((await call(reader, 'GET', `/v1/customers/${west.id}`)).status).toBe(200);
    expect((await call(reader, 'GET', '/v1/customers?regionId=r-south')).status).toBe(200);
    expect((await call(reader, 'POST', '/v1/customers', newCustomer())).status).toBe(403);
    expect((await call(reader, 'PATCH', `/v1/customers/${west.id}`, { name: '改名' })).status).toBe(403);
    expect((await call(other, 'GET', `/v1/customers/${west.id}`)).status).toBe(403);

    const made = await call(writer, 'POST', '/v1/customers', newCustomer({ regionId: 'r-south', class: 'commercial', name: '华兴餐饮店' }));
    expect(made.status).toBe(201);
    const patched = await call(writer, 'PATCH', `/v1/customers/${made.body.id}`, { notes: '营业时间 10:00–22:00' }, { 'if-match': '"1"' });
    expect(patched.status).toBe(200);
    expect(patched.body.notes).toBe('营业时间 10:00–22:00');
    const timeline = await call(admin, 'GET', `/v1/customers/${made.body.id}/timeline`);
    expect(timeline.body.items[0].actor).toMatchObject({ kind: 'api-key', name: 'writer' });
  });

  it('field staff read but do not write; every console role reads', async () => {
    const c = await create(agent);
    expect((await call(field, 'GET', `/v1/customers/${c.id}`)).status).toBe(200);
    expect((await call(field, 'POST', '/v1/customers', newCustomer())).status).toBe(403);
    expect((await call(field, 'PATCH', `/v1/customers/${c.id}`, { name: '改名' })).status).toBe(403);
    for (const token of [admin, manager, dispatcher, agent]) expect((await call(token, 'GET', `/v1/customers/${c.id}`)).status).toBe(200);
  });
});
