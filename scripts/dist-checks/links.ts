// Links and anchors: every URL in every built page, internal ones followed to their file and
// #fragment, external ones held to the sources' own addresses.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  DEFAULT_DIST,
  ROOT,
  buildRelative,
  decodeURIComponentSafe,
  fileForPath,
  htmlFiles,
  loadPage,
  relTokens,
  siteOrigin,
  type Element,
  type Page,
} from './load-built-pages.ts';

export interface ExternalLink {
  page: string;
  url: string;
  rel: string;
  text: string;
}

export interface LinkReport {
  /** Internal links that do not resolve to a file, or whose #fragment names no element. */
  problems: string[];
  /** External links to URLs not in content/sources.yaml, or without rel nofollow/noreferrer. */
  externalProblems: string[];
  external: ExternalLink[];
  checked: number;
}

/** The external URLs the site may link to: the `url` of each source in content/sources.yaml. */
export function allowedExternalUrls(root: string = ROOT): string[] {
  const yaml = readFileSync(join(root, 'content/sources.yaml'), 'utf8');
  return [...yaml.matchAll(/^\s+url:\s*(\S+)\s*$/gm)]
    .map(([, url]) => (url ?? '').replace(/^["']|["']$/g, ''))
    .filter((url) => url !== 'null' && url !== '~' && url !== '');
}

/** Which attributes of which elements hold a URL the browser follows or loads. */
const URL_ATTRIBUTES: Record<string, string[]> = {
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
export function pageUrls(page: Page): { element: Element; attribute: string; url: string }[] {
  const urls: { element: Element; attribute: string; url: string }[] = [];
  for (const element of page.elements) {
    for (const attribute of URL_ATTRIBUTES[element.name] ?? []) {
      const value = element.attributes[attribute];
      if (value === undefined) continue;
      const values = attribute === 'srcset' ? value.split(',').map((c) => c.trim().split(/\s+/)[0] ?? '') : [value.trim()];
      for (const url of values) urls.push({ element, attribute, url });
    }
    const property = element.attributes['property'] ?? '';
    if (element.name === 'meta' && ['og:url', 'og:image'].includes(property)) {
      urls.push({ element, attribute: `content (${property})`, url: (element.attributes['content'] ?? '').trim() });
    }
  }
  return urls;
}

/**
 * Follows every URL in every page of the build. Internal URLs (root-relative, relative, or on the
 * site's own origin) must resolve to a file in dist/ (a directory to its index.html), and their
 * #fragment to an element id in the target page. External http(s) URLs may only point at an
 * allowed URL, from an <a> whose rel has nofollow or noreferrer. Returns the problems with
 * internal links, the problems with external ones, and the list of external links.
 */
export function checkLinks(
  dist: string = DEFAULT_DIST,
  { allowed = allowedExternalUrls(), origin = siteOrigin(dist) }: { allowed?: string[]; origin?: string | undefined } = {},
): LinkReport {
  const problems: string[] = [];
  const externalProblems: string[] = [];
  const external: ExternalLink[] = [];
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
      let target: URL;
      try {
        target = new URL(url, base);
      } catch {
        problems.push(`${where} is not a valid URL`);
        continue;
      }
      if (target.origin !== new URL(base).origin) {
        const rel = element.attributes['rel'] ?? '';
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
      const targetPage = loadPage(dist, buildRelative(dist, targetFile));
      const id = decodeURIComponentSafe(fragment);
      if (!targetPage.ids.has(id)) problems.push(`${where}: ${targetPage.path} has no element with id "${id}"`);
    }
  }
  return { problems, externalProblems, external, checked };
}
