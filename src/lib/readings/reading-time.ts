/**
 * Reading speed for study, not skimming: about 400 Chinese characters a minute, and 200 words
 * a minute for runs of Latin letters or digits.
 */
const HAN_PER_MINUTE = 400;
const WORDS_PER_MINUTE = 200;

/** Strips MDX/Markdown syntax (tags, attributes, emphasis, list marks) so only readable text counts. */
export function readableText(mdx: string): string {
  return mdx
    .replace(/^---[\s\S]*?---/, '')
    .replace(/<[^>]*>/g, '')
    .replace(/[#*_>`|-]/g, ' ');
}

/** Minutes to read a text, at least 1: Chinese counted by character, other scripts by word. */
export function readingMinutes(text: string): number {
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  const words = text.replace(/\p{Script=Han}/gu, ' ').match(/[A-Za-z0-9]+/g)?.length ?? 0;
  return Math.max(1, Math.round(han / HAN_PER_MINUTE + words / WORDS_PER_MINUTE));
}
