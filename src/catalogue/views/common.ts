import { logoView, type LogoView } from '../logo.ts';
import { UNKNOWN_STATUS, type Locale, type ShownStatus } from '../../schemas/vocab.ts';
import type { Collection, Tool } from '../../schemas/index.ts';
import { foreignText, formatDate, useTranslations } from '../../i18n/translate.ts';
import { licenseLabel, statusLabel, typeLabel } from '../../i18n/labels.ts';
import { isStale } from '../../checking/freshness.ts';
import { SITE } from '../../config.ts';
import type { Catalogue, Item, LocalText } from '../model.ts';
import { pathTo, type Section } from '../paths.ts';

/** `lang`/`dir` (and kept out of the search index) for text in another language than the page. */
export type TextAttrs = ReturnType<typeof foreignText>;

/** A link to an entry: its address, its name in the page's language, and that name's language. */
export interface EntryLink {
  href: string;
  name: string;
  attrs: TextAttrs;
}

export interface Crumb {
  href: string;
  label: string;
}

/** What a tool card shows (lists, related tools, collections, use-case and organisation pages). */
export interface CardView {
  id: string;
  href: string;
  name: string;
  summary: string;
  attrs: TextAttrs;
  /** A curator's note (collections), in its own language. */
  note?: { text: string; attrs: TextAttrs };
  license: string;
  status: ShownStatus;
  statusLabel: string;
  typeLabel: string;
  logo: LogoView;
}

/** The parts every entry page shares: its text in the page's language, sources, edit link. */
export interface EntryBase {
  id: string;
  name: string;
  summary: string;
  /** Attributes of the name and summary when they are not in the page's language. */
  attrs: TextAttrs;
  text: LocalText;
  file: string;
  crumbs: Crumb[];
}

export function link(locale: Locale, section: Section, item: Item<{ name: string }>, anchor?: string): EntryLink {
  const text = item.text[locale];
  return { href: anchor ? `${pathTo(locale, section)}#${anchor}` : pathTo(locale, section, item.id), name: text.name, attrs: foreignText(text.lang, locale) };
}

/**
 * Links to the entries `ids` name, leaving out any that is not in the catalogue: the validator
 * refuses a dangling id, but the dev server keeps serving while a referenced file is broken.
 */
export function links<T extends { name: string }>(locale: Locale, section: Section, ids: readonly string[], items: Map<string, Item<T>>): EntryLink[] {
  return ids.flatMap((id) => {
    const item = items.get(id);
    return item ? [link(locale, section, item)] : [];
  });
}

export function entryBase(locale: Locale, item: Item<{ name: string }>, crumbs: Crumb[]): EntryBase {
  const text = item.text[locale];
  return { id: item.id, name: text.name, summary: text.summary ?? '', attrs: foreignText(text.lang, locale), text, file: item.file, crumbs };
}

/** Home, then the section's index. */
export function sectionCrumbs(locale: Locale, section: Section, label: Parameters<ReturnType<typeof useTranslations>>[0]): Crumb[] {
  const t = useTranslations(locale);
  return [{ href: pathTo(locale), label: t('nav.home') }, { href: pathTo(locale, section), label: t(label) }];
}

export function cardView(locale: Locale, tool: Item<Tool>, note?: { text: string; lang: Locale }): CardView {
  const text = tool.text[locale];
  return {
    id: tool.id,
    href: pathTo(locale, 'tools', tool.id),
    name: text.name,
    summary: text.summary ?? '',
    attrs: foreignText(text.lang, locale),
    ...(note && { note: { text: note.text, attrs: foreignText(note.lang, locale) } }),
    license: licenseLabel(tool.data.license, locale),
    status: tool.data.status ?? UNKNOWN_STATUS,
    statusLabel: statusLabel(tool.data.status, locale),
    typeLabel: typeLabel(tool.data.type, locale),
    logo: logoView('tools', tool.id, text.name, tool.data),
  };
}

/** The cards of a collection's tools, in the curator's order, each with its note in the page's language. */
export function collectionCards(c: Catalogue, locale: Locale, col: Item<Collection>): CardView[] {
  const notes = col.text[locale].notes;
  return col.data.tools.flatMap((item) => {
    const tool = c.tool.get(item.tool);
    return tool ? [cardView(locale, tool, notes[item.tool])] : [];
  });
}

/** "Facts checked on 23 November 2026", and whether that is older than the site allows. */
export function reviewedView(locale: Locale, reviewed: string) {
  const t = useTranslations(locale);
  const stale = isStale(reviewed);
  return { text: t('tool.reviewed', { date: formatDate(reviewed, locale) }), stale, staleText: stale ? t('tool.stale', { months: SITE.staleAfterMonths }) : undefined };
}

/** The host (and path, for a repository) of a URL, as a short link text. */
export function shortUrl(url: string, withPath = false): string {
  const u = new URL(url);
  return withPath ? u.hostname + u.pathname.replace(/\/$/, '') : u.hostname;
}
