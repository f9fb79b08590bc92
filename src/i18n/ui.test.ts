import { describe, expect, test } from 'vitest';
import { LOCALES } from '../schemas/vocab.ts';
import { LOCALE_NAMES, UI } from './ui.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const frKeys = Object.keys(UI.fr).sort();

describe('UI dictionaries', () => {
  test('there is one dictionary and one native name per locale', () => {
    expect(Object.keys(UI).sort()).toEqual([...LOCALES].sort());
    expect(Object.keys(LOCALE_NAMES).sort()).toEqual([...LOCALES].sort());
  });

  test.each(LOCALES)('%s has exactly the keys of fr', (locale) => {
    expect(Object.keys(UI[locale]).sort()).toEqual(frKeys);
  });

  test.each(LOCALES)('%s has no empty or blank string', (locale) => {
    expect(Object.entries(UI[locale]).filter(([, text]) => !text.trim()).map(([key]) => key)).toEqual([]);
  });

  test.each(LOCALES.filter((l) => l !== 'fr'))('%s uses exactly the placeholders of fr in every string', (locale) => {
    const mismatched = frKeys.filter((key) => placeholders(UI[locale][key as keyof typeof UI.fr]).join() !== placeholders(UI.fr[key as keyof typeof UI.fr]).join());
    expect(mismatched).toEqual([]);
  });

  test('the placeholders checked above exist (the comparison is not vacuous)', () => {
    expect(placeholders(UI.fr['tools.shown'])).toEqual(['n', 'total']);
  });

  test.each(LOCALES.filter((l) => l !== 'fr'))('%s is translated, not a copy of fr', (locale) => {
    const same = frKeys.filter((key) => UI[locale][key as keyof typeof UI.fr] === UI.fr[key as keyof typeof UI.fr]);
    expect(same.length).toBeLessThan(frKeys.length / 4);
  });
});
