import { expect, test } from '@playwright/test';

test('a Chinese name on /search/ finds its page first among the results', async ({ page }) => {
  await page.goto('/search/?q=陈潼兰');
  const results = page.locator('#search-results > li');
  await expect(results.first()).toBeVisible();
  const top3 = await results.locator('h2 a').evaluateAll((links) => links.slice(0, 3).map((a) => a.getAttribute('href')));
  expect(top3).toContain('/methods/chen-tonglan-mediation/');
  // The matched words are marked in the excerpt.
  await expect(page.locator('#search-results li').first().locator('mark').first()).toHaveText(/陈/);
  await expect(results.first().locator('p').last()).toContainText('陈潼兰');
});

test('the header box opens with / and searches a term', async ({ page }) => {
  await page.goto('/methods/');
  await page.keyboard.press('/');
  await expect(page.locator('#header-search')).toBeFocused();
  await page.keyboard.type('三官一律');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=/);
  await expect(page.locator('#search-results h2 a').first()).toBeVisible();
  const hrefs = await page.locator('#search-results h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(hrefs.slice(0, 3)).toContain('/glossary/sanguan-yilv/');
});

test('a query with no match says so in Chinese', async ({ page }) => {
  await page.goto('/search/?q=xylophone');
  await expect(page.locator('#search-status')).toHaveText(/没有找到与“xylophone”相关的内容/);
});
