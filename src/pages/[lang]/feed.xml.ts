import type { APIRoute } from 'astro';
import { getCatalogue } from '../../catalogue/query.ts';
import { toolsFeed } from '../../publish/atom.ts';
import { localePaths } from '../../catalogue/paths.ts';
import { useTranslations } from '../../i18n/translate.ts';
import type { Locale } from '../../schemas/index.ts';
import { SITE } from '../../config.ts';

export const getStaticPaths = localePaths;

/** /fr/feed.xml: Atom feed of the tools added or updated, by their `reviewed` date. */
export const GET: APIRoute = async ({ props }) => {
  const locale = (props as { locale: Locale }).locale;
  const feed = toolsFeed(getCatalogue(), { site: SITE.url, locale, title: useTranslations(locale)('feed.title'), siteName: SITE.name });
  return new Response(feed);
};
