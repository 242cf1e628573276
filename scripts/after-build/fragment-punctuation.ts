import { fragmentPages, writeFragment, type FragmentFile } from './pagefind-pages.ts';

/**
 * Pagefind ends each block (a heading, a paragraph, a list item) with ". " when its last
 * character is a letter — and a Chinese character counts as one — so an excerpt read
 * “来源中的含义. 永济在…”. After a Chinese character or a number, and before a Chinese one, the
 * full stop is Chinese (。); the space stays, so every word keeps its place and the highlights
 * Pagefind computes from word positions still fall on the right words. Pagefind's content puts
 * a zero-width space between the words it segmented, which may sit on either side of the mark.
 */
const JOINED = /(?<=[\p{Script=Han}\d]\u200b?)\.(?=\u200b?\s\u200b?[\p{Script=Han}“‘《（])/gu;

/** A fragment's text with Chinese phrases joined by 。 instead of ". ". */
export function chineseStops(content: string): string {
  return content.replace(JOINED, '。');
}

/** Rewrites the fragments whose text joins Chinese phrases with ". "; returns how many it wrote. */
export async function punctuateFragments(fragments: FragmentFile[]): Promise<number> {
  const changed = fragments.filter((file) => {
    let edited = false;
    for (const [, fragment] of fragmentPages(file)) {
      const content = chineseStops(fragment.content);
      if (content !== fragment.content) [fragment.content, edited] = [content, true];
    }
    return edited;
  });
  await Promise.all(changed.map(writeFragment));
  return changed.length;
}
