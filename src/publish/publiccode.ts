import { stringify } from 'yaml';
import type { Catalogue, Item, LocalText } from '../catalogue/model.ts';
import { LOCALES, type Locale, type Tool } from '../schemas/index.ts';

/**
 * A catalogue tool as a publiccode.yml file (version 0.4 of the standard, the one the Italian and
 * EU catalogues read: https://github.com/publiccodeyml/publiccode.yml/blob/96c52eb95381ae1fccb317005a5461f5ca5ed209/docs/standard/schema.core.rst).
 *
 * Every value comes from the entry; what the standard requires and the entry does not hold makes
 * the tool not exportable (`missing` says what), never a default. Two mappings are rules of ours:
 * - `categories` (mandatory in 0.4) come from the tool's use cases (USE_CASE_CATEGORIES);
 * - `maintenance/contacts` must name people, and the catalogue never stores personal data: the
 *   maintaining organisations (the entry's developers) stand as contacts, as several public files
 *   do (udata's names "Open Data Team"). `contract` maintenance needs the contract's end date,
 *   which the catalogue does not hold: such a tool is not exported.
 */
export const PUBLICCODE_VERSION = '0.4';

/** Categories of the standard's controlled list (same commit, categories-list.rst) each use case falls under. */
export const USE_CASE_CATEGORIES: Readonly<Record<string, readonly string[]>> = {
  'public-consultation': ['digital-citizenship'],
  petitions: ['digital-citizenship'],
  'participatory-budgeting': ['digital-citizenship', 'budgeting'],
  'law-co-creation': ['digital-citizenship', 'regulations-and-directives'],
  deliberation: ['digital-citizenship'],
  'online-voting': ['digital-citizenship'],
  'action-plan-tracking': ['digital-citizenship'],
  'political-accountability': ['digital-citizenship'],
  'parliamentary-monitoring': ['digital-citizenship'],
  'election-information': ['digital-citizenship'],
  'freedom-of-information': ['digital-citizenship'],
  'citizen-reporting': ['digital-citizenship', 'feedback-and-reviews-management'],
  'benefits-simulation': ['digital-citizenship'],
  'budget-transparency': ['budgeting', 'financial-reporting'],
  'open-contracting': ['procurement'],
  whistleblowing: ['whistleblowing'],
  'data-collection': ['data-collection', 'survey'],
  'epidemic-surveillance': ['data-collection'],
  'data-visualisation': ['data-visualization'],
  'open-data-portal': ['data-collection', 'data-analytics'],
  mapping: ['geographic-information-systems'],
  'design-systems': ['design-system'],
  'digital-identity': ['identity-management'],
  'legal-information': ['regulations-and-directives'],
  'online-procedures': ['workflow-management'],
  'data-literacy': ['educational-content'],
};

export type PubliccodeResult = { ok: true; text: string } | { ok: false; missing: string[] };

/** Plain text with light Markdown (bullets, bold, links) from the site's sanitised HTML. */
export function markdownFromHtml(html: string): string {
  const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
  return html
    .replace(/<h[1-6][^>]*>([\s\S]*?)<\/h[1-6]>/g, '\n\n**$1**\n\n')
    .replace(/<li[^>]*>/g, '\n- ')
    .replace(/<\/(p|ul|ol|table|blockquote)>/g, '\n\n')
    .replace(/<br\s*\/?>/g, '\n')
    .replace(/<a [^>]*href="([^"]+)"[^>]*>([\s\S]*?)<\/a>/g, '[$2]($1)')
    .replace(/<\/?(strong|b)>/g, '**')
    .replace(/<[^>]+>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) =>
      e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : (entities[e.toLowerCase()] ?? m),
    )
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** At most `max` characters, cut at a word with an ellipsis when longer. */
function fit(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

/** A repository URL as the standard wants it: the clone URL of a Git forge's project page. */
function repositoryUrl(source: string): string {
  return /^https:\/\/(github\.com|gitlab\.com|codeberg\.org)\/[^/]+\/[^/]+\/?$/.test(source) && !source.endsWith('.git') ? `${source.replace(/\/$/, '')}.git` : source;
}

/** One language's description: the entry's own text there (original or an up-to-date translation). */
function description(text: LocalText, features: string[]): Record<string, unknown> | undefined {
  if (!text.summary) return undefined;
  const long = fit(markdownFromHtml(text.html), 10000);
  return {
    shortDescription: fit(text.summary, 150),
    ...(long.length >= 150 ? { longDescription: long } : {}),
    ...(features.length ? { features } : {}),
  };
}

/** The publiccode.yml of a tool, or what it lacks for a valid one. */
export function publiccodeFor(c: Catalogue, id: string): PubliccodeResult {
  const item = c.tool.get(id);
  if (!item) return { ok: false, missing: ['the tool'] };
  const d = item.data;
  const developers = d.developers.map((o) => c.organization.get(o)).filter((o) => o !== undefined);
  const categories = [...new Set(d.use_cases.flatMap((u) => USE_CASE_CATEGORIES[u] ?? []))];
  const localisationReady = d.languages.length > 1 || d.criteria['translatable'] === true ? true : d.criteria['translatable'] === false ? false : undefined;
  // The languages this instance publishes the entry in: its original, and its up-to-date translations.
  const languages: Locale[] = LOCALES.filter((l) => item.text[l] && (l === item.data.lang || (item.text[l].translated && !item.text[l].stale)));
  const descriptions = Object.fromEntries(
    languages.flatMap((l) => {
      const features = d.use_cases.map((u) => c.useCase.get(u)?.text[l]).filter((t) => t?.translated).map((t) => fit(t!.name, 100));
      const desc = description(item.text[l], features);
      return desc ? [[l, desc]] : [];
    }),
  );
  const complete = Object.values(descriptions).some((x: any) => x.longDescription && x.features);
  const missing = [
    d.type !== 'software' && 'type: software (a service has no code to describe)',
    !d.source && 'source (the code repository)',
    (d.license === undefined || d.license === 'proprietary') && 'an open licence',
    !d.status && 'status',
    !d.software_type && 'software_type',
    !d.platforms.length && 'platforms',
    !d.maintenance && 'maintenance',
    d.maintenance === 'contract' && 'the end date of the maintenance contract (the standard requires it of contractors; the catalogue does not hold it)',
    (d.maintenance === 'internal' || d.maintenance === 'community') && !developers.length && 'developers (the maintaining organisations, named as contacts)',
    !d.languages.length && 'languages',
    localisationReady === undefined && 'a second interface language, or the "translatable" criterion',
    !categories.length && 'a use case with a publiccode.yml category',
    !complete && 'a description of at least 150 characters with the names of its use cases',
  ].filter((m): m is string => typeof m === 'string');
  if (missing.length) return { ok: false, missing };

  const contacts = developers.map((o) => ({ name: o.data.name }));
  const file = {
    publiccodeYmlVersion: PUBLICCODE_VERSION,
    name: d.name,
    url: repositoryUrl(d.source!),
    ...(d.website !== d.source ? { landingURL: d.website } : {}),
    platforms: d.platforms,
    categories,
    developmentStatus: d.status,
    softwareType: d.software_type,
    description: descriptions,
    legal: { license: d.license },
    maintenance: {
      type: d.maintenance,
      ...(d.maintenance === 'internal' || d.maintenance === 'community' ? { contacts } : {}),
    },
    localisation: { localisationReady, availableLanguages: d.languages },
  };
  return { ok: true, text: stringify(file, { lineWidth: 0 }) };
}

/** Ids of the tools that have every field the standard requires. */
export function exportableTools(c: Catalogue): Item<Tool>[] {
  return c.tools.filter((t) => publiccodeFor(c, t.id).ok);
}
