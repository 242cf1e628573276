import { expect, test } from '@playwright/test';
import { sitemapPaths } from '../../scripts/dist-checks/sitemap.ts';
import { axeViolations, preloadAxe } from './axe';
import { TEMPLATE_PAGES } from './pages';
import { isEntry, smallTargets } from './targets';

// Each template in the two settings the sweep below does not use for it — a desktop in the light
// theme and a phone in the dark theme — so every template is checked at both widths in both
// themes. The dark page must really be dark: its paper colour differs from the light one's.
const TEMPLATE_SETTINGS = [
  { name: 'desktop, light', viewport: { width: 1280, height: 900 }, colorScheme: 'light' as const },
  { name: 'phone, dark', viewport: { width: 390, height: 844 }, colorScheme: 'dark' as const },
];
for (const { template, path } of TEMPLATE_PAGES) {
  test(`${template} page has no WCAG 2.2 A/AA violations on a desktop in the light theme and on a phone in the dark theme`, async ({
    page,
  }) => {
    test.setTimeout(120_000); // two full checks of the page, on a busy machine
    const problems: string[] = [];
    const papers: string[] = [];
    for (const setting of TEMPLATE_SETTINGS) {
      await page.setViewportSize(setting.viewport);
      await page.emulateMedia({ colorScheme: setting.colorScheme });
      await page.goto(path);
      papers.push(await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--paper')));
      problems.push(...(await axeViolations(page)).map((v) => `${setting.name}: ${v}`));
    }
    expect(papers[1], 'the page took on the dark theme').not.toBe(papers[0]);
    expect(problems).toEqual([]);
  });
}

// Every page of the build, not just one per template: each URL in the sitemap, once on a phone
// in the light theme and once on a desktop in the dark theme, so both widths and both themes are
// covered everywhere. On a phone, entry pages are also held to targets of at least 24 × 24 px
// (issue: a cadre taps tags and citation marks with a thumb). Batched to keep the run short.
const ALL_PATHS = sitemapPaths();
const BATCH = 12;
const SETTINGS = [
  { name: 'phone, light', viewport: { width: 390, height: 844 }, colorScheme: 'light' as const, targets: true },
  { name: 'desktop, dark', viewport: { width: 1280, height: 900 }, colorScheme: 'dark' as const, targets: false },
];

for (const setting of SETTINGS) {
  test.describe(`every page in the sitemap (${setting.name})`, () => {
    test.use({ viewport: setting.viewport, colorScheme: setting.colorScheme });
    for (let start = 0; start < ALL_PATHS.length; start += BATCH) {
      const paths = ALL_PATHS.slice(start, start + BATCH);
      const also = setting.targets ? ', and entry pages have no target under 24 × 24 px' : '';
      test(`pages ${start + 1}–${start + paths.length} have no WCAG 2.0/2.1/2.2 A/AA violations${also}`, async ({
        page,
      }) => {
        test.setTimeout(120_000);
        const problems: string[] = [];
        await preloadAxe(page);
        for (const path of paths) {
          await page.goto(path);
          problems.push(...(await axeViolations(page)).map((v) => `${path} ${v}`));
          if (setting.targets && isEntry(path))
            problems.push(...(await smallTargets(page)).map((p) => `${path} small target ${p}`));
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
  // Each names the element it found, so a failure says where to look.
  expect(violations.find((v) => v.startsWith('image-alt'))).toMatch(/^image-alt: .*img/);
});
