import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { inChinese } from './lib/library/schema-errors';
import { caseSchema } from './schemas/case';
import { glossarySchema } from './schemas/glossary';
import { methodSchema } from './schemas/method';
import { placeSchema } from './schemas/place';
import { readingSchema } from './schemas/reading';
import { sourceSchema } from './schemas/source';
import { themeSchema } from './schemas/theme';

// Content lives in the top-level content/ so authors never touch code. Each schema is parsed with
// Chinese error messages (src/lib/library/schema-errors.ts).
const root = 'content';

export const collections = {
  methods: defineCollection({
    loader: glob({ base: `${root}/methods`, pattern: '*.mdx' }),
    schema: inChinese(methodSchema),
  }),
  cases: defineCollection({ loader: glob({ base: `${root}/cases`, pattern: '*.mdx' }), schema: inChinese(caseSchema) }),
  glossary: defineCollection({
    loader: glob({ base: `${root}/glossary`, pattern: '*.yaml' }),
    schema: inChinese(glossarySchema),
  }),
  readings: defineCollection({
    loader: glob({ base: `${root}/readings`, pattern: '*.mdx' }),
    schema: inChinese(readingSchema),
  }),
  sources: defineCollection({ loader: file(`${root}/sources.yaml`), schema: inChinese(sourceSchema) }),
  places: defineCollection({ loader: file(`${root}/places.yaml`), schema: inChinese(placeSchema) }),
  themes: defineCollection({ loader: file(`${root}/themes.yaml`), schema: inChinese(themeSchema) }),
};
