import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { citationSchema } from './citation';
import { gapSchema } from './gap';

/** A term (术语) a newcomer needs explained. One YAML file per term in `content/glossary/`. */
export const glossarySchema = z.strictObject({
  /** The term as written, e.g. `三官一律`. */
  term: z.string().min(1),
  /** Other spellings and abbreviations a reader might type, e.g. `网格长`. */
  aliases: z.array(z.string().min(1)).default([]),
  /** What the sources say the term means or covers, in the site's own words. */
  definition: z.string().min(4),
  /** Where the sources use the term. At least one. */
  sources: z.array(citationSchema).min(1, { error: '至少需要一条来源引用（sources）' }),
  /**
   * 通用释义: the standard, nationally used meaning of a well-established term (两委, 12345),
   * labelled on the page as not from the sources. Only where certain; never for a local coinage.
   */
  general: z.string().optional(),
  /** Methods that explain the term at length, e.g. 三官一律 → `liuge-qilai`. */
  methods: z.array(reference('methods')).default([]),
  /** Other terms worth reading next to this one. */
  related: z.array(reference('glossary')).default([]),
  /** Themes (ids in `content/themes.yaml`). */
  themes: z.array(reference('themes')).default([]),
  /** What the sources leave open about the term (资料待补), e.g. what the 八个更加 are. */
  gaps: z.array(gapSchema).default([]),
});
