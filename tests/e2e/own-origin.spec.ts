import { expect, test, type Page } from '@playwright/test';
import { TEMPLATE_PAGES } from './pages';

/**
 * Collects every CSP violation on the page: the `securitypolicyviolation` events of each document,
 * and console errors, which are all some violations leave (parsing a fetched page's <style>).
 */
async function watchPolicy(page: Page): Promise<(path: string) => Promise<string[]>> {
  const logged: string[] = [];
  page.on(
    'console',
    (message) =>
      message.type() === 'error' &&
      /Content Security Policy/.test(message.text()) &&
      logged.push(`${page.url()}: ${message.text()}`),
  );
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { __csp: string[] }).__csp ??= [];
      (window as unknown as { __csp: string[] }).__csp.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return async (path) => [
    ...logged.splice(0),
    ...(await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? [])).map((v) => `${path}: ${v}`),
  ];
}

// One walk for both promises: every template (each until the network is idle), a search, the
// map and a highlighted page.
test('every page carries a Content-Security-Policy that allows only the site itself, nothing breaks it, and no page requests another host', async ({
  page,
  baseURL,
}) => {
  test.slow();
  const origin = new URL(baseURL ?? '').origin;
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith('data:') && new URL(url).origin !== origin) foreign.push(url);
  });
  const violations: string[] = [];
  const seen = await watchPolicy(page);
  for (const path of [
    ...TEMPLATE_PAGES.map((p) => p.path),
    '/search/?q=三官一律',
    '/graph/',
    '/methods/xingbei-3456/?hl=网格',
  ]) {
    await page.goto(path, { waitUntil: 'networkidle' });
    const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toMatch(/https?:/);
    violations.push(...(await seen(path)));
  }
  await expect(page.locator('mark.search-hit').first()).toBeVisible();
  // A search from the dialog, too: its code, lexicon and index load only now.
  await page.keyboard.press('/');
  await page.keyboard.type('调解');
  await expect(page.getByRole('dialog', { name: '搜索全库' }).getByRole('option').first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(violations).toEqual([]);
  expect(foreign).toEqual([]);
});

test('handouts break no policy: a list read from its entries’ pages, a path with its QR codes, on screen and in print', async ({
  page,
}) => {
  test.slow(); // a list's handout reads each entry's page in full
  const violations: string[] = [];
  const seen = await watchPolicy(page);
  const list = Buffer.from(
    JSON.stringify({ t: '讲义', i: [['m.xingbei-3456', '备注'], ['g.sanguan-yilv'], ['c.pingan-yongji']] }),
  ).toString('base64url');
  await page.goto(`/readings/custom/?l=${list}`);
  await expect(page.locator('#handout-status')).toHaveText('讲义已备好：3 篇全文，可以打印或下载 Word。', {
    timeout: 60_000,
  });
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.handout-entry svg.handout-qr-code')).toHaveCount(3);
  violations.push(...(await seen('/readings/custom/?l=…')));
  await page.emulateMedia({ media: 'screen' });
  await page.goto('/readings/mediation/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.handout-entry svg.handout-qr-code')).toHaveCount(8);
  violations.push(...(await seen('/readings/mediation/')));
  expect(violations).toEqual([]);
});
