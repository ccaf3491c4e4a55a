import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../support/app.ts';

/**
 * End-to-end helpers: Debian's Chromium driven by playwright-core, axe-core injected into the
 * page, screenshots under test-output/screenshots/ for a human to look at.
 */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
export const SCREENSHOTS = resolve('test-output/screenshots');
const AXE = resolve('node_modules/axe-core/axe.min.js');

/** playwright's launch gives every browser a fresh temporary --user-data-dir. */
/**
 * A test file's product without demo customers and its browser, started together before its tests
 * and stopped after them: `const run = appAndBrowser();` then `run.app`, `run.browser` in a test.
 */
export function appAndBrowser(): { readonly app: TestApp; readonly browser: Browser } {
  const run = {} as { app: TestApp; browser: Browser };
  beforeAll(async () => {
    [run.app, run.browser] = await Promise.all([startTestApp({ customerScale: 0 }), launchChromium()]);
  });
  afterAll(async () => {
    await run.browser?.close();
    await run.app?.stop();
  });
  return run;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS, timeout: 30_000 });
}

// bypassCSP: the console's CSP (script-src 'self') would refuse the injected axe-core script.
export const DESKTOP: BrowserContextOptions = { bypassCSP: true, viewport: { width: 1366, height: 900 }, locale: 'zh-CN', timezoneId: 'Europe/Berlin' };
/** A phone (iPhone 12-sized): the tenant's clock must win over the device's, hence another zone. */
export const PHONE: BrowserContextOptions = { bypassCSP: true, viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'zh-CN', timezoneId: 'America/New_York' };

export async function newPage(browser: Browser, options: BrowserContextOptions = DESKTOP): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  page.setDefaultTimeout(60_000); // a loaded 2-core CI machine runs integration tests beside the browser: one action round trip took over 20 s
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return { context, page, errors };
}

export async function screenshot(page: Page, name: string, fullPage = true): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await animationsDone(page);
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage });
}

/** Transitions (a language switch, a drawer sliding in, a spinner fading out) have finished; endless ones aside. */
export async function animationsDone(page: Page): Promise<void> {
  // Two frames first: a motion started by the last click may not have begun its transition yet.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await page.waitForFunction(
    () =>
      document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity) &&
      // A Segmented's sliding thumb (the language switch) is there only while it moves; under it the
      // chosen label is already white on the unchosen grey (seen by axe in CI).
      !document.querySelector('.ant-segmented-thumb'),
    undefined,
    { timeout: 5000 },
  );
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/** axe-core on the page as it is now; the serious and critical violations, described for a failure message. */
export async function axeViolations(page: Page): Promise<string[]> {
  await animationsDone(page); // axe measures colours as they are at that instant
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map(({ id, impact, help, nodes }) => ({ id, impact, help, nodes: nodes.slice(0, 5).map((n) => ({ target: n.target, failureSummary: n.failureSummary })) }));
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => `${n.target.join(' ')} (${n.failureSummary?.replace(/\s+/g, ' ')})`).join('; ')}`);
}

/** No serious or critical axe-core violation on the page; `where` names the view in a failure. */
export async function expectAccessible(page: Page, where: string): Promise<void> {
  expect({ where, violations: await axeViolations(page) }).toEqual({ where, violations: [] });
}

export interface LoginLabels {
  tenant: string;
  username: string;
  password: string;
  submit: string | RegExp;
}

export async function login(page: Page, baseUrl: string, tenant: string, username: string, password: string, labels: LoginLabels = ZH): Promise<void> {
  if (!page.url().includes('/login')) await page.goto(`${baseUrl}/login`);
  await page.getByLabel(labels.tenant).fill(tenant);
  await page.getByLabel(labels.username).fill(username);
  await page.getByLabel(labels.password, { exact: true }).fill(password);
  await page.getByRole('button', { name: labels.submit }).click();
}

export const ZH: LoginLabels = { tenant: '公司代码', username: '用户名', password: '密码', submit: /^登\s*录$/ };
export const EN: LoginLabels = { tenant: 'Company code', username: 'User name', password: 'Password', submit: 'Sign in' };

/** The text of the page's main heading (the shell's h1). */
export const heading = (page: Page) => page.locator('h1').first().innerText();

export async function waitForHeading(page: Page, text: string): Promise<void> {
  await page.locator('h1', { hasText: text }).first().waitFor();
}
