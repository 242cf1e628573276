import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ELEMENT_NODE, TEXT_NODE, parse, type Node } from 'ultrahtml';
import { DEFAULT_DIST, decodeEntities, fileForPath } from '../../scripts/dist-checks/load-built-pages.ts';

/**
 * The text each page of the sitemap offers to search, read from the built HTML as Pagefind reads
 * it: the element marked data-pagefind-body, without the parts marked data-pagefind-ignore.
 * Pages without a body mark (not indexed) are left out.
 */
export function indexedTexts(dist: string = DEFAULT_DIST): Map<string, string> {
  const sitemap = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
  const texts = new Map<string, string>();
  for (const [, loc] of sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)) {
    const path = new URL(loc ?? '').pathname;
    const file = fileForPath(dist, path);
    if (!file) throw new Error(`${path} is in the sitemap but not in ${dist}`);
    const body = findBody(parse(readFileSync(file, 'utf8')));
    if (body) texts.set(path, textOf(body));
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

function textOf(node: Node): string {
  if (node.type === TEXT_NODE) return decodeEntities(String(node.value));
  if (node.type === ELEMENT_NODE && ('data-pagefind-ignore' in node.attributes || node.name === 'script' || node.name === 'style')) return '';
  return (node.children ?? []).map(textOf).join('');
}
