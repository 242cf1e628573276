import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { citationSchema } from './citation';

/** One named part of a method, e.g. 自治 inside 三治. */
export const structureItemSchema = z.strictObject({
  /** The part's name as the source gives it, e.g. `自治` or `红网格`. */
  name: z.string().min(1),
  /** A short explanation in the site's own words; omit where the source gives none. */
  note: z.string().optional(),
  /** A glossary entry that explains this part, if there is one. */
  term: reference('glossary').optional(),
});

/**
 * A named group of parts, e.g. 三治 → 自治、法治、德治.
 * When the sources name a group but not its parts (七字诀), leave `items` empty and say so in `missing`.
 */
export const structureGroupSchema = z
  .strictObject({
    /** The group's name, e.g. `三治` or `五红矩阵`. */
    name: z.string().min(1),
    /**
     * What kind of part this is in the method, in the source's own word (3456: `理念`, `机制`, `矩阵`, `目标`).
     * Where the source gives none, leave it out, or mark the editors' label `（编者概括）`.
     */
    role: z.string().optional(),
    /** The named parts, in the source's order. */
    items: z.array(structureItemSchema).default([]),
    /** Where the sources leave the parts unknown: what is missing (shown as 资料待补). */
    missing: z.string().optional(),
    /** A glossary entry for the group as a whole. */
    term: reference('glossary').optional(),
    /** Where the source names this group. */
    cite: citationSchema,
  })
  .refine((group) => group.items.length > 0 || group.missing, {
    error: '结构分组没有条目时必须用 missing 说明资料缺什么',
  });

export type StructureGroup = z.output<typeof structureGroupSchema>;
