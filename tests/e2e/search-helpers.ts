import type { Page } from '@playwright/test';
import { readSearchPage } from '../search/read-search-page';

/** Runs a query on the /search/ page (already open) and returns the result paths in order. */
export async function resultsFor(page: Page, query: string): Promise<string[]> {
  return (await readSearchPage(page, query)).paths;
}
