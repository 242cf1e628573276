// The good fixture builds, with its pages and a search index. One build serves every check here.
// Its glossary term records what the sources leave open (资料待补), like methods and cases: the
// build accepts the field, the term's page shows it and /gaps/ lists it under the term.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILD_TIMEOUT, buildFixture, type FixtureBuild } from './fixture-site';

// As written in tests/fixtures/content-good/glossary/term-a.yaml.
const TOPIC = '测试术语的组成';
const DETAIL = '来源甲只给出名称，没有说明它由哪几项组成。';

let build: FixtureBuild;
beforeAll(async () => {
  build = await buildFixture();
}, BUILD_TIMEOUT + 20_000);
afterAll(() => build.cleanup());

/** A built page's markup, without the <wbr> the build puts between a heading's phrases. */
const page = (path: string) => readFileSync(join(build.dir, 'dist', path, 'index.html'), 'utf8').replace(/<wbr>/g, '');

/** The inside of the element labelled by the heading with `id`, from its opening tag to the next closing </section>. */
function region(html: string, id: string): string {
  const start = html.indexOf(`aria-labelledby="${id}"`);
  if (start < 0) return '';
  return html.slice(start, html.indexOf('</section>', start));
}

describe('the good fixture', () => {
  it('builds, with its pages and a search index', () => {
    expect(build.output).toContain('Complete!');
    expect(build.ok).toBe(true);
    const html = page('methods/method-a');
    expect(html).toContain('<h1');
    expect(html).toContain('测试方法甲');
    expect(readFileSync(join(build.dir, 'dist/pagefind/pagefind-entry.json'), 'utf8')).toContain('"page_count"');
  });
});

describe('a glossary term with gaps', () => {
  it("shows the gap, with its citation, in the term page's 资料待补 box", () => {
    const box = region(page('glossary/term-a'), 'gaps-title');
    expect(box).toContain('资料待补：来源没有说明的内容');
    expect(box).toContain(TOPIC);
    expect(box).toContain(DETAIL);
    expect(box).toMatch(/href="[^"]*\/sources\/src-a\/#part-1"/);
  });

  it('lists the gap on /gaps/ under the term, linking to its page', () => {
    const section = region(page('gaps'), 'gaps-glossary-term-a');
    expect(section).toContain('术语');
    expect(section).toMatch(/<a href="\/glossary\/term-a\/">测试术语<\/a>/);
    expect(section).toContain(TOPIC);
    expect(section).toContain(DETAIL);
  });
});
