import { escapeRegExp } from '~/lib/escape';
import { querySegments } from '~/lib/search-ranking';

/**
 * Marks the words a reader searched for (the `?hl=` parameter a search result adds) in the
 * page's content and scrolls to the first. The whole phrase is marked where it occurs; otherwise
 * each of its words.
 */
export function highlightFromUrl(): void {
  const query = new URLSearchParams(location.search).get('hl')?.trim();
  const root = document.querySelector('[data-pagefind-body]') ?? document.querySelector('main');
  if (!query || !root) return;
  const phraseFound = root.textContent?.includes(query) ?? false;
  const words = phraseFound ? [query] : querySegments(query);
  if (words.length === 0) return;
  const pattern = new RegExp(words.map(escapeRegExp).join('|'), 'gi');

  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest('script, style, [hidden], [data-pagefind-ignore], mark') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);

  for (const node of nodes) {
    const text = node.data;
    pattern.lastIndex = 0;
    if (!pattern.test(text)) continue;
    pattern.lastIndex = 0;
    const fragment = document.createDocumentFragment();
    let last = 0;
    for (const match of text.matchAll(pattern)) {
      fragment.append(text.slice(last, match.index));
      const mark = document.createElement('mark');
      mark.className = 'search-hit';
      mark.textContent = match[0];
      fragment.append(mark);
      last = match.index + match[0].length;
    }
    fragment.append(text.slice(last));
    node.replaceWith(fragment);
  }
  document.querySelector('mark.search-hit')?.scrollIntoView({ block: 'center' });
}
