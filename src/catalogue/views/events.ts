import type { Locale } from '../../schemas/vocab.ts';
import { countryName, formatDateRange, useTranslations } from '../../i18n/translate.ts';
import { withAncestors, type Catalogue } from '../model.ts';
import { entryBase, link, links, type EntryLink, type TextAttrs } from './common.ts';
import { pathTo } from '../paths.ts';

/** One event in the list, with the values the list filters on. */
export interface EventCard extends EntryLink {
  summary: string;
  summaryAttrs: TextAttrs;
  dates: string;
  year: string;
  upcoming: boolean;
  country?: string;
  countryCode?: string;
  organizers: EntryLink[];
  projects: string;
  /** Use cases of its challenges, with their ancestors, for the filter. */
  useCases: string[];
  /** `live` when a source saw one of its projects in service after the event, `none` otherwise. */
  outcome: 'live' | 'none';
  liveCount?: string;
}

export interface EventsView {
  title: string;
  intro: string;
  crumbs: { href: string; label: string }[];
  cards: EventCard[];
  filters: { name: 'country' | 'year' | 'use_case' | 'outcome'; label: string; options: { value: string; label: string }[] }[];
}

/** /<locale>/events/: every event, newest first, with the filters' options. */
export function eventsView(c: Catalogue, locale: Locale, today = new Date().toISOString().slice(0, 10)): EventsView {
  const t = useTranslations(locale);
  const collator = new Intl.Collator(locale);
  const cards = [...c.events]
    .sort((a, b) => (a.data.start < b.data.start ? 1 : a.data.start > b.data.start ? -1 : 0))
    .map((event): EventCard => {
      const d = event.data;
      const projects = c.projectsByEvent.get(event.id) ?? [];
      const live = projects.filter((p) => p.data.timeline.some((s) => s.step === 'live'));
      const base = entryBase(locale, event, []);
      return {
        ...link(locale, 'events', event),
        summary: base.summary,
        summaryAttrs: base.attrs,
        dates: formatDateRange(d.start, d.end, locale),
        year: d.start.slice(0, 4),
        upcoming: d.start > today,
        ...(d.country && { country: countryName(d.country, locale), countryCode: d.country }),
        organizers: links(locale, 'organizations', d.organizers, c.organization),
        projects: t('events.projectsCount', { n: projects.length }),
        useCases: withAncestors(c, d.challenges.flatMap((ch) => ch.use_cases)),
        outcome: live.length ? 'live' : 'none',
        ...(live.length && { liveCount: t('events.liveCount', { n: live.length }) }),
      };
    });
  const distinct = (values: (string | undefined)[]) => [...new Set(values.filter((v): v is string => !!v))];
  return {
    title: t('events.title'),
    intro: t('events.intro'),
    crumbs: [{ href: pathTo(locale), label: t('nav.home') }],
    cards,
    filters: [
      { name: 'country', label: t('event.country'), options: distinct(cards.map((e) => e.countryCode)).map((code) => ({ value: code, label: countryName(code, locale) })).sort((a, b) => collator.compare(a.label, b.label)) },
      { name: 'year', label: t('events.year'), options: distinct(cards.map((e) => e.year)).map((y) => ({ value: y, label: y })) },
      {
        name: 'use_case',
        label: t('filter.useCase'),
        options: distinct(cards.flatMap((e) => e.useCases)).map((u) => ({ value: u, label: c.useCase.get(u)?.text[locale].name ?? u })).sort((a, b) => collator.compare(a.label, b.label)),
      },
      { name: 'outcome', label: t('events.outcome'), options: [{ value: 'live', label: t('events.outcomeLive') }, { value: 'none', label: t('events.outcomeNone') }] },
    ],
  };
}
