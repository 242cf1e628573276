import { z } from 'astro/zod';

/** A theme that gathers methods, cases and terms, e.g. 矛盾纠纷化解. */
export const themeSchema = z.strictObject({
  /** ASCII id used in URLs, e.g. `mediation`. */
  id: z.string().regex(/^[a-z0-9-]+$/, { error: 'id 只能用小写字母、数字和连字符' }),
  /** The theme's name, e.g. `矛盾纠纷化解`. */
  name: z.string().min(1),
  /** What the theme covers, in the site's own words (editorial, not a fact from a source). */
  description: z.string().min(4),
});
