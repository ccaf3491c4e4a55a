import type { Browser, Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../support/app.ts';
import { expectAccessible, launchChromium, login, newPage, PHONE, screenshot, waitForHeading } from './browser.ts';

/**
 * The policies page in real Chromium: every role reads the rules in force with their defaults and
 * sources (an agent sees no schedule or apply button, on a desktop and on a phone); an admin
 * schedules a change through the generic form — a missing reason, a past day and a server field
 * error shown at their fields — sees it in force and in the history, cancels a scheduled one, and
 * applies a regulation pack, and reads the rules as of yesterday. axe-core on every view.
 */
let app: TestApp;
let browser: Browser;

const SECTION = 'customers.lifecycle';
const SPECIAL_CARE = '特殊关怀用户夜间不停气时段';
const PACK = '省级规定：夜间禁止恢复居民供气';

beforeAll(async () => {
  [app, browser] = await Promise.all([startTestApp({ seed: 'demo', customerScale: 0 }), launchChromium()]);
  // The demo seed schedules a New Year change of this section; withdrawn, so the page starts from
  // the defaults and no version at all (the API tests cover a seeded schedule).
  const admin = await app.login('demo', 'admin');
  for (const version of (await app.api(admin, 'GET', `/v1/policies/${SECTION}`)).body.scheduled) {
    expect((await app.api(admin, 'DELETE', `/v1/policies/${SECTION}/versions/${version.id}`)).status).toBe(200);
  }
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});


const section = (page: Page) => page.getByTestId(`policy-${SECTION}`);

it('shows an agent the rules in force with their defaults and sources, and no change buttons', async () => {
  const { context, page, errors } = await newPage(browser);
  await login(page, app.url, 'demo', 'agent', app.password);
  await waitForHeading(page, '工作台');
  await page.getByRole('navigation').getByRole('link', { name: '规则与政策' }).click();
  await waitForHeading(page, '规则与政策');
  const card = section(page);
  await card.getByRole('heading', { name: '用户账户：停气与复气' }).waitFor();
  const row = card.locator('.policy-values .ant-table-row').filter({ hasText: SPECIAL_CARE });
  expect(await row.innerText()).toContain('22:00–06:00');
  expect(await row.innerText()).toContain('003');
  expect(await card.locator('.policy-values .ant-table-row').filter({ hasText: '禁止恢复供气时段' }).innerText()).toContain('不启用');
  await card.getByText('使用默认值（尚未变更）').waitFor();
  await page.getByTestId(`pack-provincial-night-restoration`).getByText(PACK).waitFor();
  expect(await page.getByRole('button', { name: '计划变更' }).count()).toBe(0);
  expect(await page.getByRole('button', { name: /应用规则包/ }).count()).toBe(0);
  await expectAccessible(page, 'policies (agent)');
  expect(errors).toEqual([]);
  await context.close();
});

it('reads on a phone: values, defaults and sources stacked, no sideways scrolling', async () => {
  const { context, page, errors } = await newPage(browser, PHONE);
  await login(page, app.url, 'demo', 'agent', app.password);
  await waitForHeading(page, '工作台');
  await page.goto(`${app.url}/policies`);
  await waitForHeading(page, '规则与政策');
  const item = section(page).locator('.policy-value-item').filter({ hasText: SPECIAL_CARE });
  expect(await item.innerText()).toContain('22:00–06:00');
  expect(await item.innerText()).toContain('company rules 003');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectAccessible(page, 'policies (phone)');
  await screenshot(page, 'policies-phone');
  expect(errors).toEqual([]);
  await context.close();
});

it('lets an admin schedule a change, cancel a scheduled one and apply a regulation pack', async () => {
  const { context, page, errors } = await newPage(browser);
  await login(page, app.url, 'demo', 'admin', app.password);
  await waitForHeading(page, '工作台');
  await page.getByRole('navigation').getByRole('link', { name: '规则与政策' }).click();
  await waitForHeading(page, '规则与政策');
  const card = section(page);
  await card.locator('.policy-values .ant-table-row').filter({ hasText: SPECIAL_CARE }).waitFor();

  // The drawer: a form from the section's fields, starting from the values in force.
  await card.getByRole('button', { name: '计划变更' }).click();
  const drawer = page.getByRole('dialog');
  const window = drawer.getByRole('group', { name: SPECIAL_CARE });
  expect(await window.getByLabel('开始时间').inputValue()).toBe('22:00');
  expect(await window.getByLabel('结束时间').inputValue()).toBe('06:00');
  expect(await window.getByRole('switch', { name: '启用' }).getAttribute('aria-checked')).toBe('true');
  await expectAccessible(page, 'schedule drawer');

  // No reason: refused at the reason field before anything is sent.
  await drawer.getByRole('button', { name: '提交变更' }).click();
  await drawer.locator('.ant-form-item').filter({ hasText: '变更原因' }).getByText('请填写此项').waitFor();

  // A day before today (the tenant's) cannot be picked.
  await drawer.getByText('指定时间').click();
  await drawer.getByLabel(/^生效时间（/).click();
  const yesterday = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(Date.now() - 86_400_000));
  const cell = page.locator(`.ant-picker-dropdown td[title="${yesterday}"]`);
  if (await cell.count()) expect(await cell.first().getAttribute('class')).toContain('ant-picker-cell-disabled');
  await page.keyboard.press('Escape');
  await drawer.getByText('立即生效').click();

  await setTime(window.getByLabel('开始时间'), '21:00');
  await setTime(window.getByLabel('结束时间'), '07:00');
  await drawer.getByLabel('变更原因').fill('按 2026 年第 12 次办公会纪要调整夜间保护时段');

  // A refusal the browser cannot foresee lands under its field (a simulated 400 naming body.values.specialCareNight.start).
  await page.route('**/v1/policies/customers.lifecycle', (route) =>
    route.request().method() === 'PUT'
      ? route.fulfill({ status: 400, contentType: 'application/problem+json', body: JSON.stringify({ type: 'https://gascare.dev/problems/validation', title: 'Invalid request', status: 400, errors: [{ field: 'body.values.specialCareNight.start', message: '服务器：开始时间不合规' }] }) })
      : route.continue(),
  );
  await drawer.getByRole('button', { name: '提交变更' }).click();
  await window.getByText('服务器：开始时间不合规').waitFor();
  await page.unroute('**/v1/policies/customers.lifecycle');

  const put = page.waitForRequest((r) => r.method() === 'PUT' && r.url().endsWith('/v1/policies/customers.lifecycle'));
  await drawer.getByRole('button', { name: '提交变更' }).click();
  expect((await put).postDataJSON()).toMatchObject({
    values: { specialCareNight: { start: '21:00', end: '07:00' }, restorationBan: null, restorationBanClasses: ['residential'] },
    reason: '按 2026 年第 12 次办公会纪要调整夜间保护时段',
  });
  await drawer.waitFor({ state: 'hidden' });
  await card.locator('.policy-values .ant-table-row').filter({ hasText: SPECIAL_CARE }).filter({ hasText: '21:00–07:00' }).waitFor();
  await card.getByText(/^自 .+ 起生效$/).waitFor();
  await card.getByText('变更历史（1 个版本）').click();
  const history = card.locator('.policy-history .ant-table-row').first();
  await history.filter({ hasText: `${SPECIAL_CARE}：22:00–06:00 → 21:00–07:00` }).waitFor();
  expect(await history.innerText()).toContain('系统管理员');
  expect(await history.innerText()).toContain('当前生效');
  await expectAccessible(page, 'policies after a change');

  // A change scheduled for later is listed with its cancel button; cancelling removes it.
  const token = await app.login('demo', 'admin');
  const inForce = (await app.api(token, 'GET', `/v1/policies/${SECTION}`)).body.inForce.values;
  const later = new Date(Date.now() + 7 * 86_400_000).toISOString();
  expect((await app.api(token, 'PUT', `/v1/policies/${SECTION}`, { values: { ...inForce, specialCareNight: null }, effectiveFrom: later, reason: '下周起试行取消夜间保护' })).status).toBe(200);
  await page.reload();
  const scheduled = section(page).locator('.policy-scheduled .ant-table-row').filter({ hasText: '下周起试行取消夜间保护' });
  expect(await scheduled.innerText()).toContain(`${SPECIAL_CARE}：21:00–07:00 → 不启用`);
  await expectAccessible(page, 'a scheduled change');
  await scheduled.getByRole('button', { name: /^撤\s*销$/ }).click();
  await page.locator('.ant-popconfirm').getByRole('button', { name: /^撤\s*销$/ }).click();
  await page.getByText('已撤销待生效的变更').waitFor({ timeout: 60_000 }); // the DELETE's reply takes longer than 20 s under the full suite on 2 cores
  await section(page).locator('.policy-scheduled').waitFor({ state: 'detached' });

  // Apply the provincial pack from the page: the restoration ban is in force, named in the history.
  await page.getByRole('button', { name: `应用规则包：${PACK}` }).click();
  const modal = page.getByRole('dialog');
  await modal.getByLabel('变更原因').fill('本省燃气管理条例施行');
  await expectAccessible(page, 'apply pack dialog');
  await modal.getByRole('button', { name: '应用规则包' }).click();
  await page.getByText(new RegExp(`已应用“${PACK}”：1 个规则分组`)).waitFor();
  await section(page).locator('.policy-values .ant-table-row').filter({ hasText: '禁止恢复供气时段' }).filter({ hasText: '22:00–06:00' }).waitFor();
  await section(page).getByText('变更历史（2 个版本）').click();
  await section(page).locator('.policy-history .ant-table-row').first().filter({ hasText: PACK }).waitFor();
  await expectAccessible(page, 'policies after the pack');
  await screenshot(page, 'policies-admin');

  // As of yesterday (the tenant's clock): the defaults applied then.
  const asOf = page.getByLabel('查看时间点');
  await asOf.click();
  await asOf.fill(`${yesterday} 12:00`);
  await asOf.press('Enter');
  await page.getByText(/^以下为 .+ 生效的规则$/).waitFor();
  await section(page).getByText('使用默认值（尚未变更）').waitFor();
  const valueRow = section(page).locator('tr[data-row-key="specialCareNight"]');
  await valueRow.filter({ hasText: '22:00–06:00' }).waitFor();
  await section(page).locator('.policy-scheduled').getByText('本省燃气管理条例施行').waitFor(); // later versions are "scheduled" as of then
  await expectAccessible(page, 'policies as of yesterday');
  await page.getByRole('button', { name: '回到现在' }).click();
  await valueRow.filter({ hasText: '21:00–07:00' }).waitFor();
  expect(errors).toEqual([]);
  await context.close();
}, 120_000);

async function setTime(input: ReturnType<Page['locator']>, hhmm: string) {
  await input.click();
  await input.fill(hhmm);
  await input.press('Enter');
  await input.page().keyboard.press('Escape');
  expect(await input.inputValue()).toBe(hhmm);
}
