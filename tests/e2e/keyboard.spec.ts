import { expect, test } from '@playwright/test';
import { CORE_METHODS } from './pages';

for (const method of CORE_METHODS) {
  test(`${method.title} is reachable from the home page by keyboard alone`, async ({ page }) => {
    await page.goto('/');
    const target = `/methods/${method.id}/`;
    let reached = false;
    for (let presses = 0; presses < 60 && !reached; presses++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate((href) => document.activeElement?.getAttribute('href') === href, target);
    }
    expect(reached, `Tab never reached a link to ${target}`).toBe(true);
    // The focused link must be visibly marked.
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${target}$`));
    await expect(page.locator('h1')).toHaveText(method.title);
  });
}

test('the skip link is the first stop and moves focus to the content', async ({ page }) => {
  await page.goto('/methods/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: '跳到正文' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('#main')).toBeFocused();
});

/** Presses Tab until the focused element matches, and fails with the selector if it never does. */
async function tabTo(page: import('@playwright/test').Page, selector: string, limit = 80): Promise<void> {
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

test('by keyboard alone: open a case from the cases index', async ({ page }) => {
  await page.goto('/cases/');
  await tabTo(page, 'a[href="/cases/yuxiang-cunba/"]');
  await page.keyboard.press('Enter');
  await expect(page.locator('h1')).toHaveText('虞乡镇“村BA”篮球赛');
});

test('by keyboard alone: build a reading list and reach its share link', async ({ page }) => {
  test.slow(); // three pages, each crossed by Tab
  await page.goto('/methods/liuge-qilai/');
  await tabTo(page, '[data-add-to-list] button');
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-add-to-list] button')).toHaveAttribute('aria-pressed', 'true');
  await page.goto('/glossary/wangge-yuan/');
  await tabTo(page, '[data-add-to-list] button');
  await page.keyboard.press('Enter');
  await tabTo(page, '[data-add-to-list] a');
  await page.keyboard.press('Enter');
  // The page has one h1 (the handout's entry headings sit one level down); wait, as a reader
  // does, for the list to show before typing its title.
  await expect(page.locator('h1')).toHaveText('我的阅读清单');
  await expect(page.locator('#list-items h3')).toHaveText(['“六个起来”网格治理模式', '网格员']);
  await tabTo(page, '#list-title');
  await page.keyboard.type('网格员培训');
  await expect(page.locator('#list-heading')).toHaveText('网格员培训');
  await tabTo(page, 'button[data-move="up"]:not([disabled])');
  await page.keyboard.press('Enter');
  await expect(page.locator('#list-items h3')).toHaveText(['网格员', '“六个起来”网格治理模式']);
  // Focus stayed with the moved item, on its other move button (上移 is disabled at the top).
  await expect(page.getByRole('button', { name: '下移：网格员' })).toBeFocused();
  await tabTo(page, '#share-copy');
  await expect(page.locator('#share-url')).toHaveValue(/\/readings\/custom\/\?l=/);
});
