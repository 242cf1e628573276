import { expect, type Page } from '@playwright/test';

/** Runs a query on the /search/ page (already open) and returns the result paths in order. */
export async function resultsFor(page: Page, query: string): Promise<string[]> {
  await page.fill('#search-input', query);
  await page.press('#search-input', 'Enter');
  // The page sets data-query once the results for this query are on screen.
  await expect(page.locator('#search-status')).toHaveAttribute('data-query', query.trim());
  const hrefs = await page.locator('#search-results h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  return hrefs.map((href) => new URL(href, 'http://x').pathname);
}
