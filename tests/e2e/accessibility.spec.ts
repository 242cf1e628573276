import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { axeViolations } from './axe';
import { TEMPLATE_PAGES } from './pages';

// Each template in both themes, on one load: the theme is the colour scheme the reader's system
// asks for (CSS only, no script reads it), so switching it on the loaded page shows what loading
// the page again in the other theme would.
for (const { template, path } of TEMPLATE_PAGES) {
  test(`${template} page has no WCAG 2.2 A/AA violations, in the light theme and the dark theme`, async ({ page }) => {
    test.setTimeout(120_000); // two full checks of the page, on a busy machine
    const problems: string[] = [];
    const paper = () => page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--paper'));
    let lightPaper = '';
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      if (colorScheme === 'light') {
        await page.goto(path);
        lightPaper = await paper();
      } else {
        // Colours that fade to the new theme (cards have transition-colors) are checked once settled.
        await page.waitForFunction(() => document.getAnimations().every((animation) => !(animation instanceof CSSTransition)));
        expect(await paper(), 'the page took on the dark theme').not.toBe(lightPaper);
      }
      problems.push(...(await axeViolations(page)).map((v) => `${colorScheme} theme: ${v}`));
    }
    expect(problems).toEqual([]);
  });
}

// Every page of the build, not just one per template: each URL in the sitemap, once on a phone
// in the light theme and once on a desktop in the dark theme, so both widths and both themes are
// covered everywhere. Batched to keep the run short.
const sitemap = readFileSync(new URL('../../dist/sitemap-0.xml', import.meta.url), 'utf8');
const ALL_PATHS = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => new URL(loc ?? '').pathname);
const BATCH = 12;
const SETTINGS = [
  { name: 'phone, light', viewport: { width: 390, height: 844 }, colorScheme: 'light' as const },
  { name: 'desktop, dark', viewport: { width: 1280, height: 900 }, colorScheme: 'dark' as const },
];

for (const setting of SETTINGS) {
  test.describe(`every page in the sitemap (${setting.name})`, () => {
    test.use({ viewport: setting.viewport, colorScheme: setting.colorScheme });
    for (let start = 0; start < ALL_PATHS.length; start += BATCH) {
      const paths = ALL_PATHS.slice(start, start + BATCH);
      test(`pages ${start + 1}–${start + paths.length} have no WCAG 2.0/2.1/2.2 A/AA violations`, async ({ page }) => {
        test.setTimeout(120_000);
        const problems: string[] = [];
        for (const path of paths) {
          await page.goto(path);
          problems.push(...(await axeViolations(page)).map((v) => `${path} ${v}`));
        }
        expect(problems).toEqual([]);
      });
    }
  });
}

// The checks above pass only if the in-page runner reports what it finds: shown a page with two
// known faults, it names both.
test('the accessibility check reports violations it is shown', async ({ page }) => {
  await page.goto('/about/');
  await page.locator('main').evaluate((main) => {
    main.append(Object.assign(document.createElement('img'), { src: '/favicon.svg' }));
    const faint = Object.assign(document.createElement('p'), { textContent: '浅色的字' });
    // Set through the CSSOM: the page's CSP refuses inline style attributes.
    Object.assign(faint.style, { color: '#ddd', background: '#fff' });
    main.append(faint);
  });
  const violations = await axeViolations(page);
  expect(violations.map((v) => v.split(':')[0])).toEqual(expect.arrayContaining(['image-alt', 'color-contrast']));
});
