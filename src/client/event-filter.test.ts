import { describe, expect, test } from 'vitest';
import { eventMatches, queryFromSelection, selectionFromQuery } from './event-filter.ts';

const tunis = { country: 'TN', year: '2020', useCases: 'open-data-portal data-visualisation', outcome: 'none' };

describe('event filter', () => {
  test('every chosen value must match; a use case is one of the event’s', () => {
    expect(eventMatches(tunis, {})).toBe(true);
    expect(eventMatches(tunis, { country: 'TN', use_case: 'data-visualisation' })).toBe(true);
    expect(eventMatches(tunis, { country: 'MA' })).toBe(false);
    expect(eventMatches(tunis, { use_case: 'data' })).toBe(false);
    expect(eventMatches(tunis, { outcome: 'live' })).toBe(false);
  });

  test('the selection round-trips through the query string, unknown parameters ignored', () => {
    const selection = selectionFromQuery('?year=2020&country=TN&q=x');
    expect(selection).toEqual({ country: 'TN', year: '2020' });
    expect(queryFromSelection(selection)).toBe('?country=TN&year=2020');
    expect(queryFromSelection({})).toBe('');
  });
});
