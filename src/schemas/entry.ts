import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { citationSchema } from './citation';
import { figureSchema } from './figure';
import { gapSchema } from './gap';
import { problemsSchema } from './problem';

/** Fields every article (method or case) shares. The schema is the content author's manual. */
export const articleBaseSchema = z.strictObject({
  /** The title shown on the page, in Chinese, e.g. `杏北社区“3456”工作法`. */
  title: z.string().min(2),
  /** One or two sentences in the site's own words, shown in lists and search results. */
  summary: z.string().min(10).max(200),
  /**
   * 适用情形: 2–6 situations the entry answers, each in a cadre's plain words and either cited or
   * marked `editorial: true` (编者概括); shown under the summary, on cards and on /problems/.
   * In the frontmatter, written directly before `sources`.
   */
  problems: problemsSchema,
  /** Other names a reader might search for, e.g. `3456工作法`. */
  aliases: z.array(z.string().min(1)).default([]),
  /** The place the entry belongs to (an id in `content/places.yaml`). */
  place: reference('places'),
  /** Themes (ids in `content/themes.yaml`). */
  themes: z.array(reference('themes')).min(1, { error: '至少指定一个主题（themes）' }),
  /** Glossary terms the entry uses (ids of files in `content/glossary/`). */
  terms: z.array(reference('glossary')).default([]),
  /** Numbers the sources give about this entry. */
  figures: z.array(figureSchema).default([]),
  /** The sources this entry draws on, with parts. At least one. */
  sources: z.array(citationSchema).min(1, { error: '至少需要一条来源引用（sources）' }),
  /** What the sources leave open (资料待补). */
  gaps: z.array(gapSchema).default([]),
});
