import { z } from 'astro/zod';

/** A part of a source that citations point at, e.g. `§3`. */
export const sourcePartSchema = z.strictObject({
  /** What citations write, e.g. `§3` or `导语`. */
  id: z.string().min(1),
  /** The part's heading as the source gives it. */
  title: z.string().min(1),
  /** What the part covers, in the site's own words. */
  covers: z.string().optional(),
});

/** A source document. Unknown fields are `null` and shown as 未注明. */
export const sourceSchema = z.strictObject({
  /** ASCII id used in citations and the URL, e.g. `yongji-article`. */
  id: z.string().regex(/^[a-z0-9-]+$/, { error: 'id 只能用小写字母、数字和连字符' }),
  /** The title as the source gives it. */
  title: z.string().min(1),
  /** A short name used in citation marks, e.g. `永济报道`. */
  short: z.string().min(1),
  /** Authors as credited. */
  authors: z.array(z.string()).default([]),
  /** Publisher, or null where the source does not say. */
  publisher: z.string().nullable(),
  /** Date of publication as far as known, or null. */
  date: z.string().nullable(),
  /** Where it can be read, or null. */
  url: z.url().nullable(),
  /** `primary` for first-hand reporting, `secondary` for a weaker or derivative source. */
  kind: z.enum(['primary', 'secondary']),
  /** True for a reprint whose original is unknown. */
  reprint: z.boolean().default(false),
  /** Notes on reliability and how to use the source. */
  note: z.string().optional(),
  /** The parts citations may name. */
  parts: z.array(sourcePartSchema).min(1),
});
