// Page weight: the gzipped bytes of one page of each template on first load — its HTML, the CSS
// it links and the JS it runs before search is opened — against the template's budget.
import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { init as initLexer, parse as parseModule } from 'es-module-lexer';
import { DEFAULT_DIST, buildRelative, fileForPath, loadPage, relTokens } from './load-built-pages.ts';

export interface Budget {
  /** Gzipped bytes for HTML + CSS + first-load JS. */
  total: number;
  /** Gzipped bytes for first-load JS alone. */
  js?: number;
  reason: string;
}

export interface WeightTemplate {
  template: string;
  path: string;
  budget: Budget;
}

export interface PageWeight {
  path: string;
  html: number;
  css: number;
  js: number;
  total: number;
  files: { css: string[]; js: string[] };
}

export interface WeightRow extends PageWeight {
  template: string;
  budget: Budget;
  /** What the page exceeds, empty when within budget. */
  over: string[];
}

const KB = 1024;
/** The budget of an article page (method, case, term). */
export const ARTICLE_BUDGET: Budget = {
  total: 20 * KB,
  js: 3 * KB,
  reason: 'an article (method, case, term): the page most read, on phones and intranets; before search is opened only the header search box script loads',
};
/** The budget of any page without a budget of its own. */
export const OTHER_BUDGET: Budget = { total: 30 * KB, reason: 'any other page' };

/**
 * One page of each template, with its budget in gzipped bytes. `total` is HTML + linked CSS +
 * JS loaded on first load; `js` (when set) limits the JS part alone.
 */
export const WEIGHT_TEMPLATES: WeightTemplate[] = [
  { template: 'home', path: '/', budget: OTHER_BUDGET },
  { template: 'method', path: '/methods/xingbei-3456/', budget: ARTICLE_BUDGET },
  { template: 'case', path: '/cases/yuxiang-cunba/', budget: ARTICLE_BUDGET },
  { template: 'term', path: '/glossary/sanguan-yilv/', budget: ARTICLE_BUDGET },
  {
    template: 'glossary index',
    path: '/glossary/',
    budget: {
      total: 40 * KB,
      reason: 'lists every term with its definition on one page: 9.5 KB of gzipped HTML at 56 terms, about 0.15 KB a term, so 40 KB holds about 200 terms; past that, split it by letter or list the terms without definitions',
    },
  },
  { template: 'source', path: '/sources/yongji-article/', budget: OTHER_BUDGET },
  { template: 'search', path: '/search/', budget: OTHER_BUDGET },
  { template: 'problems', path: '/problems/', budget: OTHER_BUDGET },
  {
    template: 'figures',
    path: '/figures/',
    budget: {
      total: 40 * KB,
      reason: 'lists every figure the sources give: 6 KB of gzipped HTML at 45 figures, about 0.12 KB a figure, so 40 KB holds about 250; past that, split it by source or part',
    },
  },
];

const gzipBytes = (buffer: Buffer) => gzipSync(buffer).length;

/**
 * The JS files a module loads before it runs: itself and its static imports, recursively
 * (`import … from "./x.js"`, `import "./x.js"`, `export … from "./x.js"`). Dynamic `import()`
 * is not followed — that is what loads only when a reader opens search.
 */
export async function staticModuleGraph(dist: string, entryFiles: string[]): Promise<string[]> {
  await initLexer;
  const seen = new Set<string>();
  const queue = [...entryFiles];
  while (queue.length > 0) {
    const file = queue.shift();
    if (!file || seen.has(file)) continue;
    seen.add(file);
    const [imports] = parseModule(readFileSync(file, 'utf8'));
    for (const { n: specifier, d: dynamic } of imports) {
      // d === -1: a static import; -2: import.meta; ≥ 0: a dynamic import().
      if (dynamic !== -1 || !specifier) continue;
      queue.push(moduleFile(dist, file, specifier));
    }
  }
  return [...seen];
}

function moduleFile(dist: string, fromFile: string, specifier: string): string {
  if (specifier.startsWith('/')) return join(dist, specifier);
  if (specifier.startsWith('.')) return resolve(fromFile, '..', specifier);
  throw new Error(`${relative(dist, fromFile)} imports "${specifier}", which is not a file in the build`);
}

/**
 * Gzipped bytes a page costs on first load: its HTML, the stylesheets it links, and the JS it
 * runs at load (module and classic scripts, modulepreload links, and their static imports).
 * Each file is gzipped on its own, as a server sends it.
 */
export async function pageWeight(dist: string, path: string): Promise<PageWeight> {
  const htmlFile = fileForPath(dist, path);
  if (!htmlFile) throw new Error(`${path} is not in dist/`);
  const page = loadPage(dist, buildRelative(dist, htmlFile));
  const local = (url: string) => {
    const target = new URL(url, `http://site.invalid${page.path}`);
    if (target.origin !== 'http://site.invalid') throw new Error(`${path} loads ${url} from another site`);
    const file = fileForPath(dist, target.pathname);
    if (!file) throw new Error(`${path} loads ${url}, which is not in dist/`);
    return file;
  };
  const css = page.elements.filter((e) => e.name === 'link' && relTokens(e).includes('stylesheet') && e.attributes['href']).map((e) => local(e.attributes['href'] ?? ''));
  const scriptEntries = [
    ...page.elements.filter((e) => e.name === 'script' && e.attributes['src']).map((e) => local(e.attributes['src'] ?? '')),
    ...page.elements.filter((e) => e.name === 'link' && relTokens(e).includes('modulepreload') && e.attributes['href']).map((e) => local(e.attributes['href'] ?? '')),
  ];
  // Inline module scripts are in the HTML already; what they import statically is not.
  await initLexer;
  for (const script of page.elements.filter((e) => e.name === 'script' && !e.attributes['src'] && e.attributes['type'] === 'module')) {
    for (const { n: specifier, d: dynamic } of parseModule(script.text)[0]) {
      if (dynamic === -1 && specifier) scriptEntries.push(local(specifier));
    }
  }
  const js = await staticModuleGraph(dist, [...new Set(scriptEntries)]);
  const sum = (files: string[]) => files.reduce((total, file) => total + gzipBytes(readFileSync(file)), 0);
  const html = gzipBytes(readFileSync(htmlFile));
  const cssFiles = [...new Set(css)];
  const cssBytes = sum(cssFiles);
  const jsBytes = sum(js);
  return {
    path,
    html,
    css: cssBytes,
    js: jsBytes,
    total: html + cssBytes + jsBytes,
    files: { css: cssFiles.map((f) => relative(dist, f)), js: js.map((f) => relative(dist, f)) },
  };
}

/** The weight of each template's page, with the budget it is held to and what it exceeds. */
export async function templateWeights(dist: string = DEFAULT_DIST, templates: WeightTemplate[] = WEIGHT_TEMPLATES): Promise<WeightRow[]> {
  const rows: WeightRow[] = [];
  for (const { template, path, budget } of templates) {
    const weight = await pageWeight(dist, path);
    const over: string[] = [];
    if (weight.total > budget.total) over.push(`${kb(weight.total)} in all, over the budget of ${kb(budget.total)}`);
    if (budget.js !== undefined && weight.js > budget.js) over.push(`${kb(weight.js)} of JS, over the budget of ${kb(budget.js)}`);
    rows.push({ template, ...weight, budget, over });
  }
  return rows;
}

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;

/** The weights as a markdown table. */
export function weightTable(rows: WeightRow[]): string {
  const lines = [
    '| template | path | HTML | CSS | JS | total | budget | |',
    '| --- | --- | ---: | ---: | ---: | ---: | --- | --- |',
  ];
  for (const row of rows) {
    const budget = `${kb(row.budget.total)}${row.budget.js !== undefined ? `, JS ${kb(row.budget.js)}` : ''}`;
    lines.push(`| ${row.template} | ${row.path} | ${kb(row.html)} | ${kb(row.css)} | ${kb(row.js)} | ${kb(row.total)} | ${budget} | ${row.over.length ? `✗ ${row.over.join('; ')}` : '✓'} |`);
  }
  return lines.join('\n');
}
