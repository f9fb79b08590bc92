import { describe, expect, test } from 'vitest';
import { isStale, monthsBefore } from './freshness.ts';

describe('review freshness (one rule for the validator warning and the page notice)', () => {
  test.each([
    ['2026-11-23', 18, '2025-05-23'],
    ['2026-08-31', 18, '2025-02-28'], // clamped to the month's last day, not 3 March
    ['2024-08-31', 6, '2024-02-29'], // leap year
    ['2026-01-15', 1, '2025-12-15'],
  ])('%s minus %i months is %s', (now, months, expected) => {
    expect(monthsBefore(new Date(`${now}T12:00:00Z`), months)).toBe(expected);
  });

  test.each([
    ['2025-05-22', true], // more than 18 months before 2026-11-23
    ['2025-05-23', false], // exactly 18 months: not yet stale
    ['2026-11-23', false],
  ])('reviewed %s is stale on 2026-11-23: %s', (reviewed, stale) => {
    expect(isStale(reviewed, new Date('2026-11-23T12:00:00Z'))).toBe(stale);
  });
});
