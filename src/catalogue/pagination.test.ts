import { describe, expect, test } from 'vitest';
import { pageCount, pageHref, pageOf, pagerItems } from './pagination.ts';

const paginate = <T>(items: T[], size: number) => Array.from({ length: pageCount(items.length, size) }, (_, i) => pageOf(items, i + 1, size));

describe('pageCount / pageOf', () => {
  test('splits into full pages and a last partial one, with positions', () => {
    const pages = paginate(Array.from({ length: 10 }, (_, i) => i), 4);
    expect(pages.map((p) => p.items)).toEqual([[0, 1, 2, 3], [4, 5, 6, 7], [8, 9]]);
    expect(pages.map((p) => [p.number, p.count, p.first, p.last, p.total])).toEqual([
      [1, 3, 1, 4, 10],
      [2, 3, 5, 8, 10],
      [3, 3, 9, 10, 10],
    ]);
  });
  test('an exact multiple has no empty last page; an empty list has one empty page', () => {
    expect(paginate([1, 2, 3, 4], 2)).toHaveLength(2);
    expect(paginate([], 48)).toEqual([{ number: 1, count: 1, items: [], first: 0, last: 0, total: 0 }]);
  });
  test('refuses a page size that is not a positive whole number', () => {
    expect(() => pageCount(1, 0)).toThrow(RangeError);
    expect(() => pageOf([1], 1, 1.5)).toThrow(/whole number/);
  });
});

describe('pageOf', () => {
  test('one page of a list, built on its own', () => {
    const list = Array.from({ length: 100 }, (_, i) => i);
    expect(pageOf(list, 3, 48)).toEqual({ number: 3, count: 3, items: [96, 97, 98, 99], first: 97, last: 100, total: 100 });
  });
  test('a page outside the list is an error, not an empty page', () => {
    expect(() => pageOf([1, 2, 3], 2, 48)).toThrow(/page 2 does not exist \(1 to 1\)/);
    expect(() => pageOf([1, 2, 3], 0, 48)).toThrow(RangeError);
  });
});

describe('pageHref', () => {
  test('page 1 is the list itself', () => {
    expect(pageHref('/fr/tools/', 1)).toBe('/fr/tools/');
    expect(pageHref('/fr/tools/', 7)).toBe('/fr/tools/page/7/');
  });
});

describe('pagerItems', () => {
  test('few pages: all of them', () => {
    expect(pagerItems(1, 1)).toEqual([1]);
    expect(pagerItems(2, 5)).toEqual([1, 2, 3, 4, 5]);
  });
  test('many pages: ends, neighbours and gaps', () => {
    expect(pagerItems(8, 209)).toEqual([1, null, 6, 7, 8, 9, 10, null, 209]);
    expect(pagerItems(1, 209)).toEqual([1, 2, 3, null, 209]);
    expect(pagerItems(209, 209)).toEqual([1, null, 207, 208, 209]);
  });
  test('a one-page gap shows the page rather than an ellipsis', () => {
    expect(pagerItems(5, 9)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(pagerItems(4, 10)).toEqual([1, 2, 3, 4, 5, 6, null, 10]);
  });
});
