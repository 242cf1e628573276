import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { checkHead } from '../../scripts/dist-checks/head-tags.ts';
import { checkLinks } from '../../scripts/dist-checks/links.ts';
import { pageWeight } from '../../scripts/dist-checks/page-weight.ts';
import { checkSitemap } from '../../scripts/dist-checks/sitemap.ts';

// The checks themselves, on a tiny build made here with one of each mistake, so a green run over
// the real build means the checks looked and found nothing, not that they cannot find anything.
const dist = mkdtempSync(join(tmpdir(), 'jiceng-check-dist-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));

const write = (path: string, text: string) => {
  mkdirSync(dirname(join(dist, path)), { recursive: true });
  writeFileSync(join(dist, path), text);
};
const head = (path: string, extra = '') =>
  `<head><meta charset="utf-8"><title>T</title><meta name="description" content="D">` +
  `<link rel="canonical" href="http://example.test${path}"><meta property="og:title" content="T">` +
  `<meta property="og:description" content="D"><meta property="og:url" content="http://example.test${path}">` +
  `<link rel="stylesheet" href="/_astro/site.css">${extra}</head>`;

write(
  'index.html',
  `<!doctype html><html lang="zh-CN">${head('/', '<script type="module" src="/_astro/entry.js"></script>')}<body id="top">` +
    `<a href="/a/">ok</a><a href="/a/#here">ok</a><a href="#top">ok</a><a href="a/#%E5%AF%BC">ok</a>` +
    `<a href="/missing/">broken page</a><a href="/a/#nope">broken anchor</a><a href="#gone">broken same-page anchor</a>` +
    `<a href="/a">no slash</a><img src="/img.png" alt="">` +
    `<a href="https://example.org/">not allowed</a><a href="http://allowed.test/x">no rel</a>` +
    `<a href="http://allowed.test/x" rel="nofollow noreferrer">fine</a>` +
    `<svg><title>an SVG title is not the page title</title></svg></body></html>`,
);
write('a/index.html', `<!doctype html><html lang="en"><head><title>A</title><title>A again</title></head><body><h2 id="here">x</h2><h2 id="导">y</h2></body></html>`);
write('404.html', `<!doctype html><html lang="zh-CN"><head><title>404</title><meta name="description" content="D"><meta name="robots" content="noindex"><meta property="og:title" content="T"><meta property="og:description" content="D"></head><body></body></html>`);
write('offline/index.html', `<!doctype html><html lang="zh-CN">${head('/offline/', '<meta name="robots" content="noindex">')}<body></body></html>`);
write('sitemap-index.xml', '<sitemapindex><sitemap><loc>http://example.test/sitemap-0.xml</loc></sitemap></sitemapindex>');
write(
  'sitemap-0.xml',
  '<urlset><url><loc>http://example.test/</loc></url><url><loc>http://example.test/ghost/</loc></url><url><loc>http://example.test/offline/</loc></url></urlset>',
);
write('_astro/site.css', 'body{color:red}');
write('_astro/entry.js', 'import{a}from"./dep.js";import"./side.js";const l=()=>import("./lazy.js");a(l);');
write('_astro/dep.js', 'export const a=(x)=>x;');
write('_astro/side.js', 'console.log(1);');
write('_astro/lazy.js', `export const big="${'x'.repeat(5000)}";`);

describe('the dist checks find what they are for', () => {
  test('links: missing pages and anchors, a directory without its slash, external URLs and rel', () => {
    const report = checkLinks(dist, { allowed: ['http://allowed.test/x'], origin: 'http://example.test' });
    expect(report.problems).toEqual([
      expect.stringContaining('/missing/ is not in dist/'),
      expect.stringContaining('has no element with id "nope"'),
      expect.stringContaining('has no element with id "gone"'),
      expect.stringMatching(/\/a is not in dist\/ \(missing the trailing slash/),
      expect.stringContaining('/img.png is not in dist/'),
    ]);
    expect(report.externalProblems).toEqual([
      expect.stringContaining('https://example.org/'),
      expect.stringContaining('without rel="nofollow" or rel="noreferrer"'),
    ]);
    expect(report.external.map((l) => l.url)).toEqual(['https://example.org/', 'http://allowed.test/x', 'http://allowed.test/x']);
  });

  test('head: lang, the number of titles, missing tags, and a canonical link on a noindex page', () => {
    const problems = checkHead(dist).filter((p) => p.startsWith('/a/'));
    expect(problems).toEqual([
      '/a/: <html lang> is "en", not "zh-CN"',
      '/a/: has 2 <title> elements, not exactly 1',
      '/a/: has 0 <meta name="description">, not exactly 1',
      '/a/: has 0 <meta property="og:title">, not exactly 1',
      '/a/: has 0 <meta property="og:description">, not exactly 1',
      '/a/: has 0 <link rel="canonical">, not exactly 1',
      '/a/: has 0 <meta property="og:url">, not exactly 1',
    ]);
    expect(checkHead(dist).filter((p) => !p.startsWith('/a/'))).toEqual(['/offline/: is noindex but has a canonical link', '/offline/: is noindex but has og:url']);
  });

  test('sitemap: a page left out, a page that does not exist, a noindex page listed', () => {
    expect(checkSitemap(dist)).toEqual([
      'the sitemap does not list /a/',
      'the sitemap lists /ghost/, which is not a page in dist/',
      'the sitemap lists /offline/, which is marked noindex',
    ]);
  });

  test('weight: static imports count, a dynamic import() does not', async () => {
    const weight = await pageWeight(dist, '/');
    expect(weight.files.js.sort()).toEqual(['_astro/dep.js', '_astro/entry.js', '_astro/side.js']);
    expect(weight.files.css).toEqual(['_astro/site.css']);
    expect(weight.total).toBe(weight.html + weight.css + weight.js);
  });
});
