import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sharedRuns, withoutNames, withoutQuotations } from '~/lib/sources/copying';
import { plainSourceText, SOURCE_TEXTS_DIR } from '~/lib/sources/source-text';

const ROOT = new URL('../../', import.meta.url).pathname;
/** Every stored source text (content/source-texts/<id>.txt), without its part markers. */
const TEXTS = new Map(
  readdirSync(join(ROOT, SOURCE_TEXTS_DIR))
    .filter((name) => name.endsWith('.txt'))
    .map((name) => [
      name.replace(/\.txt$/, ''),
      plainSourceText(readFileSync(join(ROOT, SOURCE_TEXTS_DIR, name), 'utf8')),
    ]),
);
const SOURCE = TEXTS.get('yongji-article') ?? '';
/** Longer than any name the sources use (物业管理委员会（业委会） is 12), shorter than a clause. */
const LONGEST_ALLOWED = 14;

describe('sharedRuns', () => {
  it('finds a copied clause and extends it to its full length', () => {
    expect(sharedRuns('报道说：面一“民情地图”上密密麻麻标注着独居老人。', SOURCE, 10)).toEqual([
      '“民情地图”上密密麻麻标注着独居老人',
    ]);
  });

  it('does not string a list of quoted names into a copied run', () => {
    expect(sharedRuns(withoutNames('打通“110”“12345”“平安e家”“平安永济随手拍”'), SOURCE, 8)).toEqual([]);
    expect(sharedRuns(withoutNames('title: 预防走在排查前，排查走在化解前'), SOURCE, 8)).toEqual([]);
  });

  it('ignores line breaks in the source and leaves marked quotations alone', () => {
    expect(sharedRuns('社会治理效能更加凸显', SOURCE, 8)).toEqual(['社会治理效能更加凸显']);
    expect(
      sharedRuns(withoutQuotations('他说<Quote source="a" part="§3">矛盾不上交，服务不缺位</Quote>。'), SOURCE, 8),
    ).toEqual([]);
  });
});

describe('the site is written in its own words', () => {
  const files = ['methods', 'cases', 'glossary'].flatMap((folder) =>
    readdirSync(join(ROOT, 'content', folder)).map((name) => join('content', folder, name)),
  );

  it('has content and source texts to check', () => {
    expect(files.length).toBeGreaterThan(50);
    expect(SOURCE.length).toBeGreaterThan(3000);
  });

  for (const file of files) {
    it(`${file} repeats no run of any stored source longer than ${LONGEST_ALLOWED} characters outside a <Quote>`, () => {
      const text = withoutNames(withoutQuotations(readFileSync(join(ROOT, file), 'utf8')));
      const copied = [...TEXTS].flatMap(([id, source]) =>
        sharedRuns(text, source, LONGEST_ALLOWED + 1).map((run) => `${id}: ${run}`),
      );
      expect(copied).toEqual([]);
    });
  }
});
