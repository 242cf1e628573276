import { expect, test } from '@playwright/test';

// What the registers look like to a reader. That they hold exactly what the entry pages show is
// checked over the built HTML, in tests/dist/registers.test.ts.

test("a figure's citation leads to the part of the source it came from", async ({ page }) => {
  await page.goto('/figures/');
  const figure = page.locator('main li', { hasText: '1340' }).first();
  await expect(figure).toContainText('矛盾纠纷');
  await figure.locator('.cite a').click();
  await expect(page).toHaveURL(/\/sources\/yongji-article\/#part-3$/);
  await expect(page.locator('#part-3')).toContainText('整合力量齐治理 平安永济基底实');
});

test('the known gaps of the core methods are on /gaps/ in plain words', async ({ page }) => {
  await page.goto('/gaps/');
  const main = page.locator('main');
  await expect(main).toContainText('“七字诀”的组成');
  await expect(main).toContainText('“五心”的组成');
  await expect(main).toContainText('“三审三定”的组成');
  await expect(main.getByRole('link', { name: '樱花社区' }).first()).toBeVisible();
});
