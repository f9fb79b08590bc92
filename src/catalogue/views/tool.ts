import { logoView, type LogoView } from '../logo.ts';
import { UNKNOWN_STATUS, type Locale } from '../../schemas/vocab.ts';
import { licenseIds } from '../../schemas/license.ts';
import { foreignText, formatDate, languageName, useTranslations, formatList } from '../../i18n/translate.ts';
import { licenseLabel, statusLabel, typeLabel } from '../../i18n/labels.ts';
import { toolPageFilters } from '../../i18n/facet-labels.ts';
import { relatedTools, type Catalogue } from '../model.ts';
import { projectLine, type ProjectLine } from './event.ts';
import { cardView, entryBase, link, links, reviewedView, sectionCrumbs, shortUrl, type CardView, type EntryBase, type EntryLink, type TextAttrs } from './common.ts';

export interface ToolView extends EntryBase {
  logo: LogoView;
  /** Pagefind filters and metadata of the page (the tool list filters on them). */
  search: { filters: Record<string, string[]>; meta: Record<string, string>; sort: Record<string, string>; useCaseWeight: number };
  usedBy: { organization: EntryLink; since?: string; instance?: string }[];
  criteria: { criterion: EntryLink; answer: string }[];
  sources: string[];
  reviewed: ReturnType<typeof reviewedView>;
  facts: {
    /** `dir: ltr` for an SPDX expression; "proprietary" and "not stated" are words of the page's language. */
    license: { label: string; href?: string; dir?: 'ltr' };
    type: string;
    status: string;
    website: { href: string; label: string };
    source?: { href: string; label: string };
    languages?: string;
    useCases: EntryLink[];
    developers: EntryLink[];
    tags?: { text: string; attrs: TextAttrs };
  };
  collections: EntryLink[];
  /** The project's latest activity, and a plain warning when it looks unmaintained. */
  activity?: string;
  warning?: string;
  related: CardView[];
  /** Hackathon projects that build on the tool, and those it grew out of. */
  projects: ProjectLine[];
  grewFrom: ProjectLine[];
}

/**
 * Pagefind weight of a tool's use-case names on its page: above body text (1), and higher the more
 * organisations are documented using it, so that among tools matching a use case ("consultation")
 * the established ones come first. Pagefind accepts weights up to 10.
 */
export function useCaseSearchWeight(deployments: number): number {
  return Math.min(10, 4 + deployments);
}

/** Everything /<locale>/tools/<id>/ shows; undefined when there is no such tool. */
export function toolView(c: Catalogue, id: string, locale: Locale, today = new Date().toISOString().slice(0, 10)): ToolView | undefined {
  const tool = c.tool.get(id);
  if (!tool) return undefined;
  const t = useTranslations(locale);
  const d = tool.data;
  const base = entryBase(locale, tool, sectionCrumbs(locale, 'tools', 'nav.tools'));
  // A single SPDX id links to its text; an expression, "proprietary" or no licence stated does not.
  const spdxPage = d.license && licenseIds(d.license).length === 1 ? `https://spdx.org/licenses/${d.license.replace(/\+$/, '')}.html` : undefined;
  const deployments = new Set(d.used_by.map((dep) => dep.organization)).size;
  return {
    ...base,
    logo: logoView('tools', tool.id, base.name, d),
    search: {
      filters: toolPageFilters(c, tool, locale),
      meta: { summary: base.summary, lang: base.text.lang, license: licenseLabel(d.license, locale), status: d.status ?? UNKNOWN_STATUS, type: d.type, ...(d.logo && { logo: logoView('tools', tool.id, base.name, d).src! }) },
      // Orders of the tool list: name (rank), last reviewed, most deployed (zero-padded: Pagefind sorts text).
      sort: { rank: String(c.toolRank.get(id)).padStart(6, '0'), reviewed: d.reviewed, deployments: String(deployments).padStart(5, '0') },
      useCaseWeight: useCaseSearchWeight(deployments),
    },
    usedBy: d.used_by.flatMap((dep) => {
      const org = c.organization.get(dep.organization);
      if (!org) return [];
      return [{ organization: link(locale, 'organizations', org), ...(dep.since && { since: t('tool.since', { year: dep.since }) }), ...(dep.url && { instance: dep.url }) }];
    }),
    criteria: c.criteria
      .filter((cr) => cr.id in d.criteria)
      .map((cr) => {
        const value = d.criteria[cr.id];
        return { criterion: link(locale, 'criteria', cr, cr.id), answer: typeof value === 'boolean' ? t(value ? 'filter.yes' : 'filter.no') : (cr.text[locale].labels?.[value] ?? value) };
      }),
    sources: d.sources,
    reviewed: reviewedView(locale, d.reviewed),
    facts: {
      license: { label: licenseLabel(d.license, locale), ...(spdxPage && { href: spdxPage }), ...(d.license && d.license !== 'proprietary' && { dir: 'ltr' as const }) },
      type: typeLabel(d.type, locale),
      status: statusLabel(d.status, locale),
      website: { href: d.website, label: shortUrl(d.website) },
      ...(d.source && { source: { href: d.source, label: shortUrl(d.source, true) } }),
      ...(d.languages.length && { languages: formatList(d.languages.map((l) => languageName(l, locale)), locale) }),
      useCases: links(locale, 'use-cases', d.use_cases, c.useCase),
      developers: links(locale, 'organizations', d.developers, c.organization),
      ...(d.tags.length && { tags: { text: d.tags.join(', '), attrs: foreignText(d.lang, locale) } }),
    },
    collections: (c.collectionsByTool.get(id) ?? []).map((col) => link(locale, 'collections', col)),
    ...(d.last_activity && { activity: formatDate(d.last_activity, locale) }),
    ...projectHealth(d, locale, today),
    related: relatedTools(c, id).map((r) => cardView(locale, r)),
    projects: (c.projectsReusing.get(id) ?? []).map((p) => projectLine(locale, p)),
    grewFrom: (c.projectsBecoming.get(id) ?? []).map((p) => projectLine(locale, p)),
  };
}


/** Two years without a commit or release: the project may no longer be maintained. */
const INACTIVE_DAYS = 730;

/** A plain warning for a project that is obsolete or shows no activity for two years. */
export function projectHealth(d: { status?: string; last_activity?: string }, locale: Locale, today: string): { warning?: string } {
  const t = useTranslations(locale);
  if (d.status === 'obsolete') return { warning: t('tool.warningObsolete') };
  if (d.last_activity && (Date.parse(today) - Date.parse(d.last_activity)) / 86_400_000 > INACTIVE_DAYS) return { warning: t('tool.warningInactive', { date: formatDate(d.last_activity, locale) }) };
  return {};
}
