import type { Browser } from 'playwright-core';
import { startTestApp, type TestApp } from '../support/app.ts';
import { expectAccessible, launchChromium, login, newPage, screenshot, waitForHeading } from './browser.ts';

/**
 * The notification log in real Chromium: an admin opens it from the menu and sees the demo's
 * notices of today (masked phones, states as words), filters by channel, and the page has no
 * serious or critical accessibility violations.
 */
let app: TestApp;
let browser: Browser;

beforeAll(async () => {
  [app, browser] = await Promise.all([startTestApp({ seed: 'demo' }), launchChromium()]);
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});


it('lists the demo notifications with masked phones, filters by channel, and is accessible', async () => {
  const admin = await newPage(browser);
  await login(admin.page, app.url, 'demo', 'admin', app.password);
  await waitForHeading(admin.page, '工作台');
  await admin.page.getByRole('navigation').getByRole('link', { name: '通知记录' }).click();
  await waitForHeading(admin.page, '通知记录');

  const sent = admin.page.locator('.ant-table-row').filter({ hasText: '停气通知' }).filter({ hasText: '已发送' });
  await sent.first().waitFor();
  const recipient = await sent.first().locator('.notification-recipient code').innerText();
  expect(recipient).toMatch(/^1\d\d\*{4}\d{4}$/);
  const table = await admin.page.locator('.ant-table').innerText();
  expect(table).not.toMatch(/1\d{10}/); // no full phone anywhere
  await expect(sent.first().getByRole('link', { name: '客户档案' }).getAttribute('href')).resolves.toMatch(/^\/customers\/[0-9A-Z]{26}$/);
  await expectAccessible(admin.page, 'notification log');
  await screenshot(admin.page, 'notifications-log');

  await admin.page.getByLabel('渠道').click();
  await admin.page.locator('.ant-select-item-option').filter({ hasText: '电子邮件' }).click();
  await admin.page.getByRole('button', { name: /查\s*询/ }).click();
  await admin.page.getByText('这一天没有通知').waitFor();

  // The special-care household's phone task (the demo seed is deterministic: the demo tenant has one): completed from the log.
  await admin.page.getByRole('button', { name: /重\s*置/ }).click();
  const task = admin.page.locator('.ant-table-row').filter({ hasText: '电话任务' }).filter({ hasText: '待致电' });
  await task.first().waitFor();
  await task.first().getByRole('button', { name: /完\s*成/ }).click();
  const dialog = admin.page.getByRole('dialog');
  await dialog.getByLabel('备注').fill('已电话告知家属');
  await expectAccessible(admin.page, 'complete phone task');
  await dialog.getByRole('button', { name: /确\s*定/ }).click();
  await admin.page.locator('.ant-table-row').filter({ hasText: '电话任务' }).filter({ hasText: '已完成' }).first().waitFor();
  expect(admin.errors).toEqual([]);
  await admin.context.close();
}, 120_000);
