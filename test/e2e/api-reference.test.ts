import type { Page } from 'playwright-core';
import { appAndBrowser, expectAccessible, login, newPage, screenshot, waitForHeading } from './browser.ts';

/**
 * The API reference page in real Chromium: an admin opens 「API 参考」 from the menu and sees the
 * OpenAPI document the server serves rendered (an operation's summary, its path), every request
 * of the page stayed on the local origin (no CDN, no web font: the renderer is bundled), the page
 * has no serious or critical accessibility violation, the menu says "API reference" in English,
 * and under the console's real CSP (no bypass) the reference renders just the same.
 */
const run = appAndBrowser();

const WEBHOOK_CREATE = 'Subscribe an https endpoint to event types';
const LOCAL = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Every request of the page's context, and those that would have left the machine (refused). */
async function recordRequests(page: Page): Promise<{ all: string[]; external: string[] }> {
  const seen = { all: [] as string[], external: [] as string[] };
  await page.context().route('**', async (route) => {
    const url = new URL(route.request().url());
    seen.all.push(url.href);
    if (['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol) && !LOCAL.has(url.hostname)) {
      seen.external.push(url.href);
      await route.abort('internetdisconnected');
    } else await route.continue();
  });
  return seen;
}

/** RapiDoc shows one operation at a time: pick `POST /v1/webhooks` by its summary in RapiDoc's side bar. */
async function openWebhookCreate(page: Page): Promise<void> {
  const doc = page.locator('rapi-doc');
  await doc.locator('nav.nav-bar [data-action="navigate"]').filter({ hasText: WEBHOOK_CREATE }).first().click();
  const operation = doc.locator('main.main-content').filter({ hasText: WEBHOOK_CREATE }).first();
  await operation.waitFor();
  await operation.getByText('/v1/webhooks').first().waitFor();
}

it('renders the served OpenAPI document from the bundle, with no request leaving localhost, accessibly, in Chinese and English', async () => {
  const admin = await newPage(run.browser);
  const requests = await recordRequests(admin.page);
  await login(admin.page, run.app.url, 'demo', 'admin', run.app.password);
  await waitForHeading(admin.page, '工作台');
  await admin.page.getByRole('navigation').getByRole('link', { name: 'API 参考' }).click();
  await waitForHeading(admin.page, 'API 参考');
  await openWebhookCreate(admin.page);
  await expect(admin.page.getByRole('link', { name: '下载 OpenAPI 文档（JSON）' }).getAttribute('href')).resolves.toBe('/openapi.json');
  await admin.page.waitForLoadState('networkidle');
  await expectAccessible(admin.page, 'api reference');
  await screenshot(admin.page, 'api-reference', false);

  expect(requests.external).toEqual([]);
  expect(requests.all.some((u) => new URL(u).pathname === '/openapi.json')).toBe(true);
  expect(requests.all.some((u) => /\/assets\/rapidoc-[\w-]+\.js$/.test(new URL(u).pathname))).toBe(true);

  await admin.page.getByRole('banner').getByText('English', { exact: true }).click();
  await admin.page.getByRole('navigation').getByRole('link', { name: 'API reference' }).waitFor();
  await waitForHeading(admin.page, 'API reference');
  await admin.page.getByRole('link', { name: 'Download the OpenAPI document (JSON)' }).waitFor();
  await expectAccessible(admin.page, 'api reference, English');
  expect(requests.external).toEqual([]);
  expect(admin.errors).toEqual([]);
  await admin.context.close();
}, 240_000);

it('renders under the console’s own Content-Security-Policy (no inline script, no eval)', async () => {
  const strict = await newPage(run.browser, { viewport: { width: 1366, height: 900 }, locale: 'zh-CN', timezoneId: 'Europe/Berlin' });
  const violations: string[] = [];
  strict.page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await login(strict.page, run.app.url, 'demo', 'admin', run.app.password);
  await waitForHeading(strict.page, '工作台');
  await strict.page.goto(`${run.app.url}/api-reference`);
  await waitForHeading(strict.page, 'API 参考');
  await openWebhookCreate(strict.page);
  expect(violations).toEqual([]);
  expect(strict.errors).toEqual([]);
  await strict.context.close();
}, 240_000);

it('has no menu entry for a manager', async () => {
  const manager = await newPage(run.browser);
  await login(manager.page, run.app.url, 'demo', 'manager', run.app.password);
  await waitForHeading(manager.page, '工作台');
  await expect(manager.page.getByRole('navigation').getByRole('link', { name: 'API 参考' }).count()).resolves.toBe(0);
  await manager.context.close();
}, 60_000);
