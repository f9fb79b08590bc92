import { describe, expect, test } from 'vitest';
import { buildCatalogue } from '../model.ts';
import { CollectionSchema } from '../../schemas/index.ts';
import { makeInput, item, tool } from '../../../tests/support/sample-catalogue.ts';
import { toolFacets } from '../facets.ts';
import { toolView, useCaseSearchWeight } from './tool.ts';
import { collectionView } from './collection.ts';
import { organizationView } from './organization.ts';
import { useCaseView } from './use-case.ts';

function catalogue() {
  const input = makeInput();
  input.collections = [item('collections', 'kit', CollectionSchema.parse({ name: 'Kit', summary: 'Une collection de démonstration.', curator: 'etalab', tools: [{ tool: 'decidim', note: 'Pour commencer.' }, { tool: 'consul', note: 'Pour les villes.' }], updated: '2026-11-23' }))];
  input.translations = [
    { lang: 'en', kind: 'collections', original: 'kit', name: 'Starter kit', summary: 'A demonstration collection.', notes: { decidim: 'To begin with.' }, html: '<p>In English.</p>', stale: false, file: 'content/translations/en/collections/kit.mdx' },
  ];
  return buildCatalogue(input);
}
const c = catalogue();

describe('toolView', () => {
  test('resolves every link and label in the page language', () => {
    const v = toolView(c, 'decidim', 'en')!;
    expect(v.name).toBe('Decidim');
    expect(v.crumbs.map((x) => x.href)).toEqual(['/en/', '/en/tools/']);
    expect(v.facts.license).toEqual({ label: 'MIT', href: 'https://spdx.org/licenses/MIT.html', dir: 'ltr' });
    expect(v.facts.status).toBe('Stable');
    expect(v.facts.useCases.map((u) => u.href)).toEqual(['/en/use-cases/consultation/', '/en/use-cases/budgeting/', '/en/use-cases/petitions/']);
    expect(v.facts.developers.map((o) => o.name)).toEqual(['Ajuntament de Barcelona']);
    expect(v.usedBy[0]).toEqual({ organization: expect.objectContaining({ href: '/en/organizations/barcelona/' }), since: 'since 2016' });
    expect(v.criteria).toEqual([{ criterion: expect.objectContaining({ href: '/en/criteria/#public-api', name: 'API publique' }), answer: 'Yes' }]);
    expect(v.collections.map((x) => [x.href, x.name])).toEqual([['/en/collections/kit/', 'Starter kit']]);
  });

  test('French text on an English page is marked with its language and kept out of the index', () => {
    const v = toolView(c, 'decidim', 'en')!;
    expect(v.attrs).toEqual({ lang: 'fr', dir: 'ltr', 'data-pagefind-ignore': '' });
    expect(toolView(c, 'decidim', 'fr')!.attrs).toEqual({});
  });

  test('a proprietary tool has no SPDX link; Arabic labels come from the Arabic dictionary', () => {
    const v = toolView(c, 'echo', 'ar')!;
    expect(v.facts.license.href).toBeUndefined();
    expect(v.facts.license.label).toBe('مملوكة');
    // A word of the page's language, so it follows the page's direction.
    expect(v.facts.license.dir).toBeUndefined();
    expect(v.related.map((r) => r.id)).toEqual(['decidim']);
  });

  test('a tool whose licence no source states says "not stated", and counts under that value of the licence facet', () => {
    const input = makeInput();
    input.tools.push(tool('sans-licence', 'Sans licence', { license: undefined }));
    const c2 = buildCatalogue(input);
    const v = toolView(c2, 'sans-licence', 'en')!;
    expect(v.facts.license).toEqual({ label: 'Not stated' });
    expect(toolView(c2, 'sans-licence', 'fr')!.facts.license.label).toBe('Non indiquée');
    expect(toolFacets(c2).find((f) => f.name === 'license')!.options).toContainEqual({ value: 'unknown', count: 1 });
  });

  test('no such tool: undefined, for the dev server to answer 404', () => {
    expect(toolView(c, 'nope', 'fr')).toBeUndefined();
  });
});

describe('collectionView', () => {
  test('each note in the page language where the translation gives it, the original otherwise', () => {
    const en = collectionView(c, 'kit', 'en')!;
    expect(en.name).toBe('Starter kit');
    expect(en.cards.map((card) => [card.id, card.note])).toEqual([
      ['decidim', { text: 'To begin with.', attrs: {} }],
      ['consul', { text: 'Pour les villes.', attrs: { lang: 'fr', dir: 'ltr', 'data-pagefind-ignore': '' } }],
    ]);
    expect(collectionView(c, 'kit', 'fr')!.cards[0].note).toEqual({ text: 'Pour commencer.', attrs: {} });
    expect(en.curator?.href).toBe('/en/organizations/etalab/');
    expect(en.updated).toBe('Updated on November 23, 2026');
  });
});

describe('organizationView', () => {
  test('tools developed and used, deployments with evidence, country in the page language', () => {
    const v = organizationView(c, 'barcelona', 'fr')!;
    expect(v.country).toBe('Espagne');
    expect(v.develops.map((card) => card.id)).toEqual(['alpha', 'decidim']);
    expect(v.uses.map((card) => card.id)).toEqual(['consul', 'decidim']);
    expect(v.deployments).toEqual([]);
    expect(organizationView(c, 'etalab', 'en')!.curates.map((x) => x.name)).toEqual(['Starter kit']);
  });
});

describe('useCaseView', () => {
  test('a parent lists the tools of its children, once each, and its children', () => {
    const v = useCaseView(c, 'participation', 'en')!;
    expect(v.cards.map((card) => card.id)).toEqual(['alpha', 'consul', 'decidim']);
    expect(v.toolCount).toBe('3 tools');
    expect(v.children.map((x) => x.href)).toEqual(['/en/use-cases/budgeting/', '/en/use-cases/consultation/']);
    expect(v.allTools).toBeUndefined();
  });

  test('a child has its parent in the breadcrumb', () => {
    expect(useCaseView(c, 'consultation', 'fr')!.crumbs.at(-1)).toEqual({ href: '/fr/use-cases/participation/', label: 'Participation' });
  });
});

describe('useCaseSearchWeight', () => {
  test('use-case names weigh above body text, more with each documented deployment, at most 10', () => {
    expect(useCaseSearchWeight(0)).toBe(4);
    expect(useCaseSearchWeight(3)).toBe(7);
    expect(useCaseSearchWeight(40)).toBe(10);
  });
});
