import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DEFAULT_DIST, htmlFiles, pagePath } from '../../scripts/dist-checks/load-built-pages.ts';
import { connectionBlocks, duplicateConnections } from './connection-blocks';

const entryPages = htmlFiles(DEFAULT_DIST).filter((file) => /^(methods|cases|glossary)\/[^/]+\/index\.html$/.test(file));

describe('the connections of each entry page', () => {
  test('the check finds a repeated link and an entry listed twice (it can fail)', () => {
    const page = (lists: string) => `<main><div data-connections>${lists}</div></main>`;
    const list = (heading: string, ...hrefs: string[]) => `<section><h2>${heading}</h2><ul>${hrefs.map((h) => `<li><a href="${h}">x</a></li>`).join('')}</ul></section>`;
    expect(duplicateConnections(page(list('相关案例', '/cases/a/', '/cases/a/')))).toEqual(['cases/a twice in “相关案例”']);
    expect(duplicateConnections(page(list('相关方法', '/methods/m/') + list('相关条目', '/zhili/methods/m/')))).toEqual(['methods/m in both “相关方法” and “相关条目”']);
    expect(duplicateConnections(page(list('应用的方法', '/methods/m/') + list('用到的术语', '/glossary/t/')))).toEqual([]);
  });

  test(`every one of the ${entryPages.length} entry pages lists each entry once, in one list`, () => {
    expect(entryPages.length).toBeGreaterThan(80);
    const problems = entryPages.flatMap((file) => duplicateConnections(readFileSync(join(DEFAULT_DIST, file), 'utf8')).map((p) => `${pagePath(file)}: ${p}`));
    expect(problems, problems.join('\n')).toEqual([]);
  });

  test('every entry page has its connections block, and the method 陈潼兰 lists its cases and related methods', () => {
    const missing = entryPages.filter((file) => connectionBlocks(readFileSync(join(DEFAULT_DIST, file), 'utf8')).length === 0);
    expect(missing).toEqual([]);
    const chen = connectionBlocks(readFileSync(join(DEFAULT_DIST, 'methods/chen-tonglan-mediation/index.html'), 'utf8'));
    const entries = chen.flatMap((block) => block.entries);
    expect(entries).toContain('cases/chen-tonglan-studio');
    expect(entries).toContain('methods/pingtai-liandong');
    expect(entries).toContain('glossary/qizijue');
  });
});
