import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { articleBaseSchema } from './entry';

/** A case applies a method, optionally naming which of the method's parts. */
export const appliedMethodSchema = z.strictObject({
  /** The method's id. */
  method: reference('methods'),
  /** Which named part of it, e.g. `矛盾调处`; must be a part in the method's `structure`. */
  part: z.string().optional(),
});

/** A case study (案例): a place and what was done there. */
export const caseSchema = articleBaseSchema.extend({
  /** When it happened, as far as the sources say, e.g. `2025年5月`; omit when not stated. */
  period: z.string().optional(),
  /** Who acted, as the sources name them, e.g. `城东街道杏北社区党总支`. */
  actors: z.array(z.string().min(1)).min(1, { error: '至少写出一个实施主体（actors）' }),
  /** Methods this case applies. */
  methods: z.array(appliedMethodSchema).default([]),
  /** Show on the home page. */
  featured: z.boolean().default(false),
  /** Other cases worth reading next to this one. */
  related: z.array(reference('cases')).default([]),
});
