import type { Locale } from '../../schemas/vocab.ts';
import { countryName, formatNumber, useTranslations } from '../../i18n/translate.ts';
import type { Catalogue } from '../model.ts';
import { liveShare, tally, type Tally } from '../outcomes.ts';
import { pathTo } from '../paths.ts';

export interface OutcomeRow {
  group: string;
  tally: Tally;
  /** The counts as the locale writes them. */
  display: Record<keyof Tally, string>;
  /** "42 %", or "–" when no project of the group is old enough. */
  share: string;
}

export interface OutcomeTable {
  horizon: string;
  rows: { heading: string; rows: OutcomeRow[] }[];
}

export interface OutcomesView {
  title: string;
  intro: string;
  crumbs: { href: string; label: string }[];
  projectCount: number;
  tables: OutcomeTable[];
}

/** /<locale>/outcomes/: one and two years after their event, what became of every project followed here. */
export function outcomesView(c: Catalogue, locale: Locale, today = new Date().toISOString().slice(0, 10)): OutcomesView {
  const t = useTranslations(locale);
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const collator = new Intl.Collator(locale);
  const projects = c.projects.flatMap((p) => {
    const event = c.event.get(p.data.event);
    if (!event) return [];
    const challenge = event.data.challenges.find((ch) => ch.id === p.data.challenge);
    return [{ timeline: p.data.timeline, eventStart: event.data.start, country: event.data.country, themes: challenge?.use_cases ?? [] }];
  });
  const row = (group: string, list: typeof projects, months: number): OutcomeRow => {
    const counts = tally(list, months, today);
    const share = liveShare(counts);
    return {
      group,
      tally: counts,
      display: { live: formatNumber(counts.live, locale), stopped: formatNumber(counts.stopped, locale), unknown: formatNumber(counts.unknown, locale), tooRecent: formatNumber(counts.tooRecent, locale) },
      share: share === undefined ? '–' : percent.format(share),
    };
  };
  const groups = (key: (p: (typeof projects)[number]) => string[]) => {
    const out = new Map<string, typeof projects>();
    for (const p of projects) for (const k of key(p)) out.set(k, [...(out.get(k) ?? []), p]);
    return out;
  };
  const byCountry = groups((p) => [p.country ? countryName(p.country, locale) : t('outcomes.international')]);
  const byTheme = groups((p) => (p.themes.length ? p.themes.map((u) => c.useCase.get(u)?.text[locale].name ?? u) : [t('outcomes.noTheme')]));
  const sorted = (m: Map<string, typeof projects>, months: number) => [...m].sort((a, b) => collator.compare(a[0], b[0])).map(([g, list]) => row(g, list, months));
  return {
    title: t('outcomes.title'),
    intro: t('outcomes.intro'),
    crumbs: [{ href: pathTo(locale), label: t('nav.home') }, { href: pathTo(locale, 'events'), label: t('nav.events') }],
    projectCount: projects.length,
    tables: ([[12, 'outcomes.oneYear'], [24, 'outcomes.twoYears']] as const).map(([months, key]) => ({
      horizon: t(key),
      rows: [
        { heading: t('outcomes.all'), rows: [row(t('outcomes.all'), projects, months)] },
        { heading: t('outcomes.byCountry'), rows: sorted(byCountry, months) },
        { heading: t('outcomes.byTheme'), rows: sorted(byTheme, months) },
      ],
    })),
  };
}
