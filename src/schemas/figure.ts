import { z } from 'astro/zod';
import { citationSchema } from './citation';

/** A number (数字) the sources give, exactly as they give it, with what it counts. */
export const figureSchema = z.strictObject({
  /** The number as written in the source, e.g. `3164.4` or `10` — kept as text so nothing is rounded. */
  value: z.string().regex(/^\d+(\.\d+)?$/, { error: 'value 只能是数字，例如 "223" 或 "78.13"' }),
  /** The unit as the source writes it, e.g. `万元`, `%`, `个`, `人次`. */
  unit: z.string(),
  /** How the source qualifies the number: 超 (more than, placed before), 余/多 (and some, placed after). */
  qualifier: z.enum(['超', '余', '多']).optional(),
  /** What the number counts, in the site's own words, e.g. `开展全覆盖督帮检查，发现整改问题`. */
  label: z.string().min(2),
  /** When it was counted, as far as the source says, e.g. `截至2025年5月底`. Omit when unknown. */
  period: z.string().optional(),
  /** Where the source gives it. */
  cite: citationSchema,
});

export type Figure = z.output<typeof figureSchema>;
