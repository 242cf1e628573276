import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { articleBaseSchema } from './entry';
import { structureGroupSchema } from './structure';

/** A method, model, mechanism or principle (方法) named by the sources. */
export const methodSchema = articleBaseSchema.extend({
  /** One of the four core methods, shown first on the home page and in comparisons. */
  core: z.boolean().default(false),
  /** Sort order among methods (smaller first); ties sort by title. */
  order: z.number().int().default(100),
  /** Who developed or runs it, as the sources say, e.g. `杏北社区党总支`. */
  originator: z.string().optional(),
  /** When it appeared, as far as the sources say, e.g. `示范区创建以来`. */
  period: z.string().optional(),
  /** The method's named parts as data (三治 → 自治、法治、德治). */
  structure: z.array(structureGroupSchema).default([]),
  /** A larger method or model this one is a part of. */
  partOf: reference('methods').optional(),
  /** Methods this one builds on. */
  buildsOn: z.array(reference('methods')).default([]),
  /** Other methods worth reading next to this one. */
  related: z.array(reference('methods')).default([]),
});
