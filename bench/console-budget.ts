import '../local/quiet-defaults.ts';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import { startRuntime } from '../local/runtime.ts';
import { fmt } from './lib.ts';

/**
 * The console's budget, measured, not estimated. Builds nothing: run `npm run build:console` first.
 *
 * 1. First-load JavaScript: the gzip size (zlib level 6, what CDNs and servers typically send) of
 *    the JS that index.html references — the entry chunk and its modulepreloads; lazy chunks
 *    (pages, charts) are listed apart and not counted.
 * 2. Time to the dashboard's first meaningful render: in Chromium, from navigation start to the
 *    first KPI card on screen (the frame after it is in the DOM), over the real local runtime with
 *    the demo seed and archive statistics, with a stored session, each load in a fresh browser
 *    context (empty cache); the median of 5. The same is measured for a blank page in the same
 *    run, and the ratio printed, so the figure means something on any machine.
 */
const DIST = resolve('console/dist');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

interface FileSize {
  file: string;
  bytes: number;
  gzip: number;
}

const sizeOf = (file: string): FileSize => {
  const content = readFileSync(join(DIST, file));
  return { file, bytes: content.length, gzip: gzipSync(content, { level: 6 }).length };
};

export function firstLoadJs(): { files: FileSize[]; lazy: FileSize[]; css: FileSize[] } {
  const indexFile = join(DIST, 'index.html');
  if (!existsSync(indexFile)) throw new Error('console/dist/index.html is missing: run `npm run build:console` first');
  const html = readFileSync(indexFile, 'utf8');
  const refs = (pattern: RegExp) => [...html.matchAll(pattern)].map((m) => m[1]!.replace(/^\//, ''));
  const entry = refs(/<script[^>]*type="module"[^>]*src="([^"]+)"/g);
  const preloads = refs(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g);
  const css = refs(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g);
  const files = [...new Set([...entry, ...preloads])].map(sizeOf);
  const counted = new Set(files.map((f) => f.file));
  const assets = readdirJs().filter((f) => !counted.has(f));
  return { files, lazy: assets.map(sizeOf).sort((a, b) => b.gzip - a.gzip), css: css.map(sizeOf) };
}

function readdirJs(): string[] {
  return readdirSync(join(DIST, 'assets'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => `assets/${f}`);
}

/** Records, in the page, when an element matching `selector` is first on screen (ms since navigation start). */
const MARK_SCRIPT = (selector: string) => `
  (() => {
    const seen = () => {
      const el = document.querySelector(${JSON.stringify(selector)});
      if (!el || el.getBoundingClientRect().height === 0) return false;
      requestAnimationFrame(() => requestAnimationFrame(() => { window.__rendered = performance.now(); }));
      return true;
    };
    new MutationObserver((_, observer) => { if (seen()) observer.disconnect(); }).observe(document, { childList: true, subtree: true });
  })();
`;

async function timeToRender(browser: Browser, url: string, selector: string, session?: unknown): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  try {
    if (session) await context.addInitScript((s) => sessionStorage.setItem('gascare.session', JSON.stringify(s)), session);
    await context.addInitScript(MARK_SCRIPT(selector));
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => typeof (window as unknown as { __rendered?: number }).__rendered === 'number', undefined, { timeout: 30_000 });
    return await page.evaluate(() => (window as unknown as { __rendered: number }).__rendered);
  } finally {
    await context.close();
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export async function benchConsoleBudget(): Promise<Record<string, number>> {
  const { files, lazy, css } = firstLoadJs();
  const total = files.reduce((s, f) => ({ bytes: s.bytes + f.bytes, gzip: s.gzip + f.gzip }), { bytes: 0, gzip: 0 });
  console.log('\nConsole first-load JavaScript (index.html: entry + modulepreloads; gzip level 6)');
  console.log('| file | bytes | gzip bytes |');
  console.log('| --- | --- | --- |');
  for (const f of files) console.log(`| ${f.file} | ${f.bytes} | ${f.gzip} |`);
  console.log(`| **total first-load JS** | **${total.bytes}** | **${total.gzip}** (${fmt(total.gzip / 1024, 1)} KiB) |`);
  for (const f of css) console.log(`| (css) ${f.file} | ${f.bytes} | ${f.gzip} |`);
  const chunk = (prefix: string) => lazy.find((f) => f.file.startsWith(`assets/${prefix}-`));
  const dashboardChunk = chunk('DashboardPage');
  const chartChunk = chunk('EChart');
  console.log(`Lazy chunks (not counted): ${lazy.length}, ${lazy.reduce((s, f) => s + f.gzip, 0)} bytes gzip in all; dashboard page ${dashboardChunk?.gzip ?? '?'} and ECharts ${chartChunk?.gzip ?? '?'} bytes gzip`);

  const password = 'bench-password';
  const blankServer = createServer((_, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end('<!doctype html><html lang="en"><head><meta charset="utf-8"><title>blank</title></head><body><p id="marker">blank</p></body></html>');
  });
  await new Promise<void>((done) => blankServer.listen(0, '127.0.0.1', done));
  const blankUrl = `http://127.0.0.1:${(blankServer.address() as { port: number }).port}/`;
  const runtime = await startRuntime({ port: 0, seed: 'demo', seedPassword: password, customerScale: 0.05, throttle: false, tableName: 'bench-console', consoleDir: DIST });
  let browser: Browser | undefined;
  try {
    const login = await fetch(`${runtime.url}/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ tenant: 'demo', username: 'manager', password }) });
    const session = (await login.json()) as { token: string; expiresAt: string; user: unknown };
    await runArchiveStats(runtime.url, password);

    browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
    // One warm-up of each (Chromium's own first-start costs), then the measured loads, interleaved.
    await timeToRender(browser, blankUrl, '#marker');
    await timeToRender(browser, `${runtime.url}/dashboard`, '[data-testid=kpi-customers]', session);
    const dashboard: number[] = [];
    const blank: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      blank.push(await timeToRender(browser, blankUrl, '#marker'));
      dashboard.push(await timeToRender(browser, `${runtime.url}/dashboard`, '[data-testid=kpi-customers]', session));
    }
    const d = median(dashboard);
    const b = median(blank);
    console.log(`\nDashboard first meaningful render (first KPI card on screen), ${RUNS} cold loads with a stored session, same run`);
    console.log('| page | median ms | all runs ms |');
    console.log('| --- | --- | --- |');
    console.log(`| blank page (baseline) | ${fmt(b, 1)} | ${blank.map((v) => fmt(v, 0)).join(', ')} |`);
    console.log(`| /dashboard, first KPI card | ${fmt(d, 1)} | ${dashboard.map((v) => fmt(v, 0)).join(', ')} |`);
    console.log(`| ratio dashboard ÷ blank | ${fmt(d / b, 1)} | |`);
    return { firstLoadJsGzipBytes: total.gzip, firstLoadJsBytes: total.bytes, dashboardRenderMs: d, blankPageMs: b, dashboardToBlankRatio: d / b };
  } finally {
    await browser?.close();
    await runtime.stop();
    await new Promise((done) => blankServer.close(done));
  }
}

async function runArchiveStats(url: string, password: string): Promise<void> {
  const login = await fetch(`${url}/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ tenant: 'demo', username: 'admin', password }) });
  const auth = { authorization: `Bearer ${((await login.json()) as { token: string }).token}` };
  const started = (await (await fetch(`${url}/v1/jobs/archive-stats/runs`, { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: '{}' })).json()) as { runId: string };
  for (let i = 0; i < 600; i++) {
    const run = (await (await fetch(`${url}/v1/jobs/archive-stats/runs/${started.runId}`, { headers: auth })).json()) as { state: string; error?: string };
    if (run.state === 'succeeded') return;
    if (run.state === 'failed') throw new Error(`archive-stats failed: ${run.error}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('archive-stats did not finish within a minute');
}

if (import.meta.url === `file://${process.argv[1]}`) await benchConsoleBudget();
