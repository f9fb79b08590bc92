import { describe, expect, test } from 'vitest';
import { encodeToken, queryFromSelection, selectionFromQuery } from './facet-match.ts';

describe('encodeToken', () => {
  test('makes one space-free token', () => {
    expect(encodeToken('Ruby on Rails')).toBe('Ruby%20on%20Rails');
    expect(encodeToken('self-hosted')).toBe('self-hosted');
  });
});

describe('selectionFromQuery / queryFromSelection', () => {
  const names = ['use_case', 'license', 'criterion-language'];

  test('keeps only known, non-empty facets', () => {
    expect(selectionFromQuery('?license=open&use_case=&evil=1&status=beta', names)).toEqual({ license: 'open' });
    expect(selectionFromQuery('', names)).toEqual({});
  });

  test('stable order, empty values dropped, empty selection -> empty string', () => {
    expect(queryFromSelection({ use_case: 'consultation', license: 'open', 'criterion-language': '' })).toBe('?license=open&use_case=consultation');
    expect(queryFromSelection({})).toBe('');
    expect(queryFromSelection({ license: '' })).toBe('');
  });

  test('round trip, including encoded tokens', () => {
    const selection = { 'criterion-language': encodeToken('Ruby on Rails'), license: 'open', use_case: 'participatory-budgeting' };
    expect(selectionFromQuery(queryFromSelection(selection), names)).toEqual(selection);
  });
});
