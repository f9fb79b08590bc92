import { describe, expect, test } from 'vitest';
import { compareRows, MAX_COMPARE, parseSelection, selectionQuery, unknownIds, type CompareLabels } from './compare.ts';

describe('unknownIds', () => {
  const known = (id: string) => ['decidim', 'ckan'].includes(id);
  test('names what the address asks for and the catalogue does not have, once each, in order', () => {
    expect(unknownIds('?tools=decidim,nope,ckan,nope,%3Cb%3E', known)).toEqual(['nope', '<b>']);
    expect(unknownIds('?tools=decidim&tools=gone', known)).toEqual(['gone']);
    expect(unknownIds('?tools=decidim,,ckan', known)).toEqual([]);
    expect(unknownIds('', known)).toEqual([]);
  });
});

describe('parseSelection', () => {
  test.each([
    ['?tools=decidim,consul-democracy', ['decidim', 'consul-democracy'], 'the shareable comma form'],
    ['?tools=decidim&tools=umap', ['decidim', 'umap'], 'repeated parameters, as a form without JavaScript sends them'],
    ['?tools=decidim%2Cumap', ['decidim', 'umap'], 'an encoded comma'],
    ['?tools=a,b,c,d,e,f', ['a', 'b', 'c', 'd'], `at most ${MAX_COMPARE}`],
    ['?tools=decidim,decidim,umap', ['decidim', 'umap'], 'a repeat counts once'],
    ['?tools=../etc,Decidim,%3Cscript%3E,,umap', ['umap'], 'anything that is not an id is dropped'],
    ['', [], 'nothing chosen'],
  ])('%s -> %j (%s)', (search, ids) => {
    expect(parseSelection(search)).toEqual(ids);
  });

  test('unknown tools do not take a place among the four', () => {
    expect(parseSelection('?tools=ghost,a,b,c,d', (id) => id !== 'ghost')).toEqual(['a', 'b', 'c', 'd']);
  });

  test('selectionQuery round-trips', () => {
    expect(selectionQuery(['decidim', 'umap'])).toBe('?tools=decidim,umap');
    expect(selectionQuery([])).toBe('');
    expect(parseSelection(selectionQuery(['a', 'b-c']))).toEqual(['a', 'b-c']);
  });
});

const labels: CompareLabels = {
  license: 'Licence', status: 'Statut', type: 'Type', languages: 'Langues', useCases: 'Cas d’usage', usedBy: 'Utilisé par', yes: 'Oui', no: 'Non', proprietary: 'Propriétaire', licenseUnknown: 'Non indiquée',
  statuses: { stable: 'Stable', beta: 'Bêta' }, types: { software: 'Logiciel', service: 'Service' },
};
const link = (kind: string, id: string, name: string) => ({ id, name: { fr: name, en: name, ar: name }, url: { fr: `https://x.org/fr/${kind}/${id}/`, en: `https://x.org/en/${kind}/${id}/`, ar: `https://x.org/ar/${kind}/${id}/` }, api: `https://x.org/api/${kind}/${id}.json` });
const tool = (id: string, over: Record<string, unknown> = {}) => ({
  id, lang: 'fr', text: { fr: { name: id } }, url: link('tools', id, id).url, api: '', website: 'https://x.org', license: 'MIT', license_family: 'open', type: 'software', status: 'stable',
  use_cases: [link('use-cases', 'budget', 'Budget')], developers: [], used_by: [], languages: ['fr', 'ar'], countries: [], criteria: [], tags: [], collections: [], reviewed: '2026-01-01', sources: [], ...over,
}) as any;
const criterion = (id: string, text: Record<string, { name: string; labels?: Record<string, string> }>, lang = 'fr') => ({ id, lang, text, url: link('criteria', id, id).url, api: '', type: 'boolean' }) as any;

describe('compareRows', () => {
  const rows = compareRows(
    [
      tool('a', { criteria: [{ criterion: link('criteria', 'api', 'API'), value: true }], used_by: [{ organization: link('organizations', 'paris', 'Paris'), since: 2019 }] }),
      tool('b', { license: 'proprietary', type: 'service', status: 'beta', languages: [], criteria: [{ criterion: link('criteria', 'hosting', 'Hosting'), value: 'self-hosted' }, { criterion: link('criteria', 'dpg', 'DPG'), value: 'archived' }] }),
    ],
    [
      criterion('api', { fr: { name: 'API publique' } }),
      criterion('hosting', { en: { name: 'Hosting' } }, 'en'),
      criterion('dpg', { fr: { name: 'Bien public numérique', labels: { archived: 'Archivé' } } }),
      criterion('unused', { fr: { name: 'Jamais renseigné' } }),
    ],
    'fr',
    labels,
  );
  const row = (key: string) => rows.find((r) => r.key === key)!;

  test('one row per aspect, then every criterion in catalogue order', () => {
    expect(rows.map((r) => r.key)).toEqual(['license', 'status', 'type', 'languages', 'use-cases', 'used-by', 'criterion-api', 'criterion-hosting', 'criterion-dpg', 'criterion-unused']);
  });

  test('facts in the page language; licences stay left to right', () => {
    expect(row('license').cells).toEqual([{ text: 'MIT', dir: 'ltr' }, { text: 'Propriétaire' }]);
    expect(row('status').cells).toEqual([{ text: 'Stable' }, { text: 'Bêta' }]);
    expect(row('languages').cells).toEqual([{ text: 'français, arabe' }, { missing: true }]);
  });

  test('a tool whose licence no source states says so, as its status would', () => {
    const [license] = compareRows([tool('c', { license: undefined, license_family: 'unknown', status: undefined })], [], 'fr', { ...labels, statuses: { ...labels.statuses, unknown: 'Non indiqué' } });
    expect(license.cells).toEqual([{ text: 'Non indiquée' }]);
  });

  test('links stay on this site and deployments carry their year', () => {
    expect(row('use-cases').cells[0]).toEqual({ links: [{ href: '/fr/use-cases/budget/', text: 'Budget' }] });
    expect(row('used-by').cells).toEqual([{ links: [{ href: '/fr/organizations/paris/', text: 'Paris', note: '2019' }] }, { missing: true }]);
  });

  test('criteria answers: yes/no, enum values, missing; an untranslated name keeps its language', () => {
    expect(row('criterion-api').cells).toEqual([{ text: 'Oui' }, { missing: true }]);
    expect(row('criterion-hosting')).toMatchObject({ label: 'Hosting', lang: 'en', cells: [{ missing: true }, { text: 'self-hosted' }] });
    expect(row('criterion-unused').cells).toEqual([{ missing: true }, { missing: true }]);
    // An enum value reads as its label when the criterion gives one, as its code otherwise.
    expect(row('criterion-dpg').cells).toEqual([{ missing: true }, { text: 'Archivé' }]);
  });
});
