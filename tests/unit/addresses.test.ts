import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FOOTER_NAV, graphMapPath, NAV, PAGES } from '~/lib/addresses';

const SRC = new URL('../../src/', import.meta.url).pathname;
/** A section's address written out in code: '/search/', "/readings/custom/", `/graph/…`. */
const SECTIONS = Object.values(PAGES)
  .filter((path) => path !== '/')
  .map((path) => path.split('/')[1])
  .filter((section, index, all) => all.indexOf(section) === index);
const LITERAL = new RegExp(`['"\`]/(${SECTIONS.join('|')})(/|['"\`.])`);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(dir, entry.name))
      : /\.(ts|astro)$/.test(entry.name)
        ? [join(dir, entry.name)]
        : [],
  );
}

/** The code of a file without its comments (a comment may name a page, as this one does: `/search/`). */
const code = (text: string) =>
  text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/(^|[^:])\/\/.*$/gm, '$1');

describe('page addresses', () => {
  it('are written in src/lib/addresses.ts and nowhere else in src/', () => {
    const elsewhere = sourceFiles(SRC)
      .filter((file) => !file.endsWith('lib/addresses.ts'))
      .flatMap((file) =>
        code(readFileSync(file, 'utf8'))
          .split('\n')
          .filter((line) => LITERAL.test(line))
          .map((line) => `${relative(SRC, file)}: ${line.trim()}`),
      );
    expect(SECTIONS).toContain('search');
    expect(elsewhere).toEqual([]);
  });

  it('give the menus their links, and a theme or place its map', () => {
    expect(NAV.map((item) => item.href)).toContain(PAGES.problems);
    expect(FOOTER_NAV.map((item) => item.href)).toEqual([
      PAGES.myList,
      PAGES.figures,
      PAGES.gaps,
      PAGES.sources,
      PAGES.search,
    ]);
    expect(graphMapPath('themes', 'mediation')).toBe('/graph/themes/mediation/');
  });
});
