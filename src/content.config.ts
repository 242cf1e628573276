import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { caseSchema } from './schemas/case';
import { glossarySchema } from './schemas/glossary';
import { methodSchema } from './schemas/method';
import { placeSchema } from './schemas/place';
import { readingSchema } from './schemas/reading';
import { sourceSchema } from './schemas/source';
import { themeSchema } from './schemas/theme';

// Content lives in the top-level content/ so authors never touch code.
const root = 'content';

export const collections = {
  methods: defineCollection({ loader: glob({ base: `${root}/methods`, pattern: '*.mdx' }), schema: methodSchema }),
  cases: defineCollection({ loader: glob({ base: `${root}/cases`, pattern: '*.mdx' }), schema: caseSchema }),
  glossary: defineCollection({ loader: glob({ base: `${root}/glossary`, pattern: '*.yaml' }), schema: glossarySchema }),
  readings: defineCollection({ loader: glob({ base: `${root}/readings`, pattern: '*.mdx' }), schema: readingSchema }),
  sources: defineCollection({ loader: file(`${root}/sources.yaml`), schema: sourceSchema }),
  places: defineCollection({ loader: file(`${root}/places.yaml`), schema: placeSchema }),
  themes: defineCollection({ loader: file(`${root}/themes.yaml`), schema: themeSchema }),
};
