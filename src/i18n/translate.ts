import { textDirection, type Locale } from '../schemas/vocab.ts';
import { UI, type UiKey } from './ui.ts';

/** `format('{n} tools', { n: 3 })` -> `3 tools`. Unknown placeholders are left visible, so a typo shows. */
export function format(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key) => (key in values ? String(values[key]) : whole));
}

/** Intl objects are costly to build and are asked for on every card of every page: build each once. */
function memo<T>(make: (key: string) => T): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) cache.set(key, (value = make(key)));
    return value;
  };
}
const numberFormat = memo((locale) => new Intl.NumberFormat(locale));
const dateFormat = memo((locale) => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }));
const languageNames = memo((locale) => new Intl.DisplayNames([locale], { type: 'language' }));
const regionNames = memo((locale) => new Intl.DisplayNames([locale], { type: 'region' }));
const translators = memo((locale) => makeTranslator(locale as Locale));

/** The translator for one locale; numbers in placeholders are formatted for that locale. */
export function useTranslations(locale: Locale) {
  return translators(locale);
}

function makeTranslator(locale: Locale) {
  const dict = UI[locale];
  const numbers = numberFormat(locale);
  return (key: UiKey, values?: Record<string, string | number>) => {
    if (!values) return format(dict[key]);
    const localised = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, typeof v === 'number' && k !== 'year' ? numbers.format(v) : v]));
    return format(dict[key], localised);
  };
}

/** A number as the locale writes it (Arabic-Indic digits in Arabic). */
export function formatNumber(n: number, locale: Locale): string {
  return numberFormat(locale).format(n);
}

export function direction(locale: string): 'rtl' | 'ltr' {
  return textDirection(locale);
}

/** "23 novembre 2026" / "23 November 2026" / "٢٣ نوفمبر ٢٠٢٦" from YYYY-MM-DD. */
export function formatDate(date: string, locale: Locale): string {
  return dateFormat(locale).format(new Date(`${date}T00:00:00Z`));
}

/** Name of a language (BCP 47) in the page's language: `es` -> "espagnol". */
export function languageName(code: string, locale: Locale): string {
  return namesOfLanguages(`${locale}|${code}`);
}
// Every card and facet asks for the same few names thousands of times: remember each answer.
const namesOfLanguages = memo((key) => {
  const [locale, code] = key.split('|');
  try {
    return languageNames(locale).of(code) ?? code;
  } catch {
    return code;
  }
});

/** Name of a country (ISO 3166-1 alpha-2) in the page's language. */
export function countryName(code: string, locale: Locale): string {
  return namesOfCountries(`${locale}|${code}`);
}
const namesOfCountries = memo((key) => {
  const [locale, code] = key.split('|');
  try {
    return regionNames(locale).of(code) ?? code;
  } catch {
    return code;
  }
});

/** `lang` and `dir` for entry text written in another language than the page (none when they match). */
export function foreignText(textLang: string, locale: Locale): { lang?: string; dir?: 'rtl' | 'ltr'; 'data-pagefind-ignore'?: '' } {
  // Fallback text is never indexed as the page's language: Pagefind would stem it wrongly and
  // return it for searches in a language it is not written in.
  return textLang === locale ? {} : { lang: textLang, dir: direction(textLang), 'data-pagefind-ignore': '' };
}
