import type { Locale } from '../../schemas/vocab.ts';
import { foreignText, formatPartialDate, useTranslations } from '../../i18n/translate.ts';
import type { UiKey } from '../../i18n/ui.ts';
import type { Catalogue } from '../model.ts';
import { pathTo } from '../paths.ts';
import { cardView, entryBase, link, links, reviewedView, sectionCrumbs, shortUrl, type CardView, type EntryBase, type EntryLink, type TextAttrs } from './common.ts';
import { standingText } from './event.ts';

export interface ProjectView extends EntryBase {
  event: EntryLink;
  eventDates: string;
  challenge?: string;
  team?: string;
  organizations: EntryLink[];
  reuses: CardView[];
  tool?: CardView;
  source?: { href: string; label: string };
  website?: { href: string; label: string };
  /** The steps, oldest first: what happened, when, and the document that says so. */
  timeline: { step: string; code: string; date: string; datetime: string; source: string; note?: string }[];
  /** Notes and challenge names are in the entry's language. */
  textAttrs: TextAttrs;
  /** Where it stands, in one sentence, and how old that information is. */
  standing: string;
  sources: string[];
  reviewed: ReturnType<typeof reviewedView>;
}

/** Everything /<locale>/projects/<id>/ shows; undefined when there is no such project. */
export function projectView(c: Catalogue, id: string, locale: Locale): ProjectView | undefined {
  const project = c.project.get(id);
  if (!project) return undefined;
  const event = c.event.get(project.data.event);
  if (!event) return undefined;
  const t = useTranslations(locale);
  const d = project.data;
  const tool = d.tool ? c.tool.get(d.tool) : undefined;
  return {
    ...entryBase(locale, project, [...sectionCrumbs(locale, 'events', 'nav.events'), { href: pathTo(locale, 'events', event.id), label: event.text[locale].name }]),
    event: link(locale, 'events', event),
    eventDates: formatPartialDate(event.data.start, locale),
    ...(d.challenge && { challenge: event.data.challenges.find((ch) => ch.id === d.challenge)?.name }),
    ...(d.team && { team: d.team }),
    organizations: links(locale, 'organizations', d.organizations, c.organization),
    reuses: d.reuses.flatMap((r) => {
      const reused = c.tool.get(r);
      return reused ? [cardView(locale, reused)] : [];
    }),
    ...(tool && { tool: cardView(locale, tool) }),
    ...(d.source && { source: { href: d.source, label: shortUrl(d.source, true) } }),
    ...(d.website && { website: { href: d.website, label: shortUrl(d.website) } }),
    timeline: d.timeline.map((s) => ({
      step: t(`step.${s.step}` as UiKey),
      code: s.step,
      date: formatPartialDate(s.date, locale),
      datetime: s.date,
      source: s.source,
      ...(s.note && { note: s.note }),
    })),
    textAttrs: foreignText(d.lang, locale),
    standing: standingText(d.timeline, locale),
    sources: d.sources,
    reviewed: reviewedView(locale, d.reviewed),
  };
}
