/**
 * Pure helpers for the file edition: the built site as a folder that opens from disk (file://),
 * where a root-absolute link such as `/methods/x/` would point at the root of the disk and a
 * folder URL would show a directory listing instead of its index.html.
 *
 * Used at build time by scripts/file-edition.ts (to rewrite every page) and, bundled into the
 * edition's runtime, in the browser (for URLs that page scripts make, e.g. search results).
 * No DOM, no Node APIs, no imports: both sides load this file as it is.
 */

/** The file a site path is answered with, as a static server does: a folder's index.html. */
export function fileOfSitePath(path: string): string {
  if (path === '' || path.endsWith('/')) return `${path}index.html`;
  const last = path.slice(path.lastIndexOf('/') + 1);
  return last.includes('.') ? path : `${path}/index.html`;
}

/** The relative URL from one file of the edition to another: `methods/a/index.html` → `../../cases/b/index.html`. */
export function relativeFile(fromFile: string, toFile: string): string {
  const from = fromFile.split('/').slice(0, -1);
  const to = toFile.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return '../'.repeat(from.length - common) + to.slice(common).join('/');
}

/** Stands in for the site's origin when resolving a URL written in a page; never requested. */
const SITE_ORIGIN = 'http://site.invalid';

/**
 * Where `url`, written in the page stored at `pageFile`, points in the file edition: a URL
 * relative to that page that names the file, with its query string and #anchor kept. Undefined
 * when there is nothing to change: an anchor or query on the same page, another scheme or host,
 * or a path outside the site's base.
 */
export function localHref(url: string, pageFile: string, base: string): string | undefined {
  const written = url.trim();
  if (written === '' || written.startsWith('#') || written.startsWith('?') || written.startsWith('//'))
    return undefined;
  if (/^[a-z][a-z\d+.-]*:/i.test(written)) return undefined;
  const resolved = new URL(written, `${SITE_ORIGIN}${base}${pageFile}`);
  if (resolved.origin !== SITE_ORIGIN || !resolved.pathname.startsWith(base)) return undefined;
  const file = fileOfSitePath(resolved.pathname.slice(base.length));
  return `${relativeFile(pageFile, file)}${resolved.search}${resolved.hash}`;
}

/** Each URL of a `srcset` list (`a.png 1x, b.png 2x`) passed through `map`, descriptors kept. */
export function mapSrcset(srcset: string, map: (url: string) => string): string {
  return srcset
    .split(',')
    .map((candidate) => candidate.replace(/^(\s*)(\S+)/, (_, space: string, url: string) => `${space}${map(url)}`))
    .join(',');
}

/**
 * The site path (relative to the base, e.g. `methods/x/`) that a URL the browser resolved in the
 * file edition stands for, or undefined when it is not one of the site's. `root` is the folder
 * URL of the edition (`file:///D:/方法库/site/`). A URL inside that folder names its file; one
 * outside it is a root-absolute site link resolved against the disk: `/methods/x/` becomes
 * `file:///methods/x/`, or `file:///D:/methods/x/` on Windows, which keeps the drive letter.
 * (Served over http, the same holds with the server's root in place of the disk's.)
 */
export function sitePathOfUrl(url: URL, root: URL, base: string): string | undefined {
  if (url.protocol !== root.protocol) return undefined;
  let path: string;
  if (url.host === root.host && url.pathname.startsWith(root.pathname)) {
    path = url.pathname.slice(root.pathname.length);
  } else {
    if (url.protocol !== 'file:' && url.host !== root.host) return undefined;
    const fromRoot = url.protocol === 'file:' ? url.pathname.replace(/^\/[A-Za-z]:(?=\/)/, '') : url.pathname;
    if (!fromRoot.startsWith(base)) return undefined;
    path = fromRoot.slice(base.length);
  }
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/** The hashes of the inline code a page of the edition still has, as CSP sources (`'sha256-…'`). */
export interface InlineHashes {
  scripts: string[];
  styles: string[];
}

/**
 * The policy of a page's Content-Security-Policy meta tag for the file edition: the same rules,
 * with `file:` allowed wherever `'self'` is. Chromium already counts the page's own folder as
 * 'self' on file://; the explicit `file:` keeps that true in browsers that treat a file page's
 * origin as opaque. No host, scheme or inline code is added, so nothing can reach a network.
 *
 * The build hashes each script of the page, module files included; the edition's scripts are
 * all classic files, so script-src lists only the page's remaining inline scripts. Style hashes
 * stay as the build wrote them, plus any inline style of the page they lack.
 */
export function fileEditionCsp(policy: string, inline: InlineHashes): string {
  return policy
    .split(';')
    .map((directive) => {
      let out = directive;
      if (/(^|\s)'self'(\s|$)/.test(out) && !/(^|\s)file:(\s|$)/.test(out)) out = out.replace(/'self'/, "'self' file:");
      const name = /^\s*([a-z-]+)/.exec(out)?.[1];
      if (name === 'script-src')
        out = `${out.replace(/\s+'sha(256|384|512)-[^']*'/g, '')}${inline.scripts.map((hash) => ` ${hash}`).join('')}`;
      if (name === 'style-src')
        out += inline.styles
          .filter((hash) => !out.includes(hash))
          .map((hash) => ` ${hash}`)
          .join('');
      return out;
    })
    .join(';');
}

/** A start tag as the HTML scanner sees it: name in lower case, attribute values decoded. */
export interface Tag {
  name: string;
  attributes: Map<string, string>;
  /** The raw text of a script or style element, between its start and end tags. */
  text?: string;
}

/**
 * What to do with a tag: change or remove attributes (null removes), or replace the whole
 * element (for script and style, start tag to end tag; for any other, the start tag alone).
 */
export type TagEdit = { set: Record<string, string | null> } | { replace: string };

const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);
const TAG =
  /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<!?[a-zA-Z][^\s/>]*(?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?|\s*\/)*\s*>/g;
const ATTRIBUTE = /(\s+)([^\s"'>/=]+)(?:(\s*=\s*)("[^"]*"|'[^']*'|[^\s"'=<>`]+))?/g;

function decodeEntities(value: string): string {
  return value.replace(/&(#x[\da-f]+|#\d+|amp|quot|apos|lt|gt|nbsp);/gi, (entity, code: string) => {
    const lower = code.toLowerCase();
    if (lower.startsWith('#x')) return String.fromCodePoint(parseInt(lower.slice(2), 16));
    if (lower.startsWith('#')) return String.fromCodePoint(parseInt(lower.slice(1), 10));
    return { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: '\u00a0' }[lower] ?? entity;
  });
}

/** An attribute value written in double quotes. */
export function quoteAttribute(value: string): string {
  return `"${value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`;
}

/**
 * Edits an HTML document tag by tag: `edit` sees each start tag (with the text of script and
 * style elements) and may change it. Comments and the content of script, style, textarea and
 * title are never read as markup, and everything not edited is kept byte for byte.
 */
export function editTags(html: string, edit: (tag: Tag) => TagEdit | undefined): string {
  let out = '';
  let kept = 0;
  TAG.lastIndex = 0;
  for (let match = TAG.exec(html); match; match = TAG.exec(html)) {
    const raw = match[0];
    if (raw.startsWith('<!')) continue;
    const start = match.index;
    const name = (/^<([^\s/>]+)/.exec(raw)?.[1] ?? '').toLowerCase();
    const attributes = new Map<string, string>();
    const spans: { name: string; start: number; end: number }[] = [];
    const inner = raw.slice(1 + name.length);
    ATTRIBUTE.lastIndex = 0;
    for (let a = ATTRIBUTE.exec(inner); a; a = ATTRIBUTE.exec(inner)) {
      const attrName = (a[2] ?? '').toLowerCase();
      if (attributes.has(attrName)) continue; // as in browsers, the first of a duplicate wins
      const value = a[4] ?? '';
      attributes.set(attrName, decodeEntities(/^["']/.test(value) ? value.slice(1, -1) : value));
      spans.push({ name: attrName, start: a.index + (a[1] ?? '').length, end: a.index + a[0].length });
    }
    let end = start + raw.length;
    let text: string | undefined;
    if (RAW_TEXT.has(name)) {
      const close = new RegExp(`</${name}\\s*>`, 'ig');
      close.lastIndex = end;
      const found = close.exec(html);
      const contentEnd = found ? found.index : html.length;
      if (name === 'script' || name === 'style') text = html.slice(end, contentEnd);
      TAG.lastIndex = contentEnd;
      if (name === 'script' || name === 'style') end = found ? found.index + found[0].length : html.length;
    }
    const change = edit(text === undefined ? { name, attributes } : { name, attributes, text });
    if (!change) continue;
    let replacement: string;
    if ('replace' in change) {
      replacement = change.replace;
    } else {
      // Rewrite only the attributes that change; the rest of the tag stays as written.
      const offset = 1 + name.length;
      let tag = '';
      let at = 0;
      for (const span of spans) {
        if (!(span.name in change.set)) continue;
        const value = change.set[span.name];
        tag += inner.slice(at, span.start);
        if (value !== null && value !== undefined) tag += `${span.name}=${quoteAttribute(value)}`;
        else tag = tag.replace(/\s+$/, '');
        at = span.end;
      }
      tag += inner.slice(at);
      for (const [attrName, value] of Object.entries(change.set)) {
        if (value !== null && !attributes.has(attrName))
          tag = tag.replace(/(\s*\/?>)$/, ` ${attrName}=${quoteAttribute(value)}$1`);
      }
      replacement = raw.slice(0, offset) + tag;
      end = start + raw.length;
    }
    out += html.slice(kept, start) + replacement;
    kept = end;
  }
  return out + html.slice(kept);
}
