import { logoView, type LogoView } from '../logo.ts';
import type { Locale } from '../../schemas/vocab.ts';
import { countryName, useTranslations } from '../../i18n/translate.ts';
import type { UiKey } from '../../i18n/ui.ts';
import type { Catalogue } from '../model.ts';
import { projectLine, type ProjectLine } from './event.ts';
import { cardView, entryBase, link, sectionCrumbs, shortUrl, type CardView, type EntryBase, type EntryLink } from './common.ts';

export interface OrganizationView extends EntryBase {
  logo: LogoView;
  type: string;
  country?: string;
  website?: { href: string; label: string };
  develops: CardView[];
  uses: CardView[];
  /** The deployments that name an instance or evidence page. */
  deployments: { tool: string; since?: string; url: string }[];
  curates: EntryLink[];
  events: EntryLink[];
  projects: ProjectLine[];
  sources: string[];
}

/** Everything /<locale>/organizations/<id>/ shows; undefined when there is no such organisation. */
export function organizationView(c: Catalogue, id: string, locale: Locale): OrganizationView | undefined {
  const o = c.organization.get(id);
  if (!o) return undefined;
  const t = useTranslations(locale);
  const uses = c.toolsUsedBy.get(id) ?? [];
  return {
    ...entryBase(locale, o, sectionCrumbs(locale, 'organizations', 'nav.organizations')),
    logo: logoView('organizations', o.id, o.text[locale].name, o.data),
    type: t(`orgType.${o.data.type}` as UiKey),
    ...(o.data.country && { country: countryName(o.data.country, locale) }),
    ...(o.data.website && { website: { href: o.data.website, label: shortUrl(o.data.website) } }),
    develops: (c.toolsDevelopedBy.get(id) ?? []).map((tool) => cardView(locale, tool)),
    uses: uses.map(({ tool }) => cardView(locale, tool)),
    deployments: uses
      .filter(({ deployment }) => deployment.url)
      .map(({ tool, deployment }) => ({ tool: tool.text[locale].name, ...(deployment.since && { since: t('tool.since', { year: deployment.since }) }), url: deployment.url! })),
    curates: (c.collectionsByCurator.get(id) ?? []).map((col) => link(locale, 'collections', col)),
    events: (c.eventsByOrganization.get(id) ?? []).map((e) => link(locale, 'events', e)),
    projects: (c.projectsByOrganization.get(id) ?? []).map((p) => projectLine(locale, p)),
    sources: o.data.sources,
  };
}
