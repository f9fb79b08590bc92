import { z } from 'zod';
import { ORGANIZATION_TYPES } from './vocab.ts';
import { countryCode, draftMark, httpUrl, locale, sources, summary } from './fields.ts';

export const OrganizationSchema = z.strictObject({
  // Official names of ministries run long ("Ministère de la Transition numérique et de la Réforme de l'administration").
  name: z.string().trim().min(1, 'a non-empty name').max(120, 'a name of at most 120 characters').describe('Official name of the organisation.'),
  summary: summary.describe('Who they are, in one sentence.'),
  type: z.enum(ORGANIZATION_TYPES).describe('Kind of organisation.'),
  country: countryCode.optional().describe('ISO 3166-1 alpha-2 code; leave out for international bodies.'),
  website: httpUrl.optional().describe('Official website, when a source gives it.'),
  logo: z
    .string()
    .regex(/^\.\/(?:[\w-]+\/)*[\w-]+(?:\.[\w-]+)*\.(?:svg|png|webp|jpg)$/, 'a relative path to a local image next to the entry, such as "./etalab.svg"')
    .optional().describe('A local logo image, next to the file.'),
  logo_source: httpUrl.optional().describe('With a logo: the page that publishes it.'),
  logo_license: z.string().trim().min(2).max(120).optional().describe('With a logo: the licence or terms it is used under, as its source states them (an SPDX id such as CC-BY-4.0, or the terms in words).'),
  sources: sources.describe('URLs of the documents that back the facts of this entry.'),
  lang: locale.default('fr').describe('Language the text is written in.'),
  draft: draftMark.describe('Written by an importer: remove this line once every fact is checked against its source.'),
});
export type Organization = z.output<typeof OrganizationSchema>;
