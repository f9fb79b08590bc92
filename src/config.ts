/**
 * The instance: everything a country, a region or a city changes to run its own catalogue, in
 * catalogue.config.json, each value overridable by an environment variable in CI
 * (CIVIC_TOOLBOX_URL, CIVIC_TOOLBOX_BASE, ...). Builds inject the resolved values into every bundle
 * (astro.config.mjs, `__CIVIC_TOOLBOX_SITE__`), so browser scripts and pages agree on them.
 * No Zod here: browser scripts import this module.
 */
import file from '../catalogue.config.json' with { type: 'json' };
import { SUPPORTED_LOCALES, type Locale } from './schemas/locales.ts';

export interface Site {
  /** Shown in titles, feeds and embeds. */
  name: string;
  /** Public origin of the built site, without a path: `https://civic-toolbox.org`, `https://org.github.io`. */
  url: string;
  /** Path the site lives under: `/`, or `/civic-toolbox/` for GitHub project pages. */
  base: string;
  /** Git repository holding content/; "edit" and "contribute" links point into it. */
  repository: string;
  /** Branch that edit links target. */
  branch: string;
  /** Languages offered, in the order of the language switcher. */
  languages: Locale[];
  /** Where / sends a browser whose languages the site does not offer; the language of 404 pages. */
  defaultLanguage: Locale;
  /** Reviews older than this many months are flagged as stale. */
  staleAfterMonths: number;
}

const ENV: Record<keyof Site, string> = {
  name: 'CIVIC_TOOLBOX_NAME',
  url: 'CIVIC_TOOLBOX_URL',
  base: 'CIVIC_TOOLBOX_BASE',
  repository: 'CIVIC_TOOLBOX_REPOSITORY',
  branch: 'CIVIC_TOOLBOX_BRANCH',
  languages: 'CIVIC_TOOLBOX_LANGUAGES',
  defaultLanguage: 'CIVIC_TOOLBOX_DEFAULT_LANGUAGE',
  staleAfterMonths: 'CIVIC_TOOLBOX_STALE_AFTER_MONTHS',
};

/** The configuration file's values with the environment's overrides, checked; an error names the setting and what it expects. */
export function resolveSite(values: Record<string, unknown>, env: Record<string, string | undefined> = {}): Site {
  // An empty variable counts as unset: CI passes `${{ ... }}` outputs that may be empty.
  const pick = (key: keyof Site) => (env[ENV[key]]?.trim() ? env[ENV[key]] : values[key]);
  const fail = (key: keyof Site, expected: string, found: unknown): never => {
    throw new Error(`catalogue.config.json: "${key}" (or ${ENV[key]}) expected ${expected}, found ${JSON.stringify(found)}`);
  };
  const text = (key: keyof Site) => {
    const v = pick(key);
    return typeof v === 'string' && v.trim() ? v.trim() : fail(key, 'some text', v);
  };
  const url = text('url').replace(/\/+$/, '');
  if (!/^https?:\/\/[^/\s]+$/.test(url)) fail('url', 'an origin such as "https://civic-toolbox.org", without a path (put the path in "base")', url);
  const rawBase = text('base');
  const base = `/${rawBase.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  if (!/^\/(?:[\w.-]+\/)*$/.test(base)) fail('base', 'a path such as "/" or "/civic-toolbox/"', rawBase);
  const rawLanguages = pick('languages');
  const languages = typeof rawLanguages === 'string' ? rawLanguages.split(',').map((l) => l.trim()) : rawLanguages;
  if (!Array.isArray(languages) || !languages.length || !languages.every((l) => (SUPPORTED_LOCALES as readonly string[]).includes(l)) || new Set(languages).size !== languages.length) {
    fail('languages', `a list of distinct languages among ${SUPPORTED_LOCALES.join(', ')}`, rawLanguages);
  }
  const defaultLanguage = text('defaultLanguage');
  if (!(languages as string[]).includes(defaultLanguage)) fail('defaultLanguage', `one of the languages offered (${(languages as string[]).join(', ')})`, defaultLanguage);
  const months = Number(pick('staleAfterMonths'));
  if (!Number.isInteger(months) || months < 1) fail('staleAfterMonths', 'a whole number of months', pick('staleAfterMonths'));
  const repository = text('repository').replace(/\/+$/, '');
  if (!/^https:\/\/\S+$/.test(repository)) fail('repository', 'an https:// address', repository);
  return { name: text('name'), url, base, repository, branch: text('branch'), languages: languages as Locale[], defaultLanguage: defaultLanguage as Locale, staleAfterMonths: months };
}

declare const __CIVIC_TOOLBOX_SITE__: Site | undefined;

/** Node's environment where there is one (scripts, tests, the build's own process). */
const processEnv = (): Record<string, string | undefined> => (globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env ?? {};

export const SITE: Site = typeof __CIVIC_TOOLBOX_SITE__ !== 'undefined' ? __CIVIC_TOOLBOX_SITE__ : resolveSite(file, processEnv());
