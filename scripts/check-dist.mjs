// Checks over the built site (dist/): links and anchors, head tags, the sitemap, valid HTML, and
// page weight per template. Used by tests/dist/*.test.ts and from the command line:
//
//   node scripts/check-dist.mjs            links, anchors, external links, head tags, sitemap, html-validate
//   node scripts/check-dist.mjs --weights  gzipped weight per page template, against the budgets
//   node scripts/check-dist.mjs --dist other/dist   check another build
//
// Exits 1 when anything fails. Build first: `npm run build`.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { init as initLexer, parse as parseModule } from 'es-module-lexer';
import { ELEMENT_NODE, TEXT_NODE, parse, walkSync } from 'ultrahtml';

export const ROOT = fileURLToPath(new URL('../', import.meta.url));
/** The build to check: dist/, or the folder in DIST_DIR (e.g. a build made elsewhere). */
export const DEFAULT_DIST = process.env['DIST_DIR'] ? resolve(process.env['DIST_DIR']) : join(ROOT, 'dist');

// ---------------------------------------------------------------------------------------------
// Reading the build
// ---------------------------------------------------------------------------------------------

/** Throws a message saying what to do when there is no build to check. */
export function requireDist(dist = DEFAULT_DIST) {
  if (!existsSync(join(dist, 'index.html'))) {
    throw new Error(`No build to check: ${join(dist, 'index.html')} does not exist. Run \`npm run build\` first.`);
  }
  return dist;
}

/** Every .html file in the build, as paths relative to it with forward slashes, sorted. */
export function htmlFiles(dist = DEFAULT_DIST) {
  const found = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.html')) found.push(relative(dist, full).split(sep).join('/'));
    }
  };
  walk(dist);
  return found.sort();
}

/** The URL path a file is served at: `methods/a/index.html` → `/methods/a/`, `404.html` → `/404.html`. */
export function pagePath(file) {
  return file === 'index.html' ? '/' : file.endsWith('/index.html') ? `/${file.slice(0, -'index.html'.length)}` : `/${file}`;
}

/** The file a URL path is served from, or undefined when there is none. Directories serve index.html. */
export function fileForPath(dist, path) {
  let decoded;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return undefined;
  }
  const full = join(dist, decoded);
  if (!full.startsWith(resolve(dist))) return undefined;
  if (decoded.endsWith('/')) return existsSync(join(full, 'index.html')) ? join(full, 'index.html') : undefined;
  if (existsSync(full) && statSync(full).isFile()) return full;
  return undefined;
}

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the character references Astro writes into text and attribute values (ultrahtml keeps them raw). */
export function decodeEntities(text) {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (match, ref) => {
    if (ref[0] === '#') return String.fromCodePoint(ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1)));
    return ENTITIES[ref.toLowerCase()] ?? match;
  });
}

/**
 * @typedef {{ name: string, attributes: Record<string, string>, ancestors: string[], text: string }} Element
 * @typedef {{ file: string, path: string, html: string, elements: Element[], ids: Set<string> }} Page
 */

const pageCache = new Map();

/** Parses a built page with ultrahtml: its elements (attributes decoded, with ancestor names) and ids. */
export function loadPage(dist, file) {
  const key = join(dist, file);
  if (pageCache.has(key)) return pageCache.get(key);
  const html = readFileSync(key, 'utf8');
  /** @type {Element[]} */
  const elements = [];
  const ids = new Set();
  walkSync(parse(html), (node) => {
    if (node.type !== ELEMENT_NODE) return;
    const attributes = {};
    for (const [name, value] of Object.entries(node.attributes ?? {})) attributes[name.toLowerCase()] = decodeEntities(String(value));
    const ancestors = [];
    for (let parent = node.parent; parent && parent.type === ELEMENT_NODE; parent = parent.parent) ancestors.push(parent.name);
    const text = decodeEntities((node.children ?? []).filter((c) => c.type === TEXT_NODE).map((c) => c.value).join(''));
    const element = { name: node.name.toLowerCase(), attributes, ancestors, text };
    elements.push(element);
    if (attributes.id) ids.add(attributes.id);
    // An <a name> is an anchor target too.
    if (element.name === 'a' && attributes.name) ids.add(attributes.name);
  });
  const page = { file, path: pagePath(file), html, elements, ids };
  pageCache.set(key, page);
  return page;
}

/** The site's own origin, from the home page's canonical link (the `site` the build was made with). */
export function siteOrigin(dist = DEFAULT_DIST) {
  const canonical = loadPage(dist, 'index.html').elements.find((e) => e.name === 'link' && relTokens(e).includes('canonical'));
  return canonical?.attributes.href ? new URL(canonical.attributes.href).origin : undefined;
}

/** The external URLs the site may link to: the `url` of each source in content/sources.yaml. */
export function allowedExternalUrls(root = ROOT) {
  const yaml = readFileSync(join(root, 'content/sources.yaml'), 'utf8');
  return [...yaml.matchAll(/^\s+url:\s*(\S+)\s*$/gm)]
    .map(([, url]) => (url ?? '').replace(/^["']|["']$/g, ''))
    .filter((url) => url !== 'null' && url !== '~' && url !== '');
}

function relTokens(element) {
  return (element.attributes.rel ?? '').toLowerCase().split(/\s+/).filter(Boolean);
}

// ---------------------------------------------------------------------------------------------
// Links and anchors
// ---------------------------------------------------------------------------------------------

/** Which attributes of which elements hold a URL the browser follows or loads. */
const URL_ATTRIBUTES = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  iframe: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  embed: ['src'],
  object: ['data'],
  form: ['action'],
  use: ['href', 'xlink:href'],
  image: ['href', 'xlink:href'],
};

/** Every URL in a page, with where it stands: `{ element, attribute, url }`. og:url and og:image count too. */
export function pageUrls(page) {
  const urls = [];
  for (const element of page.elements) {
    for (const attribute of URL_ATTRIBUTES[element.name] ?? []) {
      const value = element.attributes[attribute];
      if (value === undefined) continue;
      const values = attribute === 'srcset' ? value.split(',').map((c) => c.trim().split(/\s+/)[0] ?? '') : [value.trim()];
      for (const url of values) urls.push({ element, attribute, url });
    }
    if (element.name === 'meta' && ['og:url', 'og:image'].includes(element.attributes.property ?? '')) {
      urls.push({ element, attribute: `content (${element.attributes.property})`, url: (element.attributes.content ?? '').trim() });
    }
  }
  return urls;
}

/**
 * @typedef {{ page: string, url: string, rel: string, text: string }} ExternalLink
 * @typedef {{ problems: string[], externalProblems: string[], external: ExternalLink[], checked: number }} LinkReport
 */

/**
 * Follows every URL in every page of the build. Internal URLs (root-relative, relative, or on the
 * site's own origin) must resolve to a file in dist/ (a directory to its index.html), and their
 * #fragment to an element id in the target page. External http(s) URLs may only point at an
 * allowed URL, from an <a> whose rel has nofollow or noreferrer. Returns the problems with
 * internal links, the problems with external ones, and the list of external links.
 * @returns {LinkReport}
 */
export function checkLinks(dist = DEFAULT_DIST, { allowed = allowedExternalUrls(), origin = siteOrigin(dist) } = {}) {
  const problems = [];
  const externalProblems = [];
  /** @type {ExternalLink[]} */
  const external = [];
  let checked = 0;
  for (const file of htmlFiles(dist)) {
    const page = loadPage(dist, file);
    const base = `${origin ?? 'http://site.invalid'}${page.path}`;
    for (const { element, attribute, url } of pageUrls(page)) {
      checked++;
      const where = `${page.path}: <${element.name} ${attribute}="${url}">`;
      if (url === '' && element.name === 'form') continue; // action="" submits to the page itself (html-validate reports it)
      if (url === '') {
        problems.push(`${where} is an empty link`);
        continue;
      }
      if (url === '#') {
        problems.push(`${where} points at the empty fragment "#"`);
        continue;
      }
      const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
      if (scheme && !['http', 'https'].includes(scheme)) {
        if (scheme === 'data' && element.name !== 'a') continue;
        problems.push(`${where} uses the scheme "${scheme}:"`);
        continue;
      }
      let target;
      try {
        target = new URL(url, base);
      } catch {
        problems.push(`${where} is not a valid URL`);
        continue;
      }
      if (target.origin !== new URL(base).origin) {
        const rel = element.attributes.rel ?? '';
        external.push({ page: page.path, url, rel, text: element.text.trim() });
        if (!allowed.includes(url)) externalProblems.push(`${where} is an external URL that content/sources.yaml does not list`);
        else if (!['a', 'area'].includes(element.name)) externalProblems.push(`${where} loads a resource from another site`);
        else if (!relTokens(element).some((token) => token === 'nofollow' || token === 'noreferrer')) externalProblems.push(`${where} is an external link without rel="nofollow" or rel="noreferrer"`);
        continue;
      }
      const targetFile = fileForPath(dist, target.pathname);
      if (!targetFile) {
        const dir = join(dist, decodeURIComponentSafe(target.pathname));
        const hint = !target.pathname.endsWith('/') && existsSync(join(dir, 'index.html')) ? ' (missing the trailing slash; the site sets trailingSlash: always)' : '';
        problems.push(`${where}: ${target.pathname} is not in dist/${hint}`);
        continue;
      }
      const fragment = target.hash.slice(1);
      if (!fragment) continue;
      if (!targetFile.endsWith('.html')) continue;
      const targetPage = loadPage(dist, relative(dist, targetFile).split(sep).join('/'));
      const id = decodeURIComponentSafe(fragment);
      if (!targetPage.ids.has(id)) problems.push(`${where}: ${targetPage.path} has no element with id "${id}"`);
    }
  }
  return { problems, externalProblems, external, checked };
}

function decodeURIComponentSafe(text) {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

// ---------------------------------------------------------------------------------------------
// Head tags and the sitemap
// ---------------------------------------------------------------------------------------------

/** True for a page marked `<meta name="robots" content="noindex">` (404, offline): it stands for no address of its own. */
export function isNoindex(page) {
  return page.elements.some((e) => e.name === 'meta' && e.attributes.name?.toLowerCase() === 'robots' && /\bnoindex\b/i.test(e.attributes.content ?? ''));
}

/**
 * Every page: lang="zh-CN"; exactly one <title> (in <head>, not empty); one meta description,
 * og:title and og:description, none empty. Every indexable page also has one canonical link and
 * og:url, both its own address; a noindex page (404, offline) has neither, since it stands for
 * no address. <title> inside inline SVG is an SVG element and is not counted.
 */
export function checkHead(dist = DEFAULT_DIST) {
  const problems = [];
  for (const file of htmlFiles(dist)) {
    const page = loadPage(dist, file);
    const at = (message) => problems.push(`${page.path}: ${message}`);
    const html = page.elements.find((e) => e.name === 'html');
    if (html?.attributes.lang !== 'zh-CN') at(`<html lang> is "${html?.attributes.lang ?? '(none)'}", not "zh-CN"`);

    const titles = page.elements.filter((e) => e.name === 'title' && !e.ancestors.includes('svg'));
    if (titles.length !== 1) at(`has ${titles.length} <title> elements, not exactly 1`);
    else if (!titles[0]?.ancestors.includes('head')) at('<title> is not in <head>');
    else if (!titles[0]?.text.trim()) at('<title> is empty');

    const exactlyOne = (label, matches, value) => {
      const found = page.elements.filter(matches);
      if (found.length !== 1) at(`has ${found.length} ${label}, not exactly 1`);
      else if (!value(found[0]).trim()) at(`${label} is empty`);
      return found.length === 1 ? value(found[0]).trim() : undefined;
    };
    const meta = (attribute, name) => (e) => e.name === 'meta' && e.attributes[attribute] === name && e.ancestors.includes('head');
    exactlyOne('<meta name="description">', meta('name', 'description'), (e) => e.attributes.content ?? '');
    exactlyOne('<meta property="og:title">', meta('property', 'og:title'), (e) => e.attributes.content ?? '');
    exactlyOne('<meta property="og:description">', meta('property', 'og:description'), (e) => e.attributes.content ?? '');
    const isCanonical = (e) => e.name === 'link' && relTokens(e).includes('canonical');
    if (isNoindex(page)) {
      if (page.elements.some(isCanonical)) at('is noindex but has a canonical link');
      if (page.elements.some(meta('property', 'og:url'))) at('is noindex but has og:url');
      continue;
    }
    const canonical = exactlyOne('<link rel="canonical">', isCanonical, (e) => e.attributes.href ?? '');
    const ogUrl = exactlyOne('<meta property="og:url">', meta('property', 'og:url'), (e) => e.attributes.content ?? '');

    if (canonical) {
      let url;
      try {
        url = new URL(canonical);
      } catch {
        at(`canonical "${canonical}" is not an absolute URL`);
      }
      if (url && decodeURIComponentSafe(url.pathname) !== page.path) at(`canonical points at ${url.pathname}, but the page is at ${page.path}`);
      if (ogUrl && ogUrl !== canonical) at(`og:url "${ogUrl}" differs from canonical "${canonical}"`);
    }
  }
  return problems;
}

/** Paths listed by the sitemap's <loc> elements. */
function sitemapLocs(xml) {
  return [...xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].map(([, loc]) => decodeEntities(loc ?? ''));
}

/**
 * dist/sitemap-index.xml and sitemap-0.xml exist; the index lists sitemap-0.xml; the sitemaps
 * together list every page of the build except 404.html and the other noindex pages, and
 * nothing else (a noindex page in a sitemap contradicts itself).
 */
export function checkSitemap(dist = DEFAULT_DIST) {
  const problems = [];
  const indexFile = join(dist, 'sitemap-index.xml');
  if (!existsSync(indexFile)) return ['dist/sitemap-index.xml does not exist'];
  if (!existsSync(join(dist, 'sitemap-0.xml'))) problems.push('dist/sitemap-0.xml does not exist');
  const sitemaps = sitemapLocs(readFileSync(indexFile, 'utf8')).map((loc) => new URL(loc).pathname);
  if (!sitemaps.includes('/sitemap-0.xml')) problems.push('sitemap-index.xml does not list sitemap-0.xml');
  const listed = new Set();
  for (const sitemap of sitemaps) {
    const file = join(dist, sitemap);
    if (!existsSync(file)) {
      problems.push(`sitemap-index.xml lists ${sitemap}, which does not exist`);
      continue;
    }
    for (const loc of sitemapLocs(readFileSync(file, 'utf8'))) listed.add(decodeURIComponentSafe(new URL(loc).pathname));
  }
  const files = htmlFiles(dist);
  const noindex = files.filter((file) => file === '404.html' || isNoindex(loadPage(dist, file))).map(pagePath);
  const pages = files.map(pagePath).filter((path) => !noindex.includes(path));
  for (const path of pages) if (!listed.has(path)) problems.push(`the sitemap does not list ${path}`);
  for (const path of listed) {
    if (noindex.includes(path)) problems.push(`the sitemap lists ${path}, which is marked noindex`);
    else if (!pages.includes(path)) problems.push(`the sitemap lists ${path}, which is not a page in dist/`);
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// Valid HTML
// ---------------------------------------------------------------------------------------------

/**
 * Runs html-validate with the repository's .htmlvalidate.json over every page of the build.
 * Returns one line per error: `path:line:column rule message`.
 */
export async function validateHtml(dist = DEFAULT_DIST, configFile = join(ROOT, '.htmlvalidate.json')) {
  const { HtmlValidate } = await import('html-validate');
  const config = JSON.parse(readFileSync(configFile, 'utf8'));
  const validator = new HtmlValidate({ ...config, root: true });
  const errors = [];
  for (const file of htmlFiles(dist)) {
    const report = await validator.validateFile(join(dist, file));
    for (const result of report.results) {
      for (const message of result.messages) {
        if (message.severity === 2) errors.push(`${pagePath(file)}:${message.line}:${message.column} [${message.ruleId}] ${message.message}`);
      }
    }
  }
  return errors;
}

// ---------------------------------------------------------------------------------------------
// Page weight
// ---------------------------------------------------------------------------------------------

const KB = 1024;
const ARTICLE = {
  total: 20 * KB,
  js: 3 * KB,
  reason: 'an article (method, case, term): the page most read, on phones and intranets; before search is opened only the header search box script loads',
};
const OTHER = { total: 30 * KB, reason: 'any other page' };

/**
 * One page of each template, with its budget in gzipped bytes. `total` is HTML + linked CSS +
 * JS loaded on first load; `js` (when set) limits the JS part alone.
 */
export const WEIGHT_TEMPLATES = [
  { template: 'home', path: '/', budget: OTHER },
  { template: 'method', path: '/methods/xingbei-3456/', budget: ARTICLE },
  { template: 'case', path: '/cases/yuxiang-cunba/', budget: ARTICLE },
  { template: 'term', path: '/glossary/sanguan-yilv/', budget: ARTICLE },
  {
    template: 'glossary index',
    path: '/glossary/',
    budget: {
      total: 40 * KB,
      reason: 'lists every term with its definition on one page: 9.5 KB of gzipped HTML at 56 terms, about 0.15 KB a term, so 40 KB holds about 200 terms; past that, split it by letter or list the terms without definitions',
    },
  },
  { template: 'source', path: '/sources/yongji-article/', budget: OTHER },
  { template: 'search', path: '/search/', budget: OTHER },
  {
    template: 'figures',
    path: '/figures/',
    budget: {
      total: 40 * KB,
      reason: 'lists every figure the sources give: 6 KB of gzipped HTML at 45 figures, about 0.12 KB a figure, so 40 KB holds about 250; past that, split it by source or part',
    },
  },
];

const gzipBytes = (buffer) => gzipSync(buffer).length;

/**
 * The JS files a module loads before it runs: itself and its static imports, recursively
 * (`import … from "./x.js"`, `import "./x.js"`, `export … from "./x.js"`). Dynamic `import()`
 * is not followed — that is what loads only when a reader opens search.
 */
export async function staticModuleGraph(dist, entryFiles) {
  await initLexer;
  const seen = new Set();
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

function moduleFile(dist, fromFile, specifier) {
  if (specifier.startsWith('/')) return join(dist, specifier);
  if (specifier.startsWith('.')) return resolve(fromFile, '..', specifier);
  throw new Error(`${relative(dist, fromFile)} imports "${specifier}", which is not a file in the build`);
}

/**
 * Gzipped bytes a page costs on first load: its HTML, the stylesheets it links, and the JS it
 * runs at load (module and classic scripts, modulepreload links, and their static imports).
 * Each file is gzipped on its own, as a server sends it.
 */
export async function pageWeight(dist, path) {
  const htmlFile = fileForPath(dist, path);
  if (!htmlFile) throw new Error(`${path} is not in dist/`);
  const page = loadPage(dist, relative(dist, htmlFile).split(sep).join('/'));
  const local = (url) => {
    const target = new URL(url, `http://site.invalid${page.path}`);
    if (target.origin !== 'http://site.invalid') throw new Error(`${path} loads ${url} from another site`);
    const file = fileForPath(dist, target.pathname);
    if (!file) throw new Error(`${path} loads ${url}, which is not in dist/`);
    return file;
  };
  const css = page.elements.filter((e) => e.name === 'link' && relTokens(e).includes('stylesheet') && e.attributes.href).map((e) => local(e.attributes.href ?? ''));
  const scriptEntries = [
    ...page.elements.filter((e) => e.name === 'script' && e.attributes.src).map((e) => local(e.attributes.src ?? '')),
    ...page.elements.filter((e) => e.name === 'link' && relTokens(e).includes('modulepreload') && e.attributes.href).map((e) => local(e.attributes.href ?? '')),
  ];
  // Inline module scripts are in the HTML already; what they import statically is not.
  await initLexer;
  for (const script of page.elements.filter((e) => e.name === 'script' && !e.attributes.src && e.attributes.type === 'module')) {
    for (const { n: specifier, d: dynamic } of parseModule(script.text)[0]) {
      if (dynamic === -1 && specifier) scriptEntries.push(local(specifier));
    }
  }
  const js = await staticModuleGraph(dist, [...new Set(scriptEntries)]);
  const sum = (files) => files.reduce((total, file) => total + gzipBytes(readFileSync(file)), 0);
  const html = gzipBytes(readFileSync(htmlFile));
  const cssBytes = sum([...new Set(css)]);
  const jsBytes = sum(js);
  return {
    path,
    html,
    css: cssBytes,
    js: jsBytes,
    total: html + cssBytes + jsBytes,
    files: { css: [...new Set(css)].map((f) => relative(dist, f)), js: js.map((f) => relative(dist, f)) },
  };
}

/** The weight of each template's page, with the budget it is held to and what it exceeds. */
export async function templateWeights(dist = DEFAULT_DIST, templates = WEIGHT_TEMPLATES) {
  const rows = [];
  for (const { template, path, budget } of templates) {
    const weight = await pageWeight(dist, path);
    const over = [];
    if (weight.total > budget.total) over.push(`${kb(weight.total)} in all, over the budget of ${kb(budget.total)}`);
    if (budget.js !== undefined && weight.js > budget.js) over.push(`${kb(weight.js)} of JS, over the budget of ${kb(budget.js)}`);
    rows.push({ template, ...weight, budget, over });
  }
  return rows;
}

const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;

/** The weights as a markdown table. */
export function weightTable(rows) {
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

// ---------------------------------------------------------------------------------------------
// Command line
// ---------------------------------------------------------------------------------------------

async function main(argv) {
  const distArg = argv.indexOf('--dist');
  const dist = requireDist(distArg >= 0 && argv[distArg + 1] ? resolve(argv[distArg + 1]) : DEFAULT_DIST);
  let failed = false;
  const section = (title, problems) => {
    console.log(`\n## ${title}: ${problems.length === 0 ? 'OK' : `${problems.length} problem(s)`}`);
    for (const problem of problems) console.log(`  - ${problem}`);
    if (problems.length > 0) failed = true;
  };

  if (argv.includes('--weights')) {
    const rows = await templateWeights(dist);
    console.log('Page weight, gzipped (each file gzipped on its own; JS = scripts run at load and their static imports, not dynamic import())\n');
    console.log(weightTable(rows));
    for (const row of rows) if (row.budget !== OTHER && row.budget !== ARTICLE) console.log(`\n${row.template}: ${row.budget.reason}`);
    section('Budgets', rows.flatMap((row) => row.over.map((o) => `${row.template} ${row.path}: ${o}`)));
  } else {
    console.log(`Checking ${relative(process.cwd(), dist) || dist}: ${htmlFiles(dist).length} pages`);
    const links = checkLinks(dist);
    section(`Internal links and anchors (${links.checked} URLs)`, links.problems);
    section(`External links (${links.external.length})`, links.externalProblems);
    for (const link of links.external) console.log(`    ${link.page} → ${link.url} (rel="${link.rel}")`);
    section('Head tags', checkHead(dist));
    section('Sitemap', checkSitemap(dist));
    section('html-validate', await validateHtml(dist));
  }
  process.exitCode = failed ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
