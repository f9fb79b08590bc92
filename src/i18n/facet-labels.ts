import type { Catalogue, Item } from '../catalogue/model.ts';
import { toolFacets } from '../catalogue/facets.ts';
import { facetValues } from '../catalogue/model.ts';
import { countries } from 'countries-list';
import { LOCALES, type Locale, type ShownStatus, type Tool, type ToolType } from '../schemas/index.ts';
import { statusLabel, typeLabel } from './labels.ts';
import { countryName, formatNumber, languageName, useTranslations } from './translate.ts';
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
    case 'status': return statusLabel(value as ShownStatus, locale);
    case 'type': return typeLabel(value as ToolType, locale);
    case 'country': return countryName(value, locale);
    case 'language': return languageName(value, locale);
  }
  if (value === 'true') return t('filter.yes');
  if (value === 'false') return t('filter.no');
  if (name.startsWith('criterion-')) return c.criterion.get(name.slice('criterion-'.length))?.text[locale].labels?.[value] ?? value;
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

export interface FacetOption {
  value: string;
  label: string;
  count: string;
}

export interface FacetControl {
  name: string;
  label: string;
  options: FacetOption[];
  /** Long lists (countries, languages) in labelled groups, for the select's optgroups; `options` keeps them all. */
  groups?: { label: string; options: FacetOption[] }[];
}

/** UN M.49 region of each continent code of countries-list, so Intl names the region in every language. */
const CONTINENT_REGIONS: Record<string, string> = { AF: '002', AS: '142', EU: '150', NA: '003', SA: '005', OC: '009', AN: '010' };
const regionNames = new Map<Locale, Intl.DisplayNames>();

/** The continent of a country (ISO 3166-1 alpha-2), named in `locale`; from the countries-list data set. */
export function continentName(code: string, locale: Locale): string | undefined {
  const continent = (countries as Record<string, { continent?: string }>)[code.toUpperCase()]?.continent;
  if (!continent) return undefined;
  let names = regionNames.get(locale);
  if (!names) regionNames.set(locale, (names = new Intl.DisplayNames([locale], { type: 'region' })));
  return names.of(CONTINENT_REGIONS[continent]) ?? continent;
}

/** Options in labelled groups, groups by name, options as they come (already sorted). */
function groupBy(options: FacetOption[], groupOf: (o: FacetOption) => string, collator: Intl.Collator, first?: string): { label: string; options: FacetOption[] }[] {
  const groups = new Map<string, FacetOption[]>();
  for (const o of options) {
    const g = groupOf(o);
    groups.set(g, [...(groups.get(g) ?? []), o]);
  }
  return [...groups].map(([label, opts]) => ({ label, options: opts })).sort((a, b) => (a.label === first ? -1 : b.label === first ? 1 : collator.compare(a.label, b.label)));
}

/** Past this many values, countries and languages are grouped (by continent; this site's languages first). */
export const GROUP_FROM = 12;

/**
 * The tool list's facets as the form shows them in `locale`: labels, counts, countries and
 * languages in alphabetical order. Every page of the list shows the same form, so it is worked out
 * once per catalogue and locale, not on each of the hundreds of pages of a large catalogue.
 */
export function facetControls(c: Catalogue, locale: Locale): FacetControl[] {
  let byLocale = controlsMemo.get(c);
  if (!byLocale) controlsMemo.set(c, (byLocale = new Map()));
  let controls = byLocale.get(locale);
  if (!controls) byLocale.set(locale, (controls = makeControls(c, locale)));
  return controls;
}
const controlsMemo = new WeakMap<Catalogue, Map<Locale, FacetControl[]>>();

function makeControls(c: Catalogue, locale: Locale): FacetControl[] {
  const collator = new Intl.Collator(locale);
  return toolFacets(c).map((facet) => {
    const options = facet.options.map((o) => ({ value: o.value, label: facetValueLabel(c, locale, facet.name, o.value), count: formatNumber(o.count, locale) }));
    if (facet.name === 'country' || facet.name === 'language') options.sort((a, b) => collator.compare(a.label, b.label));
    const control: FacetControl = { name: facet.name, label: facetLabel(c, locale, facet.name), options };
    const t = useTranslations(locale);
    if (options.length >= GROUP_FROM && facet.name === 'country') control.groups = groupBy(options, (o) => continentName(o.value, locale) ?? t('filter.otherCountries'), collator);
    if (options.length >= GROUP_FROM && facet.name === 'language') {
      const site = t('filter.siteLanguages');
      control.groups = groupBy(options, (o) => ((LOCALES as readonly string[]).includes(o.value.split('-')[0]) ? site : t('filter.otherLanguages')), collator, site);
    }
    return control;
  });
}
