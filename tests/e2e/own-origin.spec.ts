import { expect, test } from '@playwright/test';
import { TEMPLATE_PAGES } from './pages';

test('no page requests any host but its own, searching included', async ({ page, baseURL }) => {
  const origin = new URL(baseURL ?? '').origin;
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith('data:') && new URL(url).origin !== origin) foreign.push(url);
  });
  for (const { path } of TEMPLATE_PAGES) await page.goto(path, { waitUntil: 'networkidle' });
  await page.goto('/search/?q=调解', { waitUntil: 'networkidle' });
  await expect(page.locator('#search-results > li').first()).toBeVisible();
  expect(foreign).toEqual([]);
});
