import { describe, expect, test } from 'vitest';
import { createSequence, filtersFromParams, searchQueryString } from './search-query.ts';

describe('filtersFromParams', () => {
  const names = ['kind', 'license'];

  test('keeps the known filters that have a value', () => {
    expect(filtersFromParams(new URLSearchParams('q=budget&kind=Tool&license='), names)).toEqual({ kind: 'Tool' });
  });

  test('ignores the query and unknown parameters', () => {
    expect(filtersFromParams(new URLSearchParams('q=budget&utm_source=x&kinds=Tool'), names)).toEqual({});
  });
});

describe('searchQueryString', () => {
  test('query first, then filters, encoded', () => {
    expect(searchQueryString('budget participatif', { kind: 'Use case' })).toBe('?q=budget+participatif&kind=Use+case');
  });

  test('filters alone, and nothing at all', () => {
    expect(searchQueryString('', { kind: 'Tool' })).toBe('?kind=Tool');
    expect(searchQueryString('', {})).toBe('');
  });

  test('round-trips through filtersFromParams', () => {
    const filters = { kind: 'Outil', license: 'AGPL-3.0-or-later' };
    expect(filtersFromParams(new URLSearchParams(searchQueryString('é & ?', filters)), ['kind', 'license'])).toEqual(filters);
  });
});

describe('createSequence', () => {
  test('only the last search started is the latest', () => {
    const searches = createSequence();
    const first = searches.next();
    expect(searches.isLatest(first)).toBe(true);
    const second = searches.next();
    expect(searches.isLatest(first)).toBe(false);
    expect(searches.isLatest(second)).toBe(true);
  });

  test('two sequences do not share their count', () => {
    const a = createSequence();
    const b = createSequence();
    a.next();
    expect(b.isLatest(b.next())).toBe(true);
  });
});
