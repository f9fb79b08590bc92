import { describe, expect, test } from 'vitest';
import { LOCALES } from '../schemas/vocab.ts';
import { LOCALE_NAMES, UI } from './ui.ts';
import { forms, type Message } from './plural.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
/** The placeholders of a message: of its `other` form when it has plural forms (`one` may spell the number out). */
const messagePlaceholders = (message: Message) => placeholders(typeof message === 'string' ? message : message.other);
/** Plural categories each language has, from the platform: a form for another category would never be used. */
const categories = (locale: string) => new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
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
    expect(Object.entries(UI[locale]).filter(([, message]) => forms(message).some((text) => !text.trim())).map(([key]) => key)).toEqual([]);
  });

  test.each(LOCALES.filter((l) => l !== 'fr'))('%s uses exactly the placeholders of fr in every string', (locale) => {
    const mismatched = frKeys.filter((key) => messagePlaceholders(UI[locale][key as keyof typeof UI.fr]).join() !== messagePlaceholders(UI.fr[key as keyof typeof UI.fr]).join());
    expect(mismatched).toEqual([]);
  });

  test('the placeholders checked above exist (the comparison is not vacuous)', () => {
    expect(messagePlaceholders(UI.fr['tools.shown'])).toEqual(['n', 'total']);
  });

  test.each(LOCALES)('%s writes plural forms only for categories its language has, and no placeholder outside `other`', (locale) => {
    for (const [key, message] of Object.entries(UI[locale])) {
      if (typeof message === 'string') continue;
      for (const category of Object.keys(message)) expect(categories(locale), `${locale} ${key}`).toContain(category);
      const allowed = messagePlaceholders(message);
      for (const text of forms(message)) for (const name of placeholders(text)) expect(allowed, `${locale} ${key}: ${text}`).toContain(name);
    }
  });

  test.each(LOCALES.filter((l) => l !== 'fr'))('%s is translated, not a copy of fr', (locale) => {
    const same = frKeys.filter((key) => JSON.stringify(UI[locale][key as keyof typeof UI.fr]) === JSON.stringify(UI.fr[key as keyof typeof UI.fr]));
    expect(same.length).toBeLessThan(frKeys.length / 4);
  });
});
