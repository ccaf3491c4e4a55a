import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../support/app.ts';
import { runJob } from '../support/jobs.ts';
import { expectAccessible, launchChromium, login, newPage, screenshot, waitForHeading } from './browser.ts';

/**
 * Performance assessments (绩效考核) in real Chromium over the demo: the quarterly job run over
 * HTTP for the quarter that holds the demo's closed tickets; an admin reads the newest version's
 * scorecards by level (ranks, 暂无数据 for the KPIs without facts, the charts), opens a KPI's
 * drill-down, exports Excel and CSV and reads it all in English; a manager sees their region's
 * units only and no dispatch center. axe on every view.
 */
let app: TestApp;
let browser: Browser;
let admin: string;
/** The assessment the run wrote, as the API lists it. */
let assessment: { id: string; period: string; version: number };

const DAY = 86_400_000;
const SHANGHAI = 8 * 3600_000;

/**
 * 10:00 Asia/Shanghai on the 1st day of the quarter after the one holding the day 80 days ago
 * (the demo's closed tickets were received 85, 80, 70 and 62 days ago), and that quarter; late in
 * a quarter (over 80 days in) that day is in the running quarter, whose assessment the job
 * refuses: then the quarter before it (the demo's readings of the last 3 months reach into it).
 */
function assessedQuarter(now = Date.now()): { asOf: string; period: string } {
  const today = new Date(now + SHANGHAI); // its UTC fields are Shanghai's wall clock
  const runningSince = Date.UTC(today.getUTCFullYear(), Math.floor(today.getUTCMonth() / 3) * 3, 1) - SHANGHAI;
  const day = new Date(Math.min(now - 80 * DAY, runningSince - DAY) + SHANGHAI);
  const q = Math.floor(day.getUTCMonth() / 3);
  const year = day.getUTCFullYear() + (q === 3 ? 1 : 0);
  const month = ((q + 1) % 4) * 3 + 1;
  return { asOf: `${year}-${String(month).padStart(2, '0')}-01T10:00:00+08:00`, period: `${day.getUTCFullYear()}-Q${q + 1}` };
}

interface Unit {
  id: string;
  level: string;
  name: string;
  rank: number | null;
  rankedOf: number;
  kpis: { kpi: string; noData: boolean }[];
}

const units = async (token: string, level: string): Promise<Unit[]> => {
  const res = await app.api<{ units: Unit[]; nextCursor: string | null }>(token, 'GET', `/v1/assessments/${assessment.id}?level=${level}&limit=200`);
  expect(res.status).toBe(200);
  expect(res.body.nextCursor).toBeNull(); // the demo's units fit one page
  return res.body.units;
};

/** The KPIs with a drill-down (GET /v1/assessments/{id}/items). */
const DRILLABLE = ['repair-timeliness', 'first-time-fix', 'reply-rate', 'return-visit-rate', 'read-rate'];

const ROWS = '[data-testid=scorecard-table] .ant-table-tbody .ant-table-row';

/** The names of the units in the table, in its order. */
const tableUnits = (page: Page) => page.locator(`${ROWS} [data-unit]`).evaluateAll((cells) => cells.map((c) => c.getAttribute('data-unit')));

async function chartsDrawn(page: Page) {
  await page.locator('[data-testid=chart-totals][role=img] svg').waitFor();
  await page.locator('[data-testid=chart-trend][role=img] svg').waitFor();
}

async function openAssessments(page: Page, username: string) {
  await login(page, app.url, 'demo', username, app.password);
  await waitForHeading(page, '工作台');
  await page.getByRole('navigation').getByRole('link', { name: '绩效考核' }).click();
  await waitForHeading(page, '绩效考核');
  await page.locator(ROWS).first().waitFor();
}

beforeAll(async () => {
  [app, browser] = await Promise.all([startTestApp({ seed: 'demo' }), launchChromium()]);
  admin = await app.login('demo', 'admin');
  const { asOf, period } = assessedQuarter();
  const run = await runJob(app.api, admin, 'assessment-quarterly', { asOf });
  const listed = await app.api<{ items: { id: string; period: string; version: number }[] }>(admin, 'GET', `/v1/assessments?period=${period}`);
  expect(listed.status).toBe(200);
  assessment = listed.body.items[0]!;
  expect(assessment).toMatchObject({ id: run.runId, period, version: run.counts.version });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

it('shows an admin the newest assessment: regions ranked, 暂无数据 for KPIs without facts, charts, a drill-down, Excel and CSV, the other levels, English', async () => {
  const { context, page, errors } = await newPage(browser);
  await openAssessments(page, 'admin');

  // The newest assessment (the run's version) is the one shown.
  const [year, quarter] = assessment.period.split('-Q');
  expect(await page.getByTestId('assessment-period').innerText()).toContain(`${year} 年第 ${quarter} 季度`);
  expect(await page.getByTestId('assessment-version').innerText()).toContain(`第 ${assessment.version} 版`);
  expect(await page.getByTestId('assessment-meta').innerText()).toMatch(new RegExp(`类型\\s*季度考核[\\s\\S]*版本\\s*${assessment.version}[\\s\\S]*计算时间[\\s\\S]*考核规则版本`));

  // The regions, in the API's order, each with its rank "n / of" (or 未排名 without a total).
  const regions = await units(admin, 'region');
  expect(regions.map((u) => u.name).sort()).toEqual(['东城片区', '南城营业厅', '西城片区'].sort());
  expect(await tableUnits(page)).toEqual(regions.map((u) => u.id));
  expect(regions.some((u) => u.rank !== null)).toBe(true);
  for (const unit of regions) {
    const row = page.locator(ROWS).filter({ has: page.locator(`[data-unit="${unit.id}"]`) });
    expect(await row.getByTestId('unit-rank').innerText()).toBe(unit.rank === null ? '未排名' : `${unit.rank} / ${unit.rankedOf}`);
    // Billing and inspections keep no facts yet: no data, never 0 or 100 %.
    for (const kpi of ['fee-recovery', 'inspection-coverage']) expect(await row.locator(`[data-kpi=${kpi}]`).innerText()).toBe('暂无数据');
  }
  expect(await page.locator('[data-testid=scorecard-table] th', { hasText: '气费回收率' }).count()).toBe(1);

  // The charts: the totals compared, the first unit's radar (KPIs without data named, left out) and trend.
  await chartsDrawn(page);
  expect(await page.getByTestId('chart-totals').getAttribute('aria-label')).toMatch(/^各单位总分对比：.*东城片区/);
  expect(await page.getByTestId('radar-left-out').innerText()).toMatch(/暂无数据、未纳入雷达图：.*气费回收率.*安检覆盖率/);
  if (regions[0]!.kpis.some((k) => !k.noData)) await page.locator('[data-testid=chart-radar][role=img] svg').waitFor();
  await expectAccessible(page, 'assessments, business halls');
  await screenshot(page, 'assessments-regions');

  // Another unit's charts, chosen from the table.
  const second = regions[1]!;
  await page.locator(ROWS).filter({ has: page.locator(`[data-unit="${second.id}"]`) }).getByRole('button', { name: /查看/ }).click();
  await page.locator('h2', { hasText: `${second.name}：总分趋势` }).waitFor();
  await chartsDrawn(page);

  // A KPI's drill-down: a region's KPI the API lists items for (else the first with a drill-down, whose list is empty).
  type Items = { items: { subject: { type: string; id: string } }[] };
  const listItems = (unit: string, kpi: string) => app.api<Items>(admin, 'GET', `/v1/assessments/${assessment.id}/items?unit=${encodeURIComponent(unit)}&kpi=${kpi}&limit=20`);
  const drillable = regions.flatMap((u) => u.kpis.filter((k) => !k.noData && DRILLABLE.includes(k.kpi)).map((k) => ({ unit: u.id, kpi: k.kpi })));
  expect(drillable.length).toBeGreaterThan(0);
  let drilled = drillable[0]!;
  let items = await listItems(drilled.unit, drilled.kpi);
  for (const candidate of drillable.slice(1)) {
    if (items.body.items.length) break;
    drilled = candidate;
    items = await listItems(candidate.unit, candidate.kpi);
  }
  expect(items.status).toBe(200);
  await page.locator(ROWS).filter({ has: page.locator(`[data-unit="${drilled.unit}"]`) }).locator(`[data-kpi=${drilled.kpi}]`).getByTestId('kpi-details').click();
  const drawer = page.getByTestId('items-drawer');
  await drawer.waitFor();
  if (items.body.items.length) {
    await drawer.locator('.ant-table-row').first().waitFor();
    expect(await drawer.locator('.ant-table-row').count()).toBe(items.body.items.length);
    const ticket = items.body.items.find((i) => i.subject.type === 'ticket');
    if (ticket) expect(await drawer.locator(`a[href="/tickets/${ticket.subject.id}"]`).count()).toBeGreaterThan(0);
  } else {
    await drawer.getByTestId('items-empty').waitFor();
  }
  await expectAccessible(page, 'assessment drill-down');
  await screenshot(page, 'assessments-drill-down');
  await drawer.getByRole('button', { name: '关闭' }).click();
  await drawer.waitFor({ state: 'hidden' });

  // The scorecards as files, downloaded with the session.
  const exported = async (testId: string) => {
    const download = page.waitForEvent('download');
    await page.getByTestId(testId).click();
    const file = await download;
    return { name: file.suggestedFilename(), content: readFileSync((await file.path())!) };
  };
  const xlsx = await exported('export-xlsx');
  expect(xlsx.name).toMatch(/\.xlsx$/);
  expect(xlsx.content.subarray(0, 2).toString('latin1')).toBe('PK'); // an Office Open XML file is a zip
  const csv = await exported('export-csv');
  expect(csv.name).toMatch(/\.csv$/);
  expect(csv.content.toString('utf8')).toContain('东城片区');

  // The dispatch center and the staff.
  await page.getByRole('tab', { name: '调度中心' }).click();
  await page.getByTestId('level-dispatch-center').waitFor();
  expect(await tableUnits(page)).toEqual(['dispatch-center']);
  await chartsDrawn(page);
  await expectAccessible(page, 'assessments, dispatch center');
  await screenshot(page, 'assessments-dispatch-center');
  await page.getByRole('tab', { name: '员工' }).click();
  const staff = await units(admin, 'staff');
  if (staff.length) {
    await page.getByTestId('level-staff').waitFor();
    expect(await tableUnits(page)).toEqual(staff.map((u) => u.id).slice(0, 20));
    await chartsDrawn(page);
  } else {
    await page.getByTestId('units-empty').waitFor();
  }
  await expectAccessible(page, 'assessments, staff');
  await screenshot(page, 'assessments-staff');

  // English: the tabs, the KPI names, no data.
  await page.getByRole('banner').getByText('English', { exact: true }).click();
  await waitForHeading(page, 'Assessments');
  await page.getByRole('tab', { name: 'Business halls' }).click();
  await page.getByTestId('level-region').waitFor();
  expect(await page.locator('[data-testid=scorecard-table] th', { hasText: 'Fee recovery' }).count()).toBe(1);
  expect(await page.locator(`${ROWS} [data-kpi=fee-recovery]`).first().innerText()).toBe('No data');
  expect(await page.getByTestId('assessment-meta').innerText()).toMatch(/Kind\s*Quarterly[\s\S]*Policy version/);
  expect(await page.getByTestId('radar-left-out').innerText()).toMatch(/^No data, left out of the radar: .*Fee recovery/);
  await chartsDrawn(page);
  expect(await page.getByTestId('chart-totals').getAttribute('aria-label')).toMatch(/^Totals by unit: /);
  await expectAccessible(page, 'assessments in English');
  await screenshot(page, 'assessments-en');
  await page.getByTestId('kpi-details').first().click();
  await page.getByTestId('items-drawer').locator('.ant-drawer-title', { hasText: 'what counted against it' }).waitFor();
  await expectAccessible(page, 'assessment drill-down in English');
  expect(errors).toEqual([]);
  await context.close();
}, 240_000);

it("shows a manager their region's units only, and no dispatch center", async () => {
  const { context, page, errors } = await newPage(browser);
  await openAssessments(page, 'manager');
  const manager = await app.login('demo', 'manager');
  const mine = await units(manager, 'region');
  expect(mine.map((u) => u.name)).toEqual(['东城片区']);
  expect(await tableUnits(page)).toEqual(mine.map((u) => u.id));
  expect(await page.getByRole('tab', { name: '调度中心' }).count()).toBe(0);
  expect(await page.getByRole('tab').allInnerTexts()).toEqual(['营业厅', '员工']);
  expect(await units(manager, 'dispatch-center')).toEqual([]);
  await chartsDrawn(page);
  await expectAccessible(page, "a manager's assessments");
  await screenshot(page, 'assessments-manager');

  await page.getByRole('tab', { name: '员工' }).click();
  const staff = await units(manager, 'staff');
  expect(staff.every((u) => u.id.startsWith('staff:r-east:'))).toBe(true);
  if (staff.length) {
    await page.getByTestId('level-staff').waitFor();
    expect(await tableUnits(page)).toEqual(staff.map((u) => u.id).slice(0, 20));
  } else {
    await page.getByTestId('units-empty').waitFor();
  }
  await expectAccessible(page, "a manager's staff assessments");
  expect(errors).toEqual([]);
  await context.close();
}, 180_000);
