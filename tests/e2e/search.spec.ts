import { expect, test } from '@playwright/test';
import { resultsFor } from './search-helpers';

test('a Chinese name on /search/ finds its page, with the name marked in the excerpt', async ({ page }) => {
  await page.goto('/search/?q=陈潼兰');
  await expect(page.locator('#search-status')).toHaveAttribute('data-query', '陈潼兰');
  const results = page.locator('#search-results > li');
  await expect(results.first()).toBeVisible();
  const top3 = await results
    .locator('h2 a')
    .evaluateAll((links) => links.slice(0, 3).map((a) => new URL(a.getAttribute('href') ?? '', 'http://x').pathname));
  expect(top3).toContain('/methods/chen-tonglan-mediation/');
  await expect(results.first().locator('mark').first()).toHaveText('陈潼兰');
});

test('the header box opens with /, finds a term by keyboard, and Enter opens it', async ({ page }) => {
  await page.goto('/methods/');
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: '搜索全库' });
  await expect(dialog).toBeVisible();
  const box = dialog.getByRole('combobox');
  await expect(box).toBeFocused();
  await page.keyboard.type('三官一律');
  // A reader moves through the results once they have settled (names come first, checked pages after).
  await expect(dialog.locator('#search-dialog-status')).toHaveAttribute('data-query', '三官一律');
  const first = dialog.getByRole('option').first();
  await expect(first).toContainText('三官一律');
  await expect(first).toHaveAttribute('aria-selected', 'true');
  await expect(box).toHaveAttribute('aria-activedescendant', (await first.getAttribute('id')) ?? '');
  await page.keyboard.press('ArrowDown');
  await expect(dialog.getByRole('option').nth(1)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/glossary\/sanguan-yilv\/\?hl=/);
  await expect(page.locator('h1')).toHaveText('三官一律');
});

test('Ctrl+K opens the search and Escape closes it, returning focus', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: '跳到正文' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog', { name: '搜索全库' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('combobox')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(skip).toBeFocused();
});

test('with a query typed, one Escape closes the dialog; the × clears the query, in the accent colour, by keyboard too', async ({
  page,
}) => {
  await page.goto('/');
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog', { name: '搜索全库' });
  const box = dialog.getByRole('combobox');
  const clear = dialog.getByRole('button', { name: '清空搜索词' });
  await expect(clear).toBeHidden();
  await box.fill('三官一律');
  await expect(dialog.getByRole('option').first()).toContainText('三官一律');
  await expect(clear).toBeVisible();
  const [clearColour, accent] = await clear.evaluate((button) => [
    getComputedStyle(button).color,
    getComputedStyle(document.querySelector('a')!).color,
  ]);
  expect(clearColour).toBe(accent);
  // Tab from the box reaches the ×, which shows the site's focus ring and clears the query.
  await box.focus();
  await page.keyboard.press('Tab');
  await expect(clear).toBeFocused();
  expect(await clear.evaluate((button) => getComputedStyle(button).outlineStyle)).toBe('solid');
  await page.keyboard.press('Enter');
  await expect(box).toHaveValue('');
  await expect(box).toBeFocused();
  await expect(clear).toBeHidden();
  // One Escape with a query typed closes the dialog (a search box alone would only clear it).
  await box.fill('网格员');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('on a phone the search opens as a full-screen sheet', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  await page.getByRole('link', { name: /搜索方法、案例、术语/ }).click();
  const dialog = page.getByRole('dialog', { name: '搜索全库' });
  await expect(dialog).toBeVisible();
  const box = await dialog.boundingBox();
  expect(box?.width).toBeGreaterThanOrEqual(389);
  expect(box?.height).toBeGreaterThanOrEqual(843);
});

test('opening a result marks the searched words on the page and scrolls to them', async ({ page }) => {
  await page.goto('/search/?q=小区帮帮团');
  await page.locator('#search-results h2 a', { hasText: '杏北社区“3456”工作法' }).click();
  const mark = page.locator('mark.search-hit').first();
  await expect(mark).toHaveText('小区帮帮团');
  await expect(mark).toBeInViewport();
});

test('filters combine with the query and show counts', async ({ page }) => {
  await page.goto('/search/?q=调解');
  await expect(page.locator('#search-status')).toContainText('“调解”');
  const all = await page.locator('#search-results > li').count();
  const termBox = page.getByRole('checkbox', { name: /^术语/ });
  const label = await termBox.locator('xpath=..').textContent();
  const count = Number(/\((\d+)\)/.exec(label ?? '')?.[1]);
  await termBox.check();
  await expect(page).toHaveURL(/type=%E6%9C%AF%E8%AF%AD/);
  await expect(page.locator('#search-results > li')).toHaveCount(count);
  expect(count).toBeLessThan(all);
  for (const type of await page.locator('#search-results li > span:first-child').allTextContents())
    expect(type).toMatch(/^术语/);
});

test('an empty query with a theme lists everything on that theme', async ({ page }) => {
  await page.goto(`/search/?theme=${encodeURIComponent('网格治理')}`);
  await expect(page.locator('#search-status')).toContainText('找到');
  const paths = await page
    .locator('#search-results h2 a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(paths).toContain('/methods/liuge-qilai/');
});

test('a query with no match says plainly what the library has nothing on, and offers ways on', async ({ page }) => {
  await page.goto('/search/');
  expect(await resultsFor(page, '量子计算机')).toEqual([]);
  await expect(page.locator('#search-status')).toHaveText('方法库里没有关于“量子”“计算机”的内容。');
  await expect(page.locator('#search-suggestions')).toBeVisible();
  await expect(page.locator('#search-suggestions').getByRole('link', { name: '矛盾纠纷化解' })).toBeVisible();
});

test('when the index cannot load, the reader is told so instead of waiting forever', async ({ page }) => {
  await page.route('**/pagefind/**', (route) => route.abort());
  await page.goto('/search/?q=调解');
  await expect(page.locator('#search-status')).toContainText('搜索索引加载失败');
});

test('a question is read for what it asks: question words are set aside and said so', async ({ page }) => {
  await page.goto('/search/');
  const found = await resultsFor(page, '网格员是干什么的');
  expect(found[0]).toBe('/glossary/wangge-yuan/');
  await expect(page.locator('#search-status .search-reading')).toContainText('已忽略“是”“干什么”“的”');
});

test('the header box and the search page give the same first answer (one engine), pinyin included', async ({
  page,
}) => {
  await page.goto('/search/');
  const onPage = await resultsFor(page, 'ctl');
  await expect(page.locator('#search-status')).toContainText('拼音“ctl”按“陈潼兰”搜索');
  await page.goto('/methods/');
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: '搜索全库' });
  await dialog.getByRole('combobox').fill('ctl');
  await expect(dialog.locator('#search-dialog-status')).toHaveAttribute('data-query', 'ctl');
  const first = await dialog.getByRole('option').first().getAttribute('data-href');
  expect(new URL(first ?? '', 'http://x').pathname).toBe(onPage[0]);
});

test('a question on something the library does not cover says so first, and shows nothing found through a lone character of it', async ({
  page,
}) => {
  await page.goto('/search/');
  // 低保 is cut by the segmenter into 低 and 保, each of which stands somewhere in the library.
  const paths = await resultsFor(page, '农村低保怎么申请');
  await expect(page.locator('#search-status')).toContainText(
    /^方法库里没有关于“低保”(“申请”)?的内容。以下 \d+ 条结果只包含“农村”/,
  );
  expect(paths.length).toBeGreaterThan(0);
  const marks = await page.locator('#search-results mark').allTextContents();
  expect(marks.filter((mark) => mark === '低' || mark === '保')).toEqual([]);
  expect(await resultsFor(page, '低保')).toEqual([]);
  await expect(page.locator('#search-status')).toHaveText('方法库里没有关于“低保”的内容。');
});

test('a result marks what the query matched on the page: the whole name, never a lone character of it', async ({
  page,
}) => {
  await page.goto('/search/?q=三审三定');
  await page.locator('#search-results h2 a', { hasText: '虞乡镇“三审三定”' }).click();
  await expect(page).toHaveURL(/\/methods\/yuxiang-sanshen-sanding\/\?hl=/);
  // The marks come from a script loaded after the page: wait for the first, as a reader would.
  await expect(page.locator('mark.search-hit').first()).toBeVisible();
  const marks = await page.locator('mark.search-hit').allTextContents();
  expect(new Set(marks)).toEqual(new Set(['三审三定']));
});

test('an unknown filter in a link is named and dropped, and the filters can be cleared', async ({ page }) => {
  await page.goto('/search/?q=调解&type=%3Cb%3Ex%3C%2Fb%3E&theme=nonexistent');
  const note = page.locator('#search-filter-note');
  await expect(note).toHaveText('筛选条件“<b>x</b>”“nonexistent”不存在，已忽略。');
  await expect(page.locator('#search-status')).toHaveAttribute('data-query', '调解');
  expect(await page.locator('#search-results > li').count()).toBeGreaterThan(5);
  await expect(page.locator('#search-facets input:checked')).toHaveCount(0);
  expect(new URL(page.url()).search).toBe(`?q=${encodeURIComponent('调解')}`);

  await page.getByRole('checkbox', { name: /^术语/ }).check();
  const clear = page.getByRole('button', { name: '清除筛选' });
  await expect(clear).toBeVisible();
  await clear.click();
  await expect(page.locator('#search-facets input:checked')).toHaveCount(0);
  await expect(clear).toBeHidden();
});
