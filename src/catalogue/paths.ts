import { SITE } from '../config.ts';
import { LOCALES, type Kind, type Locale } from '../schemas/vocab.ts';

export type Section = Kind | 'search' | 'translations' | 'compare' | 'about' | 'guides' | 'outcomes' | 'contribute' | '';

/** The instance's base path without its trailing slash: '' or '/civic-toolbox'. */
const BASE = SITE.base.replace(/\/$/, '');

/** A path of the site (`/api/tools.json`) under the instance's base path (`/civic-toolbox/api/tools.json`). */
export function sitePath(path: string): string {
  return `${BASE}${path}`;
}

/** `/fr/tools/decidim/`: every internal page URL is built here, with its trailing slash and the base path. */
export function pathTo(locale: Locale, section: Section = '', id?: string): string {
  return sitePath(`/${[locale, section, id].filter(Boolean).join('/')}/`);
}

/** The same page in another locale: swaps the first path segment after the base path. */
export function switchLocale(pathname: string, locale: Locale): string {
  const inside = BASE && pathname.startsWith(`${BASE}/`) ? pathname.slice(BASE.length) : pathname;
  const rest = inside.replace(/^\/[a-z]{2}(?=\/|$)/, '');
  return sitePath(`/${locale}${rest || '/'}`);
}

/** Link to the Git host's editor for a content file. */
export function editUrl(file: string): string {
  return `${SITE.repository}/edit/${SITE.branch}/${file}`;
}

/** getStaticPaths for an entry page: one per locale and entry, with `locale` and `id` as props. */
export function entryPaths(ids: readonly string[]) {
  return LOCALES.flatMap((lang) => ids.map((id) => ({ params: { lang, id }, props: { locale: lang, id } })));
}

/** getStaticPaths for a page that exists once per locale. */
export function localePaths() {
  return LOCALES.map((lang) => ({ params: { lang }, props: { locale: lang } }));
}

/**
 * The contribution form (/<locale>/contribute/) set to correct an entry, or to translate it into
 * `lang` (the page's language unless given); the form hands the file to the Git host.
 */
export function contributeUrl(locale: Locale, action: 'edit' | 'translate', kind: Kind, id: string, lang?: Locale): string {
  return `${pathTo(locale, 'contribute')}?${action}=${kind}/${id}${lang && lang !== locale ? `&lang=${lang}` : ''}`;
}
