import { KINDS, LOCALES, type Kind, type Locale } from '../schemas/index.ts';
import { entriesOf, type Catalogue, type Item } from './model.ts';

export interface TranslationStatus {
  locale: Locale;
  total: number;
  /** Entries readable in this locale: written in it, or translated. */
  done: number;
  missing: { kind: Kind; item: Item<any> }[];
  stale: { kind: Kind; item: Item<any> }[];
}

/** How much of the catalogue each locale can read, and what is missing or stale there. */
export function translationStatus(c: Catalogue): TranslationStatus[] {
  return LOCALES.map((locale) => {
    const status: TranslationStatus = { locale, total: 0, done: 0, missing: [], stale: [] };
    for (const kind of KINDS) {
      for (const item of entriesOf(c, kind)) {
        status.total++;
        const text = item.text[locale];
        if (text.translated) status.done++;
        else status.missing.push({ kind, item });
        if (text.stale) status.stale.push({ kind, item });
      }
    }
    return status;
  });
}
