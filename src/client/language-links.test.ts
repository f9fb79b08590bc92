import { describe, expect, it } from 'vitest';
import { withState } from './language-links.ts';

describe('withState', () => {
  it('adds the query and fragment to the other language’s page', () => {
    expect(withState('/fr/compare/', '?tools=decidim,ckan', '')).toBe('/fr/compare/?tools=decidim,ckan');
    expect(withState('/ar/tools/', '?license=foss&country=MA', '#results')).toBe('/ar/tools/?license=foss&country=MA#results');
  });

  it('replaces the state it added before instead of piling it up', () => {
    expect(withState('/fr/compare/?tools=decidim#x', '?tools=ckan', '')).toBe('/fr/compare/?tools=ckan');
    expect(withState('/fr/compare/?tools=decidim', '', '')).toBe('/fr/compare/');
  });

  it('keeps only the parameters that mean the same in every language when told which', () => {
    expect(withState('/en/search/', '?q=budget&kind=Outil', '', ['q'])).toBe('/en/search/?q=budget');
    expect(withState('/en/search/', '?kind=Outil', '', ['q'])).toBe('/en/search/');
  });
});
