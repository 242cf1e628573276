import { expect, test } from '@playwright/test';
import { sitemapPaths } from './sitemap';

const isArticle = (path: string) => /^\/(methods|cases)\/[^/]+\/$/.test(path);
/** Entries that can record gaps: articles and glossary terms. */
const hasGaps = (path: string) => /^\/(methods|cases|glossary)\/[^/]+\/$/.test(path);
/** A test that opens every entry page needs longer than the default 30 s on a busy machine: a budget per page. */
const walkBudget = (pages: number) => 30_000 + pages * 3_000;

test('/figures/ lists every figure shown on every method and case page, linking back to it', async ({ page, request }) => {
  const paths = (await sitemapPaths(request)).filter(isArticle);
  test.setTimeout(walkBudget(paths.length));
  const onPages: string[] = [];
  for (const path of paths) {
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
  const paths = (await sitemapPaths(request)).filter(hasGaps);
  test.setTimeout(walkBudget(paths.length));
  const topicOf = (text: string) => text.replace(/〔.*〕/, '').trim();
  const onPages: string[] = [];
  for (const path of paths) {
    // The pages are static HTML: the gap box is there once the document is parsed.
    await page.goto(path, { waitUntil: 'domcontentloaded' });
    const topics = await page.getByRole('region', { name: '资料待补：来源没有说明的内容' }).locator('li > p.font-bold').allTextContents();
    onPages.push(...topics.map((topic) => `${path} ${topicOf(topic)}`));
  }
  expect(onPages.length).toBeGreaterThan(20);
  expect(onPages.some((entry) => entry.startsWith('/glossary/bage-gengjia/ '))).toBe(true);

  await page.goto('/gaps/');
  const sections = await page.locator('main section').evaluateAll((items) =>
    items.map((section) => ({
      href: section.querySelector('h2 a')?.getAttribute('href') ?? '',
      topics: [...section.querySelectorAll('li > p.font-bold')].map((p) => p.textContent ?? ''),
    })),
  );
  const listed = sections.flatMap(({ href, topics }) => topics.filter((t) => !t.includes('的组成')).map((topic) => `${href} ${topicOf(topic)}`));
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
  const paths = (await sitemapPaths(request)).filter((p) => p.startsWith('/cases/') && isArticle(p));
  test.setTimeout(walkBudget(paths.length));
  for (const path of paths) {
    await page.goto(path);
    const figures = page.locator('[id^="figure-"]');
    for (const figure of await figures.all()) await expect(figure.locator('.cite a')).toHaveAttribute('href', /\/sources\/[a-z-]+\/#part-/);
  }
});
