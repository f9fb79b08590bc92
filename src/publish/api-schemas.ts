import { z } from 'zod';
import { CRITERION_TYPES, EVENT_PHASES, KINDS, LICENSE_FAMILIES, SUPPORTED_LOCALES, ORGANIZATION_TYPES, PROJECT_STEPS, SINGULAR, STATUSES, TOOL_TYPES, type Kind } from '../schemas/vocab.ts';
import { SLUG_PATTERN } from '../schemas/fields.ts';

/**
 * Shapes of the static JSON API (dist/api/), the contract for other sites. Types are derived
 * from these schemas, and the JSON Schemas published under /api/schemas/ are generated from them.
 */

const locale = z.enum(SUPPORTED_LOCALES);
const id = z.string().regex(SLUG_PATTERN).describe('Id of the entry: its file name and URL slug.');
/** Absolute http(s) URL; the pattern makes the published JSON Schema refuse other schemes too. */
const url = z.url({ protocol: /^https?$/ }).regex(/^https?:\/\//);
const date = z.iso.date();

/** A value in every interface language. */
const everyLocale = <T extends z.ZodType>(value: T) => z.record(locale, value);
/** A value only in the languages that really have it (original and translations). */
const someLocales = <T extends z.ZodType>(value: T) => z.partialRecord(locale, value);

const pages = everyLocale(url).describe('The entry page on the catalogue, in each interface language.');

/** Another entry, resolved: enough to show and follow the link without a second request. */
export const LinkSchema = z.strictObject({
  id,
  name: everyLocale(z.string()).describe('Name in each language: its translation where there is one, the original name otherwise.'),
  url: pages,
  api: url.describe('This entry in the JSON API.'),
});
export type Link = z.output<typeof LinkSchema>;

export const TextSchema = z.strictObject({
  name: z.string(),
  summary: z.string().optional(),
  question: z.string().optional().describe('Criteria only: the question reviewers answer.'),
  labels: z.record(z.string(), z.string()).optional().describe('Enum criteria only: how each value reads in this language, by value.'),
  body_html: z.string().optional().describe('Sanitised HTML of the description; only in the one-entry files, not in the lists.'),
  stale: z.boolean().optional().describe('True when this translation was made from an older version of the original.'),
});

const common = {
  id,
  lang: locale.describe('Language the entry was written in; `text` always has it.'),
  text: someLocales(TextSchema).describe('The text in each language it exists in: the original and its translations, never a fallback copy.'),
  url: pages,
  api: url.describe('This entry in the JSON API.'),
};

const Use = { url: url.optional().describe('The instance, or evidence of the use.'), since: z.number().int().optional().describe('Year the use started.') };

export const ToolEntrySchema = z.strictObject({
  ...common,
  website: url,
  source: url.optional().describe('Source-code repository.'),
  license: z.string().optional().describe('SPDX licence expression, or "proprietary"; absent when no source states it (license_family: unknown).'),
  license_family: z.enum(LICENSE_FAMILIES),
  type: z.enum(TOOL_TYPES),
  status: z.enum(STATUSES).optional().describe('Development status (publiccode.yml values); absent when no source states it.'),
  use_cases: z.array(LinkSchema),
  developers: z.array(LinkSchema),
  used_by: z.array(z.strictObject({ organization: LinkSchema, ...Use })),
  languages: z.array(z.string()).describe('BCP 47 codes of the interface languages.'),
  countries: z.array(z.string()).describe('ISO 3166-1 codes of the countries of the organisations that use it.'),
  criteria: z.array(z.strictObject({ criterion: LinkSchema, value: z.union([z.boolean(), z.string()]) })),
  tags: z.array(z.string()),
  collections: z.array(LinkSchema).describe('Collections that list the tool.'),
  last_activity: date.optional().describe('Date of the project’s latest commit or release, when known.'),
  reviewed: date.describe('Date the facts were last checked against the sources.'),
  sources: z.array(url),
});

export const UseCaseEntrySchema = z.strictObject({
  ...common,
  parent: LinkSchema.optional(),
  children: z.array(LinkSchema),
  tools: z.array(LinkSchema).describe('Tools that list this use case (not those of its children).'),
  sources: z.array(url),
});

export const OrganizationEntrySchema = z.strictObject({
  ...common,
  type: z.enum(ORGANIZATION_TYPES),
  country: z.string().optional(),
  website: url.optional(),
  develops: z.array(LinkSchema),
  uses: z.array(z.strictObject({ tool: LinkSchema, ...Use })),
  curates: z.array(LinkSchema),
  sources: z.array(url),
});

/** What a list or an embed needs to show a tool. */
export const ToolCardSchema = z.strictObject({
  id,
  lang: locale,
  text: someLocales(z.strictObject({ name: z.string(), summary: z.string() })),
  url: pages,
  api: url,
  website: url,
  license: z.string().optional(),
  license_family: z.enum(LICENSE_FAMILIES),
  type: z.enum(TOOL_TYPES),
  status: z.enum(STATUSES).optional(),
});
export type ToolCard = z.output<typeof ToolCardSchema>;

export const CollectionEntrySchema = z.strictObject({
  ...common,
  curator: LinkSchema,
  updated: date,
  tools: z
    .array(z.strictObject({ tool: ToolCardSchema, note: someLocales(z.string()).optional().describe('Why the curator recommends it, in the languages it exists in.') }))
    .describe('In the order the curator recommends them.'),
});

export const CriterionEntrySchema = z.strictObject({
  ...common,
  type: z.enum(CRITERION_TYPES),
  values: z.array(z.string()).optional(),
});

/** A date as precise as its source: YYYY, YYYY-MM or YYYY-MM-DD. */
const partialDate = z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/);

export const EventEntrySchema = z.strictObject({
  ...common,
  organizers: z.array(LinkSchema),
  partners: z.array(LinkSchema),
  start: date,
  end: date.optional(),
  phases: z.array(z.strictObject({ phase: z.enum(EVENT_PHASES), start: partialDate, end: partialDate.optional() })),
  place: z.string().optional(),
  online: z.boolean().optional(),
  country: z.string().optional().describe('ISO 3166-1 code; absent for international events.'),
  website: url.optional(),
  languages: z.array(z.string()),
  figures: z.record(z.string(), z.number()).describe('Figures the sources give (participants, ideas, teams, projects, selected, funded).'),
  challenges: z.array(z.strictObject({ id, name: z.string(), statement: z.string(), use_cases: z.array(LinkSchema), projects: z.array(LinkSchema) })),
  criteria: z.array(z.strictObject({ name: z.string(), description: z.string().optional(), weight: z.number().optional() })),
  ogp_commitment: z.strictObject({ country: z.string(), plan: z.string(), commitment: z.string(), url }).optional(),
  projects: z.array(LinkSchema).describe('Every project of the event, challenges or not.'),
  reviewed: date,
  sources: z.array(url),
});

export const ProjectEntrySchema = z.strictObject({
  ...common,
  event: LinkSchema,
  challenge: z.strictObject({ id, name: z.string() }).optional(),
  team: z.string().optional(),
  organizations: z.array(LinkSchema),
  reuses: z.array(LinkSchema).describe('Catalogue tools it builds on.'),
  tool: LinkSchema.optional().describe('The catalogue tool it became.'),
  source: url.optional(),
  website: url.optional(),
  timeline: z.array(z.strictObject({ step: z.enum(PROJECT_STEPS), date: partialDate, source: url, note: z.string().optional() })).describe('What happened to it, in date order, each step with its source.'),
  reviewed: date,
  sources: z.array(url),
});

export const ENTRY_SCHEMAS = {
  tools: ToolEntrySchema,
  'use-cases': UseCaseEntrySchema,
  organizations: OrganizationEntrySchema,
  collections: CollectionEntrySchema,
  criteria: CriterionEntrySchema,
  events: EventEntrySchema,
  projects: ProjectEntrySchema,
} as const satisfies Record<Kind, z.ZodType>;

export type EntryPayload<K extends Kind> = z.output<(typeof ENTRY_SCHEMAS)[K]>;

/** oEmbed 1.0 response of type "rich" (https://oembed.com/). */
export const OEmbedSchema = z.strictObject({
  version: z.literal('1.0'),
  type: z.literal('rich'),
  title: z.string(),
  provider_name: z.string(),
  provider_url: url,
  html: z.string().describe('The iframe snippet.'),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
});
export type OEmbed = z.output<typeof OEmbedSchema>;

/** Singular names: /api/schemas/tool.schema.json (one entry) and tool-list.schema.json. */
export const API_NAMES: Record<Kind, string> = SINGULAR;

const withSchema = { $schema: url.describe('The JSON Schema this file follows.') };

/** The schema of every kind of JSON file under /api/, by published schema name. */
export function apiFileSchemas(): Record<string, z.ZodType> {
  const out: Record<string, z.ZodType> = { oembed: OEmbedSchema.extend(withSchema) };
  for (const kind of KINDS) {
    const entry = ENTRY_SCHEMAS[kind];
    out[API_NAMES[kind]] = entry.extend(withSchema);
    out[`${API_NAMES[kind]}-list`] = z.strictObject({ ...withSchema, count: z.number().int().min(0), items: z.array(entry) });
  }
  return out;
}
