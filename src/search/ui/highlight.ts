import { escapeRegExp } from '~/lib/escape';

/**
 * Marks the words a reader searched for (the `?hl=` parameter a search result adds: the words
 * and phrases that result matched, separated by spaces) in the page's content and scrolls to the
 * first. Each is marked whole and the longest first, so 三审三定 is one mark and its 三 are never
 * marked alone.
 */
function highlightFromUrl(): void {
  const words = (new URLSearchParams(location.search).get('hl') ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .sort((a, b) => b.length - a.length);
  const root = document.querySelector('[data-pagefind-body]') ?? document.querySelector('main');
  if (words.length === 0 || !root) return;
  const pattern = new RegExp(words.map(escapeRegExp).join('|'), 'gi');

  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest('script, style, [hidden], [data-pagefind-ignore], mark')
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
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

// Loaded only on a page opened from a search result (see search-opener.ts).
highlightFromUrl();
