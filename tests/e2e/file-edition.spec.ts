// The file edition, as a reader on an office computer with no server and no network gets it:
// the zip `npm run package` writes (made here from the same dist/ the served tests use),
// unzipped into a folder whose path has a space and Chinese characters, opened from disk.
// Every test fails on a console error, an uncaught error, a failed request or any request that
// is not file://.
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import { OPENER, SITE_FOLDER, writeFileEdition, zipFolder } from '../../scripts/file-edition.ts';
import { QUERIES } from '../search/queries';

// One worker runs this file's tests in turn, so the edition is written and unzipped once, not
// once per worker (a failed test still lets the others run).
test.describe.configure({ mode: 'default' });

const TOP = 'jiceng-zhili-fangfaku-test';
let work: string;
/** The unzipped edition's site folder, as a file URL ending in a slash. */
let root: string;
let zipBytes: number;

/** Every file of dist/ with its size and time: the transform must leave it as it was. */
function distState(): string {
  const walk = (folder: string): string[] =>
    readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) return walk(path);
      const { size, mtimeMs } = statSync(path);
      return [`${path} ${size} ${mtimeMs}`];
    });
  return walk('dist').sort().join('\n');
}

test.beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'file-edition-'));
  const folder = join(work, 'edition');
  const before = distState();
  await writeFileEdition({ dist: 'dist', out: folder, base: '/', date: '20250101' });
  expect(distState(), 'dist/ changed').toBe(before);
  const zip = join(work, 'edition.zip');
  zipBytes = zipFolder(folder, zip, TOP);
  const target = join(work, 'U盘 副本', '基层 治理');
  for (const [path, bytes] of Object.entries(unzipSync(readFileSync(zip)))) {
    if (path.endsWith('/')) continue;
    mkdirSync(dirname(join(target, path)), { recursive: true });
    writeFileSync(join(target, path), bytes);
  }
  root = pathToFileURL(join(target, TOP, SITE_FOLDER)).href + '/';
});

test.afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

interface Watched {
  context: BrowserContext;
  page: Page;
  problems: string[];
  requests: string[];
}

/** A fresh browser context for the edition that records everything a test must not see. */
async function openEdition(browser: Browser, options: Parameters<Browser['newContext']>[0] = {}): Promise<Watched> {
  const context = await browser.newContext({ locale: 'zh-CN', ...options });
  const page = await context.newPage();
  const problems: string[] = [];
  const requests: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) => {
    // A request the browser drops because the reader moved on (a reload, a link) is no fault.
    const reason = request.failure()?.errorText ?? '';
    if (reason !== 'net::ERR_ABORTED') problems.push(`failed: ${request.url()} ${reason}`);
  });
  page.on('request', (request) => {
    requests.push(request.url());
    if (!request.url().startsWith('file:')) problems.push(`not file://: ${request.url()}`);
  });
  return { context, page, problems, requests };
}

async function close(watched: Watched): Promise<void> {
  expect(watched.problems, 'console errors, failed requests or requests that left the disk').toEqual([]);
  expect(
    watched.requests.filter((url) => /\/sw\.js$/.test(url)),
    'a service worker was fetched',
  ).toEqual([]);
  await watched.context.close();
}

/** The site path (`/methods/x/`) of a URL in the edition or on the served site. */
function sitePath(href: string): string {
  const url = new URL(href, 'http://served.invalid');
  const path =
    url.protocol === 'file:'
      ? `/${decodeURIComponent(url.href.slice(root.length)).replace(/[?#].*$/, '')}`
      : url.pathname;
  return path.replace(/(^|\/)index\.html$/, '$1');
}

/**
 * Runs a query on the search page (already open) and returns where the results lead, as site
 * paths. Like search-helpers' resultsFor, with a patient wait: this test runs two browsers at once.
 */
async function resultsOn(page: Page, query: string): Promise<string[]> {
  await page.fill('#search-input', query);
  await page.press('#search-input', 'Enter');
  await expect(page.locator('#search-status')).toContainText(`“${query}”`, { timeout: 30_000 });
  const hrefs = await page
    .locator('#search-results h2 a')
    .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
  return hrefs.map(sitePath);
}

/** The page's template, from its site path: home, `methods index`, `methods entry`… */
function templateOf(path: string): string {
  const parts = path.split('/').filter(Boolean);
  return parts.length === 0 ? 'home' : `${parts[0]} ${parts.length === 1 ? 'index' : 'entry'}`;
}

/** The h1 the built page carries, as text. */
function builtHeading(path: string): string {
  const html = readFileSync(join('dist', path, 'index.html'), 'utf8');
  const h1 = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? '';
  return h1
    .replace(/<[^>]+>/g, '')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A small seeded generator, so a failing run can be repeated (the seed is in the test title). */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

test('opens by double-clicking the opener, and links lead to 20 random pages of every template, each styled and titled', async ({
  browser,
}, info) => {
  test.setTimeout(360_000);
  const watched = await openEdition(browser);
  const { page } = watched;
  await page.goto(new URL(`../${encodeURIComponent(OPENER)}`, root).href);
  await page.waitForURL(`${root}index.html`);
  await expect(page.locator('h1')).toHaveText('基层治理方法库');

  const next = random(14 + info.repeatEachIndex);
  const found = new Map<string, Set<string>>(); // template → page URLs seen in links
  const visited = new Map<string, number>(); // template → pages visited
  const seen = new Set<string>();
  const PER_TEMPLATE = 20;

  const visit = async (url: string) => {
    seen.add(url);
    const path = sitePath(url);
    const template = templateOf(path);
    visited.set(template, (visited.get(template) ?? 0) + 1);
    if (page.url() !== url) await page.goto(url);
    // One look at the loaded page: is the stylesheet applied (the body is a flex column only
    // with it), which title shows, where do its links lead.
    const seenThere = await page.evaluate(() => {
      const h1 = document.querySelector('h1');
      return {
        display: getComputedStyle(document.body).display,
        title: h1 && h1.checkVisibility() ? (h1.textContent ?? '').replace(/\s+/g, ' ').trim() : '(no visible h1)',
        links: [...document.querySelectorAll('a[href]')].map(
          (a) => new URL(a.getAttribute('href') ?? '', document.baseURI).href,
        ),
      };
    });
    expect(seenThere.display, `${path}: stylesheet`).toBe('flex');
    expect(seenThere.title, `${path}: title`).toBe(builtHeading(path));
    // Every link into the edition names a file; collect the pages it links to.
    for (const href of seenThere.links.filter((h) => h.startsWith(root))) {
      const bare = href.replace(/[?#].*$/, '');
      expect(bare, `${path}: a link that names no file`).toMatch(/\.[a-z]+$/);
      if (!bare.endsWith('.html') || bare.endsWith('/404.html')) continue;
      const linked = templateOf(sitePath(bare));
      if (!found.has(linked)) found.set(linked, new Set());
      found.get(linked)?.add(bare);
    }
  };

  await visit(page.url());
  for (;;) {
    const open = [...found].flatMap(([template, urls]) =>
      (visited.get(template) ?? 0) < PER_TEMPLATE ? [...urls].filter((url) => !seen.has(url)) : [],
    );
    if (open.length === 0) break;
    await visit(open[Math.floor(next() * open.length)] ?? '');
  }
  const counts = Object.fromEntries([...visited].sort());
  info.annotations.push({ type: 'pages per template', description: JSON.stringify(counts) });
  console.log(`pages per template: ${JSON.stringify(counts)}`);
  for (const [template, urls] of found) expect(visited.get(template), template).toBe(Math.min(PER_TEMPLATE, urls.size));
  expect(Object.keys(counts)).toEqual(
    expect.arrayContaining([
      'home',
      'methods entry',
      'cases entry',
      'glossary entry',
      'sources entry',
      'places entry',
      'themes entry',
      'readings entry',
      'search index',
      'about index',
    ]),
  );
  await close(watched);
});

test('search on disk returns what the served site returns, for the whole query set and with filters', async ({
  browser,
  page: served,
}) => {
  test.setTimeout(300_000);
  const watched = await openEdition(browser);
  const { page } = watched;
  await Promise.all([served.goto('/search/'), page.goto(`${root}search/index.html`)]);
  const differences: string[] = [];
  for (const { query } of QUERIES) {
    const [local, online] = await Promise.all([resultsOn(page, query), resultsOn(served, query)]);
    if (JSON.stringify(local) !== JSON.stringify(online))
      differences.push(`${query}: ${local.slice(0, 5).join(' ')} ≠ ${online.slice(0, 5).join(' ')}`);
  }
  expect(differences).toEqual([]);

  // Filters in the URL, as a trainer shares them.
  for (const search of ['?q=调解&type=术语', '?type=案例', '?q=网格&theme=网格治理']) {
    await Promise.all([served.goto(`/search/${search}`), page.goto(`${root}search/index.html${search}`)]);
    await expect(served.locator('#search-status')).toHaveText(/找到|没有/, { timeout: 30_000 });
    await expect(page.locator('#search-status')).toHaveText(
      (await served.locator('#search-status').textContent()) ?? '',
      { timeout: 30_000 },
    );
    const titles = (p: Page) => p.locator('#search-results h2 a').allTextContents();
    expect(await titles(page), search).toEqual(await titles(served));
    expect(await page.locator('#search-facets input:checked').count(), search).toBe(
      await served.locator('#search-facets input:checked').count(),
    );
  }
  await close(watched);
});

test('the header search dialog and a result on the search page open the page on disk with the words marked', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const watched = await openEdition(browser);
  const { page } = watched;
  await page.goto(`${root}methods/xingbei-3456/index.html`);
  await page.keyboard.press('/');
  await page.locator('#search-dialog-input').fill('三官一律');
  const first = page.locator('#search-dialog-results [role="option"]').first();
  await expect(first).toContainText('三官一律', { timeout: 30_000 });
  await expect(first).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await page.waitForURL((url) => url.href.startsWith(`${root}glossary/sanguan-yilv/index.html?hl=`));
  await expect(page.locator('h1')).toHaveText('三官一律');
  await expect(page.locator('main mark').first()).toHaveText('三官一律');

  await page.goto(`${root}search/index.html?q=${encodeURIComponent('矛盾纠纷')}`);
  const link = page.locator('#search-results h2 a').first();
  await expect(link).toHaveAttribute(
    'href',
    new RegExp(`^${root.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}.+/index\\.html\\?hl=`),
  );
  const title = (await link.textContent()) ?? '';
  await link.click();
  await expect(page.locator('h1')).toHaveText(title);
  await expect(page.locator('main mark').first()).toHaveText('矛盾纠纷');
  await close(watched);
});

test('a reading list is built, kept, shared with a note that the link is local, and printed in full; progress is kept', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const watched = await openEdition(browser);
  const { page } = watched;
  const picks = [
    { path: 'methods/xingbei-3456/', title: '杏北社区“3456”工作法' },
    { path: 'glossary/sanguan-yilv/', title: '三官一律' },
    { path: 'cases/yuxiang-cunba/', title: '虞乡镇“村BA”篮球赛' },
  ];
  for (const pick of picks) {
    await page.goto(`${root}${pick.path}index.html`);
    await page.getByRole('button', { name: '加入阅读清单' }).click();
    await expect(page.getByRole('button', { name: /已在阅读清单中/ })).toHaveAttribute('aria-pressed', 'true');
  }
  await page
    .getByRole('link', { name: /我的阅读清单/ })
    .first()
    .click();
  await expect(page).toHaveURL(`${root}readings/custom/index.html`);
  await expect(page.locator('#list-items h3')).toHaveText(picks.map((p) => p.title));
  await page.getByRole('button', { name: `下移：${picks[0]?.title}` }).click();
  const order = [picks[1], picks[0], picks[2]].map((p) => p?.title ?? '');
  await expect(page.locator('#list-items h3')).toHaveText(order);
  await page.reload();
  await expect(page.locator('#list-items h3')).toHaveText(order);

  const link = await page.locator('#share-url').inputValue();
  expect(link.startsWith(`${root}readings/custom/index.html?l=`)).toBe(true);
  await expect(page.locator('#share-local')).toBeVisible();
  await expect(page.locator('#share-local')).toContainText('链接指向这台电脑上的文件');

  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('#handout-entries .handout-entry h2')).toHaveText(order);
  await page.emulateMedia({ media: 'screen' });
  await page.locator('#list-items h3 a').first().click();
  await expect(page).toHaveURL(`${root}glossary/sanguan-yilv/index.html`);

  // The shared link shows the same list in a browser that has never seen it.
  const other = await openEdition(browser);
  await other.page.goto(link);
  await expect(other.page.locator('#list-items h3')).toHaveText(order);
  await close(other);

  await page.goto(`${root}readings/core-methods/index.html`);
  await page.getByRole('checkbox', { name: '已读' }).nth(1).check();
  await page.reload();
  await expect(page.getByRole('checkbox', { name: '已读' }).nth(1)).toBeChecked();
  await expect(page.locator('#progress-text')).toContainText('已读 1 /');

  await page.goto(`${root}about/index.html`);
  await expect(page.locator('#offline-status')).toContainText('这是本机版');
  expect(await page.evaluate(() => navigator.serviceWorker?.controller ?? null)).toBeNull();
  await close(watched);
});

// How fast a page from disk paints is machine time, so no test asserts it; this one judges what
// the code decides — the zip's size against the site's.
test('the zip is at most twice the compressed site', async ({}, info) => {
  const tar = spawnSync('tar', ['-czf', '-', '-C', 'dist', '.'], { maxBuffer: 256 * 1024 * 1024 });
  expect(tar.status).toBe(0);
  const ratio = zipBytes / tar.stdout.length;
  info.annotations.push({
    type: 'zip ÷ dist.tar.gz',
    description: `${zipBytes} ÷ ${tar.stdout.length} = ${ratio.toFixed(2)}`,
  });
  console.log(`zip ÷ dist.tar.gz: ${zipBytes} ÷ ${tar.stdout.length} = ${ratio.toFixed(2)}`);
  expect(ratio).toBeLessThanOrEqual(2);
  expect(statSync(join(work, 'edition.zip')).size).toBe(zipBytes);
});
