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
