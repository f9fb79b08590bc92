import type { Locale } from '../../schemas/vocab.ts';
import { formatDate, useTranslations } from '../../i18n/translate.ts';
import type { Catalogue } from '../model.ts';
import { collectionCards, entryBase, links, sectionCrumbs, type CardView, type EntryBase, type EntryLink } from './common.ts';

export interface CollectionView extends EntryBase {
  curator?: EntryLink;
  updated: string;
  /** The tools in the curator's order, each note in the page's language where a translation gives it. */
  cards: CardView[];
}

/** Everything /<locale>/collections/<id>/ and its embed show; undefined when there is no such collection. */
export function collectionView(c: Catalogue, id: string, locale: Locale): CollectionView | undefined {
  const col = c.collection.get(id);
  if (!col) return undefined;
  const t = useTranslations(locale);
  return {
    ...entryBase(locale, col, sectionCrumbs(locale, 'collections', 'nav.collections')),
    curator: links(locale, 'organizations', [col.data.curator], c.organization)[0],
    updated: t('collection.updated', { date: formatDate(col.data.updated, locale) }),
    cards: collectionCards(c, locale, col),
  };
}
