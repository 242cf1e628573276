import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { understandQuery, prepareLexicon } from '../../src/search/query-understanding';
import { MatchTier, rankByCoverage } from '../../src/search/ranking';
import type { SearchLexicon } from '../../src/search/lexicon-build';
import { ShardedLexicon } from '../../src/search/lexicon-loader';
import { shardFile, shardLexicon, type EntryRow, type LexiconCore, type PageRow, type ShardKind, type Shards } from '../../src/search/lexicon-shards';
import { NEAR_MISSES, QUERIES, QUESTIONS, OTHER_NAMES, PINYIN, TRADITIONAL } from '../search/queries';

const read = <T>(dist: string, path: string) => JSON.parse(readFileSync(join(dist, path), 'utf8')) as T;

/** Every shard of one kind of a built lexicon, inline or in its files. */
function allShards<K extends ShardKind>(dist: string, core: LexiconCore, kind: K): Shards[K][] {
  const inline = core.inline[kind];
  if (inline) return [inline as Shards[K]];
  return Array.from({ length: core.shards[kind] }, (_, n) => read<Shards[K]>(dist, shardFile(kind, n)));
}

// Search names the pages the index found by the lexicon's page ids, before their texts arrive.
// An entry without an id would only show once its text had been fetched.
for (const dist of ['dist', 'dist-subpath']) {
  test.runIf(existsSync(join(dist, 'search-lexicon.json')))(`${dist}: every entry of the search lexicon has its Pagefind page id`, () => {
    const core = read<LexiconCore>(dist, 'search-lexicon.json');
    const entries = allShards(dist, core, 'entries').flatMap((shard) => shard.entries);
    const pages = allShards(dist, core, 'pages').flatMap((shard) => Object.values(shard.pages).map(([url]) => url));
    const ids = Object.values(core.inline.entries?.pageIds ?? {}).map((index) => entries[index]?.[0]);
    const named = new Set([...pages, ...ids]);
    expect(entries.length).toBeGreaterThan(80);
    expect(entries.filter(([url]) => !named.has(url)).map(([url]) => url)).toEqual([]);
  });
}

/** The whole lexicon again, from a build whose lexicon is small enough to be one shard of each kind. */
function wholeLexicon(core: LexiconCore): { lexicon: SearchLexicon; pageIds: Record<string, number> } {
  const { words, entries } = core.inline as Shards;
  const lexicon: SearchLexicon = {
    pageCount: core.pageCount,
    entries: entries.entries,
    words: words.words,
    names: words.names,
    stopwords: core.stopwords,
    synonyms: core.synonyms,
    traditional: core.traditional,
    absent: [...core.absent, ...words.absent].sort(),
  };
  return { lexicon, pageIds: entries.pageIds ?? {} };
}

/** Entries whose names hold the query, up to a tier, ranked as the search engine names entries before page texts. */
const namedUrls = (query: ReturnType<typeof understandQuery>, rows: EntryRow[], tier: MatchTier) =>
  rankByCoverage(query, rows.map(([url, title, aliases]) => ({ url, title, aliases, content: '' })))
    .filter((doc) => doc.match.tier <= tier && doc.match.missing.length === 0)
    .map((doc) => doc.url);

describe.runIf(existsSync('dist/search-lexicon.json'))('the lexicon split into many small shards reads every query as the whole one does', () => {
  const core = read<LexiconCore>('dist', 'search-lexicon.json');
  test('the real library is small enough to be one file', () => {
    expect(core.shards).toEqual({ words: 1, pinyin: 1, entries: 1, pages: 1 });
  });
  const { lexicon, pageIds } = wholeLexicon(core);
  const whole = prepareLexicon(lexicon);
  // Cut as a library of thousands is: every kind split, a few entries under each pair of characters.
  const split = shardLexicon(lexicon, pageIds, { singleMax: 0, target: 1024, entryKeyMax: 1000 });
  /** A reader's first search: a lexicon with nothing loaded yet, counting the files it fetches. */
  const firstSearch = () => {
    const loaded: string[] = [];
    const sharded = new ShardedLexicon(split.core, async (kind, n) => {
      loaded.push(shardFile(kind, n));
      return split.files.get(shardFile(kind, n)) as never;
    });
    return { sharded, loaded };
  };
  const queries = [...QUERIES, ...QUESTIONS, ...OTHER_NAMES, ...PINYIN, ...TRADITIONAL, ...NEAR_MISSES].map(({ query }) => query);

  test('it is split', () => {
    expect(split.core.shards.words).toBeGreaterThan(10);
    expect(split.core.shards.entries).toBeGreaterThan(10);
    expect(split.core.shards.pages).toBeGreaterThan(1);
  });

  test.each(queries)('%s', async (text) => {
    const { sharded, loaded } = firstSearch();
    const { query } = await sharded.read(text);
    const expected = understandQuery(text, whole);
    expect(query).toEqual(expected);
    // Only part of the lexicon was fetched for it.
    expect(loaded.length).toBeLessThan(split.files.size / 4);
    // The entries it names before page texts arrive: every one whose name is what was asked,
    // and others only among those the whole lexicon names.
    const rows = await sharded.entriesFor(query);
    const named = namedUrls(query, rows, MatchTier.AliasContains);
    expect(namedUrls(query, rows, MatchTier.SynonymExact)).toEqual(namedUrls(expected, lexicon.entries, MatchTier.SynonymExact));
    expect(namedUrls(expected, lexicon.entries, MatchTier.AliasContains)).toEqual(expect.arrayContaining(named));
  });

  test('found pages are named from their ids', async () => {
    const ids = Object.keys(pageIds).slice(0, 5);
    const rows = await firstSearch().sharded.pagesFor(ids);
    expect([...rows.keys()].sort()).toEqual([...ids].sort());
    const [id] = ids as [string];
    const entry = lexicon.entries[pageIds[id] as number] as EntryRow;
    expect(rows.get(id)).toEqual([entry[0], entry[1], entry[3], entry[4]] satisfies PageRow);
  });
});
