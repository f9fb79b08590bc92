import { describe, expect, test } from 'vitest';
import { buildCatalogue, facetValues, relatedTools, toolsForUseCase, withAncestors } from './model.ts';
import { makeInput, tool, useCase } from '../../tests/support/sample-catalogue.ts';

const ids = (list: { id: string }[] | undefined) => list?.map((e) => e.id);

describe('buildCatalogue', () => {
  const c = buildCatalogue(makeInput());

  test('sorts every list by name, in French, ignoring case and accents', () => {
    expect(ids(c.tools)).toEqual(['alpha', 'consul', 'decidim', 'echo']);
    expect(ids(c.useCases)).toEqual(['budgeting', 'consultation', 'participation', 'petitions']);
    expect(ids(c.organizations)).toEqual(['barcelona', 'etalab', 'undp']);
  });

  test('does not reorder the input', () => {
    const input = makeInput();
    buildCatalogue(input);
    expect(ids(input.tools)).toEqual(['decidim', 'echo', 'consul', 'alpha']);
  });

  test('indexes entries by id', () => {
    expect(c.tool.get('decidim')?.data.name).toBe('Decidim');
    expect(c.useCase.get('petitions')?.data.name).toBe('Pétitions');
    expect(c.organization.get('undp')?.data.country).toBeUndefined();
    expect(c.collection.get('kit')?.data.curator).toBe('etalab');
    expect(c.criterion.get('public-api')?.data.type).toBe('boolean');
  });

  test('reverse links: use case -> tools, organisation -> tools developed and used', () => {
    expect(ids(c.toolsByUseCase.get('consultation'))).toEqual(['alpha', 'consul', 'decidim']);
    expect(ids(c.toolsByUseCase.get('participation'))).toBeUndefined();
    expect(ids(c.toolsDevelopedBy.get('barcelona'))).toEqual(['alpha', 'decidim']);
    expect(c.toolsUsedBy.get('barcelona')?.map((u) => [u.tool.id, u.deployment.since])).toEqual([['consul', undefined], ['decidim', 2016]]);
    expect(c.toolsUsedBy.get('etalab')?.map((u) => u.tool.id)).toEqual(['decidim', 'echo']);
  });

  test('reverse links: parent -> children, tool -> collections, curator -> collections', () => {
    expect(ids(c.childUseCases.get('participation'))).toEqual(['budgeting', 'consultation']);
    expect(ids(c.collectionsByTool.get('consul'))).toEqual(['kit']);
    expect(c.collectionsByTool.has('echo')).toBe(false);
    expect(ids(c.collectionsByCurator.get('etalab'))).toEqual(['kit']);
  });

  test('countries of a tool come from its users, once each, sorted; unknown countries are skipped', () => {
    expect(c.countriesOfTool.get('decidim')).toEqual(['ES', 'FR']);
    expect(c.countriesOfTool.get('alpha')).toEqual([]);
  });
});

describe('relatedTools', () => {
  const c = buildCatalogue(makeInput());
  test('most shared use cases first, then by name; never the tool itself', () => {
    expect(ids(relatedTools(c, 'decidim'))).toEqual(['consul', 'alpha', 'echo']);
    expect(ids(relatedTools(c, 'echo'))).toEqual(['decidim']);
  });
  test('limit, and unknown tool', () => {
    expect(ids(relatedTools(c, 'decidim', 2))).toEqual(['consul', 'alpha']);
    expect(relatedTools(c, 'nope')).toEqual([]);
    expect(relatedTools(c, 'decidim', 0)).toEqual([]);
  });
  test('agrees with a full sort (shared use cases, then name) on a larger catalogue', () => {
    const input = makeInput();
    const cases = ['consultation', 'budgeting', 'petitions', 'participation'];
    // Deterministic pseudo-random use cases; names collide in case and accents to exercise the collator order.
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const names = ['Écho', 'echo', 'Alpha', 'alpha', 'Zèbre', 'Bêta', 'beta', 'Ômega'];
    input.tools = Array.from({ length: 120 }, (_, i) =>
      tool(`t${i}`, `${names[i % names.length]} ${Math.floor(i / 8)}`, { use_cases: cases.filter(() => next() < 0.4).concat(cases[i % 4]).filter((u, j, a) => a.indexOf(u) === j) }),
    );
    const big = buildCatalogue(input);
    const order = new Map(big.tools.map((t, i) => [t.id, i]));
    for (const t of big.tools.slice(0, 30)) {
      const mine = new Set(t.data.use_cases);
      const expected = big.tools
        .filter((o) => o.id !== t.id)
        .map((o) => ({ id: o.id, n: o.data.use_cases.filter((u: string) => mine.has(u)).length }))
        .filter((o) => o.n > 0)
        .sort((a, b) => b.n - a.n || order.get(a.id)! - order.get(b.id)!)
        .slice(0, 6)
        .map((o) => o.id);
      expect(ids(relatedTools(big, t.id))).toEqual(expected);
    }
  });
});

describe('withAncestors', () => {
  test('adds each ancestor once, and stops on a parent cycle', () => {
    const c = buildCatalogue(makeInput());
    expect(withAncestors(c, ['budgeting', 'consultation'])).toEqual(['budgeting', 'participation', 'consultation']);
    const input = makeInput();
    input.useCases = [useCase('consultation', 'Consultation', 'budgeting'), useCase('budgeting', 'Budget', 'consultation')];
    expect(withAncestors(buildCatalogue(input), ['consultation'])).toEqual(['consultation', 'budgeting']);
  });
  test('the use-case facet finds exactly the tools the use-case page lists', () => {
    const c = buildCatalogue(makeInput());
    for (const u of c.useCases) {
      expect(c.tools.filter((t) => facetValues(c, t).useCases.includes(u.id)).map((t) => t.id).sort()).toEqual(ids(toolsForUseCase(c, u.id))!.sort());
    }
  });
});

describe('toolsForUseCase', () => {
  const c = buildCatalogue(makeInput());
  test('includes the tools of every descendant, each once, sorted by name', () => {
    expect(ids(toolsForUseCase(c, 'participation'))).toEqual(['alpha', 'consul', 'decidim']);
    expect(ids(toolsForUseCase(c, 'petitions'))).toEqual(['decidim', 'echo']);
    expect(toolsForUseCase(c, 'nope')).toEqual([]);
  });
  test('a parent cycle does not loop forever', () => {
    const input = makeInput();
    input.useCases = [useCase('consultation', 'Consultation', 'budgeting'), useCase('budgeting', 'Budget', 'consultation')];
    expect(ids(toolsForUseCase(buildCatalogue(input), 'consultation'))).toEqual(['alpha', 'consul', 'decidim']);
  });
});

describe('facetValues', () => {
  test('the filter tokens of a tool; use cases include their ancestors, as use-case pages do', () => {
    const c = buildCatalogue(makeInput());
    expect(facetValues(c, c.tool.get('decidim')!)).toEqual({
      useCases: ['consultation', 'participation', 'budgeting', 'petitions'],
      license: 'open',
      status: 'stable',
      type: 'software',
      countries: ['ES', 'FR'],
      languages: [],
      criteria: ['public-api=true'],
    });
    expect(facetValues(c, c.tool.get('echo')!)).toMatchObject({ license: 'proprietary', type: 'service', countries: ['FR'], languages: ['fr', 'ar'] });
  });
});
