// Search excerpts are cut from Pagefind's fragments: they must read as Chinese, with no ASCII
// ". " between two Chinese phrases (组织强. 服务优. …), which Pagefind writes after every block.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { fragmentPages, readFragments } from '../../scripts/after-build/pagefind-pages.ts';

const JOINED = /[\p{Script=Han}]\u200b?\.\u200b?\s\u200b?[\p{Script=Han}]/u;

for (const dist of ['dist', 'dist-subpath']) {
  test.runIf(existsSync(join(dist, 'pagefind')))(`${dist}: no search excerpt joins two Chinese phrases with ". "`, async () => {
    const pages = (await readFragments(join(dist, 'pagefind'))).flatMap(fragmentPages);
    expect(pages.length).toBeGreaterThan(80);
    const joined = pages.flatMap(([, { url, content }]) => {
      const at = content.search(JOINED);
      return at < 0 ? [] : [`${url}: …${content.slice(Math.max(0, at - 12), at + 12).replace(/\u200b/g, '')}…`];
    });
    expect(joined).toEqual([]);
    // Headings still end their sentence: the pages keep the 。 that replaced the ". ".
    expect(pages.some(([, { content }]) => /[\p{Script=Han}]\u200b?。 /u.test(content))).toBe(true);
  });
}
