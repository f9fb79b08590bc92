import { describe, expect, test } from 'vitest';
import { closest, didYouMean } from './suggest.ts';

describe('closest', () => {
  test('keeps typos, nearest first, then alphabetical', () => {
    expect(closest('licence', ['license', 'name', 'lang'])).toEqual(['license']);
    expect(closest('xy', ['ab', 'xa', 'yx'])).toEqual(['xa', 'ab', 'yx']);
  });

  test('drops candidates too far to be a typo', () => {
    expect(closest('abc', ['xyz'])).toEqual([]);
    expect(closest('status', ['name', 'summary'])).toEqual([]);
  });

  test('a candidate containing the value (4+ characters) counts as close', () => {
    expect(closest('deploy', ['deployment', 'public-api'])).toEqual(['deployment']);
    expect(closest('abc', ['abcdefgh'])).toEqual([]);
  });

  test('returns at most `limit` candidates', () => {
    expect(closest('public', ['public-api', 'public-data', 'public-apis', 'public-zz'])).toEqual(['public-api', 'public-apis', 'public-data']);
    expect(closest('public', ['public-api', 'public-data'], 1)).toEqual(['public-api']);
  });
});

describe('didYouMean', () => {
  test('phrases one or several candidates', () => {
    expect(didYouMean('stabel', ['stable', 'beta'])).toBe('did you mean "stable"?');
    expect(didYouMean('budget', ['participatory-budgeting', 'budget-tracking', 'petitions'])).toBe('did you mean "budget-tracking" or "participatory-budgeting"?');
  });
  test('undefined when nothing is close', () => {
    expect(didYouMean('zzzzzzz', ['a', 'b'])).toBeUndefined();
    expect(didYouMean('x', [])).toBeUndefined();
  });
});
