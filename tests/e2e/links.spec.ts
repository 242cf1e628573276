import { expect, test } from '@playwright/test';

test('a method page lists the cases that apply it, computed from the cases', async ({ page }) => {
  await page.goto('/methods/xingbei-3456/');
  const applying = page.getByRole('region', { name: '应用这一方法的案例' });
  await expect(applying.getByRole('link', { name: '杏北社区：把党组织力量沉到楼栋' })).toHaveAttribute(
    'href',
    '/cases/xingbei-community/',
  );
});

test('a term page lists every entry that uses it', async ({ page }) => {
  await page.goto('/glossary/wangge-yuan/');
  const users = page.getByRole('region', { name: '用到这一术语的条目' });
  await expect(users.getByRole('link', { name: '平安永济：整合力量、系统集成、平台联动' })).toBeVisible();
});

test('a glossary term in prose links to its entry and shows its definition on keyboard focus', async ({ page }) => {
  await page.goto('/methods/xingbei-3456/');
  let onTerm = false;
  for (let presses = 0; presses < 80 && !onTerm; presses++) {
    await page.keyboard.press('Tab');
    onTerm = await page.evaluate(() => document.activeElement?.classList.contains('term-link') ?? false);
  }
  expect(onTerm, 'Tab never reached a term link').toBe(true);
  const link = page.locator('.term-link:focus');
  const tipId = await link.getAttribute('aria-describedby');
  const tip = page.locator(`#${tipId}`);
  await expect(tip).toBeVisible();
  await expect(tip).toHaveAttribute('role', 'tooltip');
  expect((await tip.textContent())?.length).toBeGreaterThan(4);
  await expect(link).toHaveAttribute('href', /^\/glossary\/[a-z0-9-]+\/$/);
  await page.keyboard.press('Escape');
  await expect(tip).toBeHidden();
});

test('terms are linked once, and never inside headings or quotations', async ({ page }) => {
  await page.goto('/methods/liuge-qilai/');
  const hrefs = await page
    .locator('.prose .term-link')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(new Set(hrefs).size).toBe(hrefs.length);
  await expect(page.locator('.prose h2 .term-link, .prose q .term-link, .prose blockquote .term-link')).toHaveCount(0);
});

test('every node of the knowledge map links to its page', async ({ page }) => {
  await page.goto('/graph/');
  const nodes = page.locator('svg a[data-node]');
  expect(await nodes.count()).toBeGreaterThan(100);
  for (const node of await nodes.all()) {
    const [collection, id] = ((await node.getAttribute('data-node')) ?? '').split('/');
    await expect(node).toHaveAttribute('href', `/${collection}/${id}/`);
  }
  await page.locator('svg a[data-node="methods/liuge-qilai"]').click();
  await expect(page.locator('h1')).toHaveText('“六个起来”网格治理模式');
});

test('a place page gathers everything in the place and below it, with breadcrumbs on entries', async ({ page }) => {
  await page.goto('/places/chengdong/');
  await expect(page.locator('main').getByRole('link', { name: '杏北社区“3456”工作法' })).toBeVisible();
  await page.goto('/methods/xingbei-3456/');
  const crumbs = page.getByRole('navigation', { name: '所在地' }).getByRole('link');
  await expect(crumbs).toHaveText(['山西省', '运城市', '永济市', '城东街道', '杏北社区']);
  await crumbs.nth(3).click();
  await expect(page.locator('h1')).toHaveText('城东街道');
});

test('every entry page shows related entries and its own neighbourhood map', async ({ page }) => {
  await page.goto('/cases/pingan-yongji/');
  await expect(page.getByRole('region', { name: '相关条目' }).getByRole('link').first()).toBeVisible();
  await expect(page.locator('figure svg circle').first()).toBeVisible();
});
