import { reference } from 'astro:content';
import { z } from 'astro/zod';

/**
 * Where a fact comes from: a source entry and a part of it.
 * Every fact about places, people and methods carries one.
 */
export const citationSchema = z.strictObject({
  /** Id of an entry in `content/sources.yaml`, e.g. `yongji-article`. */
  source: reference('sources'),
  /** One of that source's `parts`, e.g. `§3`; checked against the source at build time. */
  part: z.string().min(1, { error: '引用需注明来源的部分（part），例如 "§3"' }),
});

export type CitationInput = z.input<typeof citationSchema>;
