import type { APIRoute } from 'astro';
import { getCatalogue } from '../../../catalogue/query.ts';
import { projectsFeed } from '../../../publish/atom.ts';
import { localePaths } from '../../../catalogue/paths.ts';
import { useTranslations } from '../../../i18n/translate.ts';
import type { UiKey } from '../../../i18n/ui.ts';
import type { Locale } from '../../../schemas/index.ts';
import { SITE } from '../../../config.ts';

export const getStaticPaths = localePaths;

/** /fr/projects/feed.xml: Atom feed of hackathon projects' steps, newest first. */
export const GET: APIRoute = ({ props }) => {
  const locale = (props as { locale: Locale }).locale;
  const t = useTranslations(locale);
  const feed = projectsFeed(getCatalogue(), { site: SITE.url, locale, title: t('feed.projectsTitle'), siteName: SITE.name }, (step) => t(`step.${step}` as UiKey));
  return new Response(feed);
};
