/**
 * The language switcher keeps what the visitor was doing: the comparison, the filters, the search
 * query. Links are built at build time without a query; pages whose state lives in the address
 * call `keepStateInLanguageLinks` whenever it changes.
 */

/** `href` (a page in another language) with `search` and `hash`, keeping only the parameters named in `keep` if given. */
export function withState(href: string, search: string, hash: string, keep?: readonly string[]): string {
  const path = href.replace(/[?#].*$/, '');
  if (!keep) return `${path}${search}${hash}`;
  const params = new URLSearchParams(search);
  for (const name of [...params.keys()]) if (!keep.includes(name)) params.delete(name);
  // Commas stay readable, as the pages write them (`?tools=a,b`).
  const query = params.toString().replace(/%2C/gi, ',');
  return `${path}${query ? `?${query}` : ''}${hash}`;
}

/**
 * Points every language link at the same state. `keep` names the parameters that mean the same in
 * every language (the search page's filters are labels in the page's language: only `q` carries over).
 */
export function keepStateInLanguageLinks(keep?: readonly string[], doc: Document = document): void {
  const { search, hash } = doc.location;
  for (const link of doc.querySelectorAll<HTMLAnchorElement>('nav.langs a[hreflang]')) {
    link.setAttribute('href', withState(link.getAttribute('href') ?? '', search, hash, keep));
  }
}
