import { LOCALES } from '../schemas/vocab.ts';
import { indexPages, type MdxModule } from './index-pages.ts';

/**
 * The maintainers' own pages (About, guides): MDX in src/editorial/<page>/<locale>.mdx, compiled
 * by @astrojs/mdx and reviewed as code. Contributed content/ is never compiled: only this folder
 * is globbed, and it lives in src/.
 */
const modules = import.meta.glob<MdxModule>('./*/*.mdx', { eager: true });

/** Pages by slug and locale, checked when the module loads: every page in every locale, with a title and a description. */
export const EDITORIAL = indexPages(modules);

/** getStaticPaths of an editorial page: one per locale. */
export function editorialPaths(slug: string) {
  if (!EDITORIAL.has(slug)) throw new Error(`no editorial page "${slug}" in src/editorial/`);
  return LOCALES.map((lang) => ({ params: { lang }, props: { locale: lang } }));
}
