import type { APIRoute } from 'astro';
import { getCatalogue } from '../../catalogue/query.ts';
import { toolsFeed } from '../../publish/atom.ts';
import { changeDates } from '../../publish/change-dates.ts';
import { localePaths } from '../../catalogue/paths.ts';
import { useTranslations } from '../../i18n/translate.ts';
import type { Locale } from '../../schemas/index.ts';
import { SITE } from '../../config.ts';

export const getStaticPaths = localePaths;

/** The content files' last commits, read once per build for the feeds of every language. */
let changed: Map<string, string> | undefined;

/** /fr/feed.xml: Atom feed of the tools added or updated, by their last change (Git) or review. */
export const GET: APIRoute = async ({ props }) => {
  const locale = (props as { locale: Locale }).locale;
  changed ??= changeDates(process.cwd());
  const feed = toolsFeed(getCatalogue(), { site: SITE.url, locale, title: useTranslations(locale)('feed.title'), siteName: SITE.name, changed });
  return new Response(feed);
};
