import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import type { SearchLexicon } from '~/lib/search-lexicon';

// Search names the pages the index found by the lexicon's page ids, before their texts arrive.
// An entry without an id would only show once its text had been fetched.
for (const dist of ['dist', 'dist-subpath']) {
  test.runIf(existsSync(join(dist, 'search-lexicon.json')))(`${dist}: every entry of the search lexicon has its Pagefind page id`, () => {
    const lexicon = JSON.parse(readFileSync(join(dist, 'search-lexicon.json'), 'utf8')) as SearchLexicon;
    const named = new Set(Object.values(lexicon.pageIds ?? {}));
    const without = lexicon.entries.filter((_, index) => !named.has(index)).map(([url]) => url);
    expect(lexicon.entries.length).toBeGreaterThan(80);
    expect(without).toEqual([]);
  });
}
