import type { APIRoute } from 'astro';
import source from '../embed/civic-collection.js?raw';
import { DEFAULT_LOCALE, LOCALES, RTL_LOCALES } from '../schemas/index.ts';
import { SITE } from '../config.ts';
import { useTranslations } from '../i18n/translate.ts';
import { licenseLabel } from '../i18n/labels.ts';

/** /civic-collection.js: the web component, with its labels taken from the UI dictionaries. */
export const GET: APIRoute = () => {
  const labels = Object.fromEntries(
    LOCALES.map((l) => {
      const t = useTranslations(l);
      return [l, { license: t('embed.licenseLabel'), proprietary: licenseLabel('proprietary', l), unknown: licenseLabel(undefined, l), loading: t('embed.loading'), error: t('embed.error') }];
    }),
  );
  const config = { base: SITE.base, locales: LOCALES, defaultLocale: DEFAULT_LOCALE, rtl: RTL_LOCALES, labels };
  return new Response(source.replace('__CONFIG__', JSON.stringify(config)));
};
