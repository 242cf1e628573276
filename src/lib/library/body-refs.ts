/** A component use found in an MDX body: a citation, a quotation or a link to an entry. */
export interface BodyRef {
  component: 'Cite' | 'Quote' | 'EntryLink';
  attributes: Record<string, string>;
  /** 1-based line in the body, for error messages. */
  line: number;
}

const TAG = /<(Cite|Quote|EntryLink)\b([^>]*?)\/?>/g;
const ATTRIBUTE = /([A-Za-z]+)\s*=\s*"([^"]*)"/g;

/**
 * Finds the `<Cite>`, `<Quote>` and `<EntryLink>` tags in an MDX body, so references in prose
 * are checked at build time like references in frontmatter.
 */
export function findBodyRefs(body: string): BodyRef[] {
  const refs: BodyRef[] = [];
  for (const match of body.matchAll(TAG)) {
    const attributes: Record<string, string> = {};
    for (const [, name, value] of (match[2] ?? '').matchAll(ATTRIBUTE)) {
      if (name !== undefined && value !== undefined) attributes[name] = value;
    }
    const line = body.slice(0, match.index).split('\n').length;
    refs.push({ component: match[1] as BodyRef['component'], attributes, line });
  }
  return refs;
}
