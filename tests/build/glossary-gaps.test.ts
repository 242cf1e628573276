// A glossary term can record what the sources leave open (资料待补), like methods and cases:
// the build accepts the field, the term's page shows it and /gaps/ lists it under the term.
import { appendFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, type FixtureBuild } from './fixture-site';

const TOPIC = '测试术语的组成';
const DETAIL = '来源甲只给出名称，没有说明它由哪几项组成。';

let build: FixtureBuild;
beforeAll(() => {
  build = buildFixture((content) =>
    appendFileSync(join(content, 'glossary/term-a.yaml'), `gaps:\n  - topic: ${TOPIC}\n    detail: ${DETAIL}\n    cite: { source: src-a, part: §1 }\n`),
  );
}, 300_000);
afterAll(() => build.cleanup());

const page = (path: string) => readFileSync(join(build.dir, 'dist', path, 'index.html'), 'utf8');

/** The inside of the element labelled by the heading with `id`, from its opening tag to the next closing </section>. */
function region(html: string, id: string): string {
  const start = html.indexOf(`aria-labelledby="${id}"`);
  if (start < 0) return '';
  return html.slice(start, html.indexOf('</section>', start));
}

describe('a glossary term with gaps', () => {
  it('builds', () => {
    expect(build.output).toContain('Complete!');
    expect(build.ok).toBe(true);
  });

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
