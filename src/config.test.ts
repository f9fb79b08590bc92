import { describe, expect, it } from 'vitest';
import { resolveSite } from './config.ts';

const FILE = {
  name: 'Civic Toolbox',
  url: 'https://civic-toolbox.org',
  base: '/',
  repository: 'https://github.com/civic-toolbox/civic-toolbox',
  branch: 'main',
  languages: ['fr', 'en', 'ar'],
  defaultLanguage: 'fr',
  staleAfterMonths: 18,
};

describe('resolveSite', () => {
  it('takes the file as it is', () => {
    expect(resolveSite(FILE)).toEqual({ ...FILE });
  });

  it('lets the environment override every setting, lists as comma-separated text', () => {
    const site = resolveSite(FILE, {
      CIVIC_TOOLBOX_NAME: 'Boîte à outils Maroc',
      CIVIC_TOOLBOX_URL: 'https://example.github.io/',
      CIVIC_TOOLBOX_BASE: 'civic-toolbox-ma',
      CIVIC_TOOLBOX_LANGUAGES: 'ar, fr',
      CIVIC_TOOLBOX_DEFAULT_LANGUAGE: 'ar',
      CIVIC_TOOLBOX_STALE_AFTER_MONTHS: '12',
      CIVIC_TOOLBOX_BRANCH: 'production',
    });
    expect(site).toMatchObject({
      name: 'Boîte à outils Maroc',
      url: 'https://example.github.io',
      base: '/civic-toolbox-ma/',
      languages: ['ar', 'fr'],
      defaultLanguage: 'ar',
      staleAfterMonths: 12,
      branch: 'production',
    });
  });

  it('normalises the base path to leading and trailing slashes', () => {
    expect(resolveSite({ ...FILE, base: '/' }).base).toBe('/');
    expect(resolveSite({ ...FILE, base: '/a/b' }).base).toBe('/a/b/');
    expect(resolveSite({ ...FILE, base: '//a//' }).base).toBe('/a/');
  });

  it.each([
    [{ url: 'https://example.org/civic' }, /"url".*without a path/],
    [{ url: 'example.org' }, /"url"/],
    [{ base: '/a b/' }, /"base"/],
    [{ languages: ['fr', 'de'] }, /"languages".*fr, en, ar/],
    [{ languages: [] }, /"languages"/],
    [{ languages: ['fr', 'fr'] }, /"languages".*distinct/],
    [{ defaultLanguage: 'ar', languages: ['fr', 'en'] }, /"defaultLanguage".*\(fr, en\)/],
    [{ staleAfterMonths: 0 }, /"staleAfterMonths"/],
    [{ staleAfterMonths: 1.5 }, /"staleAfterMonths"/],
    [{ repository: 'git@github.com:a/b' }, /"repository".*https/],
    [{ name: '  ' }, /"name".*CIVIC_TOOLBOX_NAME/],
  ])('refuses %j with a message naming the setting', (change, message) => {
    expect(() => resolveSite({ ...FILE, ...change })).toThrow(message);
  });

  it('names the environment variable when the override is wrong', () => {
    expect(() => resolveSite(FILE, { CIVIC_TOOLBOX_DEFAULT_LANGUAGE: 'de' })).toThrow(/CIVIC_TOOLBOX_DEFAULT_LANGUAGE.*"de"/);
  });
});

describe('resolveSite in CI', () => {
  it('treats an empty variable as unset (a workflow output that is empty at a domain root)', () => {
    expect(resolveSite(FILE, { CIVIC_TOOLBOX_BASE: '', CIVIC_TOOLBOX_URL: ' ' })).toMatchObject({ base: '/', url: 'https://civic-toolbox.org' });
  });
});
