// Reading the built site (dist/): which pages it has, the URL path each is served at, and each
// page parsed once into its elements and ids. Every check in this folder reads the build through
// this file, and a page parsed for one check is not parsed again for the next.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ELEMENT_NODE, TEXT_NODE, parse, walkSync, type Node } from 'ultrahtml';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The build to check: dist/, or the folder in DIST_DIR (e.g. a build made elsewhere). */
export const DEFAULT_DIST = process.env['DIST_DIR'] ? resolve(process.env['DIST_DIR']) : join(ROOT, 'dist');

export interface Element {
  name: string;
  attributes: Record<string, string>;
  /** Names of the enclosing elements, nearest first. */
  ancestors: string[];
  /** The element's own text (not its descendants'), entities decoded. */
  text: string;
}

export interface Page {
  file: string;
  path: string;
  html: string;
  elements: Element[];
  ids: Set<string>;
}

/** Throws a message saying what to do when there is no build to check. */
export function requireDist(dist: string = DEFAULT_DIST): string {
  if (!existsSync(join(dist, 'index.html'))) {
    throw new Error(`No build to check: ${join(dist, 'index.html')} does not exist. Run \`npm run build\` first.`);
  }
  return dist;
}

/** Every .html file in the build, as paths relative to it with forward slashes, sorted. */
export function htmlFiles(dist: string = DEFAULT_DIST): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
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
export function pagePath(file: string): string {
  return file === 'index.html' ? '/' : file.endsWith('/index.html') ? `/${file.slice(0, -'index.html'.length)}` : `/${file}`;
}

/** The file a URL path is served from, or undefined when there is none. Directories serve index.html. */
export function fileForPath(dist: string, path: string): string | undefined {
  let decoded: string;
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

/** The path of a file in the build relative to it, with forward slashes (the form loadPage takes). */
export function buildRelative(dist: string, file: string): string {
  return relative(dist, file).split(sep).join('/');
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the character references Astro writes into text and attribute values (ultrahtml keeps them raw). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (match, ref: string) => {
    if (ref[0] === '#') return String.fromCodePoint(ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1)));
    return ENTITIES[ref.toLowerCase()] ?? match;
  });
}

/** decodeURIComponent that leaves text it cannot decode as it is. */
export function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

const pageCache = new Map<string, Page>();

/** Parses a built page with ultrahtml: its elements (attributes decoded, with ancestor names) and ids. */
export function loadPage(dist: string, file: string): Page {
  const key = join(dist, file);
  const cached = pageCache.get(key);
  if (cached) return cached;
  const html = readFileSync(key, 'utf8');
  const elements: Element[] = [];
  const ids = new Set<string>();
  walkSync(parse(html), (node: Node) => {
    if (node.type !== ELEMENT_NODE) return;
    const attributes: Record<string, string> = {};
    for (const [name, value] of Object.entries(node.attributes ?? {})) attributes[name.toLowerCase()] = decodeEntities(String(value));
    const ancestors: string[] = [];
    for (let parent = node.parent; parent && parent.type === ELEMENT_NODE; parent = parent.parent) ancestors.push(parent.name);
    const text = decodeEntities(
      ((node.children ?? []) as Node[])
        .filter((child) => child.type === TEXT_NODE)
        .map((child) => child.value)
        .join(''),
    );
    const element: Element = { name: node.name.toLowerCase(), attributes, ancestors, text };
    elements.push(element);
    if (attributes['id']) ids.add(attributes['id']);
    // An <a name> is an anchor target too.
    if (element.name === 'a' && attributes['name']) ids.add(attributes['name']);
  });
  const page: Page = { file, path: pagePath(file), html, elements, ids };
  pageCache.set(key, page);
  return page;
}

/**
 * The text of a parsed node and everything in it, entities decoded, as a reader sees it:
 * scripts, styles and the elements `skip` names are left out.
 */
export function textContent(node: Node, skip: (element: Node) => boolean = () => false): string {
  if (node.type === TEXT_NODE) return decodeEntities(String(node.value));
  if (node.type === ELEMENT_NODE && (node.name === 'script' || node.name === 'style' || skip(node))) return '';
  return ((node.children ?? []) as Node[]).map((child) => textContent(child, skip)).join('');
}

/** The tokens of an element's rel attribute, lower-cased. */
export function relTokens(element: Element): string[] {
  return (element.attributes['rel'] ?? '').toLowerCase().split(/\s+/).filter(Boolean);
}

/** True for a page marked `<meta name="robots" content="noindex">` (404, offline): it stands for no address of its own. */
export function isNoindex(page: Page): boolean {
  return page.elements.some((e) => e.name === 'meta' && e.attributes['name']?.toLowerCase() === 'robots' && /\bnoindex\b/i.test(e.attributes['content'] ?? ''));
}

/** The site's own origin, from the home page's canonical link (the `site` the build was made with). */
export function siteOrigin(dist: string = DEFAULT_DIST): string | undefined {
  const canonical = loadPage(dist, 'index.html').elements.find((e) => e.name === 'link' && relTokens(e).includes('canonical'));
  return canonical?.attributes['href'] ? new URL(canonical.attributes['href']).origin : undefined;
}
