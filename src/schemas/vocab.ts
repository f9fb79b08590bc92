/**
 * Every closed list of the content model, defined once. Schemas, filters, forms and
 * UI labels all derive from these arrays.
 */

import { SITE } from '../config.ts';
import { SUPPORTED_LOCALES, type Locale } from './locales.ts';

/** Ids (file names, URL slugs): lowercase kebab-case ASCII. Here, not in fields.ts, so browser code can use it without Zod. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The id a name or file name suggests: "Mes Aides (aides-jeunes)" -> "mes-aides-aides-jeunes", "Décidim" -> "decidim". */
export function slugify(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/** The languages this instance offers (catalogue.config.json), among those the site supports. */
export const LOCALES: readonly Locale[] = SITE.languages;
export const DEFAULT_LOCALE: Locale = SITE.defaultLanguage;
export { SUPPORTED_LOCALES, type Locale };
const directions = new Map<string, 'ltr' | 'rtl'>();

/** Right-to-left locales, from the platform's locale data (Intl.Locale text info), not a hand list. */
export const RTL_LOCALES: readonly Locale[] = LOCALES.filter((l) => textDirection(l) === 'rtl');

export function textDirection(locale: string): 'ltr' | 'rtl' {
  let known = directions.get(locale);
  if (!known) directions.set(locale, (known = computeDirection(locale)));
  return known;
}

function computeDirection(locale: string): 'ltr' | 'rtl' {
  const info = new Intl.Locale(locale) as Intl.Locale & { getTextInfo?: () => { direction: string }; textInfo?: { direction: string } };
  return (info.getTextInfo?.() ?? info.textInfo)?.direction === 'rtl' ? 'rtl' : 'ltr';
}

/** Whether a tool is software one installs, or a service someone runs for you. */
export const TOOL_TYPES = ['software', 'service'] as const;
export type ToolType = (typeof TOOL_TYPES)[number];

/** Development status, as defined by publiccode.yml's `developmentStatus`. */
export const STATUSES = ['concept', 'development', 'beta', 'stable', 'obsolete'] as const;
export type Status = (typeof STATUSES)[number];

/**
 * What kind of software it is, as publiccode.yml's `softwareType` says (values of the standard,
 * https://github.com/publiccodeyml/publiccode.yml/blob/96c52eb95381ae1fccb317005a5461f5ca5ed209/docs/standard/schema.core.rst).
 */
export const SOFTWARE_TYPES = ['standalone/web', 'standalone/mobile', 'standalone/desktop', 'standalone/backend', 'standalone/iot', 'standalone/other', 'addon', 'library', 'configurationFiles'] as const;
export type SoftwareType = (typeof SOFTWARE_TYPES)[number];

/** How the software is maintained, as publiccode.yml's `maintenance/type` says (same standard). */
export const MAINTENANCE_TYPES = ['internal', 'contract', 'community', 'none'] as const;
export type MaintenanceType = (typeof MAINTENANCE_TYPES)[number];

/** How pages, facets and the API's readers see a tool whose status no source states (the field is left out). */
export const UNKNOWN_STATUS = 'unknown';
export const SHOWN_STATUSES = [...STATUSES, UNKNOWN_STATUS] as const;
export type ShownStatus = (typeof SHOWN_STATUSES)[number];

export const ORGANIZATION_TYPES = [
  'government',
  'local-government',
  'civil-society',
  'company',
  'academic',
  'international',
] as const;
export type OrganizationType = (typeof ORGANIZATION_TYPES)[number];

export const CRITERION_TYPES = ['boolean', 'enum', 'text'] as const;
export type CriterionType = (typeof CRITERION_TYPES)[number];

/** Licence families used by the licence facet; `unknown` for a tool whose licence no source states (the field is left out). */
export const LICENSE_FAMILIES = ['open', 'proprietary', 'unknown'] as const;
export type LicenseFamily = (typeof LICENSE_FAMILIES)[number];

/** Content collections, in the order they appear in navigation. */
export const KINDS = ['tools', 'use-cases', 'organizations', 'collections', 'criteria', 'events', 'projects'] as const;
export type Kind = (typeof KINDS)[number];

/** The singular of each kind: `npm run new -- tool`, /api/schemas/tool.schema.json, public/schemas/tool.schema.json. */
export const SINGULAR = {
  tools: 'tool',
  'use-cases': 'use-case',
  organizations: 'organization',
  collections: 'collection',
  criteria: 'criterion',
  events: 'event',
  projects: 'project',
} as const satisfies Record<Kind, string>;

/** The phases of a hackathon or challenge programme, in their usual order. */
export const EVENT_PHASES = ['registration', 'ideation', 'prototyping', 'jury', 'announcement', 'funding', 'implementation'] as const;
export type EventPhase = (typeof EVENT_PHASES)[number];

/**
 * What can happen to a project after its event, in the order it usually happens. `live` means
 * seen in service at that date (it can repeat, as later confirmations); `discontinued`, stopped.
 */
export const PROJECT_STEPS = ['idea', 'prototype', 'selected', 'funded', 'incubated', 'pilot', 'live', 'discontinued'] as const;
export type ProjectStep = (typeof PROJECT_STEPS)[number];
