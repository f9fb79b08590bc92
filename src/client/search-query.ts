/** Results whose text (a Pagefind fragment, one request each) the search page loads at a time. */
export const RESULTS_PAGE_SIZE = 10;

/** The filters a search URL carries: known names only, empty values dropped. */
export function filtersFromParams(params: URLSearchParams, names: readonly string[]): Record<string, string> {
  return Object.fromEntries(names.flatMap((name) => (params.get(name) ? [[name, params.get(name)!]] : [])));
}

/** `?q=budget&kind=Tool` for a query and its filters, or '' when there is neither (the bare search page). */
export function searchQueryString(q: string, filters: Record<string, string>): string {
  const query = new URLSearchParams({ ...(q ? { q } : {}), ...filters }).toString();
  return query ? `?${query}` : '';
}

/**
 * Numbers the searches started on a page, so that the answer of a superseded one is dropped:
 * `const n = searches.next(); const found = await search(q); if (!searches.isLatest(n)) return;`.
 * Without it, a slow first query that settles after a fast second one overwrites its results.
 */
export function createSequence() {
  let latest = 0;
  return {
    next: () => ++latest,
    isLatest: (n: number) => n === latest,
  };
}
