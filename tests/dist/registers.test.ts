import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type Node } from 'ultrahtml';
import { querySelectorAll } from 'ultrahtml/selector';
import { describe, expect, test } from 'vitest';
import { DEFAULT_DIST, htmlFiles, pagePath, textContent } from '../../scripts/dist-checks/load-built-pages.ts';

// The registers — /figures/, /gaps/ and /problems/ — hold exactly what the entry pages show, read from
// the built HTML (what the pages say is static; no browser is needed to read it).

const files = htmlFiles(DEFAULT_DIST);
const isArticle = (file: string) => /^(methods|cases)\/[^/]+\/index\.html$/.test(file);
/** Entries that can record gaps: articles and glossary terms. */
const hasGaps = (file: string) => /^(methods|cases|glossary)\/[^/]+\/index\.html$/.test(file);
/** A register's first page and the pages after it (a large library splits it). */
const registerPages = (name: string) => files.filter((file) => file === `${name}/index.html` || file.startsWith(`${name}/page/`));

const load = (file: string) => parse(readFileSync(join(DEFAULT_DIST, file), 'utf8'));
const all = (node: Node, selector: string) => querySelectorAll(node, selector);
/** A gap's topic as a reader sees it, without its citation mark. */
const topicOf = (p: Node) => textContent(p).replace(/〔.*〕/s, '').replace(/\s+/g, ' ').trim();
// ultrahtml's selectors match one or two steps; longer chains are walked step by step.
/** The topics in a page's 资料待补 box. */
const gapTopics = (page: Node) => all(page, 'section[aria-labelledby="gaps-title"]').flatMap((box) => all(box, 'li > p.font-bold').map(topicOf));
/** Links to figures (`…#figure-…`) anywhere in a page. */
const figureLinks = (page: Node) => all(page, 'a[href]').map((a) => a.attributes['href'] ?? '').filter((href) => href.includes('#figure-'));

/** The situations (适用情形) under an entry page's summary, as a reader reads them, and whether each is cited or marked 编者概括. */
const situationsOn = (page: Node) =>
  all(page, 'section[aria-labelledby="problems-title"]').flatMap((box) =>
    all(box, 'li').map((li) => ({
      text: all(li, '.cite')
        .reduce((text, mark) => text.replace(textContent(mark), ''), textContent(li))
        .replace(/编者概括$/, '')
        .trim(),
      marked: all(li, '.cite a').some((a) => /^\/sources\/[a-z-]+\/#part-/.test(a.attributes['href'] ?? '')) || textContent(li).trim().endsWith('编者概括'),
    })),
  );
/** The situations on a page of /problems/, each as the page it links to and its text. */
const listedSituations = (page: Node) =>
  all(page, 'li.problem-entry').flatMap((entry) =>
    // (The entry's own li matches too: only the situations inside it.)
    all(entry, 'li')
      .filter((li) => li !== entry)
      .map((li) => {
      const link = all(li, 'a')[0];
      return `${link?.attributes['href'] ?? ''} ${link ? textContent(link).trim() : ''}`;
    }),
  );

describe('the registers', () => {
  test('/figures/ lists every figure shown on every method and case page, linking back to it', () => {
    const onPages = files.filter(isArticle).flatMap((file) => all(load(file), '[id^="figure-"]').map((li) => `${pagePath(file)}#${li.attributes['id']}`));
    expect(onPages.length).toBeGreaterThan(40);
    const listed = registerPages('figures').flatMap((file) => figureLinks(load(file)));
    expect([...listed].sort()).toEqual([...onPages].sort());
  });

  test('every figure on a method or case page carries a citation that leads to a part of a source', () => {
    const uncited = files.filter(isArticle).flatMap((file) =>
      all(load(file), '[id^="figure-"]')
        .filter((li) => !all(li, '.cite a').some((a) => /^\/sources\/[a-z-]+\/#part-/.test(a.attributes['href'] ?? '')))
        .map((li) => `${pagePath(file)}#${li.attributes['id']}`),
    );
    expect(uncited).toEqual([]);
  });

  test('/gaps/ lists every gap shown on every method, case and glossary page', () => {
    const onPages = files.filter(hasGaps).flatMap((file) => gapTopics(load(file)).map((topic) => `${pagePath(file)} ${topic}`));
    expect(onPages.length).toBeGreaterThan(20);
    expect(onPages.some((entry) => entry.startsWith('/glossary/bage-gengjia/ '))).toBe(true);

    const listed = registerPages('gaps').flatMap((file) =>
      all(all(load(file), 'main')[0]!, 'section').flatMap((section) => {
        const href = all(all(section, 'h2')[0]!, 'a')[0]?.attributes['href'] ?? '';
        // “X”的组成 is the structure's open group, shown on the entry's structure card, not in its box.
        return all(section, 'li > p.font-bold')
          .map(topicOf)
          .filter((topic) => !topic.includes('的组成'))
          .map((topic) => `${href} ${topic}`);
      }),
    );
    expect(listed.sort()).toEqual(onPages.sort());
  });

  test('/problems/ lists every situation shown on every method and case page, each linking to that page', () => {
    const onPages = files.filter(isArticle).flatMap((file) => situationsOn(load(file)).map(({ text }) => `${pagePath(file)} ${text}`));
    expect(onPages.length).toBeGreaterThan(60);
    const listed = registerPages('problems').flatMap((file) => listedSituations(load(file)));
    expect(listed.sort()).toEqual(onPages.sort());
  });

  test('every situation on a method or case page is cited to a part of a source or marked 编者概括', () => {
    const unmarked = files.filter(isArticle).flatMap((file) => situationsOn(load(file)).filter(({ marked }) => !marked).map(({ text }) => `${pagePath(file)} ${text}`));
    expect(unmarked).toEqual([]);
  });

  test('the checks read a gap box and a figure link as a reader sees them (they can fail)', () => {
    const page = parse(
      '<main><section aria-labelledby="gaps-title"><ul><li><p class="font-bold">七个字 <span class="cite">〔永济报道§3〕</span></p></li></ul></section>' +
        '<ul><li><a href="/methods/a/#figure-a-1">1340件</a> <a href="/sources/s/#part-3">§3</a></li></ul></main>',
    );
    expect(gapTopics(page)).toEqual(['七个字']);
    expect(figureLinks(page)).toEqual(['/methods/a/#figure-a-1']);
    const entry = parse(
      '<section aria-labelledby="problems-title"><ul><li>小区没人管 <sup class="cite"><a href="/sources/s/#part-2">永济报道§2</a></sup></li><li>证明开不完<span>编者概括</span></li><li>没有出处</li></ul></section>',
    );
    expect(situationsOn(entry)).toEqual([
      { text: '小区没人管', marked: true },
      { text: '证明开不完', marked: true },
      { text: '没有出处', marked: false },
    ]);
    expect(listedSituations(parse('<ul><li class="problem-entry"><ul><li><a href="/cases/c/">小区没人管</a><sup class="cite"><a href="/sources/s/#part-2">§2</a></sup></li></ul></li></ul>'))).toEqual([
      '/cases/c/ 小区没人管',
    ]);
  });
});
