import { readFileSync } from 'node:fs';
import { ELEMENT_NODE, parse, type Node } from 'ultrahtml';
import { DEFAULT_DIST, fileForPath, textContent } from '../../scripts/dist-checks/load-built-pages.ts';
import { sitemapPaths } from '../../scripts/dist-checks/sitemap.ts';

/**
 * The text each page of the sitemap offers to search, read from the built HTML as Pagefind reads
 * it: the element marked data-pagefind-body, without the parts marked data-pagefind-ignore.
 * Pages without a body mark (not indexed) are left out.
 */
export function indexedTexts(dist: string = DEFAULT_DIST): Map<string, string> {
  const texts = new Map<string, string>();
  for (const path of sitemapPaths(dist)) {
    const file = fileForPath(dist, path);
    if (!file) throw new Error(`${path} is in the sitemap but not in ${dist}`);
    const body = findBody(parse(readFileSync(file, 'utf8')));
    if (body)
      texts.set(
        path,
        textContent(body, (element) => 'data-pagefind-ignore' in element.attributes),
      );
  }
  return texts;
}

function findBody(node: Node): Node | undefined {
  if (node.type === ELEMENT_NODE && 'data-pagefind-body' in node.attributes) return node;
  for (const child of node.children ?? []) {
    const found = findBody(child);
    if (found) return found;
  }
  return undefined;
}
