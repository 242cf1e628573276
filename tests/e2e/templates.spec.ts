import { expect, test } from '@playwright/test';
import { TEMPLATE_PAGES } from './pages';

for (const page of TEMPLATE_PAGES) {
  test(`${page.template} page shows its title${page.citation ? ' and citations' : ''}`, async ({ page: tab }) => {
    const response = await tab.goto(page.path);
    expect(response?.status()).toBe(page.template === '404' ? 404 : 200);
    await expect(tab.locator('h1')).toHaveText(page.h1);
    await expect(tab).toHaveTitle(new RegExp(`基层治理方法库`));
    if (page.citation) {
      const link = tab.locator(`main a[href="${page.citation}"]`).first();
      await expect(link).toBeVisible();
    }
  });
}

test('a method page shows its structure as data and what the sources leave open', async ({ page }) => {
  await page.goto('/methods/xingbei-3456/');
  const structure = page.getByRole('region', { name: '方法的组成' });
  for (const part of ['三治', '自治', '法治', '德治', '四项机制', '矛盾调处', '五红矩阵', '红马甲', '六好', '风尚新']) {
    await expect(structure.getByText(part, { exact: true }).first()).toBeVisible();
  }
  await expect(page.getByRole('heading', { name: '资料待补：来源没有说明的内容' })).toBeVisible();
});

test('陈潼兰 page says plainly that the seven characters and five hearts are not in the sources', async ({ page }) => {
  await page.goto('/methods/chen-tonglan-mediation/');
  const structure = page.getByRole('region', { name: '方法的组成' });
  // Each card is marked and links to the one place the gaps are said: the 资料待补 box.
  await expect(structure.getByRole('link', { name: /^资料待补/ })).toHaveCount(2);
  const box = page.getByRole('region', { name: '资料待补：来源没有说明的内容' });
  await expect(box).toContainText('“七字诀”的七个字');
  await expect(box).toContainText('“五心”工作法的内容');
});

test('按问题找: a situation leads to the entry that answers it, and the entry shows it under its summary', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: '主要栏目' }).getByRole('link', { name: '按问题找' }).click();
  await expect(page).toHaveURL(/\/problems\/$/);
  const mediation = page.getByRole('region', { name: '矛盾纠纷化解' });
  const text = page.getByRole('link', { name: '群众为一件纠纷在几个部门之间来回跑' });
  const situation = mediation.getByRole('link', { name: '群众为一件纠纷在几个部门之间来回跑' });
  await expect(situation).toHaveAttribute('href', '/cases/yongji-mediation-center/');
  // Cited to where the reprint describes the problem; the entry's title is on the card.
  const card = mediation.locator('li.problem-entry').filter({ has: text });
  await expect(card.locator('.cite a')).toHaveAttribute('href', '/sources/zxxx-reprint/#part-矛调中心');
  await expect(card.getByRole('link', { name: '永济市矛调中心' })).toBeVisible();
  await situation.click();
  const situations = page.getByRole('region', { name: '遇到这些情况，可以参考' });
  await expect(situations.getByRole('listitem').first()).toContainText('群众为一件纠纷在几个部门之间来回跑');
  await expect(situations.getByText('编者概括').first()).toBeVisible();
});

test('on a phone an entry shows its situations on the first screen, right after the summary, even under the longest summary', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/methods/chen-tonglan-mediation/');
  const situations = page.getByRole('region', { name: '遇到这些情况，可以参考' });
  await expect(situations.getByRole('listitem').first()).toBeInViewport({ ratio: 1 });
  await expect(situations.getByRole('listitem')).toHaveCount(3);
});

test('a source page lists the entries that cite each part', async ({ page }) => {
  await page.goto('/sources/yongji-article/');
  const part3 = page.locator('#part-3');
  await expect(part3.getByRole('link', { name: '杏北社区“3456”工作法' })).toHaveAttribute(
    'href',
    '/methods/xingbei-3456/',
  );
});

test('the glossary is in pinyin order', async ({ page }) => {
  await page.goto('/glossary/');
  const terms = await page.locator('main dt a').allTextContents();
  const index = (term: string) => terms.indexOf(term);
  expect(index('党员中心户')).toBeGreaterThan(-1);
  expect(index('党员中心户')).toBeLessThan(index('两委'));
  expect(index('两委')).toBeLessThan(index('三官一律'));
  expect(index('三官一律')).toBeLessThan(index('网格员'));
});
