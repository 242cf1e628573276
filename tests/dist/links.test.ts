import { describe, expect, test } from 'vitest';
import { allowedExternalUrls, checkLinks } from '../../scripts/dist-checks/links.ts';

describe('links in the build', () => {
  const report = checkLinks();

  test('every internal link resolves to a file, and every #anchor to an element id', () => {
    expect(report.checked).toBeGreaterThan(0);
    expect(report.problems, report.problems.join('\n')).toEqual([]);
  });

  test('external links go only to the sources’ URLs, with rel nofollow or noreferrer', () => {
    const allowed = allowedExternalUrls();
    expect(report.externalProblems, report.externalProblems.join('\n')).toEqual([]);
    for (const link of report.external) expect(allowed).toContain(link.url);
    // The list, for the record: each source URL is linked from its source page.
    console.log(`External links:\n${report.external.map((l) => `  ${l.page} → ${l.url} (rel="${l.rel}")`).join('\n')}`);
  });
});
