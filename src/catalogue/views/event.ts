import type { Locale } from '../../schemas/vocab.ts';
import type { Event, Project } from '../../schemas/index.ts';
import { countryName, foreignText, formatDateRange, formatNumber, formatPartialDate, languageName, useTranslations, formatList } from '../../i18n/translate.ts';
import type { UiKey } from '../../i18n/ui.ts';
import type { Catalogue, Item } from '../model.ts';
import { funnel, standing } from '../outcomes.ts';
import { entryBase, link, links, reviewedView, sectionCrumbs, shortUrl, type EntryBase, type EntryLink, type TextAttrs } from './common.ts';

/** A bar of a chart and its row in the table beside it. */
export interface ChartBar {
  label: string;
  value: number;
  /** The value as the locale writes it. */
  display: string;
  note?: string;
}

/** A project in a list: its link, its summary, and where it stands in a few words. */
export interface ProjectLine extends EntryLink {
  summary: string;
  standing: string;
  step: Project['timeline'][number]['step'];
}

export interface EventView extends EntryBase {
  dates: string;
  upcoming: boolean;
  facts: {
    place?: string;
    online: boolean;
    country?: string;
    website?: { href: string; label: string };
    languages?: string;
    organizers: EntryLink[];
    partners: EntryLink[];
  };
  phases: { label: string; dates: string }[];
  figures: { label: string; value: string }[];
  /** Text fields of the event (challenges, criteria) are in the entry's language. */
  textAttrs: TextAttrs;
  challenges: { id: string; name: string; statement: string; useCases: EntryLink[]; projects: ProjectLine[] }[];
  /** Projects that name no challenge of the event. */
  otherProjects: ProjectLine[];
  criteria: { name: string; description?: string; weight?: string }[];
  ogp?: { plan: string; commitment: string; href: string; country: string };
  funnel: ChartBar[];
  sources: string[];
  reviewed: ReturnType<typeof reviewedView>;
}

/** "No news since May 2021 (last known step: prototype)", "Last seen in service: 2022", "Discontinued: June 2022". */
export function standingText(timeline: Project['timeline'], locale: Locale): string {
  const t = useTranslations(locale);
  const s = standing(timeline);
  if (s.step === 'discontinued') return t('project.standingStopped', { date: formatPartialDate(s.date, locale) });
  if (s.step === 'live') return t('project.standingLive', { date: formatPartialDate(s.date, locale) });
  return t('project.standingNoNews', { date: formatPartialDate(s.date, locale), step: t(`step.${s.step}` as UiKey).toLocaleLowerCase(locale) });
}

export function projectLine(locale: Locale, project: Item<Project>): ProjectLine {
  const text = project.text[locale];
  return {
    ...link(locale, 'projects', project),
    summary: text.summary ?? '',
    standing: standingText(project.data.timeline, locale),
    step: project.data.timeline[project.data.timeline.length - 1].step,
  };
}

const FIGURES = ['participants', 'ideas', 'teams', 'projects', 'selected', 'funded'] as const;

/** The funnel's bars: each stage with its number and, in the table, where that number comes from. */
export function funnelBars(event: Event, projects: Item<Project>[], locale: Locale, today: string): ChartBar[] {
  const t = useTranslations(locale);
  return funnel(event, projects.map((p) => p.data), today).map((s) => ({
    label: t(`stage.${s.stage}` as UiKey),
    value: s.value,
    display: formatNumber(s.value, locale),
    note: t(s.origin === 'figure' ? 'origin.figure' : 'origin.catalogue'),
  }));
}

/** Everything /<locale>/events/<id>/ shows; undefined when there is no such event. */
export function eventView(c: Catalogue, id: string, locale: Locale, today = new Date().toISOString().slice(0, 10)): EventView | undefined {
  const event = c.event.get(id);
  if (!event) return undefined;
  const t = useTranslations(locale);
  const d = event.data;
  const projects = c.projectsByEvent.get(id) ?? [];
  const challengeIds = new Set(d.challenges.map((ch) => ch.id));
  return {
    ...entryBase(locale, event, sectionCrumbs(locale, 'events', 'nav.events')),
    dates: formatDateRange(d.start, d.end, locale),
    upcoming: d.start > today,
    facts: {
      ...(d.place && { place: d.place }),
      online: d.online === true,
      ...(d.country && { country: countryName(d.country, locale) }),
      ...(d.website && { website: { href: d.website, label: shortUrl(d.website) } }),
      ...(d.languages.length && { languages: formatList(d.languages.map((l) => languageName(l, locale)), locale) }),
      organizers: links(locale, 'organizations', d.organizers, c.organization),
      partners: links(locale, 'organizations', d.partners, c.organization),
    },
    phases: d.phases.map((p) => ({
      label: t(`phase.${p.phase}` as UiKey),
      dates: p.end ? `${formatPartialDate(p.start, locale)} – ${formatPartialDate(p.end, locale)}` : formatPartialDate(p.start, locale),
    })),
    figures: FIGURES.filter((f) => d.figures?.[f] !== undefined).map((f) => ({ label: t(`figure.${f}` as UiKey), value: formatNumber(d.figures![f]!, locale) })),
    textAttrs: foreignText(d.lang, locale),
    challenges: d.challenges.map((ch) => ({
      id: ch.id,
      name: ch.name,
      statement: ch.statement,
      useCases: links(locale, 'use-cases', ch.use_cases, c.useCase),
      projects: projects.filter((p) => p.data.challenge === ch.id).map((p) => projectLine(locale, p)),
    })),
    otherProjects: projects.filter((p) => !p.data.challenge || !challengeIds.has(p.data.challenge)).map((p) => projectLine(locale, p)),
    criteria: d.criteria.map((cr) => ({ name: cr.name, ...(cr.description && { description: cr.description }), ...(cr.weight !== undefined && { weight: t('event.weight', { n: cr.weight }) }) })),
    ...(d.ogp_commitment && { ogp: { plan: d.ogp_commitment.plan, commitment: d.ogp_commitment.commitment, href: d.ogp_commitment.url, country: countryName(d.ogp_commitment.country, locale) } }),
    funnel: funnelBars(d, projects, locale, today),
    sources: d.sources,
    reviewed: reviewedView(locale, d.reviewed),
  };
}

