import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sharedRuns, withoutNames, withoutQuotations } from '~/lib/copying';

const ROOT = new URL('../../', import.meta.url).pathname;
const SOURCE = readFileSync(join(ROOT, 'tests/fixtures/sources/yongji-article.txt'), 'utf8');
/** Longer than any name the sources use (物业管理委员会（业委会） is 12), shorter than a clause. */
const LONGEST_ALLOWED = 14;

describe('sharedRuns', () => {
  it('finds a copied clause and extends it to its full length', () => {
    expect(sharedRuns('报道说：面一“民情地图”上密密麻麻标注着独居老人。', SOURCE, 10)).toEqual(['“民情地图”上密密麻麻标注着独居老人']);
  });

  it('does not string a list of quoted names into a copied run', () => {
    expect(sharedRuns(withoutNames('打通“110”“12345”“平安e家”“平安永济随手拍”'), SOURCE, 8)).toEqual([]);
    expect(sharedRuns(withoutNames('title: 预防走在排查前，排查走在化解前'), SOURCE, 8)).toEqual([]);
  });

  it('ignores line breaks in the source and leaves marked quotations alone', () => {
    expect(sharedRuns('社会治理效能更加凸显', SOURCE, 8)).toEqual(['社会治理效能更加凸显']);
    expect(sharedRuns(withoutQuotations('他说<Quote source="a" part="§3">矛盾不上交，服务不缺位</Quote>。'), SOURCE, 8)).toEqual([]);
  });
});

describe('the site is written in its own words', () => {
  const files = ['methods', 'cases', 'glossary'].flatMap((folder) =>
    readdirSync(join(ROOT, 'content', folder)).map((name) => join('content', folder, name)),
  );

  it('has content to check', () => expect(files.length).toBeGreaterThan(50));

  for (const file of files) {
    it(`${file} repeats no run of the article longer than ${LONGEST_ALLOWED} characters outside a <Quote>`, () => {
      const text = withoutNames(withoutQuotations(readFileSync(join(ROOT, file), 'utf8')));
      expect(sharedRuns(text, SOURCE, LONGEST_ALLOWED + 1)).toEqual([]);
    });
  }
});
