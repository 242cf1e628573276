import { z } from 'astro/zod';
import { citationSchema } from './citation';

/**
 * Something the sources name but do not describe (资料待补).
 * Shown on the entry's page and gathered on /gaps/; never filled in by guesswork.
 */
export const gapSchema = z.strictObject({
  /** What is missing, as a short heading, e.g. `“七字诀”的七个字`. */
  topic: z.string().min(2),
  /** What the sources do say, and exactly what they leave open. */
  detail: z.string().min(2),
  /** Where the sources mention the thing without describing it. */
  cite: citationSchema.optional(),
});

export type Gap = z.output<typeof gapSchema>;
