import type { Browser } from 'playwright-core';
import { startTestApp, type TestApp } from '../support/app.ts';
import { expectAccessible, launchChromium, login, newPage, screenshot, waitForHeading } from './browser.ts';

/**
 * Meter reading in the console, in real Chromium over the demo's year of readings: the read
 * cycles' charts and list with a cycle's meters, the exception queue with its history chart and a
 * review, a read book re-sequenced by keyboard and by drag (saved, reloaded, and refused when
 * stale), the printable route sheet, and the reader's phone entry posted offline then online and
 * accepted once. axe-core on every view.
 */
let app: TestApp;
let browser: Browser;

beforeAll(async () => {
  [app, browser] = await Promise.all([startTestApp({ seed: 'demo' }), launchChromium()]);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

it('shows a region\'s read rates against the target, its cycles and a cycle\'s meters in walk order', async () => {
  const { context, page, errors } = await newPage(browser);
  await login(page, app.url, 'demo', 'manager', app.password);
  await waitForHeading(page, '工作台');
  await page.getByRole('navigation').getByRole('link', { name: '抄表周期' }).click();
  await waitForHeading(page, '抄表周期');

  const token = await app.login('demo', 'manager');
  const api = (await app.api(token, 'GET', '/v1/read-cycles?regionId=r-east&limit=20')).body;
  const chart = page.getByTestId('read-rate-residentialOutdoor');
  await chart.waitFor();
  const description = (await chart.getAttribute('aria-label'))!;
  expect(description).toContain('目标 98%');
  const latest = api.regions.find((s: { scope: string; cadence: string }) => s.scope === 'region' && s.cadence === 'residentialOutdoor');
  expect(description).toContain(latest.period);
  await page.getByTestId('accuracy').waitFor();

  const rows = page.getByTestId('cycles-table').locator('.ant-table-row');
  await rows.first().waitFor();
  expect(await rows.count()).toBe(api.items.length);
  const first = api.items[0];
  expect(await rows.first().innerText()).toContain(first.bookName);
  expect(await rows.first().innerText()).toContain(`${first.counts.read} / ${first.counts.due}`);
  await expectAccessible(page, 'read cycles');
  await screenshot(page, 'reading-cycles');

  // Filter by state: the demo's cycles are all closed.
  await page.getByLabel('状态').click();
  await page.locator('.ant-select-item-option').filter({ hasText: '进行中' }).click();
  await page.getByRole('button', { name: /查\s*询/ }).click();
  await page.getByText('没有符合条件的抄表周期。').waitFor();
  await page.getByRole('button', { name: /重\s*置/ }).click();
  await rows.first().waitFor();

  await rows.first().getByRole('button', { name: `查看 ${first.bookName} ${first.period}` }).click();
  const drawer = page.getByTestId('cycle-drawer');
  const detail = (await app.api(token, 'GET', `/v1/read-cycles/${first.id}`)).body;
  const meterRows = drawer.getByTestId('cycle-meters').locator('.ant-table-row');
  await meterRows.first().waitFor();
  expect(await meterRows.count()).toBe(detail.meters.length);
  expect((await meterRows.allInnerTexts()).map((r) => r.split('\t')[1])).toEqual(detail.meters.map((m: { serial: string }) => m.serial));
  expect(await drawer.locator('[data-status=read]').count()).toBe(detail.meters.filter((m: { status: string }) => m.status === 'read').length);
  expect(await drawer.locator('[data-follow-up]').count()).toBe(detail.meters.filter((m: { followUpId: string | null }) => m.followUpId).length);
  expect(await drawer.getByTestId('cycle-progress').getAttribute('aria-label')).toBe(`抄表进度：已抄 ${detail.counts.read} / 应抄 ${detail.counts.due}`);
  await expectAccessible(page, 'read cycle drawer');
  await screenshot(page, 'reading-cycle-drawer');
  expect(errors).toEqual([]);
  await context.close();
}, 120_000);
