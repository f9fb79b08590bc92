import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { buildCatalogue, type CatalogueInput } from '../catalogue/model.ts';
import { OrganizationSchema, ToolSchema, UseCaseSchema } from '../schemas/index.ts';
import { SOFTWARE_TYPES, STATUSES, MAINTENANCE_TYPES } from '../schemas/vocab.ts';
import { markdownFromHtml, publiccodeFor, exportableTools, USE_CASE_CATEGORIES } from './publiccode.ts';
import { mapPubliccode, parsePubliccode } from '../../scripts/lib/publiccode.ts';

/**
 * The keys version 0.4 of the standard documents as mandatory ("Presence: mandatory"), from
 * https://github.com/publiccodeyml/publiccode.yml/blob/96c52eb95381ae1fccb317005a5461f5ca5ed209/docs/standard/schema.core.rst
 * (tag v0.4.0); `[lang]` is any language of `description`.
 */
const REQUIRED_0_4 = ['publiccodeYmlVersion', 'name', 'url', 'platforms', 'categories', 'developmentStatus', 'softwareType', 'description/[lang]/shortDescription', 'legal/license', 'maintenance/type', 'localisation/localisationReady', 'localisation/availableLanguages'];
/** The standard's category list at the same tag (docs/standard/categories-list.rst), one per line. */
const CATEGORIES_0_4 = new Set(readFileSync(new URL('./publiccode-0.4-categories.txt', import.meta.url), 'utf8').split('\n').filter(Boolean));

const item = <T>(kind: string, id: string, data: T, html = '<p>Texte.</p>') => ({ id, data, html, file: `content/${kind}/${id}.mdx` });
const LONG_HTML =
  '<h2>Ce que fait Budget Ouvert</h2><p>Budget Ouvert présente le budget voté d’une collectivité en graphiques, poste par poste, avec la comparaison d’une année sur l’autre &amp; le téléchargement des données.</p><ul><li>Graphiques par <strong>poste</strong></li><li>Données en <a href="https://example.org/csv">CSV</a></li></ul>';

function catalogue(tool: Record<string, unknown> = {}) {
  const input: CatalogueInput = {
    tools: [
      item('tools', 'budget', ToolSchema.parse({ name: 'Budget Ouvert', summary: 'Présente le budget voté d’une collectivité en graphiques.', website: 'https://budget.example.org', source: 'https://github.com/example/budget', license: 'EUPL-1.2', type: 'software', status: 'stable', use_cases: ['budget-transparency'], developers: ['ville'], languages: ['fr', 'ar'], software_type: 'standalone/web', platforms: ['web'], maintenance: 'internal', reviewed: '2026-11-30', sources: ['https://github.com/example/budget/blob/0000000000000000000000000000000000000000/publiccode.yml'], ...tool }), LONG_HTML),
    ],
    useCases: [item('use-cases', 'budget-transparency', UseCaseSchema.parse({ name: 'Transparence budgétaire', summary: 'Publier les budgets et leur exécution.' }))],
    organizations: [item('organizations', 'ville', OrganizationSchema.parse({ name: 'Ville d’Exemple', summary: 'Une commune.', type: 'local-government', country: 'FR', sources: ['https://example.org'] }))],
    collections: [],
    criteria: [],
    translations: [
      { lang: 'en', kind: 'use-cases', original: 'budget-transparency', name: 'Budget transparency', summary: 'Publish budgets.', html: '<p>Text.</p>', stale: false, file: 'content/translations/en/use-cases/budget-transparency.mdx' },
      { lang: 'en', kind: 'tools', original: 'budget', summary: 'Shows a local authority’s adopted budget in charts.', html: '<p>Budget Ouvert shows the adopted budget of a local authority in charts, line by line, with a year-on-year comparison and data to download for anyone who wants to reuse it.</p>', stale: false, file: 'content/translations/en/tools/budget.mdx' },
      { lang: 'ar', kind: 'tools', original: 'budget', summary: 'ترجمة قديمة.', html: '<p>نص.</p>', stale: true, file: 'content/translations/ar/tools/budget.mdx' },
    ],
  };
  return buildCatalogue(input);
}

const at = (doc: any, path: string): unknown[] => {
  const [head, ...rest] = path.split('/');
  if (head === '[lang]') return Object.values(doc ?? {}).flatMap((v) => at(v, rest.join('/')));
  const value = doc?.[head];
  return rest.length ? at(value, rest.join('/')) : [value];
};

describe('/api/tools/<id>/publiccode.yml', () => {
  const result = publiccodeFor(catalogue(), 'budget');
  const doc = result.ok ? parse(result.text) : undefined;

  test('has every key version 0.4 documents as mandatory, with values of its vocabularies', () => {
    expect(result.ok).toBe(true);
    for (const key of REQUIRED_0_4) {
      const values = at(doc, key);
      expect(values.length, key).toBeGreaterThan(0);
      for (const v of values) expect(v, key).not.toBeUndefined();
    }
    expect(STATUSES).toContain(doc.developmentStatus);
    expect(SOFTWARE_TYPES).toContain(doc.softwareType);
    expect(MAINTENANCE_TYPES).toContain(doc.maintenance.type);
    for (const c of doc.categories) expect(CATEGORIES_0_4.has(c), c).toBe(true);
    // At least one language has the long description (150 to 10,000 characters) and the features.
    const complete = Object.values<any>(doc.description).filter((d) => d.longDescription && d.features?.length);
    expect(complete.length).toBeGreaterThan(0);
    for (const d of Object.values<any>(doc.description)) {
      expect(d.shortDescription.length).toBeLessThanOrEqual(150);
      if (d.longDescription) expect(d.longDescription.length).toBeGreaterThanOrEqual(150);
    }
    // Internal or community maintenance needs contacts: the maintaining organisations, never a person.
    expect(doc.maintenance.contacts).toEqual([{ name: 'Ville d’Exemple' }]);
  });

  test('carries the entry and its up-to-date translations, not a stale one', () => {
    expect(doc).toMatchObject({ publiccodeYmlVersion: '0.4', name: 'Budget Ouvert', url: 'https://github.com/example/budget.git', landingURL: 'https://budget.example.org', legal: { license: 'EUPL-1.2' }, localisation: { localisationReady: true, availableLanguages: ['fr', 'ar'] }, categories: ['budgeting', 'financial-reporting'] });
    expect(Object.keys(doc.description)).toEqual(['fr', 'en']);
    expect(doc.description.fr.features).toEqual(['Transparence budgétaire']);
    expect(doc.description.en.features).toEqual(['Budget transparency']);
    expect(doc.description.fr.longDescription).toContain('- Graphiques par **poste**');
    expect(doc.description.fr.longDescription).toContain('[CSV](https://example.org/csv)');
    expect(doc.description.fr.longDescription).toContain('autre & le téléchargement');
  });

  test('goes back in through the importer with the same facts', () => {
    const parsed = parsePubliccode(result.ok ? result.text : '', 'budget/publiccode.yml');
    expect(parsed.problems).toEqual([]);
    const mapped = mapPubliccode(parsed.data!, { today: '2026-11-30', useCaseIds: new Set(['budget-transparency', 'participatory-budgeting']), sourceUrl: 'https://civic.example.org/api/tools/budget/publiccode.yml' });
    expect(mapped.ok).toBe(true);
    if (!mapped.ok) return;
    expect(mapped.draft.data).toMatchObject({ name: 'Budget Ouvert', source: 'https://github.com/example/budget', website: 'https://budget.example.org', license: 'EUPL-1.2', status: 'stable', software_type: 'standalone/web', platforms: ['web'], maintenance: 'internal', languages: ['fr', 'ar'], use_cases: ['budget-transparency'], lang: 'fr' });
    expect(mapped.draft.translations.map((t) => t.lang)).toEqual(['en']);
  });

  test('a tool without a required fact is not exported, and says which', () => {
    const missing = (tool: Record<string, unknown>) => {
      const r = publiccodeFor(catalogue(tool), 'budget');
      return r.ok ? [] : r.missing;
    };
    expect(missing({ software_type: undefined, platforms: [] })).toEqual(['software_type', 'platforms']);
    expect(missing({ type: 'service', source: undefined })[0]).toMatch(/^type: software/);
    expect(missing({ license: 'proprietary' })).toEqual(['an open licence']);
    expect(missing({ maintenance: 'contract' })[0]).toMatch(/end date of the maintenance contract/);
    expect(missing({ developers: [] })[0]).toMatch(/^developers/);
    expect(missing({ languages: ['fr'] })[0]).toMatch(/second interface language/);
    expect(missing({ languages: ['fr'], criteria: { translatable: true } })).toEqual([]);
    expect(missing({ use_cases: ['budget-transparency'], status: undefined })).toEqual(['status']);
    expect(exportableTools(catalogue({ maintenance: undefined }))).toEqual([]);
  });

  test('maintenance "none" needs no contact', () => {
    const r = publiccodeFor(catalogue({ maintenance: 'none', developers: [] }), 'budget');
    expect(r.ok && parse(r.text).maintenance).toEqual({ type: 'none' });
  });
});

test('every category the use cases map to is in the standard’s list', () => {
  for (const [useCase, cats] of Object.entries(USE_CASE_CATEGORIES)) for (const c of cats) expect(CATEGORIES_0_4.has(c), `${useCase}: ${c}`).toBe(true);
});

test('HTML of the site becomes plain text with light Markdown', () => {
  expect(markdownFromHtml('<p>A &lt;b&gt; &#233;t&#xE9;</p><ol><li>one</li><li><em>two</em></li></ol>')).toBe('A <b> été\n\n- one\n- two');
});
