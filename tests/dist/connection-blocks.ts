import { ELEMENT_NODE, parse, walkSync, type Node } from 'ultrahtml';

/** Where an entry lives, from a link: `/methods/xingbei-3456/` → `methods/xingbei-3456` (any base path before it). */
const ENTRY_LINK = /\/(methods|cases|glossary|readings)\/([^/#?]+)\/(?:[#?].*)?$/;

/**
 * The entry links in each list of an entry page's connections block (`[data-connections]`):
 * one array per `<section>`, named by its heading, in page order.
 */
export function connectionBlocks(html: string): { heading: string; entries: string[] }[] {
  const blocks: { heading: string; entries: string[] }[] = [];
  let container: Node | undefined;
  walkSync(parse(html), (node) => {
    if (node.type === ELEMENT_NODE && node.attributes && 'data-connections' in node.attributes) container ??= node;
  });
  if (!container) return blocks;
  walkSync(container, (node) => {
    if (node.type !== ELEMENT_NODE || node.name !== 'section') return;
    const block = { heading: '', entries: [] as string[] };
    walkSync(node, (inner) => {
      if (inner.type !== ELEMENT_NODE) return;
      if (/^h[1-6]$/.test(inner.name) && !block.heading) block.heading = textOf(inner);
      const match = inner.name === 'a' ? ENTRY_LINK.exec(String(inner.attributes?.['href'] ?? '')) : null;
      if (match) block.entries.push(`${match[1]}/${match[2]}`);
    });
    blocks.push(block);
  });
  return blocks;
}

/** Each way a page breaks the rule “every entry once, in one list”: a link repeated in a list, or an entry in two lists. */
export function duplicateConnections(html: string): string[] {
  const problems: string[] = [];
  const listedIn = new Map<string, string>();
  for (const { heading, entries } of connectionBlocks(html)) {
    const seen = new Set<string>();
    for (const entry of entries) {
      if (seen.has(entry)) problems.push(`${entry} twice in “${heading}”`);
      else if (listedIn.has(entry)) problems.push(`${entry} in both “${listedIn.get(entry)}” and “${heading}”`);
      seen.add(entry);
      if (!listedIn.has(entry)) listedIn.set(entry, heading);
    }
  }
  return problems;
}

function textOf(node: Node): string {
  let text = '';
  walkSync(node, (inner) => {
    if (inner.type !== ELEMENT_NODE && typeof inner.value === 'string') text += inner.value;
  });
  return text.trim();
}
