import { expect, test } from 'vitest';
import { checkHead } from '../../scripts/dist-checks/head-tags.ts';
import { checkSitemap } from '../../scripts/dist-checks/sitemap.ts';

// A noindex page (404, offline) stands for no address: it has no canonical link or og:url and is
// left out of the sitemap. Every other page has both, pointing at itself.
test('every page has lang="zh-CN", one <title>, a description, og:title/description, and a canonical link and og:url unless noindex', () => {
  const problems = checkHead();
  expect(problems, problems.join('\n')).toEqual([]);
});

test('sitemap-index.xml and sitemap-0.xml list every page except 404 and noindex pages', () => {
  const problems = checkSitemap();
  expect(problems, problems.join('\n')).toEqual([]);
});
