// A stand-in for `astro:content` in unit tests: `reference()` behaves as Astro's does for a
// plain id (it becomes { id, collection }); existence is checked by src/lib/library/integrity.ts.
import { z } from 'astro/zod';

export function reference(collection: string) {
  return z.string().transform((id) => ({ id, collection }));
}

export function defineCollection<T>(config: T): T {
  return config;
}
