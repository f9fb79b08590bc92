/** The languages the site has dictionaries for; an instance offers some or all of them (catalogue.config.json). */
export const SUPPORTED_LOCALES = ['fr', 'en', 'ar'] as const;
export type Locale = (typeof SUPPORTED_LOCALES)[number];
