import { appAndBrowser, expectAccessible, login, newPage, screenshot, waitForHeading } from './browser.ts';

/**
 * The API keys page in real Chromium: an admin creates a key with customers:read and sees it
 * once, the key calls GET /v1/me over HTTP, its usage drawer charts today's request (read from the
 * chart's text alternative), a rotation with no overlap stops the old key at once while the new
 * one works, and revoking stops it; the page and its dialogs have no serious or critical
 * accessibility violations.
 */
const run = appAndBrowser();

const me = async (key: string) => (await fetch(`${run.app.url}/v1/me`, { headers: { 'x-api-key': key } })).status;

it('creates a key shown once that works, charts its usage, rotates it without overlap, revokes it, and is accessible', async () => {
  const admin = await newPage(run.browser);
  admin.page.setDefaultTimeout(15_000);
  await login(admin.page, run.app.url, 'demo', 'admin', run.app.password);
  await waitForHeading(admin.page, '工作台');
  await admin.page.getByRole('navigation').getByRole('link', { name: 'API 密钥' }).click();
  await waitForHeading(admin.page, 'API 密钥');
  await admin.page.getByText('还没有 API 密钥').waitFor();
  await expectAccessible(admin.page, 'api keys list');

  await admin.page.getByRole('button', { name: '新建密钥' }).click();
  const form = admin.page.getByRole('dialog').filter({ hasText: '新建 API 密钥' });
  await form.getByLabel('名称').fill('e2e integrator');
  await form.getByLabel('权限范围').click();
  await admin.page.locator('.ant-select-item-option').filter({ hasText: 'customers:read —' }).click();
  await form.locator('.ant-modal-title').click(); // a click outside closes the dropdown
  await form.getByText('标准：50 次/秒，每日 100,000 次').waitFor(); // the default tier, with its limits
  await expectAccessible(admin.page, 'create key');
  await form.getByRole('button', { name: /^创\s*建$/ }).click();

  const shown = admin.page.getByRole('dialog').filter({ hasText: '密钥已创建：请保存 API 密钥' });
  await shown.getByText('密钥只显示这一次').waitFor();
  const key = await shown.locator('.api-key-secret code').innerText();
  expect(key).toMatch(/^gck_/);
  await expect(shown.getByRole('button', { name: '复制密钥' }).count()).resolves.toBe(1);
  await expectAccessible(admin.page, 'key shown once');
  await shown.getByRole('button', { name: '我已保存密钥' }).click();
  await shown.waitFor({ state: 'hidden' });

  const row = admin.page.locator('.ant-table-row').filter({ hasText: 'e2e integrator' });
  await row.getByText('customers:read').waitFor();
  await row.getByText('有效').waitFor();
  await row.getByText('每日 100,000 次').waitFor();
  await row.getByText('从未使用').waitFor();
  expect(await admin.page.locator('main').innerText()).not.toContain(key);

  expect(await me(key)).toBe(200);

  await row.getByRole('button', { name: /^用\s*量$/ }).click();
  const drawer = admin.page.locator('.ant-drawer');
  const chart = drawer.getByTestId('api-key-usage');
  await chart.locator('svg').first().waitFor(); // drawn
  const description = (await chart.getAttribute('aria-label')) ?? '';
  const days = [...description.matchAll(/(\d{4}-\d{2}-\d{2}) (\d+) 次/g)].map((m) => ({ date: m[1], requests: Number(m[2]) }));
  expect(days.at(-1)?.requests).toBeGreaterThanOrEqual(1); // today, the last day
  await expectAccessible(admin.page, 'usage drawer');
  await screenshot(admin.page, 'api-keys-usage');
  await drawer.getByRole('button', { name: '关闭' }).click();
  await drawer.waitFor({ state: 'hidden' });

  await row.getByRole('button', { name: '更多操作' }).click();
  await admin.page.getByRole('menuitem', { name: '轮换密钥' }).click();
  const rotate = admin.page.getByRole('dialog').filter({ hasText: '轮换密钥：e2e integrator' });
  await rotate.getByLabel('重叠时间（小时）').fill('0');
  await expectAccessible(admin.page, 'rotate key');
  await rotate.getByRole('button', { name: /^轮\s*换$/ }).click();

  const rotated = admin.page.getByRole('dialog').filter({ hasText: '密钥已轮换：请保存新的 API 密钥' });
  await rotated.getByText('旧密钥已立即失效').waitFor();
  const newKey = await rotated.locator('.api-key-secret code').innerText();
  expect(newKey).toMatch(/^gck_/);
  expect(newKey).not.toBe(key);
  await rotated.getByRole('button', { name: '我已保存密钥' }).click();
  await rotated.waitFor({ state: 'hidden' });
  expect(await me(key)).toBe(401);
  expect(await me(newKey)).toBe(200);
  await row.getByText('旧密钥已失效').waitFor();

  await row.getByRole('button', { name: '更多操作' }).click();
  await admin.page.getByRole('menuitem', { name: '吊销' }).click();
  const confirm = admin.page.getByRole('dialog').filter({ hasText: '吊销这个密钥？' });
  await confirm.waitFor();
  await expectAccessible(admin.page, 'revoke confirm');
  await confirm.getByRole('button', { name: /^吊\s*销$/ }).click();
  await row.getByText('已吊销').waitFor();
  expect(await me(newKey)).toBe(401);
  expect(admin.errors).toEqual([]);
  await admin.context.close();
}, 60_000);
