import { LOCALES, type Locale } from '../schemas/vocab.ts';
import { dictionary as reference } from './locales/fr.ts';
import type { Message } from './plural.ts';

/**
 * Interface strings: one dictionary file per locale in ./locales/, French the reference.
 * Adding a language is one line in LOCALES (src/schemas/vocab.ts) plus ./locales/<code>.ts;
 * the type checker and a test make sure it has every key.
 */
export type UiKey = keyof typeof reference;
/** A string, or its plural forms (./plural.ts): the translator picks the form for the count `n`. */
export type Dictionary = Record<UiKey, Message>;

const files = import.meta.glob<{ dictionary: Dictionary }>('./locales/*.ts', { eager: true });

export const UI = Object.fromEntries(
  LOCALES.map((locale) => {
    const file = files[`./locales/${locale}.ts`];
    if (!file) throw new Error(`Missing UI dictionary src/i18n/locales/${locale}.ts for the configured locale "${locale}".`);
    return [locale, file.dictionary];
  }),
) as Record<Locale, Dictionary>;

/** Native name of each interface language, from the platform's locale data: "Français", "العربية". */
export const LOCALE_NAMES = Object.fromEntries(
  LOCALES.map((l) => {
    const label = new Intl.DisplayNames([l], { type: 'language' }).of(l) ?? l;
    return [l, label.charAt(0).toLocaleUpperCase(l) + label.slice(1)];
  }),
) as Record<Locale, string>;
