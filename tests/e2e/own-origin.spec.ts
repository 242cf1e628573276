import { expect, test } from '@playwright/test';
import { TEMPLATE_PAGES } from './pages';

test('no page requests any host but its own, searching included', async ({ page, baseURL }) => {
  test.slow(); // every template, each until the network is idle
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
  test.slow(); // every template, then two handouts built in full
  const violations: string[] = [];
  // Some violations (parsing a fetched page's <style>, say) reach only the console.
  page.on('console', (message) => message.type() === 'error' && /Content Security Policy/.test(message.text()) && violations.push(`${page.url()}: ${message.text()}`));
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

  // A reading list builds its handout from the entries' own pages, with QR codes; a path draws
  // its codes too. Neither may trip the policy, on screen or in print.
  const list = Buffer.from(JSON.stringify({ t: '讲义', i: [['m.xingbei-3456', '备注'], ['g.sanguan-yilv'], ['c.pingan-yongji']] })).toString('base64url');
  for (const path of [`/readings/custom/?l=${list}`, '/readings/mediation/']) {
    await page.goto(path, { waitUntil: 'networkidle' });
    if (path.includes('?l=')) await expect(page.locator('#handout-status')).toHaveText(/^讲义已备好/, { timeout: 60_000 });
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.handout-entry svg.handout-qr-code').first()).toBeVisible();
    await page.emulateMedia({ media: 'screen' });
    violations.push(...(await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? [])).map((v) => `${path}: ${v}`));
  }
  await expect(page.locator('.handout-entry')).toHaveCount(8);
  expect(violations).toEqual([]);
});
