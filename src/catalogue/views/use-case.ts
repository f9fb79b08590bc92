import type { Locale } from '../../schemas/vocab.ts';
import { useTranslations } from '../../i18n/translate.ts';
import { toolsForUseCase, type Catalogue } from '../model.ts';
import { PAGE_SIZE } from '../pagination.ts';
import { pathTo } from '../paths.ts';
import { cardView, entryBase, link, sectionCrumbs, type CardView, type EntryBase, type EntryLink } from './common.ts';

export interface UseCaseView extends EntryBase {
  children: EntryLink[];
  /** Tools of the use case and its descendants: the count, and the first page of cards. */
  toolCount: string;
  cards: CardView[];
  /** The filtered tool list, when there are more tools than one page shows. */
  allTools?: { href: string; label: string };
  sources: string[];
}

/** Everything /<locale>/use-cases/<id>/ shows; undefined when there is no such use case. */
export function useCaseView(c: Catalogue, id: string, locale: Locale): UseCaseView | undefined {
  const u = c.useCase.get(id);
  if (!u) return undefined;
  const t = useTranslations(locale);
  const parent = u.data.parent ? c.useCase.get(u.data.parent) : undefined;
  const crumbs = sectionCrumbs(locale, 'use-cases', 'nav.useCases');
  if (parent) crumbs.push({ href: pathTo(locale, 'use-cases', parent.id), label: parent.text[locale].name });
  const tools = toolsForUseCase(c, id);
  return {
    ...entryBase(locale, u, crumbs),
    children: (c.childUseCases.get(id) ?? []).map((ch) => link(locale, 'use-cases', ch)),
    toolCount: t('count.tools', { n: tools.length }),
    cards: tools.slice(0, PAGE_SIZE).map((tool) => cardView(locale, tool)),
    ...(tools.length > PAGE_SIZE && { allTools: { href: `${pathTo(locale, 'tools')}?use_case=${encodeURIComponent(id)}`, label: t('useCase.allTools', { n: tools.length }) } }),
    sources: u.data.sources,
  };
}
