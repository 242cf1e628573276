// A trainer's class, end to end: notes that are never lost, a shared list that says whose it is,
// handouts with full addresses and QR codes, a Word copy, progress and next/previous on a path,
// and no CSP error on the way.
import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { drawingCount, wordPictures } from './word-file';

const LIST_KEY = 'jiceng:reading-list';
const PICKS = [
  { key: 'methods/xingbei-3456', path: '/methods/xingbei-3456/', title: '杏北社区“3456”工作法' },
  { key: 'glossary/sanguan-yilv', path: '/glossary/sanguan-yilv/', title: '三官一律' },
  { key: 'cases/pingan-yongji', path: '/cases/pingan-yongji/', title: '平安永济：整合力量、系统集成、平台联动' },
];
const NOTES = ['课前读：记下“3”“4”“5”“6”各指什么', '第二讲用，对照本地的“三官一律”', '分组讨论：三项工作各管什么'];

/** Puts a list in this browser's storage, as “加入阅读清单” would have. */
async function storeList(page: Page, list: { title: string; items: { key: string; note: string }[] }): Promise<void> {
  await page.goto('/about/');
  await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [LIST_KEY, JSON.stringify(list)]);
}

const encode = (raw: unknown) => Buffer.from(JSON.stringify(raw)).toString('base64url');

/** Waits, as a trainer does, for the page to say the handout is whole (its entries are read from their pages). */
async function handoutReady(page: Page): Promise<void> {
  await expect(page.locator('#handout-status')).toHaveText(/^讲义已备好：\d+ 篇全文/, { timeout: 60_000 });
}

/** The key of the focused control in the list (`collection/id|note`), or its tag. */
const focusedKey = (page: Page) =>
  page.evaluate(
    () => (document.activeElement as HTMLElement | null)?.dataset['focusKey'] ?? document.activeElement?.tagName ?? '',
  );

test('notes typed into three boxes in a row, by click and by Tab, survive a reload and travel in the link', async ({
  page,
  browser,
  context,
}) => {
  test.slow(); // a long journey: typing, moving, reloading, a second browser
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await storeList(page, { title: '', items: PICKS.map(({ key }) => ({ key, note: '' })) });
  await page.goto('/readings/custom/');
  const notes = page.getByRole('textbox', { name: '备注' });
  await expect(notes).toHaveCount(3);

  // By click: each box takes what is typed, while the others keep theirs.
  for (const [index, note] of NOTES.entries()) {
    await notes.nth(index).click();
    await page.keyboard.type(note);
  }
  for (const [index, note] of NOTES.entries()) await expect(notes.nth(index)).toHaveValue(note);

  // By Tab: from the first note, Tab follows the list — its buttons, the next title, the next note.
  await notes.nth(0).click();
  const path: string[] = [];
  for (let presses = 0; presses < 4; presses++) {
    await page.keyboard.press('Tab');
    path.push(await focusedKey(page));
  }
  expect(path).toEqual([
    `${PICKS[0]!.key}|down`,
    `${PICKS[0]!.key}|remove`,
    `${PICKS[1]!.key}|link`,
    `${PICKS[1]!.key}|note`,
  ]);
  await page.keyboard.press('End');
  await page.keyboard.type('（补充）');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  expect(await focusedKey(page)).toBe(`${PICKS[2]!.key}|note`);
  await page.keyboard.press('End');
  await page.keyboard.type('（补充）');
  const typed = [NOTES[0]!, `${NOTES[1]}（补充）`, `${NOTES[2]}（补充）`];
  for (const [index, note] of typed.entries()) await expect(notes.nth(index)).toHaveValue(note);

  // Moving an item re-renders the list: focus stays on the button, the caret and notes stay put.
  await page.getByRole('button', { name: `上移：${PICKS[2]!.title}` }).click();
  expect(await focusedKey(page)).toBe(`${PICKS[2]!.key}|up`);
  await page.keyboard.press('Enter');
  await expect(page.locator('#list-items h3')).toHaveText([PICKS[2]!.title, PICKS[0]!.title, PICKS[1]!.title]);
  // At the top its 上移 is disabled, so focus moved to its 下移 rather than falling to the page.
  expect(await focusedKey(page)).toBe(`${PICKS[2]!.key}|down`);
  await page.keyboard.press('Enter');
  await expect(page.locator('#list-items h3')).toHaveText([PICKS[0]!.title, PICKS[2]!.title, PICKS[1]!.title]);
  await page.getByRole('button', { name: `上移：${PICKS[2]!.title}` }).click();
  await expect(page.locator('#list-items h3')).toHaveText([PICKS[2]!.title, PICKS[0]!.title, PICKS[1]!.title]);
  await page.getByRole('button', { name: `下移：${PICKS[2]!.title}` }).click();
  await page.getByRole('button', { name: `下移：${PICKS[2]!.title}` }).click();
  await expect(page.locator('#list-items h3')).toHaveText(PICKS.map((p) => p.title));
  for (const [index, note] of typed.entries()) await expect(notes.nth(index)).toHaveValue(note);

  // A reload shows every note, from this browser's storage.
  await page.reload();
  for (const [index, note] of typed.entries())
    await expect(page.getByRole('textbox', { name: '备注' }).nth(index)).toHaveValue(note);

  // The copied link carries them to a browser that has never seen the list.
  await page.getByRole('button', { name: '复制链接' }).click();
  await expect(page.locator('#share-status')).toHaveText(/已复制/);
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/\/readings\/custom\/\?l=/);
  const fresh = await browser.newContext();
  const student = await fresh.newPage();
  await student.goto(link);
  await expect(student.locator('#list-items h3')).toHaveText(PICKS.map((p) => p.title));
  for (const [index, note] of typed.entries())
    await expect(student.locator('#list-items li').nth(index)).toContainText(`备注：${note}`);
  await fresh.close();
});

test('removing an item gives focus to the one that took its place', async ({ page }) => {
  await storeList(page, { title: '', items: PICKS.map(({ key }) => ({ key, note: '' })) });
  await page.goto('/readings/custom/');
  await page.getByRole('button', { name: `移出：${PICKS[0]!.title}` }).click();
  await expect(page.locator('#list-items h3')).toHaveText([PICKS[1]!.title, PICKS[2]!.title]);
  await expect(page.getByRole('link', { name: PICKS[1]!.title })).toBeFocused();
  await expect(page.locator('#list-status')).toHaveText(`已移出“${PICKS[0]!.title}”。`);
});

test('a title typed before the list has loaded is kept', async ({ page }) => {
  await storeList(page, { title: '旧标题', items: [{ key: PICKS[0]!.key, note: '' }] });
  // Hold the catalogue back, type, then let it load.
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/readings/entries.json', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/readings/custom/');
  await expect(page.getByLabel('清单标题')).toHaveValue('旧标题');
  await page.getByLabel('清单标题').fill('新标题');
  release();
  await expect(page.locator('#list-items h3')).toHaveText([PICKS[0]!.title]);
  await expect(page.getByLabel('清单标题')).toHaveValue('新标题');
  await expect(page.locator('#list-heading')).toHaveText('新标题');
  await page.reload();
  await expect(page.getByLabel('清单标题')).toHaveValue('新标题');
});

test('a list whose notes make its link too long says so before it is sent, and still prints with a code on its cover', async ({
  page,
}) => {
  test.slow(); // the handout reads each entry's page in full
  const keys = [...PICKS.map((p) => p.key), 'methods/liuge-qilai', 'cases/yongji-mediation-center'];
  await storeList(page, { title: '长备注', items: keys.map((key) => ({ key, note: '备'.repeat(300) })) });
  await page.goto('/readings/custom/');
  await expect(page.locator('#share-status')).toContainText('超过上限 6000，学员打开时将无法读取');
  await handoutReady(page);
  await page.emulateMedia({ media: 'print' });
  // The paper carries the notes, so its code carries only the entries and title: it still prints.
  await expect(page.locator('#list-qr svg')).toHaveAttribute(
    'aria-label',
    /^二维码：http:\S+\?k=m\.xingbei-3456~g\.sanguan-yilv~c\.pingan-yongji~m\.liuge-qilai~c\.yongji-mediation-center&t=/,
  );
  await expect(page.locator('#handout-entries svg.handout-qr-code')).toHaveCount(keys.length);
  // Shortening one note brings it back under the limit.
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('textbox', { name: '备注' }).first().fill('短');
  await expect(page.locator('#share-status')).toHaveText('');
});

test('a list opened from a link says it is shared, is read-only, and is saved only when asked', async ({ page }) => {
  test.slow(); // several pages in a row
  const shared = { t: '调解员培训 · 第一讲', i: [['m.xingbei-3456', '先读这篇'], ['g.sanguan-yilv']] };
  const mine = { title: '我自己的', items: [{ key: 'cases/pingan-yongji', note: '我的备注' }] };
  await storeList(page, mine);
  await page.goto(`/readings/custom/?l=${encode(shared)}`);
  await expect(page.locator('h1')).toHaveText('分享的阅读清单');
  await expect(page).toHaveTitle(/^分享的阅读清单/);
  await expect(page.locator('#list-heading')).toHaveText('调解员培训 · 第一讲');
  await expect(page.locator('#list-summary')).toContainText('共 2 篇');
  await expect(page.locator('#list-items li').first()).toContainText('备注：先读这篇');
  await expect(page.getByRole('heading', { name: '这是别人分享给你的清单' })).toBeVisible();
  await expect(page.locator('#shared-mine')).toContainText('已有一份清单“我自己的”（1 篇）');
  // Nothing to edit here: no note boxes, no moving or removing, no title field, no clearing.
  await expect(page.getByRole('textbox')).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^(上移|下移|移出)/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: '清空清单' })).toBeHidden();
  await expect(page.getByRole('button', { name: '打印讲义' })).toBeVisible();
  expect(JSON.parse((await page.evaluate((key) => localStorage.getItem(key), LIST_KEY)) ?? '')).toEqual(mine);

  // Saving over a list of one's own asks first; saying no changes nothing.
  const questions: string[] = [];
  page.once('dialog', async (dialog) => {
    questions.push(dialog.message());
    await dialog.dismiss();
  });
  await page.getByRole('button', { name: '保存为我的清单' }).click();
  await expect(page.locator('#shared-status')).toHaveText('没有保存，你原来的清单保持不变。');
  expect(questions).toEqual([
    expect.stringContaining('已有一份阅读清单“我自己的”（1 篇）。用这份分享的清单替换它吗？'),
  ]);
  expect(JSON.parse((await page.evaluate((key) => localStorage.getItem(key), LIST_KEY)) ?? '')).toEqual(mine);

  page.once('dialog', (dialog) => dialog.accept());
  await page.getByRole('button', { name: '保存为我的清单' }).click();
  await expect(page.locator('#shared-status')).toContainText('已保存为你的阅读清单');
  await page.getByRole('link', { name: '打开我的阅读清单' }).click();
  await expect(page.locator('h1')).toHaveText('我的阅读清单');
  await expect(page.locator('#list-items h3')).toHaveText([PICKS[0]!.title, PICKS[1]!.title]);
  await expect(page.getByRole('textbox', { name: '备注' }).first()).toHaveValue('先读这篇');
  await expect(page.getByLabel('清单标题')).toHaveValue('调解员培训 · 第一讲');
});

test('saving a shared list with no list of one’s own asks nothing', async ({ page }) => {
  let asked = false;
  page.on('dialog', async (dialog) => {
    asked = true;
    await dialog.dismiss();
  });
  await page.goto(`/readings/custom/?l=${encode({ t: '', i: [['g.sanguan-yilv']] })}`);
  await expect(page.locator('#list-heading')).toHaveText('（未命名的清单）');
  await page.getByRole('button', { name: '保存为我的清单' }).click();
  await expect(page.locator('#shared-status')).toContainText('已保存为你的阅读清单');
  expect(asked).toBe(false);
});

test('a reading path prints with its full address, a QR code per entry and every address at the end', async ({
  page,
  baseURL,
}) => {
  await page.goto('/readings/mediation/');
  const entries = await page
    .locator('#items-title ~ ol h3 a')
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('main > p.print-only').first()).toContainText(`${baseURL}/readings/mediation/`);
  const handout = page.locator('.handout-entry');
  await expect(handout).toHaveCount(entries.length);
  for (const [index, path] of entries.entries()) {
    const entry = handout.nth(index);
    await expect(entry).toContainText(`第 ${index + 1} 篇（共 ${entries.length} 篇）`);
    await expect(entry.locator('svg.handout-qr-code')).toBeVisible();
    await expect(entry.locator('svg.handout-qr-code')).toHaveAttribute('aria-label', `二维码：${baseURL}${path}`);
    await expect(entry.locator('figcaption')).toContainText(`${baseURL}${path}`);
  }
  // The cover carries the path's own code and the date; the end lists every address once.
  await expect(page.locator('header figure.handout-qr svg')).toBeVisible();
  await expect(page.locator('[data-handout-date]')).toHaveText(/^\d{4}年\d{1,2}月\d{1,2}日$/);
  const addresses = page.locator('section', { has: page.getByRole('heading', { name: '本讲义各篇的网址' }) });
  for (const path of entries) await expect(addresses).toContainText(`${baseURL}${path}`);
  // Inline links print as their text: no address in brackets after the word (citation marks
  // keep their closing bracket 〕).
  const after = await page
    .locator('.handout-entry .prose a[href]')
    .evaluateAll((links) => [...new Set(links.map((a) => getComputedStyle(a, '::after').content))]);
  expect(after.length).toBeGreaterThan(0);
  for (const content of after) expect(['none', 'normal', '"〕"']).toContain(content);
  // One h1 on paper too: the entries' headings sit one level down.
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.locator('.print-only > section h2')).toHaveText(['研讨题', '本讲义各篇的网址']);
});

test('a list prints with a QR code of its short link on the cover, the site address instead of the raw link, and a QR code per entry', async ({
  page,
  baseURL,
}) => {
  test.slow(); // the handout reads each entry's page in full
  const notes = [
    '课前读：记下三四五六各指什么，第二讲再用',
    '对照本地的“三官一律”，想想谁来联起来吧',
    '分组讨论：四种人各管什么，怎样进网格包户',
    '结合本社区的网格，说说哪一个起来最难办呢',
  ];
  const keys = ['m.xingbei-3456', 'c.pingan-yongji', 'g.sanguan-yilv', 'm.liuge-qilai'];
  const list = { t: '社区调解员培训·第一讲', i: keys.map((key, index) => [key, notes[index]]) };
  await page.goto(`/readings/custom/?l=${encode(list)}`);
  await handoutReady(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('#handout-entries .handout-entry h2')).toHaveText([
    '杏北社区“3456”工作法',
    '平安永济：整合力量、系统集成、平台联动',
    '三官一律',
    '“六个起来”网格治理模式',
  ]);
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.locator('#handout-entries svg.handout-qr-code')).toHaveCount(4);
  await expect(page.locator('#handout-entries figcaption').first()).toContainText(`${baseURL}/methods/xingbei-3456/`);
  // The cover's code carries the entries and the title, not the notes (they are printed): a short
  // link, a code small enough to scan from paper.
  const short = `${baseURL}/readings/custom/?k=${keys.join('~')}&t=${Buffer.from(list.t).toString('base64url')}`;
  expect(short.length).toBeLessThanOrEqual(200);
  const cover = page.locator('#list-qr svg');
  await expect(cover).toHaveAttribute('aria-label', `二维码：${short}`);
  await expect(page.locator('#list-qr figcaption')).toHaveText(`扫码打开本清单（网站：${baseURL}/）`);
  const modules = Number((await cover.getAttribute('viewBox'))?.split(' ')[2]) - 4;
  const millimetres = (await cover.boundingBox())!.width / (96 / 25.4);
  test.info().annotations.push({
    type: 'cover QR code',
    description: `${modules} × ${modules} modules, ${millimetres.toFixed(1)} mm wide, ${short.length}-character link`,
  });
  expect(modules).toBeLessThanOrEqual(57);
  expect(millimetres).toBeGreaterThanOrEqual(30);
  // The page header names the site; no line of link text is wider than the page.
  const header = page.locator('main > p.print-only').first();
  await expect(header).toContainText(`${baseURL}/`);
  await expect(header).not.toContainText('?l=');
  const pageWidth = await page.locator('main').evaluate((main) => main.getBoundingClientRect().width);
  for (const line of await page.locator('[data-address], [data-print-address]').all()) {
    if (!(await line.isVisible())) continue;
    expect((await line.boundingBox())!.width).toBeLessThanOrEqual(pageWidth + 1);
  }
  await expect(page.locator('#handout-addresses')).toContainText(`本清单：${short}`);
  await expect(page.locator('#list-items li').first()).toContainText(`备注：${notes[0]}`);
  await expect(page.getByRole('button', { name: '保存为我的清单' })).toBeHidden();

  // The short link opens the same entries and title in a fresh page.
  await page.emulateMedia({ media: 'screen' });
  await page.goto(short.replace(baseURL!, ''));
  await expect(page.locator('#list-heading')).toHaveText(list.t);
  await expect(page.locator('#list-items h3')).toHaveText([
    '杏北社区“3456”工作法',
    '平安永济：整合力量、系统集成、平台联动',
    '三官一律',
    '“六个起来”网格治理模式',
  ]);
});

test('a garbled, a cut-short or an empty link never touches the list in this browser, offers no save and says there is nothing to print', async ({
  page,
}) => {
  const mine = {
    title: '我自己的',
    items: [
      { key: 'cases/pingan-yongji', note: '我的备注' },
      { key: 'methods/liuge-qilai', note: '' },
    ],
  };
  await storeList(page, mine);
  const stored = await page.evaluate((key) => localStorage.getItem(key), LIST_KEY);
  const whole = encode({ t: '调解员培训', i: [['m.xingbei-3456', '先读这篇'], ['g.sanguan-yilv']] });
  const bad = [
    { query: 'l=garbage', says: '无法读取' },
    { query: `l=${whole.slice(0, 30)}`, says: '无法读取' },
    { query: 'l=', says: '“l=”后面是空的' },
    { query: 'k=', says: '“k=”后面是空的' },
    { query: `l=${encode({ t: 'x', i: [['m.no-such-method']] })}`, says: '不是本库的条目' },
  ];
  for (const { query, says } of bad) {
    await page.goto(`/readings/custom/?${query}`);
    await expect(page.locator('#list-problems'), query).toContainText(says);
    await expect(page.locator('#list-problems'), query).toBeVisible();
    await expect(page.getByRole('button', { name: /保存/ }), query).toHaveCount(0);
    await expect(page.locator('#shared-mine'), query).toHaveText(
      '这个链接里没有可以保存的清单；你在这个浏览器里的阅读清单没有改动。',
    );
    await expect(page.locator('#handout-status'), query).toHaveText('没有可以打印的内容：链接中没有能读出的条目。');
    await expect(page.getByRole('button', { name: /打印讲义|下载 Word 讲义/ }), query).toHaveCount(0);
    expect(await page.evaluate((key) => localStorage.getItem(key), LIST_KEY), query).toBe(stored);
  }
  await page.goto('/readings/custom/?l=garbage');
  await expect(page.locator('#list-problems')).toContainText('请向发送者重新要一份完整的链接');
});

test('a link that reads only in part is saved with what it holds, and says what was dropped', async ({ page }) => {
  const mine = { title: '我自己的', items: [{ key: 'cases/pingan-yongji', note: '' }] };
  await storeList(page, mine);
  await page.goto(
    `/readings/custom/?l=${encode({ t: '半份清单', i: [['m.xingbei-3456', '先读'], ['m.renamed-method'], ['g.sanguan-yilv']] })}`,
  );
  await expect(page.locator('#list-problems')).toContainText('第 2 项“m.renamed-method”不是本库的条目');
  const questions: string[] = [];
  page.once('dialog', async (dialog) => {
    questions.push(dialog.message());
    await dialog.accept();
  });
  await page.getByRole('button', { name: '保存其中 2 篇为我的清单' }).click();
  await expect(page.locator('#shared-status')).toContainText('已保存为你的阅读清单');
  expect(questions[0]).toContain('只含这里显示的 2 篇');
  expect(JSON.parse((await page.evaluate((key) => localStorage.getItem(key), LIST_KEY)) ?? '')).toEqual({
    title: '半份清单',
    items: [
      { key: 'methods/xingbei-3456', note: '先读' },
      { key: 'glossary/sanguan-yilv', note: '' },
    ],
  });
});

/** Clicks “下载 Word 讲义” and returns word/document.xml of the file the browser saved, and the file. */
async function wordFile(page: Page): Promise<{ xml: string; file: string }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '下载 Word 讲义' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/-讲义-\d{8}\.docx$/);
  const file = join(mkdtempSync(join(tmpdir(), 'jiceng-word-')), 'handout.docx');
  await download.saveAs(file);
  execFileSync('unzip', ['-tq', file]);
  const xml = execFileSync('unzip', ['-p', file, 'word/document.xml'], {
    encoding: 'utf8',
    maxBuffer: 32 * 1024 * 1024,
  });
  // Well-formed XML, or Word will not open it.
  const error = await page.evaluate(
    (text) => new DOMParser().parseFromString(text, 'application/xml').querySelector('parsererror')?.textContent ?? '',
    xml,
  );
  expect(error).toBe('');
  return { xml, file };
}

test('a reading path downloads as a Word handout with every entry, the notes, the questions and QR codes that scan; the Word code loads only on the click', async ({
  page,
  baseURL,
}) => {
  test.slow(); // several pages in a row
  const wordCode: string[] = [];
  page.on('request', (request) => /word-handout/.test(request.url()) && wordCode.push(request.url()));
  await page.goto('/readings/core-methods/', { waitUntil: 'networkidle' });
  expect(wordCode).toEqual([]);
  const titles = await page.locator('#items-title ~ ol h3 a').allTextContents();
  const why = await page.locator('#items-title ~ ol li p').first().textContent();
  const question = (await page.locator('#questions-title ~ ol li').first().textContent()) ?? '';
  const { xml, file } = await wordFile(page);
  expect(wordCode.length).toBeGreaterThan(0);
  const text = xml.replace(/<[^>]+>/g, '');
  for (const title of titles) expect(text).toContain(title);
  expect(text).toContain((why ?? '').replace(/\s+/g, '').slice(0, 20));
  expect(text).toContain(question.slice(0, 30));
  expect(text).toContain('研讨题');
  expect(text).toContain('〔永济报道§'); // citations as text
  expect(xml).toMatch(/w:pStyle w:val="Heading1"/);
  expect(await page.locator('#word-status').textContent()).toContain('Word 讲义已生成');
  // One picture per 扫码 caption — the path's own and one per entry — each a code that reads as
  // the address printed beside it.
  const pictures = wordPictures(file);
  expect(drawingCount(xml)).toBe((text.match(/扫码/g) ?? []).length);
  expect(pictures).toHaveLength(titles.length + 1);
  expect(pictures[0]!.caption).toBe(`扫码打开本路径 ${baseURL}/readings/core-methods/`);
  for (const picture of pictures) {
    expect(picture.caption).toMatch(/^扫码(打开本路径|阅读网上版) http/);
    expect(picture.decoded).toBe(picture.caption.replace(/^\S+ /, ''));
  }
});

test('a list downloads as a Word handout with QR codes that scan; hostile text in its title and notes stays text', async ({
  page,
  baseURL,
}) => {
  test.slow(); // the handout reads each entry's page in full
  const hostile = {
    t: '<script>alert(1)</script> & “培训”',
    i: [
      ['m.xingbei-3456', '</w:t></w:r><w:r><w:t>注入'],
      ['g.sanguan-yilv', '<img src=x onerror=alert(2)>'],
    ],
  };
  let alerted = false;
  page.on('dialog', async (dialog) => {
    alerted = true;
    await dialog.dismiss();
  });
  await page.goto(`/readings/custom/?l=${encode(hostile)}`);
  await expect(page.locator('#list-items h3')).toHaveCount(2);
  await handoutReady(page);
  const { xml, file } = await wordFile(page);
  const text = xml.replace(/<[^>]+>/g, '');
  for (const title of [PICKS[0]!.title, PICKS[1]!.title]) expect(text).toContain(title);
  expect(xml).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; “培训”');
  expect(xml).toContain('备注：&lt;/w:t&gt;&lt;/w:r&gt;&lt;w:r&gt;&lt;w:t&gt;注入');
  expect(xml).toContain('备注：&lt;img src=x onerror=alert(2)&gt;');
  expect(xml).not.toContain('<script>');
  expect(alerted).toBe(false);
  // The cover's code opens the list (entries and title; the notes are in the file), each entry's
  // code its page: as many pictures as 扫码 captions, each reading as the address beside it.
  const pictures = wordPictures(file);
  expect(drawingCount(xml)).toBe((text.match(/扫码/g) ?? []).length);
  expect(pictures.map((picture) => picture.caption)).toEqual([
    `扫码打开本清单（网站：${baseURL}/）`,
    `扫码阅读网上版 ${baseURL}/methods/xingbei-3456/`,
    `扫码阅读网上版 ${baseURL}/glossary/sanguan-yilv/`,
  ]);
  const cover = pictures[0]!.decoded ?? '';
  expect(cover).toBe(
    `${baseURL}/readings/custom/?k=m.xingbei-3456~g.sanguan-yilv&t=${Buffer.from(hostile.t).toString('base64url')}`,
  );
  expect(text).toContain(`本清单：${cover.replace(/&/g, '&amp;')}`);
  for (const picture of pictures.slice(1)) expect(picture.decoded).toBe(picture.caption.replace(/^\S+ /, ''));
});

test('the readings index shows how far a learner is in each path', async ({ page }) => {
  test.slow(); // several pages in a row
  await page.goto('/readings/');
  const card = page.locator('li', { has: page.getByRole('link', { name: '入门：四个核心方法' }) });
  await expect(card.locator('[data-path-progress]')).toHaveText('已读 0 / 7');
  await page.goto('/readings/core-methods/');
  await page.getByRole('checkbox', { name: '已读' }).nth(0).check();
  await page.getByRole('checkbox', { name: '已读' }).nth(3).check();
  await expect(page.locator('#progress-text')).toHaveText('已读 2 / 7');
  await page.goto('/readings/');
  await expect(card.locator('[data-path-progress]')).toHaveText('已读 2 / 7');
  await expect(page.locator('[data-path-progress="mediation"]')).toHaveText('已读 0 / 8');
});

test('an entry opened from a path says where it is in the path and leads to the next and previous', async ({
  page,
}) => {
  test.slow(); // several pages in a row
  await page.goto('/readings/core-methods/');
  await page.getByRole('link', { name: '杏北社区“3456”工作法' }).first().click();
  await expect(page).toHaveURL(/\/methods\/xingbei-3456\/\?path=core-methods$/);
  const nav = page.getByRole('navigation', { name: '学习路径：入门：四个核心方法' });
  await expect(nav).toBeVisible();
  await expect(nav).toContainText('第 1 / 7 篇');
  await expect(nav).toContainText('这是第一篇');
  await nav.getByRole('link', { name: /^下一篇/ }).click();
  await expect(page).toHaveURL(/\/cases\/xingbei-community\/\?path=core-methods$/);
  await expect(nav).toContainText('第 2 / 7 篇');
  await nav.getByRole('link', { name: /^上一篇/ }).click();
  await expect(page.locator('h1')).toHaveText('杏北社区“3456”工作法');
  // The last entry leads back to the path.
  await page.goto('/cases/pingan-yongji/?path=core-methods');
  await expect(nav).toContainText('第 7 / 7 篇');
  await expect(nav.getByRole('link', { name: '读完最后一篇，回到路径' })).toHaveAttribute(
    'href',
    '/readings/core-methods/',
  );
  // Without ?path the entry shows no path at all.
  await page.goto('/cases/pingan-yongji/');
  await expect(page.locator('h1')).toBeVisible();
  await expect(page.locator('[data-path-nav]:visible')).toHaveCount(0);
});

test.describe('with the service worker', () => {
  // The other tests block it (playwright.config.ts); this one is about what it does.
  test.use({ serviceWorkers: 'allow' });

  test('once the library is saved for offline use, a note says so once and can be closed', async ({ page }) => {
    test.setTimeout(120_000); // the first install caches the whole site
    await page.goto('/');
    const note = page.getByText('已可离线使用：整个资料库已存入本机，断网后也能阅读和搜索。');
    await expect(note).toBeVisible({ timeout: 60_000 });
    await expect(page.getByRole('button', { name: '刷新查看' })).toBeHidden();
    await page.getByRole('button', { name: '关闭' }).click();
    await expect(note).toBeHidden();
    // The next page is served by the worker already: no note.
    await page.goto('/methods/');
    await expect(page.locator('h1')).toHaveText('方法');
    await page.goto('/about/');
    await expect(page.locator('#offline-status')).toHaveAttribute('data-complete', 'true', { timeout: 60_000 });
    await expect(page.locator('#update-notice')).toBeHidden();
  });
});
