import { describe, expect, test } from 'vitest';
import { SITE } from '../config.ts';
import { editUrl, entryPaths, localePaths, pathTo, switchLocale } from './paths.ts';

describe('pathTo', () => {
  test.each<[Parameters<typeof pathTo>, string]>([
    [['fr'], '/fr/'],
    [['en', 'tools'], '/en/tools/'],
    [['ar', 'tools', 'decidim'], '/ar/tools/decidim/'],
    [['fr', 'use-cases', 'participatory-budgeting'], '/fr/use-cases/participatory-budgeting/'],
    [['en', 'search'], '/en/search/'],
  ])('%j -> %s', (args, path) => {
    expect(pathTo(...args)).toBe(path);
  });
});

describe('switchLocale', () => {
  test.each([
    ['/fr/tools/decidim/', 'en', '/en/tools/decidim/'],
    ['/en/', 'ar', '/ar/'],
    ['/ar', 'fr', '/fr/'],
    ['/', 'en', '/en/'],
    ['/fr/search/?q=budget', 'ar', '/ar/search/?q=budget'],
  ] as const)('%s in %s -> %s', (path, locale, expected) => {
    expect(switchLocale(path, locale)).toBe(expected);
  });
});

describe('editUrl', () => {
  test('points at the file on the configured repository and branch', () => {
    expect(editUrl('content/tools/decidim.mdx')).toBe(`${SITE.repository}/edit/${SITE.branch}/content/tools/decidim.mdx`);
    expect(editUrl('content/tools/decidim.mdx')).toBe('https://github.com/civic-toolbox/civic-toolbox/edit/main/content/tools/decidim.mdx');
  });
});

describe('localePaths', () => {
  test('one path per locale', () => {
    expect(localePaths()).toEqual([
      { params: { lang: 'fr' }, props: { locale: 'fr' } },
      { params: { lang: 'en' }, props: { locale: 'en' } },
      { params: { lang: 'ar' }, props: { locale: 'ar' } },
    ]);
  });
});

describe('entryPaths', () => {
  test('one page per locale and entry, with the locale and id as props', () => {
    expect(entryPaths(['decidim', 'consul'])).toEqual(
      ['fr', 'en', 'ar'].flatMap((lang) => ['decidim', 'consul'].map((id) => ({ params: { lang, id }, props: { locale: lang, id } }))),
    );
    expect(entryPaths([])).toEqual([]);
  });
});
