import type { Locale } from '../../schemas/vocab.ts';
import { facetControls, type FacetControl } from '../../i18n/facet-labels.ts';
import type { Catalogue } from '../model.ts';
import { pageCount, pageOf } from '../pagination.ts';
import { cardView, type CardView } from './common.ts';

export interface ToolListView {
  number: number;
  count: number;
  first: number;
  last: number;
  /** Tools in the whole catalogue. */
  total: number;
  cards: CardView[];
  /** The filters, with each value's count for the whole catalogue. */
  facets: FacetControl[];
}

/** Everything page `number` of /<locale>/tools/ shows that comes from the catalogue (48 tools by name, the facets). */
export function toolListView(c: Catalogue, locale: Locale, number: number): ToolListView {
  const page = pageOf(c.tools, number);
  return {
    number,
    count: page.count,
    first: page.first,
    last: page.last,
    total: page.total,
    cards: page.items.map((tool) => cardView(locale, tool)),
    facets: facetControls(c, locale),
  };
}

/** The numbers of the tool list's pages after the first (page 1 is the list's own URL). */
export function laterPages(c: Catalogue): number[] {
  return Array.from({ length: pageCount(c.tools.length) - 1 }, (_, i) => i + 2);
}
