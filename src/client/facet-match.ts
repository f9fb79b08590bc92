/** Shared by the build (which writes the tokens) and the browser (which reads them from the URL): no imports. */

/** Text answers ("Ruby on Rails") become one space-free token; options are encoded the same way. */
export function encodeToken(value: string): string {
  return encodeURIComponent(value);
}

/** Selected facets from a query string, keeping only known facet names. */
export function selectionFromQuery(search: string, names: readonly string[]): Record<string, string> {
  const params = new URLSearchParams(search);
  const out: Record<string, string> = {};
  for (const name of names) {
    const value = params.get(name);
    if (value) out[name] = value;
  }
  return out;
}

/** Query string for a selection: empty values dropped, stable order. */
export function queryFromSelection(selection: Record<string, string>): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(selection).sort(([a], [b]) => a.localeCompare(b))) if (v) params.set(k, v);
  const text = params.toString();
  return text ? `?${text}` : '';
}
