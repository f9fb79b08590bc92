import type { Catalogue, Item } from '../lib/catalogue-model.ts';
import { facetValues } from '../lib/catalogue-model.ts';
import type { Locale, Tool } from '../schemas/index.ts';
import { countryName, languageName, useTranslations } from './translate.ts';
import type { UiKey } from './ui.ts';

const FACET_KEYS: Record<string, UiKey> = {
  use_case: 'filter.useCase',
  license: 'filter.license',
  status: 'filter.status',
  type: 'filter.type',
  country: 'filter.country',
  language: 'filter.language',
};

/** Label of a facet (a select of the tool list, a filter of the search page). */
export function facetLabel(c: Catalogue, locale: Locale, name: string): string {
  if (name.startsWith('criterion-')) return c.criterion.get(name.slice('criterion-'.length))?.text[locale].name ?? name;
  return useTranslations(locale)(FACET_KEYS[name]);
}

/**
 * Label of one value of a facet in `locale`. It is also the value of the Pagefind filter of the
 * same name on tool pages, so the tool list can ask Pagefind for the tools with that value.
 */
export function facetValueLabel(c: Catalogue, locale: Locale, name: string, value: string): string {
  const t = useTranslations(locale);
  switch (name) {
    case 'use_case': return c.useCase.get(value)?.text[locale].name ?? value;
    case 'license': return t(`licenseFamily.${value}` as UiKey);
    case 'status': return t(`status.${value}` as UiKey);
    case 'type': return t(`type.${value}` as UiKey);
    case 'country': return countryName(value, locale);
    case 'language': return languageName(value, locale);
  }
  if (value === 'true') return t('filter.yes');
  if (value === 'false') return t('filter.no');
  return value;
}

/** The Pagefind filters of a tool page: one per facet of the tool list, plus its kind. */
export function toolPageFilters(c: Catalogue, tool: Item<Tool>, locale: Locale): Record<string, string[]> {
  const v = facetValues(c, tool);
  const raw: Record<string, string[]> = {
    use_case: v.useCases,
    license: [v.license],
    status: [v.status],
    type: [v.type],
    country: v.countries,
    language: v.languages,
  };
  for (const [k, value] of Object.entries(tool.data.criteria)) raw[`criterion-${k}`] = [String(value)];
  const out: Record<string, string[]> = { kind: [useTranslations(locale)('kind.tools')] };
  for (const [name, values] of Object.entries(raw)) if (values.length) out[name] = values.map((value) => facetValueLabel(c, locale, name, value));
  return out;
}
