import { expect, test } from '@playwright/test';

const PICKS = [
  { path: '/methods/xingbei-3456/', title: '杏北社区“3456”工作法' },
  { path: '/cases/pingan-yongji/', title: '平安永济：整合力量、系统集成、平台联动' },
  { path: '/glossary/sanguan-yilv/', title: '三官一律' },
  { path: '/methods/chen-tonglan-mediation/', title: '陈潼兰调解工作法：“七字诀”与“五心”' },
  { path: '/cases/yongji-mediation-center/', title: '永济市矛调中心' },
];

test('a list built by clicking is reproduced exactly from its link in a fresh browser', async ({ page, browser }) => {
  test.slow(); // five entry pages, the list, a reload and a second browser
  for (const pick of PICKS) {
    await page.goto(pick.path);
    await page.getByRole('button', { name: '加入阅读清单' }).click();
    await expect(page.getByRole('button', { name: /已在阅读清单中/ })).toHaveAttribute('aria-pressed', 'true');
  }
  await page.goto('/readings/custom/');
  await expect(page.locator('#list-items h3')).toHaveText(PICKS.map((p) => p.title));
  await page.getByLabel('清单标题').fill('调解员培训 · 第一讲');
  await expect(page.locator('#list-heading')).toHaveText('调解员培训 · 第一讲');
  await page.getByRole('button', { name: `上移：${PICKS[2]!.title}` }).click();
  const expected = [PICKS[0]!, PICKS[2]!, PICKS[1]!, PICKS[3]!, PICKS[4]!].map((p) => p.title);
  await expect(page.locator('#list-items h3')).toHaveText(expected);
  const before = await page.locator('#share-url').inputValue();
  await page.locator('#list-items textarea').first().fill('课前先读这篇');
  await page.locator('#list-items textarea').first().blur();
  await expect(page.locator('#share-url')).not.toHaveValue(before);
  const link = await page.locator('#share-url').inputValue();
  expect(link.length).toBeLessThan(400);

  // The list survives a reload in the same browser…
  await page.goto('/readings/custom/');
  await expect(page.locator('#list-items h3')).toHaveText(expected);

  // …and the link shows exactly that list on a phone that has never seen it.
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const trainee = await phone.newPage();
  await trainee.goto(link);
  await expect(trainee.locator('#list-heading')).toHaveText('调解员培训 · 第一讲');
  await expect(trainee.locator('#list-items h3')).toHaveText(expected);
  await expect(trainee.locator('h1')).toHaveText('分享的阅读清单');
  await expect(trainee.locator('#list-items li').first()).toContainText('备注：课前先读这篇');
  await expect(trainee.locator('#list-items a').first()).toHaveAttribute('href', '/methods/xingbei-3456/');
  await expect(trainee.locator('#list-summary')).toContainText('共 5 篇');
  await phone.close();
});

test('a tampered link shows what it can, says what it could not, and runs nothing', async ({ page }) => {
  let alerted = false;
  page.on('dialog', async (dialog) => {
    alerted = true;
    await dialog.dismiss();
  });
  const raw = {
    t: '<img src=x onerror="alert(1)">',
    i: [['m.xingbei-3456', '<script>alert(2)</script>'], ['m.no-such-method'], ['g.sanguan-yilv']],
  };
  const encoded = Buffer.from(JSON.stringify(raw)).toString('base64url');
  await page.goto(`/readings/custom/?l=${encoded}`);
  await expect(page.locator('#list-heading')).toHaveText('<img src=x onerror="alert(1)">');
  await expect(page.locator('#list-items h3')).toHaveText(['杏北社区“3456”工作法', '三官一律']);
  await expect(page.locator('#list-problems')).toContainText('第 2 项“m.no-such-method”不是本库的条目');
  await expect(page.locator('#list-items li').first()).toContainText('备注：<script>alert(2)</script>');
  await expect(page.locator('main img')).toHaveCount(0);
  expect(alerted).toBe(false);

  await page.goto('/readings/custom/?l=%%%not-base64');
  await expect(page.locator('#list-problems')).toContainText('无法读取');
});

test("a learner's progress on a reading path survives a reload", async ({ page }) => {
  await page.goto('/readings/core-methods/');
  const boxes = page.getByRole('checkbox', { name: '已读' });
  await boxes.nth(0).check();
  await boxes.nth(2).check();
  await expect(page.locator('#progress-text')).toContainText('已读 2 /');
  await page.reload();
  await expect(page.getByRole('checkbox', { name: '已读' }).nth(0)).toBeChecked();
  await expect(page.getByRole('checkbox', { name: '已读' }).nth(1)).not.toBeChecked();
  await expect(page.locator('#progress-text')).toContainText('已读 2 /');
});

test('a reading path prints as one handout: no navigation, every entry in full, in order, then the questions', async ({
  page,
}) => {
  test.slow(); // thirty-odd pages to print
  await page.goto('/readings/mediation/');
  const titles = await page.locator('#items-title ~ ol h3 a').allTextContents();
  expect(titles.length).toBeGreaterThanOrEqual(4);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('header nav[aria-label="主要栏目"]')).toBeHidden();
  await expect(page.locator('#search-open')).toBeHidden();
  await expect(page.locator('#print-handout')).toBeHidden();
  const handoutTitles = await page.locator('.print-only .handout-entry > h2').allTextContents();
  expect(handoutTitles).toEqual(titles);
  await expect(page.locator('.print-only .handout-entry').first()).toBeVisible();
  await expect(page.locator('.print-only > section h2')).toHaveText(['研讨题', '本讲义各篇的网址']);

  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
  expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0).toBeGreaterThan(titles.length);
});

test('an ad-hoc list prints each entry in full, in the order of the list', async ({ page }) => {
  const list = { t: '讲义', i: [['g.sanguan-yilv'], ['m.liuge-qilai']] };
  await page.goto(`/readings/custom/?l=${Buffer.from(JSON.stringify(list)).toString('base64url')}`);
  await expect(page.locator('#handout-status')).toHaveText('讲义已备好：2 篇全文，可以打印或下载 Word。', {
    timeout: 60_000,
  });
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('#handout-entries .handout-entry h2')).toHaveText(['三官一律', '“六个起来”网格治理模式']);
  await expect(page.locator('#list-clear')).toBeHidden();
});

test('the comparison shows the core methods side by side, lets a reader pick others, and fits a phone', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/compare/');
  const parts = page.locator('section', { has: page.locator('#aspect-parts') });
  await expect(parts.locator('li[data-method]:visible > p a')).toHaveText([
    '杏北社区“3456”工作法',
    '陈潼兰调解工作法：“七字诀”与“五心”',
    '虞乡镇“三审三定”',
    '“六个起来”网格治理模式',
  ]);
  await expect(parts.locator('li[data-method="chen-tonglan-mediation"]')).toContainText('七字诀：资料待补');
  await page.getByRole('checkbox', { name: '虞乡镇“三审三定”' }).uncheck();
  await page.getByRole('checkbox', { name: '“三无小区”治理的“三个一批”（编者概括）' }).check();
  await expect(page).toHaveURL(
    /m=xingbei-3456%2Cchen-tonglan-mediation%2Cliuge-qilai%2Csange-yipi|m=xingbei-3456,chen-tonglan-mediation,liuge-qilai,sange-yipi/,
  );
  await expect(parts.locator('li[data-method="sange-yipi"]')).toContainText('引进物业一批');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});
