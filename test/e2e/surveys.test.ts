import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../support/app.ts';
import { runJob } from '../support/jobs.ts';
import { expectAccessible, launchChromium, login, newPage, PHONE, screenshot, waitForHeading } from './browser.ts';

/**
 * Satisfaction surveys in real Chromium: an admin creates a campaign in the editor, starts it and
 * renames it, the job sends its invitations; a customer answers the public page on a 375 × 667 phone in
 * Chinese and another in English, a second visit finds it answered and a tampered link is
 * refused; an agent records a special-care household's phone interview with a low score and
 * follows the follow-up ticket it opened; a manager reads the results (charts, comments) and
 * exports them as CSV and Excel, and finds the month on the dashboard's trend. axe on every view.
 */
let app: TestApp;
let browser: Browser;
let admin: string;
const stamp = Date.now() % 100000;
const CAMPAIGN = `公福用户满意度 ${stamp}`;
const CUSTOMERS = { web: `问卷甲${stamp}`, english: `问卷乙${stamp}`, care: `回访老人${stamp}` };
let campaignId: string;
/** The public page's paths (`/s/<token>`) of the two customers texted a link. */
const links: Record<'web' | 'english', string> = { web: '', english: '' };

/** A phone of the smallest size the page is made for. */
const SMALL_PHONE = { ...PHONE, viewport: { width: 375, height: 667 } };

interface Invitation {
  id: string;
  customerName: string;
  channel: string;
  status: string;
  link: string | null;
  answer: { channel: string; by: string | null; scores: Record<string, number> } | null;
  followUpTicketId: string | null;
}

beforeAll(async () => {
  [app, browser] = await Promise.all([startTestApp({ seed: 'demo', customerScale: 0 }), launchChromium()]);
  admin = await app.login('demo', 'admin');
  // Public-welfare customers with gas on of their own (the campaign samples only that class), two texted, one called.
  const customer = async (name: string, overrides: Record<string, unknown> = {}) => {
    const res = await app.api(admin, 'POST', '/v1/customers', {
      accountNumber: `SV-${stamp}-${Math.random().toString(36).slice(2, 6)}`,
      class: 'public-welfare',
      name,
      phone: `1370000${String(Math.floor(Math.random() * 10000)).padStart(4, '0')}`,
      address: '和平路 9 号',
      regionId: 'r-east',
      ...overrides,
    });
    expect(res.status).toBe(201);
    // A periodic campaign samples the customers with gas on (the sampling frame).
    const act = (body: Record<string, unknown>) => app.api(admin, 'POST', `/v1/customers/${res.body.id}/actions`, body);
    expect((await act({ action: 'accept', inspectionPassedAt: '2026-01-04T09:00:00+08:00', inspector: '陈刚' })).status).toBe(200);
    for (const contract of ['supply', 'safe-use']) expect((await act({ action: 'sign-contract', contract, signedAt: '2026-01-05T09:00:00+08:00' })).status).toBe(200);
    expect((await act({ action: 'gas-on' })).body.state).toBe('gas-on');
  };
  await customer(CUSTOMERS.web);
  await customer(CUSTOMERS.english);
  await customer(CUSTOMERS.care, { specialCare: { elderly: true, livingAlone: true } });
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const invitations = async (): Promise<Invitation[]> => {
  const res = await app.api<{ items: Invitation[] }>(admin, 'GET', `/v1/survey-campaigns/${campaignId}/invitations?limit=100`);
  expect(res.status).toBe(200);
  return res.body.items;
};

/** Scores a dimension (its fieldset is named by the question) by tapping the score's button. */
async function score(page: Page, dimension: string | RegExp, value: number) {
  const group = page.getByRole('group', { name: dimension });
  await group.locator('.ant-radio-button-wrapper').nth(value - 1).click();
  expect(await group.getByRole('radio', { checked: true }).getAttribute('value')).toBe(String(value));
}

it('creates a campaign in the editor, starts and renames it; the job invites its customers', async () => {
  const { page, errors, context } = await newPage(browser);
  await login(page, app.url, 'demo', 'admin', app.password);
  await waitForHeading(page, '工作台');
  await page.getByRole('navigation').getByRole('link', { name: '满意度调查' }).click();
  await waitForHeading(page, '满意度调查');
  await expectAccessible(page, 'campaigns');

  await page.getByRole('button', { name: /新建调查/ }).click();
  await waitForHeading(page, '新建调查');
  await page.getByLabel('调查名称').fill(`${CAMPAIGN} 草稿`);
  await page.getByLabel('调查片区').click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '东城片区' }).click();
  await page.keyboard.press('Escape');
  await page.locator('label.ant-checkbox-wrapper', { hasText: '居民' }).click(); // the default class, off
  await page.locator('label.ant-checkbox-wrapper', { hasText: '公福' }).click();
  await page.getByLabel('抽样比例（%）').fill('100');
  await page.getByLabel('免打扰天数').fill('0');
  // A quota naming neither a region nor a class is refused before anything is sent.
  await page.getByRole('button', { name: '添加配额' }).click();
  await page.getByLabel('最多人数 1').fill('50');
  await page.getByRole('button', { name: /创建调查/ }).click();
  await page.getByText('配额须指定片区或客户类别').waitFor();
  await page.getByLabel('片区 1', { exact: true }).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '东城片区' }).click();
  await expectAccessible(page, 'campaign editor');
  await screenshot(page, 'surveys-editor');
  await page.getByRole('button', { name: /创建调查/ }).click();

  await waitForHeading(page, '调查详情');
  const summary = page.getByTestId('campaign-summary');
  await summary.locator('[data-state=draft]').waitFor();
  expect(await summary.innerText()).toMatch(new RegExp(`${CAMPAIGN}[\\s\\S]*定期调查[\\s\\S]*每季度[\\s\\S]*东城片区 · 公福[\\s\\S]*短信[\\s\\S]*100%[\\s\\S]*东城片区：最多 50 人`));
  campaignId = new URL(page.url()).pathname.split('/').pop()!;
  await page.getByTestId('campaign-actions').getByRole('button', { name: /启\s*动/ }).click();
  await summary.locator('[data-state=running]').waitFor();
  expect(await page.getByTestId('campaign-actions').getByRole('button', { name: /暂\s*停/ }).count()).toBe(1);

  // Started, it may still be renamed (with the version read); what it samples from is fixed.
  await page.getByTestId('campaign-actions').getByRole('button', { name: /编\s*辑/ }).click();
  await waitForHeading(page, '编辑调查');
  expect(await page.getByLabel('调查名称').inputValue()).toBe(`${CAMPAIGN} 草稿`);
  expect(await page.getByLabel('抽样比例（%）').inputValue()).toBe('100.00');
  expect(await page.getByTestId('campaign-fixed').innerText()).toMatch(/定期调查[\s\S]*每季度[\s\S]*东城片区[\s\S]*公福[\s\S]*短信/); // as text, not as controls
  expect(await page.getByRole('radio', { name: '短信' }).count()).toBe(0);
  await page.getByLabel('调查名称').fill(CAMPAIGN);
  await expectAccessible(page, 'campaign editor (a started campaign)');
  await page.getByRole('button', { name: /保\s*存/ }).click();
  await waitForHeading(page, '调查详情');
  await summary.locator('h2', { hasText: CAMPAIGN }).waitFor();
  expect(await summary.innerText()).not.toContain('草稿');

  await runJob(app.api, admin, 'survey-campaigns', { asOf: new Date().toISOString() });
  const sent = await invitations();
  const mine = (name: string) => sent.find((i) => i.customerName === name);
  for (const key of ['web', 'english'] as const) {
    const invitation = mine(CUSTOMERS[key]);
    expect(invitation).toMatchObject({ channel: 'sms', status: 'sent' });
    links[key] = new URL(invitation!.link!, app.url).pathname;
    expect(links[key]).toMatch(/^\/s\/[^/]{10,}$/);
  }
  expect(mine(CUSTOMERS.care)).toMatchObject({ channel: 'phone-task', status: 'sent' }); // a special-care household is called, not texted

  await page.reload();
  await waitForHeading(page, '调查详情');
  await page.locator('[data-testid=invitations] .ant-table-row', { hasText: CUSTOMERS.web }).waitFor();
  expect(await page.getByTestId('campaign-progress').innerText()).toMatch(/已邀请\s*[1-9]/);
  await expectAccessible(page, 'campaign page');
  await screenshot(page, 'surveys-campaign');
  expect(errors).toEqual([]);
  await context.close();
}, 240_000);

it('is answered on a phone in Chinese; a second visit finds it answered, a tampered link is refused', async () => {
  const { page, errors, context } = await newPage(browser, SMALL_PHONE);
  await page.goto(`${app.url}${links.web}`);
  await page.getByRole('group', { name: /服务态度/ }).waitFor(); // the questions are here, not only the heading
  expect(new URL(page.url()).pathname).toBe(links.web); // no login in between
  expect(await page.getByRole('navigation').count()).toBe(0); // nor the console's menu
  expect(await page.getByTestId('survey-company').innerText()).not.toBe('');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await expectAccessible(page, 'public survey (zh)');
  await screenshot(page, 'surveys-public-zh');

  await page.getByRole('button', { name: /提\s*交/ }).click();
  expect(await page.getByRole('alert').allInnerTexts()).toEqual(['请为「服务态度」打分', '请为「服务质量」打分', '请为「问题解决」打分', '请为「售后服务」打分']);
  await expectAccessible(page, 'public survey with its errors');
  await score(page, /服务态度/, 5);
  await score(page, /服务质量/, 4);
  await score(page, /问题解决/, 5);
  await score(page, /售后服务/, 4);
  await page.getByLabel('其他意见或建议（选填）').fill('师傅很耐心，讲解清楚');
  await page.getByRole('button', { name: /提\s*交/ }).click();
  await waitForHeading(page, '感谢您的评价！');
  await expectAccessible(page, 'public survey thanks (zh)');
  await screenshot(page, 'surveys-public-thanks');

  await page.reload();
  await waitForHeading(page, '此问卷已经填写过了');
  expect(await page.getByTestId('survey-refused').getAttribute('data-outcome')).toBe('answered');
  await expectAccessible(page, 'public survey answered');

  const token = links.web.slice('/s/'.length);
  const tampered = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`; // one letter of the signature
  await page.goto(`${app.url}/s/${tampered}`);
  await waitForHeading(page, '链接无效');
  expect(await page.getByTestId('survey-refused').getAttribute('data-outcome')).toBe('invalid');
  await expectAccessible(page, 'public survey invalid link');
  await screenshot(page, 'surveys-public-invalid');
  expect(errors).toEqual([]);
  await context.close();
}, 120_000);

it('is answered on a phone in English', async () => {
  const { page, errors, context } = await newPage(browser, SMALL_PHONE);
  await page.goto(`${app.url}${links.english}`);
  await page.getByRole('group', { name: /服务态度/ }).waitFor();
  await page.getByText('English', { exact: true }).click();
  await waitForHeading(page, 'Satisfaction survey');
  expect(await page.getAttribute('html', 'lang')).toBe('en');
  await expectAccessible(page, 'public survey (en)');
  await screenshot(page, 'surveys-public-en');
  await score(page, /Service attitude/, 4);
  await score(page, /Service quality/, 4);
  await score(page, /Problem resolution/, 3);
  await score(page, /After-sales service/, 5);
  await page.getByRole('button', { name: 'Submit' }).click();
  await waitForHeading(page, 'Thank you for your feedback!');
  await expectAccessible(page, 'public survey thanks (en)');
  await page.reload();
  await waitForHeading(page, 'This survey has already been answered');
  expect((await invitations()).filter((i) => i.status === 'answered').map((i) => i.customerName).sort()).toEqual([CUSTOMERS.web, CUSTOMERS.english].sort());
  expect(errors).toEqual([]);
  await context.close();
}, 120_000);

it('lets an agent record a phone interview; a low score opens a follow-up ticket', async () => {
  const { page, errors, context } = await newPage(browser);
  await login(page, app.url, 'demo', 'agent', app.password);
  await waitForHeading(page, '工作台');
  await page.getByRole('navigation').getByRole('link', { name: '满意度调查' }).click();
  await waitForHeading(page, '满意度调查');
  expect(await page.getByRole('button', { name: /新建调查/ }).count()).toBe(0); // admins and managers only
  await page.getByRole('link', { name: CAMPAIGN }).click();
  await waitForHeading(page, '调查详情');
  expect(await page.getByTestId('campaign-actions').getByRole('button').count()).toBe(0);
  await page.getByText('电话回访模式').click();
  const row = page.locator('[data-testid=invitations] .ant-table-row', { hasText: CUSTOMERS.care });
  await row.waitFor();
  // The household is in the full list too: wait for the interview list to replace it.
  await page.locator('[data-testid=invitations] .ant-table-row', { hasNotText: '电话回访' }).first().waitFor({ state: 'detached' });
  for (const text of await page.locator('[data-testid=invitations] .ant-table-row').allInnerTexts()) expect(text).toMatch(/电话回访[\s\S]*已发送/); // only the calls still to make
  await row.getByRole('button', { name: `电话回访 ${CUSTOMERS.care}` }).click();

  const dialog = page.getByRole('dialog');
  expect(await dialog.innerText()).toMatch(new RegExp(`问候语[\\s\\S]*${CUSTOMERS.care}[\\s\\S]*坐席 张敏[\\s\\S]*四项评分[\\s\\S]*意见建议[\\s\\S]*致谢`));
  await score(page, /服务态度/, 4);
  await score(page, /服务质量/, 2);
  await score(page, /问题解决/, 4);
  await score(page, /售后服务/, 4);
  await dialog.getByTestId('low-score-hint').waitFor();
  await dialog.getByLabel('客户意见（选填）').fill('上门太慢');
  await expectAccessible(page, 'phone interview');
  await screenshot(page, 'surveys-interview');
  await dialog.getByRole('button', { name: '提交回访结果' }).click();
  const followUp = dialog.getByTestId('follow-up');
  await followUp.waitFor();
  const href = await followUp.getByRole('link', { name: '打开跟进工单' }).getAttribute('href');
  expect(href).toMatch(/^\/tickets\/.+/);
  await expectAccessible(page, 'phone interview recorded');

  const called = (await invitations()).find((i) => i.customerName === CUSTOMERS.care)!;
  expect(called).toMatchObject({ status: 'answered', answer: { channel: 'phone', scores: { attitude: 4, quality: 2, resolution: 4, afterSales: 4 } } });
  expect(called.answer!.by).toBeTruthy(); // who called
  expect(`/tickets/${called.followUpTicketId}`).toBe(href);

  await followUp.getByRole('link', { name: '打开跟进工单' }).click();
  await waitForHeading(page, '工单详情');
  expect(errors).toEqual([]);
  await context.close();
}, 180_000);

it('shows a manager the results with charts and exports them as CSV and Excel', async () => {
  const { page, errors, context } = await newPage(browser);
  await login(page, app.url, 'demo', 'manager', app.password);
  await waitForHeading(page, '工作台');
  await page.getByRole('navigation').getByRole('link', { name: '满意度调查' }).click();
  await waitForHeading(page, '满意度调查');
  await page.getByRole('button', { name: '满意度结果' }).click();
  await waitForHeading(page, '满意度结果');
  const results = page.getByTestId('survey-results');
  await results.locator('[data-testid=chart-dimensions][role=img]').waitFor();
  await results.locator('[data-testid=chart-dimensions] svg').waitFor();
  expect(await results.getByTestId('chart-dimensions').getAttribute('aria-label')).toMatch(/^各维度满意率（目标 [\d.]+%）：服务态度 [\d.]+%/);
  expect(await results.getByTestId('figure-overall').innerText()).toMatch(/总体满意度\s*[\d.]+%/);
  expect(Number((await results.getByTestId('figure-responses').innerText()).replace(/\D/g, ''))).toBeGreaterThanOrEqual(3);
  expect(await results.getByTestId('survey-comments').innerText()).toContain('师傅很耐心，讲解清楚');
  expect(await results.getByTestId('survey-comments').innerText()).toMatch(/低分\s*上门太慢/);
  await expectAccessible(page, 'results across campaigns');
  await screenshot(page, 'surveys-results');

  // This quarter (the campaign's period) keeps the answers.
  const now = new Date(new Date().toLocaleString('en-US', { timeZone: 'Asia/Shanghai' }));
  const quarter = `${now.getFullYear()} 年第 ${Math.floor(now.getMonth() / 3) + 1} 季度`;
  await page.getByTestId('period-select').click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: quarter }).click();
  await results.locator('[data-testid=chart-dimensions] svg').waitFor();
  expect(await results.getByTestId('figure-overall').innerText()).toMatch(/[\d.]+%/);

  const exported = async (testId: string) => {
    const download = page.waitForEvent('download');
    await page.getByTestId(testId).click();
    const file = await download;
    return { name: file.suggestedFilename(), content: readFileSync((await file.path())!) };
  };
  const csv = await exported('export-csv');
  expect(csv.name).toMatch(/\.csv$/);
  expect(csv.content.length).toBeGreaterThan(0);
  const xlsx = await exported('export-xlsx');
  expect(xlsx.name).toMatch(/\.xlsx$/);
  expect(xlsx.content.subarray(0, 2).toString('latin1')).toBe('PK'); // an Office Open XML file is a zip

  // The dashboard's satisfaction card: this month's point, from the same figures.
  await page.getByRole('navigation').getByRole('link', { name: '工作台' }).click();
  await waitForHeading(page, '工作台');
  const trend = page.getByTestId('section-satisfaction');
  await trend.locator('[role=img] svg').waitFor();
  expect(await trend.getAttribute('data-state')).toBe('data');
  expect(await trend.locator('[role=img]').getAttribute('aria-label')).toMatch(/^满意度趋势：.*\d{4}-\d{2} [\d.]+（[1-9]\d* 份回复）。$/);
  await expectAccessible(page, 'dashboard with the satisfaction trend');

  // The campaign's own results, on its page.
  await page.goto(`${app.url}/surveys/${campaignId}`);
  await waitForHeading(page, '调查详情');
  await page.getByRole('tab', { name: '调查结果' }).click();
  await page.locator('[data-testid=chart-periods] svg').waitFor();
  expect(await page.getByTestId('figure-follow-ups').innerText()).toMatch(/跟进工单\s*[1-9]/);
  await expectAccessible(page, 'campaign results');
  expect(errors).toEqual([]);
  await context.close();
}, 180_000);
