import { z } from 'astro/zod';

/** One stop on a reading path: an entry, and why a learner should read it. */
export const readingItemSchema = z.strictObject({
  /** The entry, as `collection/id`, e.g. `methods/xingbei-3456`; checked at build time. */
  entry: z
    .string()
    .regex(/^(methods|cases|glossary)\/[a-z0-9-]+$/, { error: 'entry 应写成“集合/id”，例如 methods/xingbei-3456' }),
  /** Why read it at this point of the path (editorial). */
  why: z.string().min(4),
  /** What to look for while reading (editorial). */
  lookFor: z.string().optional(),
});

/** A curated reading path (学习路径) for a class. Everything in it is editorial, and labelled so. */
export const readingSchema = z.strictObject({
  /** The path's title, e.g. `矛盾纠纷化解`. */
  title: z.string().min(2),
  /** One or two sentences on what the path covers. */
  summary: z.string().min(10).max(200),
  /** Who it is for, e.g. `社区调解员、网格员`. */
  audience: z.string().min(2),
  /** What a learner should be able to do afterwards. */
  objectives: z.array(z.string().min(4)).min(1),
  /** The entries in reading order. */
  items: z.array(readingItemSchema).min(2),
  /** Questions a trainer can set after the reading (研讨题). */
  questions: z.array(z.string().min(4)).min(1),
  /** Sort order on /readings/ (smaller first). */
  order: z.number().int().default(100),
});

export type ReadingItem = z.output<typeof readingItemSchema>;
