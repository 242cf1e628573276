import { expect, test } from '@playwright/test';
import { sitemapPaths } from './sitemap';

const isArticle = (path: string) => /^\/(methods|cases)\/[^/]+\/$/.test(path);
/** Entries that can record gaps: articles and glossary terms. */
const hasGaps = (path: string) => /^\/(methods|cases|glossary)\/[^/]+\/$/.test(path);

test('/figures/ lists every figure shown on every method and case page, linking back to it', async ({ page, request }) => {
  const onPages: string[] = [];
  for (const path of (await sitemapPaths(request)).filter(isArticle)) {
    await page.goto(path);
    const ids = await page.locator('[id^="figure-"]').evaluateAll((items) => items.map((item) => item.id));
    onPages.push(...ids.map((id) => `${path}#${id}`));
  }
  expect(onPages.length).toBeGreaterThan(40);

  await page.goto('/figures/');
  const listed = await page.locator('main li a[href*="#figure-"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect([...listed].sort()).toEqual([...onPages].sort());
});

test("a figure's citation leads to the part of the source it came from", async ({ page }) => {
  await page.goto('/figures/');
  const figure = page.locator('main li', { hasText: '1340' }).first();
  await expect(figure).toContainText('矛盾纠纷');
  await figure.locator('.cite a').click();
  await expect(page).toHaveURL(/\/sources\/yongji-article\/#part-3$/);
  await expect(page.locator('#part-3')).toContainText('整合力量齐治理 平安永济基底实');
});

test('/gaps/ lists every gap shown on every method, case and glossary page', async ({ page, request }) => {
  const onPages: string[] = [];
  for (const path of (await sitemapPaths(request)).filter(hasGaps)) {
    await page.goto(path);
    const gapBox = page.getByRole('region', { name: '资料待补：来源没有说明的内容' });
    if ((await gapBox.count()) === 0) continue;
    onPages.push(...(await gapBox.locator('li > p.font-bold').allTextContents()).map((topic) => `${path} ${topic.replace(/〔.*〕/, '').trim()}`));
  }
  expect(onPages.length).toBeGreaterThan(20);

  await page.goto('/gaps/');
  const listed: string[] = [];
  for (const section of await page.locator('main section').all()) {
    const href = await section.locator('h2 a').getAttribute('href');
    const topics = await section.locator('li > p.font-bold').allTextContents();
    listed.push(...topics.filter((t) => !t.includes('的组成')).map((topic) => `${href} ${topic.replace(/〔.*〕/, '').trim()}`));
  }
  expect(listed.sort()).toEqual(onPages.sort());
});

test('the known gaps of the core methods are on /gaps/ in plain words', async ({ page }) => {
  await page.goto('/gaps/');
  const main = page.locator('main');
  await expect(main).toContainText('“七字诀”的组成');
  await expect(main).toContainText('“五心”的组成');
  await expect(main).toContainText('“三审三定”的组成');
  await expect(main.getByRole('link', { name: '樱花社区' }).first()).toBeVisible();
});

test('every core method and every case page shows its figures with their citations', async ({ page, request }) => {
  for (const path of (await sitemapPaths(request)).filter((p) => p.startsWith('/cases/') && isArticle(p))) {
    await page.goto(path);
    const figures = page.locator('[id^="figure-"]');
    for (const figure of await figures.all()) await expect(figure.locator('.cite a')).toHaveAttribute('href', /\/sources\/[a-z-]+\/#part-/);
  }
});
