import { SITE } from '../config.ts';
import { LOCALES, type Kind, type Locale } from '../schemas/vocab.ts';

export type Section = Kind | 'search' | 'translations' | 'compare' | 'about' | 'guides' | 'outcomes' | '';

/** `/fr/tools/decidim/`: every internal URL is built here, with its trailing slash. */
export function pathTo(locale: Locale, section: Section = '', id?: string): string {
  return `/${[locale, section, id].filter(Boolean).join('/')}/`;
}

/** The same page in another locale: swaps the first path segment. */
export function switchLocale(pathname: string, locale: Locale): string {
  const rest = pathname.replace(/^\/[a-z]{2}(?=\/|$)/, '');
  return `/${locale}${rest || '/'}`;
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

/** Link to the Git host's "new file" form, at the path a translation of this entry must have. */
export function newTranslationUrl(locale: Locale, kind: Kind, id: string): string {
  return `${SITE.repository}/new/${SITE.branch}?filename=${encodeURIComponent(`content/translations/${locale}/${kind}/${id}.mdx`)}`;
}
