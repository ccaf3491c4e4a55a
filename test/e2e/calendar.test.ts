import type { Browser, Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../support/app.ts';
import { expectAccessible, launchChromium, login, newPage, PHONE, screenshot, waitForHeading } from './browser.ts';

/**
 * The business calendar in real Chromium: 2026 with 国庆节 marked (colour and a badge), an admin
 * marks a local holiday and saves it, a non-admin sees the calendar read-only, the dashboard
 * warns admins in December about the coming year; axe-core finds no serious or critical violation.
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


const cell = (page: Page, date: string) => page.locator(`td[data-date="${date}"]`);
const shanghai = () => new Date().toLocaleString('sv-SE', { timeZone: 'Asia/Shanghai' });

it('an admin sees 2026 with 国庆节 marked, marks a local holiday and saves it', async () => {
  const { context, page, errors } = await newPage(browser);
  await login(page, app.url, 'demo', 'admin', app.password);
  await waitForHeading(page, '工作台');
  if (shanghai().slice(5, 7) === '12') {
    const next = Number(shanghai().slice(0, 4)) + 1;
    await page.getByTestId(`dashboard-calendar-${next}`).getByText(`${next} 年法定节假日尚未发布/载入，日历暂按仅周末计算。`).waitFor();
  }
  await page.getByRole('navigation').getByRole('link', { name: '工作日历' }).click();
  await waitForHeading(page, '工作日历');
  await page.goto(`${app.url}/calendar?year=2026`);
  await waitForHeading(page, '工作日历');

  const national = cell(page, '2026-10-01');
  await national.waitFor();
  expect(await national.getAttribute('data-kind')).toBe('holiday');
  await national.getByRole('button', { name: /2026-10-01，节假日：国庆节/ }).waitFor();
  expect(await national.locator('.calendar-badge').innerText()).toBe('休');
  expect(await cell(page, '2026-10-10').getAttribute('data-kind')).toBe('makeup-working');
  expect(await cell(page, '2026-10-10').locator('.calendar-badge').innerText()).toBe('班');
  expect(await page.getByTestId('calendar-source').innerText()).toContain('chinese-days 1.5.7');
  await expectAccessible(page, 'calendar 2026');
  await screenshot(page, 'calendar-2026');

  await cell(page, '2026-11-30').getByRole('button').click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('radio', { name: '节假日' }).check();
  await dialog.getByLabel('名称').fill('公司成立日');
  await expectAccessible(page, 'day editor');
  await dialog.getByRole('button', { name: /确\s*定/ }).click();
  expect(await cell(page, '2026-11-30').getAttribute('data-kind')).toBe('holiday');
  await page.getByTestId('calendar-save').click();
  await page.getByText('已保存 2026 年日历').waitFor();

  await page.reload();
  await cell(page, '2026-11-30').getByRole('button', { name: /公司成立日 · 本地/ }).waitFor();
  await page.getByText(/最后修改：/).waitFor();
  expect(errors).toEqual([]);
  await context.close();
}, 120_000);

it('shows 2027 as weekends only with a warning, read-only for an agent, on a phone', async () => {
  const { context, page, errors } = await newPage(browser, PHONE);
  await login(page, app.url, 'demo', 'agent', app.password);
  await waitForHeading(page, '工作台');
  await page.goto(`${app.url}/calendar?year=2027`);
  await waitForHeading(page, '工作日历');
  await page.getByTestId('calendar-warning-official-data-missing').getByText('2027 年法定节假日尚未发布/载入，日历暂按仅周末计算。').waitFor();
  expect(await cell(page, '2027-01-02').getAttribute('data-kind')).toBe('weekend');
  expect(await page.getByTestId('calendar-save').count()).toBe(0);
  expect(await cell(page, '2027-01-01').getByRole('button').count()).toBe(0);
  await page.getByText('仅管理员可修改日历。', { exact: false }).waitFor();
  await expectAccessible(page, 'calendar 2027 on a phone');
  await screenshot(page, 'calendar-2027-phone');
  expect(errors).toEqual([]);
  await context.close();
}, 120_000);
