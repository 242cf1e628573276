// Bad content must stop the build with a message that names the file and the field or id.
// Each test builds a copy of the site over the small fixture corpus (which builds: see
// good-fixture.test.ts) with one thing broken. Each build has its own folder, so the builds run at
// once (vitest's maxConcurrency bounds how many).
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILD_TIMEOUT, buildFixture, type FixtureBuild } from './fixture-site';

/** Builds the fixture after `mutate`, runs the checks on the result, and removes the copy. */
async function withBuild(
  mutate: ((content: string) => void) | undefined,
  check: (build: FixtureBuild) => void,
): Promise<void> {
  const build = await buildFixture(mutate);
  try {
    check(build);
  } finally {
    build.cleanup();
  }
}

/** Replaces text in a fixture file, failing loudly if the text is not there. */
function edit(file: string, from: string, to: string): void {
  const text = readFileSync(file, 'utf8');
  if (!text.includes(from)) throw new Error(`fixture ${file} has no “${from}”`);
  writeFileSync(file, text.replace(from, to));
}

describe.concurrent('building with bad content', { timeout: BUILD_TIMEOUT + 20_000 }, () => {
  it('names the file and field of a missing required field', () =>
    withBuild(
      (content) => edit(join(content, 'cases/case-a.mdx'), 'actors: [测试街道]\n', ''),
      (build) => {
        expect(build.ok).toBe(false);
        expect(build.output).toMatch(/case-a\.mdx/);
        expect(build.output).toContain('actors: 缺少必填字段（应为列表');
      },
    ));

  it('names the file and the misspelt field', () =>
    withBuild(
      (content) => edit(join(content, 'methods/method-a.mdx'), 'themes:', 'theme:'),
      (build) => {
        expect(build.ok).toBe(false);
        expect(build.output).toMatch(/method-a\.mdx/);
        expect(build.output).toContain('theme: 不认识的字段“theme”（是否拼错了？');
        expect(build.output).toContain('themes: 缺少必填字段');
      },
    ));

  it('names the file, field and id of an unknown reference', () =>
    withBuild(
      (content) => edit(join(content, 'methods/method-a.mdx'), 'terms: [term-a]', 'terms: [term-a, no-such-term]'),
      (build) => {
        expect(build.ok).toBe(false);
        expect(build.output).toContain('methods/method-a.mdx: terms[1] 引用了不存在的术语“no-such-term”');
      },
    ));

  it('names the file and line of a citation to a part the source does not have', () =>
    withBuild(
      (content) => edit(join(content, 'cases/case-a.mdx'), 'part="§1" />', 'part="§9" />'),
      (build) => {
        expect(build.ok).toBe(false);
        expect(build.output).toMatch(/cases\/case-a\.mdx: 正文第\d+行 <Cite> 来源“src-a”没有部分“§9”/);
      },
    ));

  it('names the file and line of an in-prose link to an entry that does not exist', () =>
    withBuild(
      (content) =>
        edit(
          join(content, 'methods/method-a.mdx'),
          '<EntryLink to="cases/case-a" />',
          '<EntryLink to="cases/case-z" />',
        ),
      (build) => {
        expect(build.ok).toBe(false);
        expect(build.output).toMatch(/methods\/method-a\.mdx: 正文第\d+行 <EntryLink> 链接到不存在的案例“case-z”/);
      },
    ));

  it('refuses a method that builds on itself, naming the file', () =>
    withBuild(
      (content) => edit(join(content, 'methods/method-a.mdx'), 'core: true', 'core: true\nbuildsOn: [method-a]'),
      (build) => {
        expect(build.ok).toBe(false);
        expect(build.output).toContain('methods/method-a.mdx: buildsOn[0] 不能指向条目自己（“method-a”）');
      },
    ));

  it('names the duplicate id and its file', () =>
    withBuild(
      (content) =>
        appendFileSync(
          join(content, 'places.yaml'),
          '- id: street\n  name: 重复街道\n  kind: 街道\n  sources: [{ source: src-a, part: §1 }]\n',
        ),
      (build) => {
        expect(build.ok).toBe(false);
        expect(build.output).toMatch(/street/);
        expect(build.output).toMatch(/places\.yaml/);
        expect(build.output).toMatch(/[Dd]uplicate/);
      },
    ));
});
