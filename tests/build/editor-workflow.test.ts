// An editor's round trip on a copy of the fixture site: a 公文-style Word document is imported as a
// source (`npm run source:add`), a case is scaffolded (`npm run new`) and filled in citing one of
// its parts, the site builds, and the case is on its page, on the source's page and in the
// coverage report (`npm run coverage`). A scaffold left unfilled stops the build, naming the file
// and the fields.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/site-copy.ts';
import { BUILD_TIMEOUT, buildFixture, type FixtureBuild } from './fixture-site';
import { GONGWEN_TITLE, gongwenDocx } from './gongwen-docx';

const NODE = join(ROOT, 'node_modules/.bin/node');
const CASE_TITLE = '测试县把党支部建到小区';

/** Runs one of the editor commands in the copy, failing loudly if it fails. */
function command(site: string, script: string, ...args: string[]): string {
  const result = spawnSync(NODE, [join(ROOT, 'scripts', script), ...args], { cwd: site, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${script} ${args.join(' ')} failed: ${result.stderr}`);
  return result.stdout;
}

/** Replaces text in a file, failing loudly if it is not there. */
function fill(file: string, from: string | RegExp, to: string): void {
  const text = readFileSync(file, 'utf8');
  if (typeof from === 'string' ? !text.includes(from) : !from.test(text))
    throw new Error(`${file} has no “${String(from)}”`);
  writeFileSync(file, typeof from === 'string' ? text.replaceAll(from, to) : text.replace(from, to));
}

let docx: string;
let build: FixtureBuild;
let unfilled: FixtureBuild;
const steps: Record<string, string> = {};

beforeAll(
  async () => {
    docx = join(mkdtempSync(join(tmpdir(), 'gongwen-')), 'report.docx');
    writeFileSync(docx, await gongwenDocx());
    [build, unfilled] = await Promise.all([
      buildFixture((content) => {
        const site = dirname(content);
        steps['source:add'] = command(site, 'source-add.ts', docx, '--id', 'test-report');
        steps['new'] = command(site, 'new-entry.ts', 'case', 'test-report-case');

        // The editor describes the source's parts…
        const sources = join(content, 'sources.yaml');
        fill(sources, '【待填写】简称', '测试报告');
        fill(sources, '【待填写】写明来源是什么、可靠程度和引用时的注意事项。', '只用于构建测试的公文。');
        fill(sources, /covers: 【待填写】用本库自己的话概括这一部分讲了什么/g, 'covers: 测试用的部分概括。');
        // …and writes the case, citing part §1.1 and stating one of its figures.
        const file = join(content, 'cases/test-report-case.mdx');
        fill(file, 'title: 【待填写】案例标题', `title: ${CASE_TITLE}`);
        fill(
          file,
          'summary: 【待填写】用一两句话概括在哪里、谁、做了什么、结果如何。',
          'summary: 测试县在小区里普遍建立党支部，并选派第一书记，这是构建测试用的案例。',
        );
        fill(file, 'place: dai-tianxie', 'place: street');
        fill(file, 'themes: [dai-tianxie]', 'themes: [theme-a]');
        fill(file, 'actors: [【待填写】实施主体]', 'actors: [测试县]');
        fill(file, '  - { source: dai-tianxie, part: 【待填写】 }', '  - { source: test-report, part: §1.1 }');
        fill(
          file,
          'figures: []',
          'figures:\n  - { value: "233", unit: 个, label: 建立的小区党支部, cite: { source: test-report, part: §1.1 } }',
        );
        // The `problems` field, when the schema has it (other branches add it).
        const text = readFileSync(file, 'utf8');
        if (text.includes('problems:')) {
          fill(
            file,
            /- \{ text: 【待填写】这个案例回应的第一种情形.*\}\n/,
            '- { text: 小区里没有党组织，群众诉求无人回应, cite: { source: test-report, part: §1.1 } }\n',
          );
          fill(
            file,
            /- \{ text: 【待填写】第二种情形.*\}\n/,
            '- { text: 服务站点分散，群众办事要来回跑, editorial: true }\n',
          );
        }
        fill(
          file,
          /\n---\n[\s\S]*$/,
          '\n---\n\n测试县在小区里建立党支部，并向小区选派第一书记<Cite source="test-report" part="§1.1" />。\n',
        );
        const left = readFileSync(file, 'utf8')
          .split('\n')
          .filter((line) => !line.trimStart().startsWith('#') && /【待填写】|dai-tianxie/.test(line));
        if (left.length > 0) throw new Error(`the case still holds a placeholder: ${left.join('\n')}`);
      }),
      buildFixture((content) => {
        steps['new (unfilled)'] = command(dirname(content), 'new-entry.ts', 'case', 'left-unfilled');
      }),
    ]);
    steps['coverage'] = command(build.dir, 'coverage.ts');
  },
  2 * BUILD_TIMEOUT + 30_000,
);

afterAll(() => {
  build?.cleanup();
  unfilled?.cleanup();
  rmSync(dirname(docx), { recursive: true, force: true });
});

const page = (path: string) => readFileSync(join(build.dir, 'dist', path, 'index.html'), 'utf8');

describe('a Word document in, a cited case out', () => {
  it('the commands say what they wrote', () => {
    expect(steps['source:add']).toContain(`已导入来源“test-report”：${GONGWEN_TITLE}，共 8 个部分：`);
    expect(steps['new']).toContain('已创建案例：content/cases/test-report-case.mdx');
    expect(steps['new']).toContain('http://localhost:4321/cases/test-report-case/');
  });

  it('builds', () => {
    expect(build.output).toContain('Complete!');
    expect(build.ok).toBe(true);
  });

  it('shows the case on its page, citing the part', () => {
    const html = page('cases/test-report-case');
    expect(html).toContain(CASE_TITLE);
    expect(html).toMatch(/href="[^"]*\/sources\/test-report\/#part-1\.1"/);
    expect(html).toContain('233');
  });

  it("lists the case under the part on the source's page", () => {
    const html = page('sources/test-report');
    expect(html).toContain(GONGWEN_TITLE);
    const part = html.slice(html.indexOf('id="part-1.1"'), html.indexOf('id="part-1.2"'));
    expect(part).toContain('强化组织引领');
    expect(part).toContain('引用这一部分的条目（1）');
    expect(part).toMatch(/<a href="\/cases\/test-report-case\/">测试县把党支部建到小区<\/a>/);
  });

  it('does not publish the source text', () => {
    const files = readdirSync(join(build.dir, 'dist'), { recursive: true, encoding: 'utf8' });
    expect(files.some((name) => name.includes('source-texts'))).toBe(false);
    const onlyInText = '把组织触角延伸到楼栋单元';
    const holding = files.filter(
      (name) =>
        /\.(html|json|js|txt|xml)$/.test(name) &&
        readFileSync(join(build.dir, 'dist', name), 'utf8').includes(onlyInText),
    );
    expect(holding).toEqual([]);
  });

  it('counts the part as cited, and the figure as stated, in the coverage report', () => {
    const report = steps['coverage'] ?? '';
    expect(report).toContain(`来源 test-report　${GONGWEN_TITLE}`);
    expect(report).toMatch(/§1\.1\s+强化组织引领\s+1\n/);
    expect(report).toMatch(/§1\.2\s+完善服务网络\s+0 {2}← 尚无条目引用/);
    expect(report).toContain('尚无条目引用的部分（7）：导语、§1、§1.2、§2、§3、§3.1、§3.2');
    expect(report).toContain('原文中尚无页面写到的数字（4/5）：');
    expect(report).toMatch(/§1\.1\s+41名\n/);
    expect(report).not.toMatch(/233个/);
  });
});

describe('a scaffold left unfilled', () => {
  it('stops the build, naming the file and each field still to fill in', () => {
    expect(unfilled.ok).toBe(false);
    for (const field of [
      'title',
      'summary',
      'place',
      'themes[0]',
      'actors[0]',
      'sources[0].source',
      'sources[0].part',
      '正文第3行',
    ]) {
      expect(unfilled.output).toContain(`content/cases/left-unfilled.mdx: ${field} 仍是占位内容，请填写`);
    }
  });
});
