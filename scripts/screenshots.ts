// Takes screenshots of built pages for a person to look at: phone (390px) and desktop (1280px),
// light and dark, plus the printed (A4 print media) rendering.
// Usage: node scripts/screenshots.ts http://127.0.0.1:4321 /methods/xingbei-3456/ [/other/ …]
// Writes PNGs to screenshots/ (git-ignored).
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { launchOptions } from './browser.ts';

const [base = 'http://127.0.0.1:4321', ...paths] = process.argv.slice(2);
mkdirSync('screenshots', { recursive: true });
const browser = await chromium.launch(launchOptions());
const shots: { name: string; width: number; height: number; colorScheme: 'light' | 'dark'; media?: 'print' }[] = [
  { name: 'phone-light', width: 390, height: 844, colorScheme: 'light' },
  { name: 'phone-dark', width: 390, height: 844, colorScheme: 'dark' },
  { name: 'desktop-light', width: 1280, height: 900, colorScheme: 'light' },
  { name: 'desktop-dark', width: 1280, height: 900, colorScheme: 'dark' },
  { name: 'print', width: 794, height: 1123, colorScheme: 'light', media: 'print' },
];
// A file name per path, from its letters and digits, cut short: a shared reading list's path
// carries the whole list (?l=…). Paths that read alike (two Chinese queries: search-q) are numbered,
// so one never overwrites another's pictures.
const slugs = new Map<string, number>();
const named = (paths.length > 0 ? paths : ['/']).map((path) => {
  const slug =
    path
      .replace(/[^a-z0-9]+/gi, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'home';
  const seen = (slugs.get(slug) ?? 0) + 1;
  slugs.set(slug, seen);
  return { path, slug: seen > 1 ? `${slug}-${seen}` : slug };
});
for (const { path, slug } of named) {
  console.log(`${path} → screenshots/${slug}--*.png`);
  for (const shot of shots) {
    const page = await browser.newPage({
      viewport: { width: shot.width, height: shot.height },
      colorScheme: shot.colorScheme,
    });
    if (shot.media) await page.emulateMedia({ media: shot.media });
    await page.goto(new URL(path, base).href, { waitUntil: 'networkidle' });
    await page.screenshot({ path: `screenshots/${slug}--${shot.name}.png`, fullPage: true });
    // Long pages are also cut into screen-sized slices, which are easier to inspect at full size.
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    for (let top = 0, part = 1; top < height && height > shot.height * 1.5; top += shot.height, part++) {
      const clip = { x: 0, y: top, width: shot.width, height: Math.min(shot.height, height - top) };
      await page.screenshot({ path: `screenshots/${slug}--${shot.name}--${part}.png`, fullPage: true, clip });
    }
    await page.close();
  }
}
await browser.close();
console.log(`screenshots written to screenshots/`);
