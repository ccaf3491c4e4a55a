import type { Browser } from 'playwright-core';
import { startTestApp, type TestApp } from '../support/app.ts';
import { expectAccessible, launchChromium, login, newPage, screenshot, waitForHeading } from './browser.ts';

/**
 * User management in real Chromium: an admin creates a user and copies the setup link; the user
 * sets a password on the link's page and signs in; the admin disables them and their open console
 * is signed out at its next request; the user changes their own password on the account page.
 */
let app: TestApp;
let browser: Browser;

beforeAll(async () => {
  [app, browser] = await Promise.all([startTestApp({ seed: 'demo', customerScale: 0 }), launchChromium()]);
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});


it('an admin creates a user with a setup link, the user sets a password, a disable signs them out', async () => {
  const admin = await newPage(browser);
  await login(admin.page, app.url, 'demo', 'admin', app.password);
  await waitForHeading(admin.page, '工作台');
  await admin.page.getByRole('navigation').getByRole('link', { name: '用户管理' }).click();
  await waitForHeading(admin.page, '用户管理');
  await admin.page.locator('.ant-table-row').filter({ hasText: '片区经理 王芳' }).waitFor();
  await expectAccessible(admin.page, 'users');

  await admin.page.getByRole('button', { name: '新建用户' }).click();
  const dialog = admin.page.getByRole('dialog');
  await dialog.getByLabel('用户名').fill('e2e-agent');
  await dialog.getByLabel('姓名', { exact: true }).fill('坐席 端到端');
  await dialog.getByRole('button', { name: /保\s*存/ }).click();
  const link = await admin.page.locator('.reset-link').innerText();
  expect(link).toContain('/reset-password#tenant=demo&token=');
  await expectAccessible(admin.page, 'setup link');
  await screenshot(admin.page, 'users-setup-link');
  await admin.page.getByRole('dialog').getByRole('button', { name: /关\s*闭/ }).last().click();
  await admin.page.locator('.ant-table-row').filter({ hasText: 'e2e-agent' }).filter({ hasText: '未设置密码' }).waitFor();

  const user = await newPage(browser);
  await user.page.goto(link.trim());
  await waitForHeading(user.page, '设置密码');
  await user.page.getByLabel('新密码', { exact: true }).fill('Gas-meter-2026');
  await user.page.getByLabel('再次输入新密码').fill('Gas-meter-2026');
  await user.page.getByRole('button', { name: /保\s*存/ }).click();
  await user.page.getByText('密码已设置，请用新密码登录。').waitFor();
  await expectAccessible(user.page, 'reset page');
  await login(user.page, app.url, 'demo', 'e2e-agent', 'Gas-meter-2026');
  await waitForHeading(user.page, '工作台');

  await admin.page.reload();
  const row = admin.page.locator('.ant-table-row').filter({ hasText: 'e2e-agent' });
  await row.getByRole('button', { name: /^停\s*用$/ }).click();
  await admin.page.locator('.ant-popconfirm').getByRole('button', { name: /^停\s*用$/ }).click();
  await row.getByText('已停用').waitFor();

  await user.page.getByRole('navigation').getByRole('link', { name: '我的账户' }).click();
  await user.page.getByText('会话已过期，请重新登录。').waitFor();
  expect(admin.errors).toEqual([]);
  await Promise.all([admin.context.close(), user.context.close()]);
}, 120_000);

it('a user changes their own password on the account page', async () => {
  const { context, page } = await newPage(browser);
  await login(page, app.url, 'demo', 'field', app.password);
  await waitForHeading(page, '工作台');
  await page.getByRole('navigation').getByRole('link', { name: '我的账户' }).click();
  await waitForHeading(page, '我的账户');
  await page.getByLabel('当前密码').fill(app.password);
  await page.getByLabel('新密码', { exact: true }).fill('Meter-reader-2026');
  await page.getByLabel('再次输入新密码').fill('Meter-reader-2026');
  await page.getByRole('button', { name: '修改密码' }).click();
  await page.getByText('密码已修改，其他设备上的登录已退出。').waitFor();
  await expectAccessible(page, 'account with password changed');
  expect((await app.api(null, 'POST', '/v1/auth/login', { tenant: 'demo', username: 'field', password: 'Meter-reader-2026' })).status).toBe(200);
  await context.close();
});
