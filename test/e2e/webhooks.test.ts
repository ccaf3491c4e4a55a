import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { startTestApp, type TestApp } from '../support/app.ts';
import { expectAccessible, launchChromium, login, newPage, screenshot, waitForHeading } from './browser.ts';

/**
 * The webhooks page in real Chromium: an admin subscribes a receiver started here (loopback,
 * which the local runtime allows) to tickets, sees the signing secret once, sends a test event,
 * sees it delivered with the receiver's status in the result and in the deliveries drawer, and
 * the page and its dialogs have no serious or critical accessibility violations. A second
 * webhook's receiver fails on purpose (503, with the retry schedule scaled down: eight attempts
 * in seconds) until its delivery is dead: the admin redelivers it from the drawer once the
 * receiver is well again and sees the new round's attempt delivered; disables and enables the
 * webhook, rotates its secret (the new one shown once), and deletes it.
 */
let app: TestApp;
let browser: Browser;
let receiver: Server;
let base: string;
const received: { path: string; body: string }[] = [];
/** While true, the receiver answers 503 at /down (a receiver failing until it is fixed). */
let down = true;

beforeAll(async () => {
  receiver = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({ path: req.url ?? '/', body: Buffer.concat(chunks).toString('utf8') });
      res.writeHead(req.url === '/down' && down ? 503 : 204).end();
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

async function until<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const got = await probe();
    if (got !== undefined) return got;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

it('redelivers a dead delivery from the drawer, disables and enables, rotates the secret shown once, and deletes', async () => {
  // Set up through the API: a webhook whose receiver fails, and a test event sent to it until it is dead.
  const token = await app.login('demo', 'admin');
  const created = await app.api(token, 'POST', '/v1/webhooks', { url: `${base}/down`, events: ['ticket.*'], description: 'e2e failing receiver' });
  expect(created.status).toBe(201);
  const hook = created.body as { id: string; secret: string; secretHint: string };
  expect((await app.api(token, 'POST', `/v1/webhooks/${hook.id}/test`)).status).toBeLessThan(300);
  await until('the delivery to die', async () => {
    const list = await app.api<{ items: { state: string }[] }>(token, 'GET', `/v1/webhooks/${hook.id}/deliveries?state=dead`);
    return list.body.items[0];
  });

  const admin = await newPage(browser);
  admin.page.setDefaultTimeout(30_000);
  await login(admin.page, app.url, 'demo', 'admin', app.password);
  await waitForHeading(admin.page, '工作台');
  await admin.page.goto(`${app.url}/webhooks`);
  await waitForHeading(admin.page, '事件推送（Webhook）');
  const row = admin.page.locator('.ant-table-row').filter({ hasText: `${base}/down` });
  await row.getByText('已启用').waitFor();

  // The dead delivery in the drawer: 8 attempts, the receiver's 503, a redeliver button.
  await row.getByRole('button', { name: '推送记录' }).click();
  const drawer = admin.page.locator('.ant-drawer').filter({ hasText: `推送记录：${base}/down` });
  const delivery = drawer.locator('.ant-table-row').filter({ hasText: 'webhook.test' });
  await delivery.getByText('已放弃').waitFor();
  await expect(delivery.locator('td').nth(4).innerText()).resolves.toBe('8'); // after the expand column, event, time, state
  await delivery.getByText('503').first().waitFor();
  await expectAccessible(admin.page, 'deliveries drawer with a dead delivery');

  down = false;
  await delivery.getByRole('button', { name: '重新推送' }).click();
  await admin.page.getByText('已重新排入推送队列').waitFor();
  await until('the redelivery to show as delivered', async () => {
    if (await delivery.getByText('已送达').count()) return true;
    await drawer.getByRole('button', { name: /^刷\s*新$/ }).click();
    await drawer.locator('.ant-spin-spinning').first().waitFor({ state: 'detached' });
    return undefined;
  });
  await delivery.getByText('第 2 轮').waitFor(); // the round beside the attempt count
  await expect(delivery.getByRole('button', { name: '重新推送' }).count()).resolves.toBe(0);
  await delivery.getByRole('button', { name: /展开行|Expand row/ }).click();
  const attempts = drawer.locator('.ant-table-expanded-row').first();
  await expect(attempts.locator('tbody tr:not(.ant-table-measure-row)').count()).resolves.toBe(9); // eight 503s, then the redelivered 204
  await attempts.getByText('204').waitFor();
  await screenshot(admin.page, 'webhooks-redelivered');
  await drawer.getByRole('button', { name: '关闭', exact: true }).click();
  await drawer.waitFor({ state: 'hidden' });

  // Disable: the state label changes and no test can be sent; enable again.
  await row.getByRole('button', { name: '更多操作' }).click();
  await admin.page.getByRole('menuitem', { name: '停用' }).click();
  await row.getByText('已停用').waitFor();
  await expect(row.getByRole('button', { name: '发送测试' }).isDisabled()).resolves.toBe(true);
  await row.getByRole('button', { name: '更多操作' }).click();
  await admin.page.getByRole('menuitem', { name: '启用' }).click();
  await row.getByText('已启用').waitFor();
  await expect(row.getByRole('button', { name: '发送测试' }).isEnabled()).resolves.toBe(true);

  // Rotate: confirmed, the new secret shown once with until when the old one still signs.
  await row.getByRole('button', { name: '更多操作' }).click();
  await admin.page.getByRole('menuitem', { name: '更换密钥' }).click();
  const confirmRotate = admin.page.getByRole('dialog').filter({ hasText: '更换签名密钥？' });
  await confirmRotate.getByText('旧密钥在 24 小时内仍然有效').waitFor();
  await expectAccessible(admin.page, 'rotate confirm');
  await confirmRotate.getByRole('button', { name: /^更\s*换$/ }).click();
  const shown = admin.page.getByRole('dialog').filter({ hasText: '密钥已更换：请保存新的签名密钥' });
  await shown.getByText('密钥只显示这一次').waitFor();
  await shown.getByText(/旧密钥在 .+ 之前仍然有效/).waitFor();
  const secret = await shown.locator('.webhook-secret code').innerText();
  expect(secret).toMatch(/^whsec_[A-Za-z0-9_-]{32}$/);
  expect(secret).not.toBe(hook.secret);
  await expectAccessible(admin.page, 'rotated secret shown once');
  await shown.getByRole('button', { name: '我已保存密钥' }).click();
  await shown.waitFor({ state: 'hidden' });
  await row.getByText(`…${secret.slice(-4)}`).waitFor();
  expect(await admin.page.locator('main').innerText()).not.toContain(secret);

  // Delete: confirmed, and the row is gone.
  await row.getByRole('button', { name: '更多操作' }).click();
  await admin.page.getByRole('menuitem', { name: '删除' }).click();
  const confirmDelete = admin.page.getByRole('dialog').filter({ hasText: '删除这个订阅？' });
  await confirmDelete.getByText(`删除后不再向 ${base}/down 推送任何事件`).waitFor();
  await expectAccessible(admin.page, 'delete confirm');
  await confirmDelete.getByRole('button', { name: /^删\s*除$/ }).click();
  await admin.page.getByText('订阅已删除').waitFor();
  await row.waitFor({ state: 'detached' });
  expect((await app.api(token, 'GET', `/v1/webhooks/${hook.id}`)).status).toBe(404);
  expect(admin.errors).toEqual([]);
  await admin.context.close();
}, 240_000);
