import { textDirection, type Locale } from '../schemas/vocab.ts';
import { UI, type UiKey } from './ui.ts';
import { selectForm, type Message } from './plural.ts';

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
const listFormats = memo((locale) => new Intl.ListFormat(locale, { type: 'conjunction' }));
const regionNames = memo((locale) => new Intl.DisplayNames([locale], { type: 'region' }));
const translators = memo((locale) => makeTranslator(locale as Locale));

/**
 * The forms of a plural entry for a browser script (a data attribute, JSON), which picks one with
 * selectForm from ./plural.ts once it knows the count.
 */
export function messageForScript(locale: Locale, key: UiKey): string {
  return JSON.stringify(UI[locale][key]);
}

/** The translator for one locale; numbers in placeholders are formatted for that locale. */
export function useTranslations(locale: Locale) {
  return translators(locale);
}

function makeTranslator(locale: Locale) {
  const dict = UI[locale];
  const numbers = numberFormat(locale);
  return (key: UiKey, values?: Record<string, string | number>) => {
    // A plural entry takes the form of its count `n` (the other form when there is no count).
    const template = selectForm(dict[key] as Message, locale, typeof values?.n === 'number' ? values.n : Number.NaN);
    if (!values) return format(template);
    const localised = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, typeof v === 'number' && k !== 'year' ? numbers.format(v) : v]));
    return format(template, localised);
  };
}

/** A number as the locale writes it (Arabic-Indic digits in Arabic). */
export function formatNumber(n: number, locale: Locale): string {
  return numberFormat(locale).format(n);
}

/** A list as the locale writes it: "arabe, anglais et français", "العربية والإنجليزية والفرنسية". */
export function formatList(items: string[], locale: Locale): string {
  return listFormats(locale).format(items);
}

export function direction(locale: string): 'rtl' | 'ltr' {
  return textDirection(locale);
}

const monthFormat = memo((locale) => new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' }));
const yearFormat = memo((locale) => new Intl.DateTimeFormat(locale, { year: 'numeric', timeZone: 'UTC' }));

/** A date as precise as its source: "2021", "mai 2021" or "17 mai 2021" (and the same in en and ar). */
export function formatPartialDate(date: string, locale: Locale): string {
  if (date.length === 4) return yearFormat(locale).format(new Date(`${date}-07-01T00:00:00Z`));
  if (date.length === 7) return monthFormat(locale).format(new Date(`${date}-15T00:00:00Z`));
  return formatDate(date, locale);
}

/** "23–25 janvier 2020": a range of days in the locale's own way (Intl formatRange). */
export function formatDateRange(start: string, end: string | undefined, locale: Locale): string {
  if (!end || end === start) return formatDate(start, locale);
  return dateFormat(locale).formatRange(new Date(`${start}T00:00:00Z`), new Date(`${end}T00:00:00Z`));
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
