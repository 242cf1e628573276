import { describe, expect, it } from 'vitest';
import { understandQuery, prepareLexicon } from '~/search/query-understanding';
import { buildSearchLexicon, type SearchLexicon } from '~/search/lexicon-build';
import {
  entryKeys,
  nearMissKeys,
  pinyinFilings,
  queryWordKeys,
  shardFile,
  shardLexicon,
  shardOf,
  wordKeys,
  type EntryRow,
} from '~/search/lexicon-shards';
import { ShardedLexicon } from '~/search/lexicon-loader';
import { lexiconEntry as entry } from '../support/lexicon-entry.ts';

/** A library of many entries whose names begin alike (网格…), with a few real names among them. */
function library(): SearchLexicon {
  const many = Array.from({ length: 60 }, (_, i) => entry(`网格治理第${i + 1}号案例汇编`));
  return buildSearchLexicon({
    pageCount: 70,
    entries: [
      ...many,
      entry('网格员', ['网格管理员'], true),
      entry('陈潼兰调解工作法', ['陈潼兰']),
      entry('虞乡镇“三审三定”', ['三审三定']),
    ],
    extraWords: [],
    vocabulary: { stopwords: ['怎么', '是什么'], synonyms: [['调解', '化解']] },
    text: '网格员网格管理员陈潼兰调解工作法三审三定',
  });
}

const split = (lexicon: SearchLexicon, entryKeyMax = 5) =>
  shardLexicon(lexicon, {}, { singleMax: 0, target: 256, entryKeyMax });

describe('filing the lexicon', () => {
  it('files a word where a query that holds it, or nearly holds it, will look', () => {
    expect(wordKeys('陈潼兰')).toEqual(['b陈潼', 'b潼兰', 's陈兰']);
    expect(wordKeys('五心')).toEqual(['b五心', 'u五', 'u心']);
    // 陈童兰 (one character off) looks where 陈潼兰 is filed.
    expect(nearMissKeys('陈童兰')).toEqual(expect.arrayContaining(['s陈兰']));
    expect(queryWordKeys('陈潼兰怎么调解')).toEqual(['b陈潼', 'b潼兰', 'b兰怎', 'b怎么', 'b么调', 'b调解']);
  });

  it('files each end of a word for pinyin under the first letters of two syllables', () => {
    expect(pinyinFilings('陈潼兰', 'chen tong lan')).toEqual([
      { key: 'pct', row: ['陈潼兰', 'chen tong lan', 1] },
      { key: 'ptl', row: ['潼兰', 'tong lan', 0] },
    ]);
    // ctl asks for the pairs c·t and c·l: the first syllable may be one letter or the whole of it.
    expect(queryWordKeys('ctl').filter((key) => key.startsWith('p'))).toEqual(['pct', 'pcl']);
  });

  it('files an entry by how each of its names and their pieces begin', () => {
    const row: EntryRow = ['/m/', '虞乡镇“三审三定”', ['三审三定'], '方法', ''];
    expect(entryKeys(row).sort()).toEqual(['e三审', 'e虞乡'].sort());
  });

  it('keeps the shortest names under a crowded key, so a name that is the query is never cut', async () => {
    const lexicon = library();
    const { core, files } = split(lexicon);
    const sharded = new ShardedLexicon(core, async (kind, n) => files.get(shardFile(kind, n)) as never);
    const { query } = await sharded.read('网格员');
    const urls = (await sharded.entriesFor(query)).map(([url]) => url);
    expect(urls).toContain('/x/网格员/');
    // 61 names begin with 网格; five are kept under it, the shortest first.
    const underKey = [...files.values()]
      .flatMap((file) => (file as { entries?: EntryRow[] }).entries ?? [])
      .filter(([, title]) => title.startsWith('网格'));
    expect(new Set(underKey.map(([url]) => url)).size).toBe(5);
  });

  it('reads a query from the shards as from the whole lexicon, and fetches only some of them', async () => {
    const lexicon = library();
    const { core, files } = split(lexicon);
    const fetched: string[] = [];
    const sharded = new ShardedLexicon(core, async (kind, n) => {
      fetched.push(shardFile(kind, n));
      return files.get(shardFile(kind, n)) as never;
    });
    for (const text of ['陈潼兰怎么调解', '陈童兰', 'ctl', '三審三定', '网格员是什么']) {
      expect((await sharded.read(text)).query).toEqual(understandQuery(text, prepareLexicon(lexicon)));
    }
    expect(new Set(fetched).size).toBeLessThan(files.size / 2);
  });

  it('keeps a small library whole, inside the core', () => {
    const { core, files } = shardLexicon(library(), {});
    expect(files.size).toBe(0);
    expect(core.shards).toEqual({ words: 1, pinyin: 1, entries: 1, pages: 1 });
    expect(core.inline.words?.words.length).toBe(library().words.length);
  });

  it('sends a key to the same shard every time', () => {
    expect(shardOf('b调解', 97)).toBe(shardOf('b调解', 97));
    expect(shardOf('b调解', 1)).toBe(0);
  });

  it('asks again for a shard that failed to arrive', async () => {
    const { core, files } = split(library());
    let failing = true;
    const sharded = new ShardedLexicon(core, async (kind, n) => {
      if (failing) throw new Error('offline');
      return files.get(shardFile(kind, n)) as never;
    });
    await expect(sharded.read('网格员')).rejects.toThrow('offline');
    failing = false;
    expect((await sharded.read('网格员')).query.words.map((w) => w.text)).toEqual(['网格员']);
  });
});
