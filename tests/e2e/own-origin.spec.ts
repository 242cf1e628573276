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

test('every page carries a Content-Security-Policy that allows only the site itself, and nothing breaks it', async ({ page }) => {
  const violations: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { __csp: string[] }).__csp ??= [];
      (window as unknown as { __csp: string[] }).__csp.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  for (const path of [...TEMPLATE_PAGES.map((p) => p.path), '/search/?q=三官一律', '/graph/', '/methods/xingbei-3456/?hl=网格']) {
    await page.goto(path, { waitUntil: 'networkidle' });
    const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toMatch(/https?:/);
    violations.push(...(await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? [])).map((v) => `${path}: ${v}`));
  }
  await expect(page.locator('mark.search-hit').first()).toBeVisible();
  expect(violations).toEqual([]);
});
