import type { Catalogue } from './model.ts';
import { facetValues } from './model.ts';
import { LICENSE_FAMILIES, SHOWN_STATUSES, TOOL_TYPES } from '../schemas/vocab.ts';

export interface FacetOption {
  value: string;
  count: number;
}

export interface Facet {
  /** Query parameter and data attribute name. */
  name: string;
  options: FacetOption[];
  /** Criterion id, for criteria facets. */
  criterion?: string;
}

function count(values: Iterable<string>[], order?: readonly string[]): FacetOption[] {
  const counts = new Map<string, number>();
  for (const list of values) for (const v of new Set(list)) counts.set(v, (counts.get(v) ?? 0) + 1);
  const options = [...counts].map(([value, n]) => ({ value, count: n }));
  return order
    ? options.sort((a, b) => order.indexOf(a.value) - order.indexOf(b.value))
    : options.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}

/**
 * The facets of the tool list, with only the values that occur (a filter that can only return
 * nothing is noise) and how many tools have each.
 */
export function toolFacets(c: Catalogue): Facet[] {
  // Every page of the tool list shows the same facets: count them once per catalogue.
  let facets = facetMemo.get(c);
  if (!facets) facetMemo.set(c, (facets = countFacets(c)));
  return facets;
}
const facetMemo = new WeakMap<Catalogue, Facet[]>();

function countFacets(c: Catalogue): Facet[] {
  const values = c.tools.map((t) => facetValues(c, t));
  const facets: Facet[] = [
    { name: 'use_case', options: count(values.map((v) => v.useCases), c.useCases.map((u) => u.id)) },
    { name: 'license', options: count(values.map((v) => [v.license]), LICENSE_FAMILIES) },
    { name: 'status', options: count(values.map((v) => [v.status]), SHOWN_STATUSES) },
    { name: 'type', options: count(values.map((v) => [v.type]), TOOL_TYPES) },
    { name: 'country', options: count(values.map((v) => v.countries)) },
    { name: 'language', options: count(values.map((v) => v.languages)) },
  ];
  for (const criterion of c.criteria) {
    const answers = c.tools.map((t) => (criterion.id in t.data.criteria ? [String(t.data.criteria[criterion.id])] : []));
    const order = criterion.data.type === 'boolean' ? ['true', 'false'] : criterion.data.values;
    const options = count(answers, order);
    if (options.length) facets.push({ name: `criterion-${criterion.id}`, criterion: criterion.id, options });
  }
  return facets.filter((f) => f.options.length > 0);
}
