import type { Browser } from 'playwright-core';
import { startTestApp, type TestApp } from '../support/app.ts';
import { expectAccessible, launchChromium, login, newPage, screenshot, waitForHeading } from './browser.ts';

/**
 * Adjustment approvals in real Chromium: the manager opens the page from the menu, sees the
 * pending queue with each proposal's basis, cannot decide their own, approves the agent's with a
 * note (it leaves the pending queue and shows as approved), in Chinese and in English, with no
 * serious or critical accessibility violation.
 */
let app: TestApp;
let browser: Browser;
const serials = { agent: `ADJ-E2E-${Date.now() % 100000}A`, own: `ADJ-E2E-${Date.now() % 100000}M` };

beforeAll(async () => {
  [app, browser] = await Promise.all([startTestApp({ seed: 'demo', customerScale: 0 }), launchChromium()]);
  const admin = await app.login('demo', 'admin');
  const agent = await app.login('demo', 'agent');
  const manager = await app.login('demo', 'manager');
  const meter = async (serial: string) => {
    const customer = await app.api(admin, 'POST', '/v1/customers', { accountNumber: `E2E-${serial}`, name: '调量用户', class: 'residential', phone: '13900001111', address: '测试路 8 号', regionId: 'r-east' });
    expect(customer.status).toBe(201);
    const res = await app.api(admin, 'POST', `/v1/customers/${customer.body.id}/meters`, { serial, type: 'diaphragm' });
    expect(res.status).toBe(201);
    return res.body.id as string;
  };
  const propose = async (token: string, meterId: string, reason: string) =>
    expect((await app.api(token, 'POST', '/v1/adjustments', { meterId, volume: 28.5, kind: 'supplement', reason, evidence: [{ type: 'photo', ref: 'photos/meter-stopped.jpg' }] })).status).toBe(201);
  await propose(agent, await meter(serials.agent), '表计停走一个月，按上月日均用量补量');
  await propose(manager, await meter(serials.own), '经理本人提交的补量');
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

it('lists the pending queue, refuses deciding one’s own, approves another’s with a note, and is accessible', async () => {
  const { page, errors, context } = await newPage(browser);
  await login(page, app.url, 'demo', 'manager', app.password);
  await waitForHeading(page, '工作台');
  await page.getByRole('navigation').getByRole('link', { name: '调量审批' }).click();
  await waitForHeading(page, '调量审批');

  const agentRow = page.locator('.ant-table-row').filter({ hasText: serials.agent });
  const ownRow = page.locator('.ant-table-row').filter({ hasText: serials.own });
  await agentRow.waitFor();
  expect(await agentRow.innerText()).toMatch(/坐席 张敏[\s\S]*\+28\.5 m³[\s\S]*补量[\s\S]*待审批/);
  expect(await ownRow.innerText()).toContain('本人提交，须由他人审批');
  expect(await ownRow.getByRole('button').count()).toBe(0);
  await expectAccessible(page, 'adjustment approvals');
  await screenshot(page, 'adjustments-pending');

  await agentRow.getByRole('button', { name: /审\s*批/ }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByText(`补量 +28.5 m³ · 表具 ${serials.agent}`).waitFor();
  await dialog.getByRole('button', { name: /提\s*交/ }).click();
  await dialog.getByText('请填写审批说明').waitFor();
  await dialog.getByLabel('审批说明').fill('照片显示表计停走，同意补量');
  await expectAccessible(page, 'decide an adjustment');
  await dialog.getByRole('button', { name: /提\s*交/ }).click();
  await page.getByText('已批准，气量已记入表具台账').waitFor();
  await agentRow.waitFor({ state: 'detached' });
  expect(await ownRow.count()).toBe(1);

  await page.locator('.ant-radio-button-wrapper', { hasText: '已批准' }).click();
  const approved = page.locator('.ant-table-row').filter({ hasText: serials.agent });
  await approved.waitFor();
  expect(await approved.innerText()).toMatch(/已批准[\s\S]*片区经理 王芳[\s\S]*照片显示表计停走，同意补量/);

  await page.getByRole('banner').getByText('English', { exact: true }).click();
  await waitForHeading(page, 'Adjustment approvals');
  expect(await approved.innerText()).toMatch(/Supplement[\s\S]*Approved/);
  await expectAccessible(page, 'adjustment approvals (en)');
  expect(errors).toEqual([]);
  await context.close();
}, 120_000);

it('is not in the menu of field staff', async () => {
  const { page, context } = await newPage(browser);
  await login(page, app.url, 'demo', 'field', app.password);
  await waitForHeading(page, '工作台');
  expect(await page.getByRole('navigation').getByRole('link', { name: '调量审批' }).count()).toBe(0);
  await context.close();
}, 120_000);
