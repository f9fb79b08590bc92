import { describe, expect, test } from 'vitest';
import { countryName, direction, foreignText, format, formatDate, formatDateRange, formatPartialDate, languageName, useTranslations } from './translate.ts';

describe('format', () => {
  test('fills placeholders and leaves unknown ones visible', () => {
    expect(format('{n} outils affichés sur {total}', { n: 3, total: 42 })).toBe('3 outils affichés sur 42');
    expect(format('{n} outils', {})).toBe('{n} outils');
    expect(format('{n} et {n}', { n: 'x' })).toBe('x et x');
    expect(format('sans rien')).toBe('sans rien');
  });
});

describe('useTranslations', () => {
  test('looks up the locale and formats numbers for it, except years', () => {
    expect(useTranslations('fr')('tools.shown', { n: 1234, total: 5678 })).toBe('1\u202f234 outils affichés sur 5\u202f678');
    expect(useTranslations('en')('count.tools', { n: 1234 })).toBe('1,234 tools');
    expect(useTranslations('ar')('count.tools', { n: 3 })).toBe(`${new Intl.NumberFormat('ar').format(3)} أدوات`);
    expect(useTranslations('fr')('count.tools', { n: 1 })).toBe('1 outil');
    expect(useTranslations('ar')('count.tools', { n: 1 })).toBe('أداة واحدة');
    expect(useTranslations('ar')('count.tools', { n: 2 })).toBe('أداتان');
    expect(useTranslations('ar')('count.tools', { n: 11 })).toBe(`${new Intl.NumberFormat('ar').format(11)} أداة`);
    expect(useTranslations('fr')('tool.since', { year: 2016 })).toBe('depuis 2016');
  });
  test('no placeholder is left unfilled when the values are given', () => {
    for (const locale of ['fr', 'en', 'ar'] as const) {
      expect(useTranslations(locale)('tools.shown', { n: 1, total: 2 })).not.toMatch(/[{}]/);
    }
  });
});

describe('direction / foreignText', () => {
  test.each([
    ['ar', 'rtl'],
    ['fr', 'ltr'],
    ['en', 'ltr'],
    ['es', 'ltr'],
  ])('direction(%s) = %s', (locale, dir) => {
    expect(direction(locale)).toBe(dir);
  });

  test('no attributes when the text is in the page language', () => {
    expect(foreignText('fr', 'fr')).toEqual({});
  });
  test('lang and dir when it is not', () => {
    expect(foreignText('fr', 'ar')).toMatchObject({ lang: 'fr', dir: 'ltr' });
    expect(foreignText('ar', 'en')).toMatchObject({ lang: 'ar', dir: 'rtl' });
  });
});

describe('formatDate / languageName / countryName', () => {
  test('long dates in the page language, in UTC', () => {
    expect(formatDate('2026-11-23', 'fr')).toBe('23 novembre 2026');
    expect(formatDate('2026-11-23', 'en')).toBe('November 23, 2026');
    // Midnight UTC stays on its day whatever the machine's time zone.
    expect(formatDate('2026-01-01', 'fr')).toBe('1 janvier 2026');
  });
  test('names of languages and countries in the page language, code when unknown', () => {
    expect(languageName('es', 'fr')).toBe('espagnol');
    expect(languageName('es', 'en')).toBe('Spanish');
    expect(countryName('MA', 'fr')).toBe('Maroc');
    expect(countryName('MA', 'en')).toBe('Morocco');
    expect(languageName('not a tag!', 'fr')).toBe('not a tag!');
  });
});

describe('partial dates and ranges', () => {
  test('as precise as the source', () => {
    expect(formatPartialDate('2021', 'fr')).toBe('2021');
    expect(formatPartialDate('2021-05', 'fr')).toBe('mai 2021');
    expect(formatPartialDate('2021-05-17', 'en')).toBe('May 17, 2021');
  });
  test('a range of days is written once, the locale’s way', () => {
    expect(formatDateRange('2020-01-24', '2020-01-26', 'fr')).toBe('24–26 janvier 2020');
    expect(formatDateRange('2020-01-24', undefined, 'fr')).toBe('24 janvier 2020');
  });
});
