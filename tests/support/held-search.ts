import type { Page } from 'playwright-core';

/**
 * Pagefind's bundle, with a `search` whose answer a test can hold back: the page's own code then
 * runs unchanged, but the test decides which of two queries answers last.
 * In the page: `__holdSearch('decidim')` holds the next answers for that term until
 * `__releaseSearch('decidim')`; `__heldSearches` lists the terms whose answer is ready and held;
 * `__settledSearches` the terms whose answer reached the page; `__pendingData` counts the
 * result.data() calls not yet answered, so a test knows when the page has finished with an answer.
 */
const HELD_SEARCH_MODULE = `
import * as pagefind from '/pagefind/pagefind.js?unheld';
export * from '/pagefind/pagefind.js?unheld';
const gates = new Map();
Object.assign(window, {
  __heldSearches: [],
  __settledSearches: [],
  __pendingData: 0,
  __holdSearch(term) {
    let release;
    const gate = new Promise((done) => (release = done));
    gates.set(term, { gate, release });
  },
  __releaseSearch(term) {
    gates.get(term)?.release();
    gates.delete(term);
  },
});
export async function search(term, options) {
  const answer = await pagefind.search(term, options);
  const held = gates.get(term);
  if (held) {
    window.__heldSearches.push(term);
    await held.gate;
  }
  for (const result of answer.results) {
    const data = result.data;
    result.data = () => {
      window.__pendingData++;
      return data().finally(() => window.__pendingData--);
    };
  }
  window.__settledSearches.push(term);
  return answer;
}
`;

/** Serves HELD_SEARCH_MODULE as /pagefind/pagefind.js to this page (the real bundle stays at ?unheld). */
export async function holdableSearch(page: Page) {
  await page.route(
    (url) => url.pathname === '/pagefind/pagefind.js' && url.search === '',
    (route) => route.fulfill({ contentType: 'text/javascript; charset=utf-8', body: HELD_SEARCH_MODULE }),
  );
}
