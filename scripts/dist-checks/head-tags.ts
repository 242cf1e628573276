// Head tags: the language, the title, the description and the Open Graph and canonical tags of
// every built page.
import { DEFAULT_DIST, decodeURIComponentSafe, htmlFiles, isNoindex, loadPage, relTokens, type Element } from './load-built-pages.ts';

/**
 * Every page: lang="zh-CN"; exactly one <title> (in <head>, not empty); one meta description,
 * og:title and og:description, none empty. Every indexable page also has one canonical link and
 * og:url, both its own address; a noindex page (404, offline) has neither, since it stands for
 * no address. <title> inside inline SVG is an SVG element and is not counted.
 */
export function checkHead(dist: string = DEFAULT_DIST): string[] {
  const problems: string[] = [];
  for (const file of htmlFiles(dist)) {
    const page = loadPage(dist, file);
    const at = (message: string) => problems.push(`${page.path}: ${message}`);
    const html = page.elements.find((e) => e.name === 'html');
    if (html?.attributes['lang'] !== 'zh-CN') at(`<html lang> is "${html?.attributes['lang'] ?? '(none)'}", not "zh-CN"`);

    const titles = page.elements.filter((e) => e.name === 'title' && !e.ancestors.includes('svg'));
    if (titles.length !== 1) at(`has ${titles.length} <title> elements, not exactly 1`);
    else if (!titles[0]?.ancestors.includes('head')) at('<title> is not in <head>');
    else if (!titles[0]?.text.trim()) at('<title> is empty');

    const exactlyOne = (label: string, matches: (e: Element) => boolean, value: (e: Element) => string) => {
      const found = page.elements.filter(matches);
      const [only] = found;
      if (found.length !== 1 || !only) {
        at(`has ${found.length} ${label}, not exactly 1`);
        return undefined;
      }
      if (!value(only).trim()) at(`${label} is empty`);
      return value(only).trim();
    };
    const meta = (attribute: string, name: string) => (e: Element) => e.name === 'meta' && e.attributes[attribute] === name && e.ancestors.includes('head');
    const content = (e: Element) => e.attributes['content'] ?? '';
    exactlyOne('<meta name="description">', meta('name', 'description'), content);
    exactlyOne('<meta property="og:title">', meta('property', 'og:title'), content);
    exactlyOne('<meta property="og:description">', meta('property', 'og:description'), content);
    const isCanonical = (e: Element) => e.name === 'link' && relTokens(e).includes('canonical');
    if (isNoindex(page)) {
      if (page.elements.some(isCanonical)) at('is noindex but has a canonical link');
      if (page.elements.some(meta('property', 'og:url'))) at('is noindex but has og:url');
      continue;
    }
    const canonical = exactlyOne('<link rel="canonical">', isCanonical, (e) => e.attributes['href'] ?? '');
    const ogUrl = exactlyOne('<meta property="og:url">', meta('property', 'og:url'), content);

    if (canonical) {
      let url: URL | undefined;
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
