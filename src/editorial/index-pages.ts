import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import { LOCALES, SUPPORTED_LOCALES, type Locale } from '../schemas/vocab.ts';

export interface EditorialPage {
  Content: AstroComponentFactory;
  title: string;
  description: string;
}

export interface MdxModule {
  default: AstroComponentFactory;
  frontmatter: { title?: string; description?: string };
}

/** Pages by slug and locale from the compiled MDX modules, refusing a page missing in a language or without a title and description. */
export function indexPages(found: Record<string, MdxModule>): Map<string, Record<Locale, EditorialPage>> {
  const pages = new Map<string, Partial<Record<Locale, EditorialPage>>>();
  for (const [path, mod] of Object.entries(found)) {
    const match = /^\.\/([a-z0-9-]+)\/([a-z]{2})\.mdx$/.exec(path);
    if (!match || !(SUPPORTED_LOCALES as readonly string[]).includes(match[2])) throw new Error(`src/editorial/${path.slice(2)}: expected src/editorial/<page>/<${SUPPORTED_LOCALES.join('|')}>.mdx`);
    // A supported language the instance does not offer: kept in the repository, not published.
    if (!(LOCALES as readonly string[]).includes(match[2])) continue;
    const { title, description } = mod.frontmatter;
    if (!title || !description) throw new Error(`src/editorial/${path.slice(2)}: the front matter needs a title and a description`);
    const byLocale = pages.get(match[1]) ?? {};
    byLocale[match[2] as Locale] = { Content: mod.default, title, description };
    pages.set(match[1], byLocale);
  }
  for (const [slug, byLocale] of pages) {
    const missing = LOCALES.filter((l) => !byLocale[l]);
    if (missing.length) throw new Error(`src/editorial/${slug}/: no ${missing.map((l) => `${l}.mdx`).join(', ')}; every editorial page exists in every language the site offers`);
  }
  return pages as Map<string, Record<Locale, EditorialPage>>;
}

