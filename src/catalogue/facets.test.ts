import { describe, expect, test } from 'vitest';
import { CriterionSchema, OrganizationSchema, ToolSchema, UseCaseSchema } from '../schemas/index.ts';
import { buildCatalogue, type CatalogueInput } from './model.ts';
import { toolFacets } from './facets.ts';
import { facetControls, facetValueLabel, toolPageFilters } from '../i18n/facet-labels.ts';

const item = <T>(id: string, data: T) => ({ id, data, html: '', file: `content/x/${id}.mdx` });
const tool = (id: string, overrides: Record<string, unknown>) =>
  item(id, ToolSchema.parse({ name: id, summary: 'Un outil civique de démonstration.', website: `https://${id}.example.org`, license: 'MIT', type: 'software', status: 'stable', use_cases: ['consultation'], reviewed: '2026-11-23', sources: [`https://${id}.example.org`], ...overrides }));

function makeInput(): CatalogueInput {
  return {
    tools: [
      tool('decidim', { use_cases: ['consultation', 'budgeting'], status: 'stable', used_by: [{ organization: 'etalab' }, { organization: 'barcelona' }], languages: ['fr', 'es'], criteria: { 'public-api': true, deployment: 'self-hosted', language: 'Ruby on Rails' } }),
      tool('consul', { use_cases: ['budgeting'], status: 'beta', used_by: [{ organization: 'barcelona' }], languages: ['es'], criteria: { 'public-api': false, deployment: 'both' } }),
      tool('echo', { use_cases: ['budgeting'], status: 'stable', license: 'proprietary', type: 'service', criteria: { 'public-api': true } }),
    ],
    useCases: [
      item('consultation', UseCaseSchema.parse({ name: 'Consultation', summary: 'Un cas d’usage de démonstration.' })),
      item('budgeting', UseCaseSchema.parse({ name: 'Budget participatif', summary: 'Un cas d’usage de démonstration.' })),
      item('petitions', UseCaseSchema.parse({ name: 'Pétitions', summary: 'Un cas d’usage sans outil.' })),
    ],
    organizations: [
      item('etalab', OrganizationSchema.parse({ name: 'Etalab', summary: 'Une organisation de démonstration.', type: 'government', country: 'FR', website: 'https://etalab.example.org', sources: ['https://etalab.example.org'] })),
      item('barcelona', OrganizationSchema.parse({ name: 'Barcelona', summary: 'Une organisation de démonstration.', type: 'local-government', country: 'ES', website: 'https://bcn.example.org', sources: ['https://bcn.example.org'] })),
    ],
    collections: [],
    criteria: [
      item('public-api', CriterionSchema.parse({ name: 'API', question: 'Une API publique ?', type: 'boolean' })),
      item('deployment', CriterionSchema.parse({ name: 'Déploiement', question: 'Comment le déployer ?', type: 'enum', values: ['self-hosted', 'hosted', 'both'] })),
      item('language', CriterionSchema.parse({ name: 'Langage', question: 'Quel langage ?', type: 'text' })),
      item('translatable', CriterionSchema.parse({ name: 'Traduisible', question: 'Est-il traduisible ?', type: 'boolean' })),
    ],
  };
}

describe('toolFacets', () => {
  const c = buildCatalogue(makeInput());
  const facets = toolFacets(c);
  const byName = Object.fromEntries(facets.map((f) => [f.name, f]));

  test('one facet per filter, then one per answered criterion, in criterion-name order; unanswered criteria are left out', () => {
    expect(facets.map((f) => f.name)).toEqual(['use_case', 'license', 'status', 'type', 'country', 'language', 'criterion-public-api', 'criterion-deployment', 'criterion-language']);
    expect(byName['criterion-translatable']).toBeUndefined();
    expect(byName['criterion-deployment'].criterion).toBe('deployment');
  });

  test('counts only values that occur; closed lists keep their own order', () => {
    expect(byName.use_case.options).toEqual([{ value: 'budgeting', count: 3 }, { value: 'consultation', count: 1 }]);
    expect(byName.license.options).toEqual([{ value: 'open', count: 2 }, { value: 'proprietary', count: 1 }]);
    expect(byName.status.options).toEqual([{ value: 'beta', count: 1 }, { value: 'stable', count: 2 }]);
    expect(byName.type.options).toEqual([{ value: 'software', count: 2 }, { value: 'service', count: 1 }]);
  });

  test('open lists are sorted by count, then value; a tool counts once per value', () => {
    expect(byName.country.options).toEqual([{ value: 'ES', count: 2 }, { value: 'FR', count: 1 }]);
    expect(byName.language.options).toEqual([{ value: 'es', count: 2 }, { value: 'fr', count: 1 }]);
  });

  test('criterion options: true before false, enum in its values order, text by count', () => {
    expect(byName['criterion-public-api'].options).toEqual([{ value: 'true', count: 2 }, { value: 'false', count: 1 }]);
    expect(byName['criterion-deployment'].options).toEqual([{ value: 'self-hosted', count: 1 }, { value: 'both', count: 1 }]);
    expect(byName['criterion-language'].options).toEqual([{ value: 'Ruby on Rails', count: 1 }]);
  });
});

describe('toolPageFilters', () => {
  const c = buildCatalogue(makeInput());
  test('a tool page carries its kind and each facet value, by its label in the page language', () => {
    expect(toolPageFilters(c, c.tool.get('decidim')!, 'en')).toMatchObject({
      kind: ['Tool'],
      license: ['Open licence'],
      status: ['Stable'],
      country: ['Spain', 'France'],
      language: ['French', 'Spanish'],
      'criterion-public-api': ['Yes'],
      'criterion-language': ['Ruby on Rails'],
    });
  });

  test('every option of the form finds, through its label, exactly the tools it counts', () => {
    for (const locale of ['fr', 'en', 'ar'] as const) {
      const pages = c.tools.map((tool) => toolPageFilters(c, tool, locale));
      const counts = new Map(toolFacets(c).flatMap((f) => f.options.map((o) => [`${f.name}=${o.value}`, o.count] as const)));
      for (const control of facetControls(c, locale)) {
        for (const option of control.options) {
          expect(option.label).toBe(facetValueLabel(c, locale, control.name, option.value));
          const found = pages.filter((f) => f[control.name]?.includes(option.label)).length;
          expect(found, `${locale} ${control.name}=${option.value}`).toBe(counts.get(`${control.name}=${option.value}`));
        }
      }
    }
  });

  test('the form: countries in alphabetical order of their names, counts written for the locale, worked out once', () => {
    const countries = (locale: 'fr' | 'en') => facetControls(c, locale).find((f) => f.name === 'country')!.options.map((o) => o.label);
    expect(countries('fr')).toEqual(['Espagne', 'France']);
    expect(countries('en')).toEqual(['France', 'Spain']);
    expect(facetControls(c, 'fr').find((f) => f.name === 'use_case')!.label).toBe('Cas d’usage');
    expect(facetControls(c, 'fr')).toBe(facetControls(c, 'fr'));
  });
});

describe('long facet lists are grouped', () => {
  const COUNTRIES = ['MA', 'TN', 'DZ', 'EG', 'FR', 'ES', 'DE', 'BR', 'AR', 'US', 'CA', 'JP', 'AU'];
  const LANGS = ['fr', 'en', 'ar', 'de', 'es', 'pt', 'it', 'nl', 'ja', 'tr', 'fa', 'sw', 'en-GB'];
  function input(countries: string[], languages: string[]): CatalogueInput {
    const orgs = countries.map((code) => ({ id: `o-${code.toLowerCase()}`, data: OrganizationSchema.parse({ name: `Org ${code}`, summary: 'Une organisation.', type: 'government', country: code, sources: ['https://example.org'] }), html: '', file: `content/organizations/o-${code.toLowerCase()}.mdx` }));
    const tool = ToolSchema.parse({ name: 'T', summary: 'Un outil pour tester.', website: 'https://t.example', license: 'MIT', type: 'software', use_cases: ['u'], used_by: countries.map((code) => ({ organization: `o-${code.toLowerCase()}` })), languages, reviewed: '2026-11-30', sources: ['https://t.example'] });
    return { tools: [{ id: 't', data: tool, html: '', file: 'content/tools/t.mdx' }], useCases: [{ id: 'u', data: UseCaseSchema.parse({ name: 'U', summary: 'Un besoin pour tester.' }), html: '', file: 'content/use-cases/u.mdx' }], organizations: orgs, collections: [], criteria: [] };
  }

  test('countries by continent, named in the page language; languages of the site first', () => {
    const controls = facetControls(buildCatalogue(input(COUNTRIES, LANGS)), 'fr');
    const country = controls.find((f) => f.name === 'country')!;
    expect(country.groups!.map((g) => g.label)).toEqual(['Afrique', 'Amérique du Nord', 'Amérique du Sud', 'Asie', 'Europe', 'Océanie']);
    expect(country.groups![0].options.map((o) => o.value)).toEqual(['DZ', 'EG', 'MA', 'TN']);
    // Every option is in exactly one group, and the flat list stays whole for the scripts that count.
    expect(country.groups!.flatMap((g) => g.options).length).toBe(country.options.length);
    const language = controls.find((f) => f.name === 'language')!;
    expect(language.groups!.map((g) => g.label)).toEqual(['Langues de ce site', 'Autres langues']);
    expect(language.groups![0].options.map((o) => o.value).sort()).toEqual(['ar', 'en', 'en-GB', 'fr']);
    const ar = facetControls(buildCatalogue(input(COUNTRIES, LANGS)), 'ar').find((f) => f.name === 'country')!;
    expect(ar.groups!.map((g) => g.label)).toContain('أفريقيا');
  });

  test('a short list stays flat', () => {
    const controls = facetControls(buildCatalogue(input(['MA', 'TN', 'FR'], ['fr', 'ar'])), 'en');
    expect(controls.find((f) => f.name === 'country')!.groups).toBeUndefined();
    expect(controls.find((f) => f.name === 'language')!.groups).toBeUndefined();
  });
});
