import {
  prepareLexicon,
  simplify,
  understandQuery,
  type Lexicon,
  type UnderstoodQuery,
} from './query-understanding.ts';
import {
  keysOfWord,
  nearMissKeys,
  pageRowOf,
  phraseEntryKey,
  queryWordKeys,
  shardOf,
  wordKeyKind,
  type EntryRow,
  type LexiconCore,
  type PageRow,
  type ShardKind,
  type Shards,
} from './lexicon-shards.ts';

/** Fetches one shard file (the browser fetches it; tests and the bench read it from disk). */
export type ShardLoader = <K extends ShardKind>(kind: K, n: number) => Promise<Shards[K]>;

/**
 * The lexicon as far as the queries so far have needed it: each query loads the shards its
 * keys are filed in (lexicon-shards.ts), once, and reads with what is loaded — the same reading
 * the whole lexicon would give, since every word a query can use is filed under a key it has.
 */
export class ShardedLexicon {
  private readonly loaded = {
    words: new Map<number, Promise<Shards['words']>>(),
    pinyin: new Map<number, Promise<Shards['pinyin']>>(),
    entries: new Map<number, Promise<Shards['entries']>>(),
    pages: new Map<number, Promise<Shards['pages']>>(),
  };
  private prepared: { lexicon: Lexicon; loaded: number } | undefined;
  private readonly traditional: Lexicon;

  readonly core: LexiconCore;
  private readonly load: ShardLoader;

  constructor(core: LexiconCore, load: ShardLoader) {
    this.core = core;
    this.load = load;
    // Enough of a lexicon to fold a query before any shard is loaded.
    this.traditional = prepareLexicon({ ...this.emptyInput(), traditional: core.traditional });
  }

  private emptyInput() {
    return {
      pageCount: this.core.pageCount,
      entries: [],
      words: [],
      names: [],
      stopwords: [],
      synonyms: [],
      traditional: '',
      absent: [],
    };
  }

  private shard<K extends ShardKind>(kind: K, n: number): Promise<Shards[K]> {
    const inline = this.core.inline[kind];
    if (inline) return Promise.resolve(inline as Shards[K]);
    const cache = this.loaded[kind] as Map<number, Promise<Shards[K]>>;
    let pending = cache.get(n);
    if (!pending) {
      pending = this.load(kind, n);
      cache.set(n, pending);
      // A shard that failed to arrive (the network was down) is asked for again next time.
      pending.catch(() => cache.delete(n));
    }
    return pending;
  }

  private shards<K extends ShardKind>(kind: K, keys: Iterable<string>): Promise<Shards[K][]> {
    const numbers = new Set([...keys].map((key) => shardOf(key, this.core.shards[kind])));
    return Promise.all([...numbers].map((n) => this.shard(kind, n)));
  }

  /** The lexicon prepared from the word shards loaded so far (made again only when more arrived). */
  private async lexicon(): Promise<Lexicon> {
    const loadedOf = <K extends 'words' | 'pinyin'>(kind: K): Promise<Shards[K]>[] => {
      const inline = this.core.inline[kind];
      return inline
        ? [Promise.resolve(inline as Shards[K])]
        : [...(this.loaded[kind] as Map<number, Promise<Shards[K]>>).values()];
    };
    const words = await Promise.all(loadedOf('words'));
    const pinyin = await Promise.all(loadedOf('pinyin'));
    if (this.prepared && this.prepared.loaded === words.length + pinyin.length) return this.prepared.lexicon;
    const seenWords = new Set<string>();
    const seenNames = new Set<string>();
    const input = {
      ...this.emptyInput(),
      stopwords: this.core.stopwords,
      synonyms: this.core.synonyms,
      traditional: this.core.traditional,
      latinWords: this.core.latinWords,
      chars: {} as Record<string, string>,
      pinyin: pinyin.flatMap((shard) => shard.pinyin),
    };
    const absent = new Set(this.core.absent);
    for (const shard of words) {
      for (const row of shard.words)
        if (!seenWords.has(row[0]) && seenWords.add(row[0])) input.words.push(row as never);
      for (const group of shard.names)
        if (!seenNames.has(group.join('\n')) && seenNames.add(group.join('\n'))) input.names.push(group as never);
      shard.absent.forEach((word) => absent.add(word));
      Object.assign(input.chars, shard.chars);
    }
    // The whole lexicon's order, which reading depends on where two words tie.
    input.words.sort((a: [string, string], b: [string, string]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    const lexicon = prepareLexicon({ ...input, absent: [...absent] });
    this.prepared = { lexicon, loaded: words.length + pinyin.length };
    return lexicon;
  }

  /**
   * Reads a query, loading the word shards it needs: first those for segmenting it and reading
   * its pinyin; then those for a near miss of each run of it that is no word the library knows,
   * and those holding the other names of the words it was read as (a word read from pinyin).
   */
  async read(text: string): Promise<{ query: UnderstoodQuery; lexicon: Lexicon }> {
    const simplified = simplify(text.trim(), this.traditional);
    const keys = new Set<string>();
    const need = async (more: Iterable<string>) => {
      const fresh = [...more].filter((key) => !keys.has(key));
      fresh.forEach((key) => keys.add(key));
      await Promise.all([
        this.shards(
          'words',
          fresh.filter((key) => wordKeyKind(key) === 'words'),
        ),
        this.shards(
          'pinyin',
          fresh.filter((key) => wordKeyKind(key) === 'pinyin'),
        ),
      ]);
    };
    await need(queryWordKeys(simplified));
    let lexicon = await this.lexicon();
    let query = understandQuery(text, lexicon);
    await need(query.unknown.flatMap(nearMissKeys));
    await need(query.words.flatMap((word) => [word.text, ...word.alternatives]).flatMap(keysOfWord));
    lexicon = await this.lexicon();
    query = understandQuery(text, lexicon);
    return { query, lexicon };
  }

  /** Entries whose names may hold the query: those filed under the first two characters of each of its phrases. */
  async entriesFor(query: UnderstoodQuery): Promise<EntryRow[]> {
    const phrases = [...query.pieces, ...(query.words.length === 1 ? (query.words[0]?.alternatives ?? []) : [])];
    const keys = phrases.map(phraseEntryKey).filter((key): key is string => key !== undefined);
    const rows = new Map<string, { row: EntryRow; order: number }>();
    for (const shard of await this.shards('entries', keys)) {
      shard.entries.forEach((row, i) => rows.set(row[0], { row, order: shard.order?.[i] ?? i }));
    }
    // In the whole lexicon's order, which ranking keeps between equals.
    return [...rows.values()].sort((a, b) => a.order - b.order).map(({ row }) => row);
  }

  /** The entries Pagefind's page ids are, for the ids given. */
  async pagesFor(ids: string[]): Promise<Map<string, PageRow>> {
    const found = new Map<string, PageRow>();
    const whole = this.core.inline.entries;
    if (whole?.pageIds) {
      for (const id of ids) {
        const row = whole.entries[whole.pageIds[id] ?? -1];
        if (row) found.set(id, pageRowOf(row));
      }
      return found;
    }
    for (const shard of await this.shards('pages', ids)) {
      for (const id of ids) {
        const row = shard.pages[id];
        if (row) found.set(id, row);
      }
    }
    return found;
  }
}
