// Valid HTML: html-validate, with the repository's rules, over every built page.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_DIST, ROOT, htmlFiles, pagePath } from './load-built-pages.ts';

/**
 * Runs html-validate with the repository's .htmlvalidate.json over every page of the build.
 * Returns one line per error: `path:line:column rule message`.
 */
export async function validateHtml(dist: string = DEFAULT_DIST, configFile: string = join(ROOT, '.htmlvalidate.json')): Promise<string[]> {
  const { HtmlValidate } = await import('html-validate');
  const config = JSON.parse(readFileSync(configFile, 'utf8'));
  const validator = new HtmlValidate({ ...config, root: true });
  const errors: string[] = [];
  for (const file of htmlFiles(dist)) {
    const report = await validator.validateFile(join(dist, file));
    for (const result of report.results) {
      for (const message of result.messages) {
        if (message.severity === 2) errors.push(`${pagePath(file)}:${message.line}:${message.column} [${message.ruleId}] ${message.message}`);
      }
    }
  }
  return errors;
}
