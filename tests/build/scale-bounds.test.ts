// A library of 300 synthetic entries (tests/support/synthetic.ts: 45 methods, 105 cases, 150 terms, the
// real places and themes), built once: /graph/ becomes an overview with a bounded map per theme and
// place, every list is split into pages no longer than its page size, nothing becomes unreachable,
// and the service worker switches to essential precaching past its limit. Every bound is read
// from src/lib/scale-bounds.ts, the module the pages read.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { lexiconFirstSearch } from '../support/first-search.ts';
import { generateCorpus, writeCorpus } from '../support/synthetic.ts';
import { SHARD_FOLDER, type LexiconCore } from '../../src/search/lexicon-shards';
import { COMPARE_ASPECTS, type ComparedMethod } from '../../src/lib/library/compare';
import { chromium } from '@playwright/test';
import { browserReady, launchOptions } from '../../scripts/browser.ts';
import { serveStatic } from '../../scripts/serve-static.ts';
import { BUILD_SCRIPT, buildEnv, copySite, ROOT } from '../../scripts/site-copy.ts';
import { writeServiceWorker, type OfflineManifest } from '../../scripts/after-build/service-worker.ts';
import {
  CARDS_PER_PAGE,
  FIGURES_PER_PAGE,
  GRAPH_FULL_MAP_MAX_ENTRIES,
  GRAPH_OVERVIEW_MAP_METHODS,
  GRAPH_OVERVIEW_MAX_METHODS,
  GRAPH_PAGE_MAX_BYTES,
  GRAPH_SUBMAP_MAX_ENTRIES,
  GAP_ENTRIES_PER_PAGE,
  CONNECTIONS_SHOWN,
  NEIGHBOURHOOD_SHOWN,
  COMPARE_CASES_SHOWN,
  COMPARE_IN_PAGE_MAX_METHODS,
  LEXICON_FIRST_SEARCH_MAX_BYTES,
  SOURCE_PART_ENTRIES_PER_PAGE,
  SOURCE_PART_SHOWN,
  LIST_PAGE_MAX_BYTES,
  PROBLEM_ENTRIES_PER_PAGE,
  PROBLEM_SEE_ALSO_SHOWN,
  TERMS_PER_PAGE,
} from '../../src/lib/scale-bounds';

const SIZE = 300;
/** Where the comparison's browser check serves the build (the e2e tests use 4321 and up). */
const COMPARE_PORT = 4391;
let dir = '';
let dist = '';
let output = '';
let ok = false;
/** Cases that apply method-0001, more than its page lists (CONNECTIONS_SHOWN). */
const POPULAR = 60;
const corpus = generateCorpus({ size: SIZE, seed: 1, popular: POPULAR });
const { counts } = corpus;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'jiceng-scale-'));
  copySite(dir);
  writeCorpus(join(dir, 'content'), corpus.files);
  const result = spawnSync('node', [BUILD_SCRIPT], {
    cwd: dir,
    encoding: 'utf8',
    timeout: 580_000,
    env: buildEnv(dir),
  });
  // eslint-disable-next-line no-control-regex
  output = `${result.stdout}\n${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
  ok = result.status === 0;
  dist = join(dir, 'dist');
}, 600_000);
// SCALE_KEEP=1 keeps the built copy (its path is printed) to look at or serve.
afterAll(() => {
  if (process.env['SCALE_KEEP']) console.log(`scale build kept in ${dir}`);
  else if (dir) rmSync(dir, { recursive: true, force: true });
});

const file = (path: string) => join(dist, path, 'index.html');
/** A built page's markup, without the <wbr> the build puts between a heading's phrases. */
const page = (path: string) => readFileSync(file(path), 'utf8').replace(/<wbr>/g, '');
const bytes = (path: string) => statSync(file(path)).size;
const count = (html: string, pattern: RegExp) => (html.match(pattern) ?? []).length;
/** The page's <main>, so header and footer links do not count. */
const main = (html: string) => html.slice(html.indexOf('<main'), html.indexOf('</main>'));
/** Every href in a piece of HTML. */
const hrefs = (html: string) => [...html.matchAll(/href="([^"#]*)(#[^"]*)?"/g)].map((m) => m[1] ?? '');
const frontmatter = (text: string) =>
  parse(text.startsWith('---') ? (text.split('---\n')[1] ?? '') : text) as Record<string, unknown>;
const ids = (folder: string) =>
  [...corpus.files.keys()]
    .filter((k) => k.startsWith(`${folder}/`))
    .map((k) => k.slice(folder.length + 1).replace(/\.(mdx|yaml)$/, ''));
const themes = parse(readFileSync(join(ROOT, 'content/themes.yaml'), 'utf8')) as { id: string; name: string }[];
const places = parse(readFileSync(join(ROOT, 'content/places.yaml'), 'utf8')) as {
  id: string;
  name: string;
  parent?: string;
}[];
const top = places.find((p) => !p.parent) ?? { id: '', name: '' };

/**
 * All pages of a paged list, found by following 下一页 from its first page; each page is checked
 * for its navigation on the way.
 */
function walk(listPath: string): { path: string; html: string }[] {
  const pages: { path: string; html: string }[] = [];
  let path: string | undefined = listPath;
  while (path) {
    const html = page(path);
    pages.push({ path, html });
    const next = /<a [^>]*href="([^"]+)"[^>]*rel="next"/.exec(html)?.[1];
    path = next;
    if (pages.length > 200) throw new Error(`${listPath}: more than 200 pages`);
  }
  return pages;
}

/** Checks a paged list: page count, items per page, size, navigation; returns every page's HTML. */
function checkList(listPath: string, items: (html: string) => number, pageSize: number, total: number): string[] {
  const pages = walk(listPath);
  const expected = Math.max(1, Math.ceil(total / pageSize));
  expect(pages.map((p) => p.path)).toEqual(
    Array.from({ length: expected }, (_, i) => (i === 0 ? listPath : `${listPath}page/${i + 1}/`)),
  );
  const perPage = pages.map((p) => items(main(p.html)));
  for (const n of perPage) expect(n).toBeLessThanOrEqual(pageSize);
  expect(perPage.reduce((a, b) => a + b, 0)).toBe(total);
  pages.forEach(({ path, html }, i) => {
    expect(bytes(path), path).toBeLessThan(LIST_PAGE_MAX_BYTES);
    if (expected === 1) {
      expect(html).not.toContain('rel="next"');
      return;
    }
    const nav = /<nav aria-label="([^"]+分页)"[^>]*>([\s\S]*?)<\/nav>/.exec(html);
    expect(nav, path).not.toBeNull();
    const current = /<a [^>]*href="([^"]+)"[^>]*aria-current="page"[^>]*>([\s\S]*?)<\/a>/.exec(nav?.[2] ?? '');
    expect(current?.[1]).toBe(path);
    expect(current?.[2]?.replace(/<[^>]+>/g, '').replace(/\s+/g, '')).toBe(`第${i + 1}页`);
    expect(html).toContain(`第 ${i + 1} 页，共 ${expected} 页`);
    expect(html).toMatch(new RegExp(`<title>[^<]*（第 ${i + 1} 页，共 ${expected} 页）`));
    if (i > 0)
      expect(/<a [^>]*href="([^"]+)"[^>]*rel="prev"[^>]*>\s*上一页/.exec(html)?.[1]).toBe(
        i === 1 ? listPath : `${listPath}page/${i}/`,
      );
    if (i < expected - 1)
      expect(/<a [^>]*href="([^"]+)"[^>]*rel="next"[^>]*>\s*下一页/.exec(html)?.[1]).toBe(`${listPath}page/${i + 2}/`);
  });
  return pages.map((p) => p.html);
}

const cards = (html: string) => count(html, /<article /g);

describe(`a library of ${SIZE} synthetic entries`, () => {
  it('builds', () => {
    expect(output).toContain('Complete!');
    expect(ok).toBe(true);
    expect(counts.methods + counts.cases + counts.glossary).toBe(SIZE);
    expect(SIZE).toBeGreaterThan(GRAPH_FULL_MAP_MAX_ENTRIES);
  });

  describe('/graph/', () => {
    it(`is an overview under ${GRAPH_PAGE_MAX_BYTES / 1024} KB: themes, places and the most applied methods, with counts`, () => {
      const html = page('graph');
      expect(bytes('graph')).toBeLessThan(GRAPH_PAGE_MAX_BYTES);
      expect(html).toContain(
        `全库 ${SIZE} 个条目（方法 ${counts.methods}、案例 ${counts.cases}、术语 ${counts.glossary}）`,
      );
      // The overview's map: themes, places and at most GRAPH_OVERVIEW_MAP_METHODS methods; no case or term.
      const nodes = [...html.matchAll(/data-node="([^"]+)"/g)].map((m) => m[1] ?? '');
      expect(nodes.filter((n) => n.startsWith('methods/'))).toHaveLength(GRAPH_OVERVIEW_MAP_METHODS);
      expect(nodes.filter((n) => n.startsWith('cases/') || n.startsWith('glossary/'))).toEqual([]);
      expect(nodes.filter((n) => n.startsWith('themes/'))).toHaveLength(themes.length);
      // Every theme and place links to its own map and its list.
      for (const t of themes) {
        expect(html).toContain(`href="/graph/themes/${t.id}/"`);
        expect(html).toContain(`href="/themes/${t.id}/"`);
      }
      for (const p of places) expect(html).toContain(`href="/graph/places/${p.id}/"`);
      // The methods list is capped, and links onward to the full list.
      const listed = /<ol[^>]*aria-labelledby="graph-methods"[^>]*>([\s\S]*?)<\/ol>/.exec(html)?.[1] ?? '';
      expect(count(listed, /<li>/g)).toBe(Math.min(GRAPH_OVERVIEW_MAX_METHODS, counts.methods));
      expect(html).toContain('href="/methods/"');
    });

    it(`has a map per theme and per place, each of at most ${GRAPH_SUBMAP_MAX_ENTRIES} entries and linking onward to the rest`, () => {
      for (const [kind, list] of [
        ['themes', themes],
        ['places', places],
      ] as const) {
        for (const group of list) {
          const path = `graph/${kind}/${group.id}`;
          expect(existsSync(file(path)), path).toBe(true);
          expect(bytes(path), path).toBeLessThan(GRAPH_PAGE_MAX_BYTES);
          const html = page(path);
          expect(html).toContain(`<h1 class="text-2xl sm:text-3xl">${group.name}的关系图</h1>`);
          const nodes = [...html.matchAll(/data-node="([^"]+)"/g)].map((m) => m[1] ?? '');
          const entries = nodes.filter((n) => /^(methods|cases|glossary)\//.test(n));
          expect(entries.length, path).toBeLessThanOrEqual(GRAPH_SUBMAP_MAX_ENTRIES);
          expect(nodes).toContain(`${kind}/${group.id}`);
          const total = Number(/共有[^ ]* (\d+) 个/.exec(html)?.[1]);
          if (total > GRAPH_SUBMAP_MAX_ENTRIES) {
            expect(entries).toHaveLength(GRAPH_SUBMAP_MAX_ENTRIES);
            expect(html).toContain(`其余 ${total - GRAPH_SUBMAP_MAX_ENTRIES} 个见<a href="/${kind}/${group.id}/">`);
          } else expect(entries).toHaveLength(total);
        }
      }
      // The place at the top holds every method and case, so its map is capped.
      expect(page(`graph/places/${top.id}`)).toContain(
        `及其下属地点共有方法和案例 ${counts.methods + counts.cases} 个`,
      );
    });

    it('leaves no relation unreachable: each method page links to every case that applies it, or to the list of them all, and has its own map', () => {
      const applied = new Map<string, Set<string>>();
      for (const id of ids('cases')) {
        const data = frontmatter(corpus.files.get(`cases/${id}.mdx`) ?? '');
        for (const { method } of data['methods'] as { method: string }[])
          applied.set(method, new Set([...(applied.get(method) ?? []), id]));
      }
      for (const id of ids('methods')) {
        const html = page(`methods/${id}`);
        expect(html, id).toContain('<figcaption class="section-title">关系图</figcaption>');
        const links = new Set(hrefs(main(html)));
        // A list longer than the page shows is linked in full, in pages.
        if (links.has(`/methods/${id}/cases/`)) {
          for (
            let n = 1, path = `methods/${id}/cases`;
            existsSync(file(path));
            n++, path = `methods/${id}/cases/page/${n}`
          )
            hrefs(main(page(path))).forEach((href) => links.add(href));
        }
        for (const caseId of applied.get(id) ?? [])
          expect(links.has(`/cases/${caseId}/`), `${id} → ${caseId}`).toBe(true);
      }
    });
  });

  describe('paged lists', () => {
    it(`/cases/: ${CARDS_PER_PAGE} cards a page, every case once`, () => {
      const pages = checkList('/cases/', cards, CARDS_PER_PAGE, counts.cases);
      const linked = pages
        .flatMap((html) => hrefs(main(html).slice(main(html).indexOf('entries-all'))))
        .filter((h) => /^\/cases\/case-/.test(h));
      expect(new Set(linked)).toEqual(new Set(ids('cases').map((id) => `/cases/${id}/`)));
      expect(linked).toHaveLength(counts.cases);
    });

    it(`/methods/: ${CARDS_PER_PAGE} cards a page, every method once`, () => {
      const pages = checkList('/methods/', cards, CARDS_PER_PAGE, counts.methods);
      const linked = pages.flatMap((html) => hrefs(main(html))).filter((h) => /^\/methods\/method-/.test(h));
      expect(new Set(linked)).toEqual(new Set(ids('methods').map((id) => `/methods/${id}/`)));
    });

    it(`/glossary/: ${TERMS_PER_PAGE} terms a page, in letters that link to the page they start on`, () => {
      const pages = checkList('/glossary/', (html) => count(html, /<dt /g), TERMS_PER_PAGE, counts.glossary);
      const linked = pages.flatMap((html) => hrefs(main(html))).filter((h) => /^\/glossary\/term-/.test(h));
      expect(new Set(linked)).toEqual(new Set(ids('glossary').map((id) => `/glossary/${id}/`)));
      // The last page's letters: every letter link names an anchor that exists on the page it points to.
      const last = pages[pages.length - 1] ?? '';
      const letterNav = /<nav aria-label="按拼音首字母"[^>]*>([\s\S]*?)<\/nav>/.exec(last)?.[1] ?? '';
      const targets = [...letterNav.matchAll(/href="([^"]*)#([^"]+)"/g)];
      expect(targets.length).toBeGreaterThan(5);
      for (const [, path, anchor] of targets) expect(path ? page(path ?? '') : last).toContain(`id="${anchor}"`);
    });

    it(`/figures/: ${FIGURES_PER_PAGE} figures a page, every figure once`, () => {
      const total = [...corpus.files]
        .filter(([k]) => k.startsWith('methods/') || k.startsWith('cases/'))
        .reduce((sum, [, text]) => sum + ((frontmatter(text)['figures'] as unknown[] | undefined)?.length ?? 0), 0);
      checkList('/figures/', (html) => count(html, /break-inside-avoid/g), FIGURES_PER_PAGE, total);
    });

    it(`/gaps/: ${GAP_ENTRIES_PER_PAGE} entries a page, every entry with gaps once`, () => {
      const withGaps = [...corpus.files].filter(([k, text]) => {
        if (!/^(methods|cases|glossary)\//.test(k)) return false;
        const data = frontmatter(text);
        const structure = (data['structure'] as { missing?: string }[] | undefined) ?? [];
        return ((data['gaps'] as unknown[] | undefined)?.length ?? 0) > 0 || structure.some((group) => group.missing);
      });
      const pages = checkList(
        '/gaps/',
        (html) => count(html, /<section aria-labelledby="gaps-/g),
        GAP_ENTRIES_PER_PAGE,
        withGaps.length,
      );
      if (withGaps.length > GAP_ENTRIES_PER_PAGE) expect(pages.length).toBeGreaterThan(1);
    });

    it(`/problems/: ${PROBLEM_ENTRIES_PER_PAGE} entries a page, every method and case once, at most ${PROBLEM_SEE_ALSO_SHOWN} named under 另见 a theme`, () => {
      const pages = checkList(
        '/problems/',
        (html) => count(html, /class="problem-entry /g),
        PROBLEM_ENTRIES_PER_PAGE,
        counts.methods + counts.cases,
      );
      const linked = new Set(
        pages.flatMap((html) => hrefs(main(html))).filter((h) => /^\/(methods|cases)\/(method|case)-/.test(h)),
      );
      expect(linked).toEqual(
        new Set([...ids('methods').map((id) => `/methods/${id}/`), ...ids('cases').map((id) => `/cases/${id}/`)]),
      );
      const seeAlso = pages.flatMap((html) => [...html.matchAll(/另见：([\s\S]*?)<\/p>/g)].map((m) => m[1] ?? ''));
      expect(seeAlso.length).toBeGreaterThan(0);
      // The entries named, and past the cap one more link: to the theme's page, where all of them are.
      for (const list of seeAlso) expect(count(list, /<a /g)).toBeLessThanOrEqual(PROBLEM_SEE_ALSO_SHOWN + 1);
      expect(seeAlso.some((list) => list.includes('见主题页'))).toBe(true);
    });

    it(`a source's page lists at most ${SOURCE_PART_SHOWN} entries a part, and a part cited more often has its own list of all of them`, () => {
      const html = page('/sources/yongji-article/');
      expect(bytes('/sources/yongji-article/')).toBeLessThan(LIST_PAGE_MAX_BYTES);
      const more = [
        ...html.matchAll(/<a href="(\/sources\/yongji-article\/[^"/]+\/)">查看引用这一部分的全部 (\d+) 个条目<\/a>/g),
      ];
      expect(more.length, 'no part of the article is cited by more entries than its page shows').toBeGreaterThan(0);
      for (const [, path, total] of more) {
        const pages = checkList(
          decodeURI(path ?? ''),
          (list) => count(list, /<li><span class="text-sm text-muted">/g),
          SOURCE_PART_ENTRIES_PER_PAGE,
          Number(total),
        );
        // Every entry once (places cite sources too); the one other link is back to the source.
        const linked = pages.flatMap((list) => hrefs(main(list))).filter((h) => !h.startsWith('/sources/'));
        expect(new Set(linked).size, path).toBe(Number(total));
      }
    });

    it(`/themes/<id>/ and /places/<id>/: ${CARDS_PER_PAGE} cards a page`, () => {
      for (const t of themes) {
        const members = [...corpus.files].filter(
          ([k, text]) =>
            /^(methods|cases|glossary)\//.test(k) &&
            ((frontmatter(text)['themes'] as string[] | undefined) ?? []).includes(t.id),
        ).length;
        checkList(`/themes/${t.id}/`, cards, CARDS_PER_PAGE, members);
      }
      // The place at the top (山西省) holds every method and case: the longest list.
      const pages = checkList(`/places/${top.id}/`, cards, CARDS_PER_PAGE, counts.methods + counts.cases);
      expect(pages.length).toBeGreaterThan(1);
      // Where each part starts: the cases begin on the page after the methods fill theirs.
      const casesStart = Math.floor(counts.methods / CARDS_PER_PAGE) + 1;
      expect(pages[0]).toContain(
        `href="${casesStart === 1 ? '' : `/places/${top.id}/page/${casesStart}/`}#entries-cases">这里及下属地点的案例</a>`,
      );
    });
  });

  describe('what points at an entry', () => {
    it(`a method that ${POPULAR} or more cases apply lists ${CONNECTIONS_SHOWN} on its page and links to all of them`, () => {
      const html = page('methods/method-0001');
      const section = html.slice(html.indexOf('>应用这一方法的案例</h2>'));
      const listed = section.slice(0, section.indexOf('</section>'));
      expect(count(listed, /<li>/g)).toBe(CONNECTIONS_SHOWN);
      const total = Number(/共 (\d+) 个，这里列出 24 个。/.exec(listed)?.[1]);
      expect(total).toBeGreaterThanOrEqual(POPULAR);
      expect(listed).toContain(`<a href="/methods/method-0001/cases/">查看全部 ${total} 个</a>`);
      // The full list: every case that applies it, in pages; each links to its case.
      const all = page('methods/method-0001/cases');
      expect(all).toContain(`共 ${total} 个`);
      expect(count(main(all), /href="\/cases\/case-\d+\/"/g)).toBe(Math.min(total, SOURCE_PART_ENTRIES_PER_PAGE));
      // The map draws at most NEIGHBOURHOOD_SHOWN of its neighbours and says so.
      const map = html.slice(html.indexOf('graph-svg'), html.indexOf('</svg>', html.indexOf('graph-svg')));
      expect(count(map, /<circle/g)).toBe(NEIGHBOURHOOD_SHOWN + 1);
      expect(html).toContain(`图中只画出 ${NEIGHBOURHOOD_SHOWN} 个相连条目`);
    });
  });

  describe('/compare/', () => {
    it(`past ${COMPARE_IN_PAGE_MAX_METHODS} methods renders the core methods' cells and offers the others by name, each from its own file`, () => {
      expect(counts.methods).toBeGreaterThan(COMPARE_IN_PAGE_MAX_METHODS);
      const html = page('compare');
      expect(bytes('compare')).toBeLessThan(LIST_PAGE_MAX_BYTES);
      const cells = [...main(html).matchAll(/<li[^>]*data-method="([^"]+)"/g)].map((m) => m[1]);
      expect(new Set(cells).size).toBe(4);
      expect(cells).toHaveLength(4 * COMPARE_ASPECTS.length);
      expect(html).toContain(`本库共 ${counts.methods} 个方法`);
      const listed = JSON.parse(readFileSync(join(dist, 'compare/methods.json'), 'utf8')) as [string, string, string][];
      expect(listed).toHaveLength(counts.methods);
      for (const [id, title] of listed) {
        const method = JSON.parse(readFileSync(join(dist, `compare/methods/${id}.json`), 'utf8')) as ComparedMethod;
        expect(method.title).toBe(title);
        expect(Object.keys(method.cells)).toEqual(COMPARE_ASPECTS.map((aspect) => aspect.id));
        expect(method.cells['cases']?.list?.length ?? 0).toBeLessThanOrEqual(COMPARE_CASES_SHOWN + 1);
      }
    });

    it('in a browser, a method added by name or by a shared link shows its cells beside the others', async () => {
      // Under `npm test` the browser may still be being installed beside this file.
      await browserReady();
      const server = serveStatic({ root: dist, port: COMPARE_PORT });
      const browser = await chromium.launch(launchOptions());
      try {
        const listed = JSON.parse(readFileSync(join(dist, 'compare/methods.json'), 'utf8')) as [
          string,
          string,
          string,
        ][];
        const [[sharedId, sharedTitle], [typedId, typedTitle]] = [listed[30], listed[10]] as [
          [string, string, string],
          [string, string, string],
        ];
        const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
        const row = page.locator('ul[data-aspect="parts"] > li[data-method]:visible > p a');
        await page.goto(`http://127.0.0.1:${COMPARE_PORT}/compare/?m=${sharedId},no-such-method`);
        await expect.poll(() => row.allTextContents()).toEqual([sharedTitle]);
        expect(await page.locator('#compare-status').textContent()).toBe(
          '地址中的“no-such-method”不是本库的方法，已略过。',
        );
        const field = page.getByRole('combobox', { name: '加入其他方法' });
        await field.fill(typedTitle);
        await field.press('Enter');
        await expect.poll(() => row.allTextContents()).toEqual([sharedTitle, typedTitle]);
        expect(new URL(page.url()).searchParams.get('m')).toBe(`${sharedId},${typedId}`);
        await field.fill('没有这个方法');
        await field.press('Enter');
        await expect
          .poll(() => page.locator('#compare-status').textContent())
          .toBe('没有名为“没有这个方法”的方法，请从列表中选择。');
      } finally {
        await browser.close();
        server.close();
      }
    }, 360_000);
  });

  describe('search lexicon', () => {
    it(`is split, so a first search fetches under ${LEXICON_FIRST_SEARCH_MAX_BYTES / 1024} KB of it whatever the library's size`, async () => {
      const core = JSON.parse(readFileSync(join(dist, 'search-lexicon.json'), 'utf8')) as LexiconCore;
      expect(core.shards.words).toBeGreaterThan(1);
      const shards = readdirSync(join(dist, SHARD_FOLDER));
      expect(shards).toContain('words-0.json');
      const first = await lexiconFirstSearch(dist, '调解');
      const whole = shards.reduce(
        (sum, name) => sum + gzipSync(readFileSync(join(dist, SHARD_FOLDER, name))).length,
        gzipSync(readFileSync(join(dist, 'search-lexicon.json'))).length,
      );
      console.log(
        `search lexicon at ${SIZE} entries: a first search for 调解 fetches ${first.bytes} bytes in ${first.files} files of ${whole} (${shards.length + 1} files)`,
      );
      expect(first.bytes).toBeLessThan(LEXICON_FIRST_SEARCH_MAX_BYTES);
      expect(first.bytes).toBeLessThan(whole / 3);
      // The service worker keeps them for offline search.
      expect(readFileSync(join(dist, 'sw.js'), 'utf8')).toContain(`"/${SHARD_FOLDER}/words-0.json"`);
    });
  });

  describe('precaching', () => {
    it('precaches everything while the site is under the limit', () => {
      const manifest = JSON.parse(readFileSync(join(dist, 'offline-manifest.json'), 'utf8')) as OfflineManifest;
      expect(manifest.mode).toBe('all');
      expect(manifest.bytes).toBe(manifest.siteBytes);
      expect(readFileSync(join(dist, 'sw.js'), 'utf8')).toContain('"/methods/method-0001/index.html"');
    });

    it('past the limit, precaches the shell, the search index and the main pages, and caches the rest as read', async () => {
      const { mode, size, siteBytes } = await writeServiceWorker(dist, '/', 1024 * 1024);
      expect(mode).toBe('essential');
      expect(size).toBeLessThan(siteBytes / 2);
      const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
      for (const url of [
        '/index.html',
        '/offline/index.html',
        '/search/index.html',
        '/cases/index.html',
        '/themes/mediation/index.html',
        '/pagefind/pagefind.js',
        '/search-lexicon.json',
      ])
        expect(sw, url).toContain(`"${url}"`);
      expect(sw).toMatch(/"\/pagefind\/fragment\/[^"]+\.pf_fragment"/);
      expect(sw).not.toContain('"/methods/method-0001/index.html"');
      expect(sw).not.toContain('"/cases/page/2/index.html"');
      expect(sw).toContain('pages-read');
      const manifest = JSON.parse(readFileSync(join(dist, 'offline-manifest.json'), 'utf8')) as OfflineManifest;
      expect(manifest).toMatchObject({ mode: 'essential', bytes: size, siteBytes });
    });
  });
});
