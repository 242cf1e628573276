import type { APIRoute } from 'astro';
import { TYPE_LABEL } from '~/lib/collections';
import { entryTitle, loadLibrary, type AnyEntry } from '~/lib/library/library';
import { INDEXED_COLLECTIONS } from '~/search/indexed';
import { buildSearchLexicon } from '~/search/lexicon-build';
import { readSearchVocabulary } from '~/search/vocabulary-files';
import { entryPath, withBase } from '~/lib/urls';

/**
 * The lexicon search reads queries with (src/search/lexicon-build.ts): loaded with Pagefind when
 * a reader first searches, cached for offline use like every file.
 */
export const GET: APIRoute = async () => {
  const library = await loadLibrary();
  // Exactly the pages Pagefind indexes.
  const indexed = INDEXED_COLLECTIONS.flatMap((collection): AnyEntry[] => library[collection]);
  const entries = indexed.map((entry) => {
    const data = entry.data as { aliases?: string[]; place?: { id: string } };
    return {
      url: withBase(entryPath(entry.collection, entry.id)),
      title: entryTitle(entry),
      aliases: data.aliases ?? [],
      type: TYPE_LABEL[entry.collection],
      place: data.place ? (library.placeChain(data.place.id).at(-1)?.name ?? '') : '',
      isTerm: entry.collection === 'glossary',
    };
  });
  const text = [...indexed, ...library.places, ...library.themes]
    .map((entry) => `${JSON.stringify(entry.data)}${entry.body ?? ''}`)
    .join('');
  const lexicon = buildSearchLexicon({
    pageCount: indexed.length,
    entries,
    extraWords: library.places.map((place) => place.data.name),
    vocabulary: readSearchVocabulary(),
    text,
  });
  return new Response(JSON.stringify(lexicon), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
