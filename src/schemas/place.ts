import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { citationSchema } from './citation';

/** The kinds of place in the hierarchy, from largest to smallest. */
export const PLACE_KINDS = ['省', '地级市', '县级市', '街道', '镇', '社区', '小区', '村'] as const;

/** A place in the hierarchy 山西省 → 运城市 → 永济市 → 街道/镇 → 社区/小区/村. */
export const placeSchema = z.strictObject({
  /** ASCII id used in URLs, e.g. `xingbei`. */
  id: z.string().regex(/^[a-z0-9-]+$/, { error: 'id 只能用小写字母、数字和连字符' }),
  /** The name as the sources give it, e.g. `杏北社区`. */
  name: z.string().min(1),
  /** The kind of place. */
  kind: z.enum(PLACE_KINDS),
  /** The place it belongs to; omit only for the top of the hierarchy. */
  parent: reference('places').optional(),
  /**
   * What the sources say about where it sits, where the hierarchy is uncertain; a `kind` the
   * sources do not give is said here and marked （通用释义）, e.g. 永济市 as 县级市.
   */
  note: z.string().optional(),
  /** Where the sources name it. */
  sources: z.array(citationSchema).min(1),
});
