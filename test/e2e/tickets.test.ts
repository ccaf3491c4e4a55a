import type { Browser } from 'playwright-core';
import { startTestApp, type TestApp } from '../support/app.ts';
import { expectAccessible, launchChromium, login, newPage, screenshot, waitForHeading } from './browser.ts';

/**
 * Service tickets in real Chromium: the dispatcher's queue by SLA risk (a special-care
 * household's overdue repair first, with its marker and countdown), the intake form (customer
 * found by phone, the deadlines previewed before saving), the ticket page (deadlines, history,
 * the actions the workflow allows: acknowledge, then dispatch with its form); the field user's
 * own queue and ticket in English, where they arrive on site. axe on every view.
 */
let app: TestApp;
let browser: Browser;
const PHONE = `1390000${String(Date.now() % 10000).padStart(4, '0')}`;
const stamp = Date.now() % 100000;

beforeAll(async () => {
  [app, browser] = await Promise.all([startTestApp({ seed: 'demo', customerScale: 0 }), launchChromium()]);
  const admin = await app.login('demo', 'admin');
  const customer = async (overrides: Record<string, unknown>) => {
    const res = await app.api(admin, 'POST', '/v1/customers', { accountNumber: `TK-${stamp}-${Math.random().toString(36).slice(2, 6)}`, class: 'residential', address: '幸福路 18 号', regionId: 'r-east', ...overrides });
    expect(res.status).toBe(201);
    return res.body.id as string;
  };
  const care = await customer({ name: '李奶奶', phone: '13900002222', specialCare: { elderly: true, livingAlone: true } });
  await customer({ name: '赵工单', phone: PHONE });
  const file = (customerId: string, description: string, hoursAgo: number) =>
    app.api(admin, 'POST', '/v1/tickets', { kind: 'repair', customerId, description, channel: 'phone', receivedAt: new Date(Date.now() - hoursAgo * 3_600_000).toISOString() });
  expect((await file(care, '老人家中灶具打不着火', 3)).status).toBe(201); // its 2 h acknowledgement passed
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

it('queues by SLA risk, records a ticket with its deadlines previewed, and works it from its page', async () => {
  const { page, errors, context } = await newPage(browser);
  await login(page, app.url, 'demo', 'dispatcher', app.password);
  await waitForHeading(page, '工作台');
  await page.getByRole('navigation').getByRole('link', { name: '工单' }).click();
  await waitForHeading(page, '工单');

  const first = page.locator('.ant-table-row').first();
  await first.waitFor();
  expect(await first.innerText()).toMatch(/报修[\s\S]*老人家中灶具打不着火[\s\S]*已超时/);
  expect(await first.getByRole('img', { name: '特殊关爱户' }).count()).toBe(1);
  expect(await first.getByTestId('countdown').innerText()).toMatch(/已超时 \d+分钟|已超时 \d+小时\d+分/);
  await expectAccessible(page, 'tickets by SLA risk');
  await screenshot(page, 'tickets-risk');

  await page.getByRole('button', { name: /新建工单/ }).click();
  await waitForHeading(page, '新建工单');
  expect(await page.getByTestId('deadline-preview').innerText()).toContain('选择客户和类型后显示');
  await page.getByLabel('客户').click();
  await page.getByLabel('客户').fill(PHONE);
  await page.locator('.ant-select-item-option', { hasText: '赵工单' }).click();
  await page.locator('[data-testid=deadline-preview] [data-deadline=resolve]').waitFor();
  const preview = await page.getByTestId('deadline-preview').innerText();
  expect(preview).toMatch(/确认[\s\S]*GMT\+8[\s\S]*到场[\s\S]*修复/);
  await page.getByRole('button', { name: /受\s*理/ }).click();
  await page.getByText('请填写内容').waitFor(); // nothing sent without a description
  await page.getByLabel('内容').fill('燃气表不走字');
  await expectAccessible(page, 'ticket intake');
  await screenshot(page, 'tickets-intake');
  await page.getByRole('button', { name: /受\s*理/ }).click();

  await waitForHeading(page, '工单详情');
  await page.locator('[data-status=received]').waitFor();
  expect(await page.getByTestId('ticket-summary').innerText()).toContain('燃气表不走字');
  // The deadlines the preview showed are the ticket's (received "now": the minute the form was saved).
  const minutes = (text: string, name: string) => {
    const [, y, mo, d, h, mi] = text.match(new RegExp(`${name}\\s*(\\d{4})/(\\d{2})/(\\d{2}) (\\d{2}):(\\d{2}) GMT\\+8`))!.map(Number) as number[];
    return Date.UTC(y!, mo! - 1, d!, h!, mi!) / 60_000;
  };
  const saved = await page.locator('.ant-table').innerText();
  expect(minutes(saved, '修复') - minutes(preview, '修复')).toBeGreaterThanOrEqual(0);
  expect(minutes(saved, '修复') - minutes(preview, '修复')).toBeLessThanOrEqual(2);
  expect(await page.getByTestId('ticket-history').innerText()).toContain('受理');
  await expectAccessible(page, 'ticket page');

  await page.getByTestId('ticket-actions').getByRole('button', { name: /确\s*认/ }).click();
  await page.locator('[data-status=acknowledged]').waitFor();
  await page.getByTestId('ticket-actions').getByRole('button', { name: /派\s*工/ }).click();
  const dialog = page.getByRole('dialog');
  expect(await dialog.getByLabel('维修员（用户名）').inputValue()).toBe('field');
  await expectAccessible(page, 'dispatch dialog');
  await dialog.getByRole('button', { name: /提\s*交/ }).click();
  await page.locator('[data-status=dispatched]').waitFor();
  expect(await page.getByTestId('ticket-history').innerText()).toMatch(/派工[\s\S]*确认[\s\S]*受理/);
  expect(await page.getByTestId('ticket-summary').innerText()).toContain('field');
  // An inquiry-only action is not offered for a repair; field staff's arrive is the next step.
  expect(await page.getByTestId('ticket-actions').getByRole('button', { name: /到\s*场/ }).count()).toBe(1);
  await screenshot(page, 'tickets-ticket');
  expect(errors).toEqual([]);
  await context.close();
}, 180_000);

it("shows field staff their own queue and lets them arrive on site, in English", async () => {
  const { page, errors, context } = await newPage(browser);
  await login(page, app.url, 'demo', 'field', app.password);
  await waitForHeading(page, '工作台');
  await page.getByRole('banner').getByText('English', { exact: true }).click();
  await waitForHeading(page, 'Dashboard');
  await page.getByRole('navigation').getByRole('link', { name: 'Tickets' }).click();
  await waitForHeading(page, 'Tickets');
  const row = page.locator('.ant-table-row', { hasText: '燃气表不走字' });
  await row.waitFor();
  expect(await row.innerText()).toMatch(/Repair[\s\S]*Dispatched[\s\S]*left/);
  expect(await page.locator('.ant-table-row').count()).toBe(1); // only what is dispatched to them
  expect(await page.getByRole('button', { name: 'New ticket' }).count()).toBe(0);
  await expectAccessible(page, 'tickets of an assignee (en)');
  await row.getByRole('link', { name: '燃气表不走字' }).click();
  await waitForHeading(page, 'Ticket');
  const actions = page.getByTestId('ticket-actions');
  await actions.getByRole('button', { name: 'Arrive' }).waitFor();
  expect(await actions.getByRole('button').allInnerTexts()).toEqual(['Arrive', 'Pause']);
  await actions.getByRole('button', { name: 'Arrive' }).click();
  await page.locator('[data-status=on-site]').waitFor();
  expect(await page.locator('.ant-table').innerText()).toMatch(/On site[\s\S]*met/);
  await expectAccessible(page, 'ticket page (en)');
  await screenshot(page, 'tickets-ticket-en');
  expect(errors).toEqual([]);
  await context.close();
}, 120_000);
