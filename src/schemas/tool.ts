import { z } from 'zod';
import { MAINTENANCE_TYPES, SOFTWARE_TYPES, STATUSES, TOOL_TYPES } from './vocab.ts';
import { draftMark, httpUrl, isoDate, languageTag, license, locale, name, ref, sources, summary } from './fields.ts';

/** An organisation that runs the tool, with the evidence of it. */
export const DeploymentSchema = z.strictObject({
  organization: ref('organizations').describe('Id of the organisation (a file in content/organizations/) that uses the tool.'),
  url: httpUrl.optional().describe('The instance it runs, or a page that shows it uses the tool.'),
  since: z.number().int().min(1990).max(2100).optional().describe('Year the organisation started using it.'),
});
export type Deployment = z.output<typeof DeploymentSchema>;

/** A criterion answer: true/false for boolean criteria, text for enum and text criteria. */
export const CriterionAnswerSchema = z.union([z.boolean(), z.string().trim().min(1)]);

export const ToolSchema = z.strictObject({
  name: name.describe('The name the tool is known by.'),
  summary: summary.describe('What the tool does, in one sentence of at most 160 characters.'),
  website: httpUrl.describe('Home page of the tool (http or https).'),
  source: httpUrl.optional().describe('Source-code repository, if the code is public.'),
  license: license.optional().describe('SPDX licence expression of the code (such as AGPL-3.0-only), or "proprietary"; left out when no source states it.'),
  type: z.enum(TOOL_TYPES).describe('"software" you can install, or "service" someone runs for you.'),
  status: z.enum(STATUSES).optional().describe('Development status, as in publiccode.yml: concept, development, beta, stable or obsolete (obsolete: archived, unmaintained or shut down). Leave it out when no source shows it.'),
  use_cases: z.array(ref('use-cases')).min(1, 'at least one use-case id').describe('Ids of the use cases (content/use-cases/) the tool serves.'),
  developers: z.array(ref('organizations')).default([]).describe('Ids of the organisations that make the tool.'),
  used_by: z.array(DeploymentSchema).default([]).describe('Organisations that use the tool, with evidence.'),
  languages: z.array(languageTag).default([]).describe('BCP 47 codes of the languages its interface is available in.'),
  software_type: z.enum(SOFTWARE_TYPES).optional().describe('For software: what kind it is, in publiccode.yml\'s words (standalone/web, library, addon...), as a source states it.'),
  platforms: z.array(z.string().trim().regex(/^[a-z0-9][a-z0-9 ._-]{0,39}$/, 'a platform in lower case, such as web, linux, android')).default([]).describe('For software: where people use it (web, windows, mac, linux, ios, android), as publiccode.yml lists them.'),
  maintenance: z.enum(MAINTENANCE_TYPES).optional().describe('For software: how it is maintained (internal, contract, community, none), as a source such as its publiccode.yml states it.'),
  criteria: z.record(ref('criteria'), CriterionAnswerSchema).default({}).describe('Answers to criteria (content/criteria/), by criterion id.'),
  tags: z.array(z.string().trim().min(1).max(40)).default([]).describe('Free keywords that help search.'),
  logo: z
    .string()
    .regex(/^\.\/(?:[\w-]+\/)*[\w-]+(?:\.[\w-]+)*\.(?:svg|png|webp|jpg)$/, 'a relative path to a local image next to the entry, such as "./decidim.svg"')
    .optional().describe('A local logo image, next to the file.'),
  logo_source: httpUrl.optional().describe('With a logo: the page that publishes it.'),
  logo_license: z.string().trim().min(2).max(120).optional().describe('With a logo: the licence or terms it is used under, as its source states them (an SPDX id such as CC-BY-4.0, or the terms in words).'),
  last_activity: isoDate.optional().describe('Date (YYYY-MM-DD) of the project’s latest commit or release, as its repository shows it; cite that commit or release in sources.'),
  reviewed: isoDate.describe('Date (YYYY-MM-DD) the facts were last checked against the sources.'),
  sources: sources.describe('URLs of the documents that back every fact in this entry.'),
  lang: locale.default('fr').describe('Language the name, summary and body are written in.'),
  draft: draftMark.describe('Written by an importer: remove this line once every fact is checked against its source and the description is in your own words.'),
});
export type Tool = z.output<typeof ToolSchema>;
