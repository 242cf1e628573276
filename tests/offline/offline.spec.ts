// Offline use, the update of a new build, and serving under a sub-path. Each test serves a copy
// of the built site with scripts/serve-static.ts, so it can cut the network or swap the build.
import { expect, test, type Page } from '@playwright/test';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveStatic } from '../../scripts/serve-static.ts';
import { writeServiceWorker } from '../../scripts/after-build/service-worker.ts';

const ROOT = new URL('../../', import.meta.url).pathname;

// These tests are about the service worker, which the other tests block (playwright.config.ts).
test.use({ serviceWorkers: 'allow' });

/** Waits until the service worker controls the page and has saved every file of the build. */
async function waitUntilSavedOffline(page: Page, aboutPath: string): Promise<void> {
  await page.goto(aboutPath);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect(page.locator('#offline-status')).toHaveAttribute('data-complete', 'true', { timeout: 60_000 });
}

let server: Server | undefined;
let copy: string | undefined;
test.afterEach(() => {
  server?.close();
  if (copy) rmSync(copy, { recursive: true, force: true });
  server = copy = undefined;
});

test('after one visit, every page and search work with the network cut', async ({ page, context }) => {
  server = serveStatic({ root: join(ROOT, 'dist'), port: 4361 });
  const site = 'http://127.0.0.1:4361';
  await page.goto(`${site}/`);
  await waitUntilSavedOffline(page, `${site}/about/`);
  await expect(page.locator('#offline-status')).toContainText('整个资料库已保存在本机');

  await context.setOffline(true);
  await page.goto(`${site}/cases/yinghua-community/`);
  await expect(page.locator('h1')).toHaveText('樱花社区共驻共建');
  await page.goto(`${site}/search/?q=调解`);
  await expect(page.locator('#search-results h2 a').first()).toBeVisible();
  const found = await page
    .locator('#search-results h2 a')
    .evaluateAll((links) => links.map((a) => new URL(a.getAttribute('href') ?? '', 'http://x').pathname));
  expect(found).toContain('/methods/chen-tonglan-mediation/');
  await page.goto(`${site}/no-such-page/`);
  await expect(page.locator('h1')).toHaveText('现在没有网络，这个页面也没有缓存');
});

test('a new build reaches a returning reader, with a notice that content was updated', async ({ page }) => {
  copy = mkdtempSync(join(tmpdir(), 'jiceng-deploy-'));
  const v1 = join(copy, 'v1');
  const v2 = join(copy, 'v2');
  cpSync(join(ROOT, 'dist'), v1, { recursive: true });
  let live = v1;
  server = serveStatic({ root: () => live, port: 4362 });
  const site = 'http://127.0.0.1:4362';
  await waitUntilSavedOffline(page, `${site}/about/`);

  // "Deploy" a build whose about page says something new, with its own service worker.
  cpSync(v1, v2, { recursive: true });
  const about = join(v2, 'about/index.html');
  writeFileSync(about, readFileSync(about, 'utf8').replace('<h1', '<p id="new-build">新版本的说明</p><h1'));
  await writeServiceWorker(v2, '/');
  live = v2;

  await page.goto(`${site}/methods/`);
  await expect(page.locator('#update-notice')).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('#update-notice')).toContainText('本站内容已更新');
  await page.goto(`${site}/about/`);
  await expect(page.locator('#new-build')).toHaveText('新版本的说明');
});

test('built for a sub-path, every link, asset, search file and the service worker stay under it', async ({
  page,
  request,
}) => {
  server = serveStatic({ root: join(ROOT, 'dist-subpath'), port: 4363, base: '/zhili/' });
  const site = 'http://127.0.0.1:4363/zhili/';
  const outside: string[] = [];
  page.on('request', (r) => {
    if (!new URL(r.url()).pathname.startsWith('/zhili/')) outside.push(r.url());
  });
  await page.goto(site);
  await expect(page.locator('h1')).toHaveText('基层治理方法库');
  const hrefs = await page
    .locator('a[href^="/"]')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  expect(hrefs.length).toBeGreaterThan(10);
  expect(hrefs.filter((href) => !href.startsWith('/zhili/'))).toEqual([]);
  // The stylesheet loaded: the header has its panel colour, not the browser default.
  expect(await page.locator('header').evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe(
    'rgba(0, 0, 0, 0)',
  );

  await page.goto(`${site}search/?q=三官一律`);
  await expect(page.locator('#search-results h2 a').first()).toHaveAttribute(
    'href',
    /^\/zhili\/glossary\/sanguan-yilv\/\?hl=/,
  );
  await page.locator('#search-results h2 a').first().click();
  await expect(page.locator('h1')).toHaveText('三官一律');

  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  expect(scope).toBe(site);
  expect((await request.get(`${site}sw.js`)).ok()).toBe(true);
  expect(outside).toEqual([]);
});
