import type { Page } from 'playwright-core';

/** Waits for the search page to answer the query in its box: a count or "no results", not "Searching…". */
export async function searchAnswered(page: Page) {
  await page.waitForFunction(() => {
    const status = document.querySelector('#search-status')?.textContent ?? '';
    return status.length > 0 && !status.includes('…');
  });
}

/** Paths of the results on screen, in order. */
export function shownResultPaths(page: Page): Promise<string[]> {
  return page.locator('#search-results a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

/**
 * Paths of every result, through "Show more results" until it goes: a test that a page is *not*
 * found must see them all, not the first page only.
 */
export async function allResultPaths(page: Page): Promise<string[]> {
  await searchAnswered(page);
  while (await page.isVisible('#search-more')) {
    const before = await page.locator('#search-results li').count();
    await page.click('#search-more');
    await page.waitForFunction((n) => document.querySelectorAll('#search-results li').length > n, before);
  }
  return shownResultPaths(page);
}
