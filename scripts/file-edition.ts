// Makes the file edition: the built site (dist/) as a folder that works opened from disk by
// double-clicking, with search, on a computer with no server and no network. dist/ is only read.
//
//   node scripts/file-edition.ts [dist] [out]      (npm run package also zips it)
//
// What it changes, page by page (the pure parts are scripts/file-edition/rewrite.ts):
// - every internal link, asset and stylesheet becomes relative and names its file
//   (/methods/x/ → ../../methods/x/index.html), query strings and #anchors kept;
// - a page's module scripts become one classic script (_file/js/page-….js) bundled with esbuild,
//   their static and dynamic imports included, because file:// refuses module files;
// - modules that page code imports by a computed path (Pagefind's pagefind.js, and any other
//   ES module outside _astro/) become classic scripts in _file/modules/ that register their
//   exports; the runtime loads them on first import;
// - every file page code may fetch() — JSON, the whole Pagefind index, its fragments and
//   WebAssembly, and the pages that the site's data files name — is carried by a data script in
//   _file/data/ (text as a string, binary as base64), loaded on first fetch; the files of
//   pagefind/ are carried only so;
// - _file/runtime.js, first in <head>, answers fetch() from those data scripts and points links
//   that page code writes at the files (scripts/file-edition/runtime.ts);
// - the Content-Security-Policy keeps its rules, with file: beside 'self'; the web app
//   manifest, sitemap and module-preload links, the service worker and the offline manifest
//   are left out: none of them works from a folder.
import { build, type Plugin } from 'esbuild';
import { init as initLexer, parse as parseModule } from 'es-module-lexer';
import { zipSync, type Zippable } from 'fflate';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  editTags,
  fileEditionCsp,
  localHref,
  mapSrcset,
  quoteAttribute,
  relativeFile,
  type InlineHashes,
} from './file-edition/rewrite.ts';

/** The edition's own files, in the site folder. */
const OWN = '_file';
/** The folder, in the package, that holds the site. */
export const SITE_FOLDER = 'site';
/** The file a reader double-clicks, beside the site folder. */
export const OPENER = '打开方法库.html';
/** The readme beside it. */
export const README = '使用说明.txt';

/** Files a folder on disk cannot use: the service worker and its list, the web app manifest, sitemaps. */
const LEFT_OUT = /^(sw\.js|workbox-[^/]*\.js|offline-manifest\.json|manifest\.webmanifest|sitemap[^/]*\.xml)$/;
/** Folders whose files pages never link to, only fetch: carried in data scripts and not copied. */
const FETCHED_ONLY = /^pagefind\//;
/** Scripts are bundled, not copied; styles, images and fonts are loaded by the page, never fetched. */
const SCRIPT = /\.m?js$/;
const NOT_FETCHED = /\.(m?js|css|png|jpe?g|gif|webp|avif|svg|ico|woff2?|ttf|otf)$/;
const TEXT = /\.(html|json|txt|xml|csv|md|webmanifest)$/;
const CONTENT_TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  json: 'application/json',
  txt: 'text/plain; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  xml: 'application/xml',
  wasm: 'application/wasm',
};
/** Attributes whose value is one URL. */
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'poster', 'data'];

export interface FileEditionOptions {
  /** The built site. */
  dist: string;
  /** The folder to write: the site goes in its site/ folder, the opener and readme beside it. */
  out: string;
  /** The base path the site was built for, e.g. `/` or `/zhili/`. */
  base: string;
  /** The date the package is made, YYYYMMDD, for the readme. */
  date: string;
}

export interface FileEditionSummary {
  pages: number;
  pageBundles: number;
  modules: number;
  dataScripts: number;
  files: number;
  bytes: number;
}

/** Every file below `folder`, as paths with forward slashes. */
function listFiles(folder: string, below = ''): string[] {
  // Sorted, so that the same build always gives the same edition.
  const entries = readdirSync(join(folder, below), { withFileTypes: true }).sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
  );
  return entries.flatMap((entry) => {
    const path = below ? `${below}/${entry.name}` : entry.name;
    return entry.isDirectory() ? listFiles(folder, path) : [path];
  });
}

function write(path: string, content: string | Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
}

function hash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 10);
}

/** A page's module script: the file it loads, or its inline code. */
type ModuleScript = { file: string } | { code: string; page: string };

/**
 * The esbuild plugin that turns the build's ES modules into code for a classic script: site
 * paths (/pagefind/…) resolve into dist, `import.meta` becomes the module's own URL in the
 * edition, `import()` of a computed path goes through the runtime, and Vite's module-preload
 * helper (which would add <link rel=modulepreload> to files the edition does not have) just
 * runs the import it wraps.
 */
function editionModules(dist: string, base: string, inline: Map<string, { code: string; page: string }>): Plugin {
  return {
    name: 'file-edition-modules',
    setup(builder) {
      builder.onResolve({ filter: /^inline:/ }, (args) => ({ path: args.path, namespace: 'inline' }));
      builder.onResolve({ filter: /^\/[^/]/ }, (args) => {
        if (args.path.startsWith(dist)) return undefined;
        const file = localHref(args.path, 'index.html', base);
        if (!file) return { errors: [{ text: `本机版：${args.importer} 引用了站外的模块 ${args.path}` }] };
        return { path: join(dist, file.replace(/[?#].*$/, '')) };
      });
      builder.onLoad({ filter: /.*/, namespace: 'inline' }, (args) => {
        const script = inline.get(args.path);
        if (!script) return undefined;
        return {
          contents: rewriteModule(script.code, script.page),
          loader: 'js',
          resolveDir: dirname(join(dist, script.page)),
        };
      });
      builder.onLoad({ filter: SCRIPT }, (args) => {
        if (!args.path.startsWith(dist + sep)) return undefined;
        const path = relative(dist, args.path).split(sep).join('/');
        return { contents: rewriteModule(readFileSync(args.path, 'utf8'), path), loader: 'js' };
      });
    },
  };
}

const META = '__fileEditionMeta';

/** One module's code, made fit for a classic script (see {@link editionModules}). */
function rewriteModule(code: string, path: string): string {
  const [imports, exports] = parseModule(code, path);
  if (code.includes('vite:preloadError')) {
    if (exports.length !== 1)
      throw new Error(`本机版：${path} 看起来是 Vite 的预加载辅助模块，但导出了 ${exports.length} 个名字`);
    return `const preload = (load) => load();\nexport { preload as ${exports[0]?.n} };\n`;
  }
  const edits: { start: number; end: number; text: string }[] = [];
  for (const record of imports) {
    if (record.d === -2) edits.push({ start: record.ss, end: record.se, text: META });
    else if (record.d > -1 && record.n === undefined)
      edits.push({ start: record.ss, end: record.ss + 'import'.length, text: `__fileEdition.importFrom(${META}.url)` });
  }
  if (edits.length === 0) return code;
  let out = code;
  for (const edit of edits.sort((a, b) => b.start - a.start))
    out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return `const ${META} = __fileEdition.meta(${JSON.stringify(path)});\n${out}`;
}

/** What every script of the edition is built as: one minified classic script, kept in memory. */
const CLASSIC_SCRIPT = {
  bundle: true,
  format: 'iife',
  platform: 'browser',
  minify: true,
  charset: 'utf8',
  legalComments: 'none',
  write: false,
  logLevel: 'silent',
} as const;

async function bundle(
  entry: string,
  dist: string,
  base: string,
  inline: Map<string, { code: string; page: string }>,
): Promise<string> {
  const result = await build({
    stdin: { contents: entry, resolveDir: dist, sourcefile: 'file-edition-entry.js', loader: 'js' },
    ...CLASSIC_SCRIPT,
    plugins: [editionModules(dist, base, inline)],
  });
  for (const warning of result.warnings) console.warn(`本机版打包提示：${warning.text}`);
  return result.outputFiles[0]?.text ?? '';
}

/** A data script: a call to the runtime for each file it carries. */
function dataCall(path: string, bytes: Buffer): string {
  const extension = path.slice(path.lastIndexOf('.') + 1);
  const type = CONTENT_TYPES[extension] ?? 'application/octet-stream';
  const [encoding, payload] = TEXT.test(path) ? ['text', bytes.toString('utf8')] : ['base64', bytes.toString('base64')];
  return `__fileEdition.put(${JSON.stringify(path)},${JSON.stringify(type)},${JSON.stringify(encoding)},${JSON.stringify(payload)});\n`;
}

/** Which data script carries a file: pages share one per top folder (they compress together), any other file has its own. */
function dataScriptOf(path: string): string {
  if (path.endsWith('.html'))
    return `${OWN}/data/pages/${path.includes('/') ? path.slice(0, path.indexOf('/')) : 'top'}.js`;
  return `${OWN}/data/files/${path}.js`;
}

export async function writeFileEdition({
  dist: distFolder,
  out,
  base,
  date,
}: FileEditionOptions): Promise<FileEditionSummary> {
  const dist = resolve(distFolder);
  if (!existsSync(join(dist, 'index.html')))
    throw new Error(`没有找到 ${join(dist, 'index.html')}：请先运行 npm run build。`);
  await initLexer;
  rmSync(out, { recursive: true, force: true });
  const site = join(out, SITE_FOLDER);
  const all = listFiles(dist).filter((path) => !LEFT_OUT.test(path));
  const inline = new Map<string, { code: string; page: string }>();
  const classicScripts = new Set<string>();
  /** page bundle file → the entry code that imports the page's module scripts in order */
  const pageBundles = new Map<string, string>();
  const runtimeSrc = (page: string) => relativeFile(page, `${OWN}/runtime.js`);
  const BUNDLE = '\u0000file-edition-bundle\u0000';
  const POLICY = '\u0000file-edition-policy\u0000';

  // Pages: links relative and naming files, module scripts gathered into one classic script.
  const pages = all.filter((path) => path.endsWith('.html'));
  for (const page of pages) {
    const scripts: ModuleScript[] = [];
    const inlineHashes: InlineHashes = { scripts: [], styles: [] };
    let policy: string | undefined;
    let runtimeAdded = false;
    const local = (url: string) => localHref(url, page, base) ?? url;
    let html = editTags(readFileSync(join(dist, page), 'utf8'), (tag) => {
      const { name, attributes } = tag;
      if (name === 'meta' && attributes.get('http-equiv')?.toLowerCase() === 'content-security-policy') {
        runtimeAdded = true;
        policy = attributes.get('content') ?? '';
        return {
          replace: `<meta http-equiv="content-security-policy" content=${POLICY}><script defer src=${quoteAttribute(runtimeSrc(page))}></script>`,
        };
      }
      if (name === 'style' || (name === 'script' && !attributes.has('src') && attributes.get('type') !== 'module')) {
        (name === 'style' ? inlineHashes.styles : inlineHashes.scripts).push(
          `'sha256-${createHash('sha256')
            .update(tag.text ?? '')
            .digest('base64')}'`,
        );
      }
      if (name === 'link' && /(^|\s)(manifest|modulepreload|sitemap)(\s|$)/i.test(attributes.get('rel') ?? ''))
        return { replace: '' };
      if (name === 'script' && attributes.get('type') === 'module') {
        const src = attributes.get('src');
        if (src !== undefined) {
          const file = localHref(src, 'index.html', base);
          if (!file) throw new Error(`本机版：${page} 的模块脚本 ${src} 不在本站`);
          scripts.push({ file: file.replace(/[?#].*$/, '') });
        } else {
          scripts.push({ code: tag.text ?? '', page });
        }
        return { replace: scripts.length === 1 ? BUNDLE : '' };
      }
      const set: Record<string, string> = {};
      for (const attribute of URL_ATTRIBUTES) {
        const value = attributes.get(attribute);
        if (value === undefined) continue;
        const changed = local(value);
        if (changed !== value) set[attribute] = changed;
        if (name === 'script' && attribute === 'src')
          classicScripts.add(localHref(value, 'index.html', base)?.replace(/[?#].*$/, '') ?? value);
      }
      for (const attribute of ['srcset', 'imagesrcset']) {
        const value = attributes.get(attribute);
        if (value !== undefined) set[attribute] = mapSrcset(value, local);
      }
      return Object.keys(set).length > 0 ? { set } : undefined;
    });
    if (policy !== undefined) html = html.replace(POLICY, quoteAttribute(fileEditionCsp(policy, inlineHashes)));
    if (!runtimeAdded)
      html = html.replace(/<\/head>/i, `<script defer src=${quoteAttribute(runtimeSrc(page))}></script></head>`);
    if (scripts.length > 0) {
      const entry = scripts
        .map((script, i) => {
          if ('file' in script) return `import ${JSON.stringify(`./${script.file}`)};`;
          const key = `inline:${page}#${i}`;
          inline.set(key, script);
          return `import ${JSON.stringify(key)};`;
        })
        .join('\n');
      const name = `${OWN}/js/page-${hash(entry + scripts.map((s) => ('code' in s ? s.code : '')).join(''))}.js`;
      pageBundles.set(name, entry);
      html = html.replace(BUNDLE, `<script defer src=${quoteAttribute(relativeFile(page, name))}></script>`);
    }
    write(join(site, page), html);
  }

  // Page bundles: each distinct set of module scripts once.
  for (const [name, entry] of pageBundles) write(join(site, name), await bundle(entry, dist, base, inline));

  // Modules imported by a computed path: every ES module outside Vite's _astro/ (whose imports
  // Vite resolves at build time) that exports something.
  const modules: Record<string, string> = {};
  for (const path of all.filter((p) => SCRIPT.test(p) && !p.startsWith('_astro/'))) {
    const [, exports] = parseModule(readFileSync(join(dist, path), 'utf8'), path);
    if (exports.length === 0) continue;
    const name = `${OWN}/modules/${path}.js`;
    const entry = `import * as namespace from ${JSON.stringify(`./${path}`)};\n__fileEdition.define(${JSON.stringify(path)}, namespace);\n`;
    write(join(site, name), await bundle(entry, dist, base, inline));
    modules[path] = name;
  }

  // The runtime, with the base path the site was built for.
  const runtime = await build({
    entryPoints: [fileURLToPath(new URL('./file-edition/runtime.ts', import.meta.url))],
    ...CLASSIC_SCRIPT,
    define: { __SITE_BASE__: JSON.stringify(base) },
  });
  write(join(site, OWN, 'runtime.js'), runtime.outputFiles[0]?.text ?? '');
  write(join(site, OWN, 'here.js'), 'window.fileEditionHere = true;\n');

  // Files pages load: stylesheets (with url() made relative), images, fonts, other assets.
  for (const path of all) {
    if (path.endsWith('.html') || FETCHED_ONLY.test(path) || (SCRIPT.test(path) && !classicScripts.has(path))) continue;
    if (path.endsWith('.css')) {
      const css = readFileSync(join(dist, path), 'utf8').replace(
        /url\(\s*(['"]?)([^'")]+)\1\s*\)/g,
        (whole, quote: string, url: string) => {
          const changed = localHref(url, path, base);
          return changed ? `url(${quote}${changed}${quote})` : whole;
        },
      );
      write(join(site, path), css);
    } else {
      write(join(site, path), readFileSync(join(dist, path)));
    }
  }

  // Files page code may fetch, carried by data scripts, and the index of where each one is.
  // Pages are fetched only by a URL that page code read from the site's data (the reading
  // list's handout fetches the entries entries.json lists), so only pages that a data file
  // names are carried: carrying all of them would put every page in the zip twice.
  const fetched = all.filter((p) => !NOT_FETCHED.test(p) && !p.endsWith('.html'));
  const named = fetched.filter((p) => TEXT.test(p)).map((p) => readFileSync(join(dist, p), 'utf8'));
  const isNamed = (page: string) => {
    const url = `"${base}${page.replace(/(^|\/)index\.html$/, '$1')}"`;
    return named.some((text) => text.includes(url));
  };
  const data: Record<string, string> = {};
  const packs = new Map<string, string[]>();
  for (const path of [...fetched, ...pages.filter(isNamed)]) {
    const pack = dataScriptOf(path);
    data[path] = pack;
    packs.set(pack, [...(packs.get(pack) ?? []), dataCall(path, readFileSync(join(dist, path)))]);
  }
  for (const [pack, calls] of packs) write(join(site, pack), calls.join(''));
  write(join(site, OWN, 'index.js'), `__fileEdition.index(${JSON.stringify({ data, modules })});\n`);

  write(join(out, OPENER), openerHtml());
  write(join(out, README), readmeText(date, base));

  const written = listFiles(out);
  return {
    pages: pages.length,
    pageBundles: pageBundles.size,
    modules: Object.keys(modules).length,
    dataScripts: packs.size,
    files: written.length,
    bytes: written.reduce((sum, path) => sum + statSync(join(out, path)).size, 0),
  };
}

/** The page a reader double-clicks: it goes on to the site, or says to unzip first. */
function openerHtml(): string {
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>基层治理方法库（本机版）</title>
<style>body{font:18px/1.7 system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem;color:#1f2328}a{color:#9f1d20}</style>
<script src="${SITE_FOLDER}/_file/here.js"></script>
<script>if (window.fileEditionHere) location.replace('${SITE_FOLDER}/index.html');</script>
</head>
<body>
<h1>基层治理方法库（本机版）</h1>
<p><a href="${SITE_FOLDER}/index.html">打开方法库</a></p>
<p>如果点了没有反应或提示找不到文件：请先把压缩包<strong>全部解压</strong>（右键 → 全部解压缩），再在解压出的文件夹里双击“${OPENER}”。</p>
</body>
</html>
`;
}

/** The Chinese readme in the package: Windows line ends and a byte-order mark, so Notepad shows it right. */
function readmeText(date: string, base: string): string {
  const text = `基层治理方法库 · 本机版（${date}）

不需要服务器，也不需要联网：解压后双击就能看，搜索、阅读清单和打印都能用。

使用方法（三步）
  1. 解压：在压缩包上点右键，选“全部解压缩”（或“解压到当前文件夹”）。
     不要在压缩包里直接双击打开，那样只会取出一个文件。
  2. 打开：进入解压出来的文件夹，双击“${OPENER}”（也可以双击 ${SITE_FOLDER}\\index.html）。
  3. 收藏：在浏览器里按 Ctrl+D 把首页加入收藏夹，以后从收藏夹打开。

说明
  · 浏览器：请用较新的 Chrome、Edge、360 安全浏览器（极速模式）、QQ 浏览器等；不支持 IE。
  · 整个文件夹可以拷到 U 盘或别的电脑上用，放在哪里、改成什么名字都可以；
    但里面的文件要放在一起，不要单独拿出来。
  · 阅读清单和学习进度保存在这台电脑的浏览器里。“我的阅读清单”生成的分享链接指向
    这台电脑上的文件，只能在本机打开；发给别人时，请连同这个文件夹一起拷给对方，
    或使用网站上的地址。
  · 更新：用新版压缩包解压出的文件夹替换旧文件夹即可。
  · 要放到内网服务器上，请用同一天生成的 .tar.gz 离线部署包（其中有“离线部署说明.txt”）。
    本包按访问路径“${base}”构建。
`;
  return `\ufeff${text.replace(/\n/g, '\r\n')}`;
}

/** Zips a folder under one top folder: fflate, deflate level 9, UTF-8 names flagged as such. */
export function zipFolder(folder: string, zipPath: string, topFolder: string): number {
  const files: Zippable = {};
  const mtime = new Date();
  for (const path of listFiles(folder))
    files[`${topFolder}/${path}`] = [readFileSync(join(folder, path)), { level: 9, mtime }];
  const zipped = zipSync(files);
  write(zipPath, zipped);
  return zipped.length;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [dist = 'dist', out = 'dist-file'] = process.argv.slice(2);
  const base = (process.env['SITE_BASE'] ?? '/').replace(/^\/?/, '/').replace(/\/?$/, '/');
  const date = new Date().toISOString().slice(0, 10).replaceAll('-', '');
  const summary = await writeFileEdition({ dist, out, base, date });
  console.log(
    `本机版已写入 ${out}/：${summary.pages} 个页面，${summary.pageBundles} 个页面脚本，${summary.modules} 个模块，${summary.dataScripts} 个数据脚本，共 ${summary.files} 个文件（${(summary.bytes / 1024 / 1024).toFixed(1)} MB）。`,
  );
}
