import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { startTestApp, type TestApp } from '../support/app.ts';
import { expectAccessible, launchChromium, login, newPage, screenshot, waitForHeading } from './browser.ts';

/**
 * The webhooks page in real Chromium: an admin subscribes a receiver started here (loopback,
 * which the local runtime allows) to tickets, sees the signing secret once, sends a test event,
 * sees it delivered with the receiver's status in the result and in the deliveries drawer, and
 * the page and its dialogs have no serious or critical accessibility violations.
 */
let app: TestApp;
let browser: Browser;
let receiver: Server;
let base: string;
const received: { path: string; body: string }[] = [];

beforeAll(async () => {
  receiver = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({ path: req.url ?? '/', body: Buffer.concat(chunks).toString('utf8') });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((done) => receiver.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
  [app, browser] = await Promise.all([startTestApp({ customerScale: 0, webhookRetryScale: 0.0001 }), launchChromium()]);
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  receiver?.closeAllConnections();
  await new Promise((done) => receiver?.close(done));
});

it('creates a webhook, shows its secret once, sends a test that is delivered, and is accessible', async () => {
  const admin = await newPage(browser);
  admin.page.setDefaultTimeout(15_000);
  await login(admin.page, app.url, 'demo', 'admin', app.password);
  await waitForHeading(admin.page, '工作台');
  await admin.page.getByRole('navigation').getByRole('link', { name: '事件推送（Webhook）' }).click();
  await waitForHeading(admin.page, '事件推送（Webhook）');
  await admin.page.getByText('还没有订阅').waitFor();
  await expectAccessible(admin.page, 'webhooks list');

  await admin.page.getByRole('button', { name: '新建订阅' }).click();
  const form = admin.page.getByRole('dialog');
  await form.getByLabel('接口地址').fill(`${base}/hooks/gascare`);
  await form.getByLabel('事件类型').click();
  await admin.page.locator('.ant-select-item-option').filter({ hasText: 'ticket.*' }).click();
  await form.getByLabel('事件类型').fill('customer.created'); // the list is virtual: search for the option
  await admin.page.locator('.ant-select-item-option').filter({ hasText: 'customer.created' }).click();
  await form.locator('.ant-modal-title').click(); // a click outside closes the dropdown
  await form.getByLabel('说明').fill('e2e receiver');
  await expectAccessible(admin.page, 'create webhook');
  await form.getByRole('button', { name: /创\s*建/ }).click();

  const shown = admin.page.getByRole('dialog').filter({ hasText: '请保存签名密钥' });
  await shown.getByText('密钥只显示这一次').waitFor();
  const secret = await shown.locator('.webhook-secret code').innerText();
  expect(secret).toMatch(/^whsec_[A-Za-z0-9_-]{32}$/);
  await expect(shown.getByRole('button', { name: '复制密钥' }).count()).resolves.toBe(1);
  await expectAccessible(admin.page, 'secret shown once');
  await shown.getByRole('button', { name: '我已保存密钥' }).click();
  await shown.waitFor({ state: 'hidden' });

  const row = admin.page.locator('.ant-table-row').filter({ hasText: `${base}/hooks/gascare` });
  await row.getByText('ticket.*').waitFor();
  await row.getByText('已启用').waitFor();
  expect(await admin.page.locator('main').innerText()).not.toContain(secret); // only its last 4 characters
  await row.getByText(`…${secret.slice(-4)}`).waitFor();

  await row.getByRole('button', { name: '发送测试' }).click();
  const result = admin.page.getByRole('dialog').filter({ hasText: '测试推送' });
  await result.getByText('已送达：接收方返回 204').waitFor({ timeout: 20_000 });
  expect(received.some((r) => r.path === '/hooks/gascare' && JSON.parse(r.body).type === 'webhook.test')).toBe(true);
  await result.getByRole('button', { name: /关\s*闭/ }).first().click();
  await result.waitFor({ state: 'hidden' });

  await row.getByRole('button', { name: '推送记录' }).click();
  const drawer = admin.page.locator('.ant-drawer');
  const delivery = drawer.locator('.ant-table-row').filter({ hasText: 'webhook.test' });
  await delivery.getByText('已送达').waitFor();
  await delivery.getByText('204').first().waitFor();
  await expectAccessible(admin.page, 'deliveries drawer');
  await screenshot(admin.page, 'webhooks-deliveries');
  expect(admin.errors).toEqual([]);
  await admin.context.close();
}, 60_000);
