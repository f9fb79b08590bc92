/**
 * publiccode.yml files -> draft catalogue entries. Pure functions: reading files, comparing with
 * content/ and writing is scripts/import-publiccode.ts's job.
 *
 * The standard (https://github.com/publiccodeyml/publiccode.yml, versions 0.2 to 0.4 and later)
 * describes public software in one YAML file at the root of its repository. What is taken:
 * - name, url (the repository: `source`), landingURL (`website`, else the repository), legal/license
 *   (deprecated SPDX ids replaced by the current ones: `GPL-3.0` -> `GPL-3.0-only`), developmentStatus
 *   (`status`, same vocabulary), softwareType, platforms, maintenance/type, localisation/availableLanguages;
 * - the description in the catalogue's languages: the first of fr, en, ar is the entry's original,
 *   the others become translation drafts; descriptions in other languages are only reported;
 * - maintainers as organisations: the publisher (`organisation`, 0.5), `legal/repoOwner`,
 *   `legal/mainCopyrightOwner` and `maintenance/contractors` (organisations by the standard's words);
 * - `usedBy`: names only, written in the body as unverified leads for the reviewer, never as `used_by`.
 * Never taken: `maintenance/contacts` (people: personal data), e-mail addresses and phone numbers anywhere.
 * Everything is written `draft: true`: the validator refuses it until a person has checked it.
 */
import { z } from 'zod';
import type { Problem } from '../../src/checking/problems.ts';
import { fieldPath } from '../../src/checking/problems.ts';
import { parseYaml } from '../../src/checking/frontmatter.ts';
import { mapIssue } from '../../src/checking/error-map.ts';
import { isHttpUrl, isLicense } from '../../src/schemas/fields.ts';
import { suggestLicense } from '../../src/schemas/license.ts';
import { SUPPORTED_LOCALES } from '../../src/schemas/locales.ts';
import { MAINTENANCE_TYPES, SOFTWARE_TYPES, STATUSES, type OrganizationType } from '../../src/schemas/vocab.ts';
import { USE_CASE_CATEGORIES } from '../../src/publish/publiccode.ts';
import { markdownText, organizationType, stripPersonalData, summarise } from './dpg.ts';

/** First line of every file this importer writes (a YAML comment): marks it as generated. */
export const PUBLICCODE_MARKER = '# Imported from a publiccode.yml file by npm run import:publiccode (scripts/import-publiccode.ts).';

const text = z.string().trim().min(1, 'a non-empty text');
const list = z.array(text);

const DescriptionSchema = z.looseObject({
  localisedName: text.optional(),
  genericName: text.optional(),
  shortDescription: text.optional(),
  longDescription: text.optional(),
  features: list.optional(),
});

/** The keys the importer reads, as the standard defines them; other keys pass untouched. */
export const PubliccodeSchema = z.looseObject({
  publiccodeYmlVersion: z
    .union([z.string(), z.number()])
    .transform(String)
    .refine((v) => /^0(?:\.\d+){0,2}$/.test(v), 'a version of the standard, such as "0.4"'),
  name: text,
  url: z.string().trim().refine(isHttpUrl, 'the repository as an http(s) URL, such as "https://github.com/owner/repo.git"'),
  landingURL: z.string().trim().refine(isHttpUrl, 'an http(s) URL').optional(),
  platforms: z.union([text, list]).optional(),
  categories: list.optional(),
  usedBy: list.optional(),
  developmentStatus: z.enum(STATUSES),
  softwareType: z.enum(SOFTWARE_TYPES),
  description: z.record(z.string(), DescriptionSchema).refine((d) => Object.keys(d).length > 0, 'at least one language, such as "en:"'),
  legal: z.looseObject({
    license: text.refine((v) => (isLicense(v) && v !== 'proprietary') || suggestLicense(v) !== undefined, 'an SPDX licence expression of an open licence, such as "AGPL-3.0-or-later" or "EUPL-1.2"'),
    mainCopyrightOwner: text.optional(), repoOwner: text.optional() }),
  maintenance: z
    .looseObject({
      type: z.enum(MAINTENANCE_TYPES),
      contractors: z.array(z.looseObject({ name: text, website: z.string().optional() })).optional(),
    })
    .optional(),
  localisation: z.looseObject({ localisationReady: z.boolean().optional(), availableLanguages: list.optional() }).optional(),
  organisation: z.looseObject({ uri: text, name: text.optional() }).optional(),
  it: z.looseObject({ riuso: z.looseObject({ codiceIPA: text.optional() }).optional() }).optional(),
});
export type Publiccode = z.output<typeof PubliccodeSchema>;

/** A file parsed and checked: its data, or located problems like the validator's. */
export function parsePubliccode(raw: string, file: string): { data?: Publiccode; problems: Problem[] } {
  const source = raw.replace(/^\uFEFF/, '');
  const yaml = parseYaml(source, 1);
  const problem = (line: number, column: number, field: string, message: string, suggestion?: string): Problem => ({ file, line, column, severity: 'error', field, message, ...(suggestion ? { suggestion } : {}) });
  if (yaml.errors.length) return { problems: yaml.errors.map((e) => problem(e.line, e.column, '(yaml)', `invalid YAML: ${e.message}`, 'check indentation and quote values that contain ": "')) };
  if (!yaml.data || typeof yaml.data !== 'object' || Array.isArray(yaml.data)) return { problems: [problem(1, 1, '(file)', 'expected the keys of a publiccode.yml (publiccodeYmlVersion, name, url...), found none')] };
  const parsed = PubliccodeSchema.safeParse(yaml.data, { reportInput: true });
  if (parsed.success) return { data: parsed.data, problems: [] };
  const problems = parsed.error.issues.flatMap((issue) =>
    mapIssue(issue, PubliccodeSchema).map((fp) => {
      const at = yaml.locate(fp.path, { key: fp.atKey });
      return problem(at.line, at.column, fieldPath(fp.path) || '(file)', fp.message, fp.suggestion);
    }),
  );
  return { problems };
}

/** Use cases of the categories that point to exactly one of them (the export's mapping, read backwards). */
export function useCasesForCategories(categories: readonly string[], known: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const category of categories) {
    const matches = Object.entries(USE_CASE_CATEGORIES).filter(([u, cats]) => cats.includes(category) && known.has(u));
    if (matches.length === 1 && !out.includes(matches[0][0])) out.push(matches[0][0]);
  }
  return out;
}

/** The repository as a project page: `https://github.com/a/b.git` -> `https://github.com/a/b`. */
export function repositoryPage(url: string): string {
  return url.trim().replace(/\.git$/, '').replace(/\/+$/, '');
}

/** Where the file lives on the forge, when the repository is on one: the default branch's copy. */
export function fileUrl(repository: string): string | undefined {
  const page = repositoryPage(repository);
  if (/^https:\/\/(github\.com|codeberg\.org)\/[^/]+\/[^/]+$/.test(page)) return `${page}/blob/HEAD/publiccode.yml`;
  if (/^https:\/\/gitlab\.com\/.+\/[^/]+$/.test(page)) return `${page}/-/blob/HEAD/publiccode.yml`;
  return undefined;
}

export interface PubliccodeOrganization {
  name: string;
  website?: string;
  type?: OrganizationType;
  country?: string;
  /** What in the file states the type. */
  evidence?: string;
  role: string;
}

export interface PubliccodeDraft {
  name: string;
  data: Record<string, unknown>;
  /** Text of the body before developer names are known (see draftBody). */
  facts: string[];
  organizations: PubliccodeOrganization[];
  /** Descriptions in the catalogue's other languages: the starting point of translations. */
  translations: { lang: string; summary: string; body: string }[];
  /** What the reviewer should know: licence fixed, languages dropped, unverified users. */
  notes: string[];
}

export interface MapPubliccodeOptions {
  today: string;
  useCaseIds: ReadonlySet<string>;
  /** Use cases chosen by the person running the import (--use-case), replacing the categories' ones. */
  useCases?: string[];
  /** The file's public URL, cited as the source (else derived from the repository). */
  sourceUrl?: string;
}

const clean = (value: string) => stripPersonalData(value).replace(/\s+/g, ' ').trim();

/** Maps a checked file to a draft, or says why it cannot be imported. */
export function mapPubliccode(p: Publiccode, options: MapPubliccodeOptions): { ok: true; draft: PubliccodeDraft } | { ok: false; reason: string } {
  const notes: string[] = [];
  const languages = Object.keys(p.description);
  const catalogueLanguages = (SUPPORTED_LOCALES as readonly string[]).filter((l) => languages.some((d) => d.toLowerCase().split('-')[0] === l));
  const descriptionIn = (l: string) => p.description[languages.find((d) => d.toLowerCase().split('-')[0] === l)!];
  const original = catalogueLanguages.find((l) => descriptionIn(l).shortDescription);
  if (!original) return { ok: false, reason: `no short description in a catalogue language (${SUPPORTED_LOCALES.join(', ')}); the file has ${languages.join(', ')}` };
  const others = languages.filter((d) => !catalogueLanguages.includes(d.toLowerCase().split('-')[0]));
  if (others.length) notes.push(`Descriptions in ${others.join(', ')} are not imported (not a catalogue language).`);

  const declared = p.legal.license;
  const license = isLicense(declared) && declared !== 'proprietary' ? declared : suggestLicense(declared);
  if (!license) return { ok: false, reason: `licence "${declared}" is not a valid SPDX expression, and no current one is close` };
  if (license !== declared) notes.push(`The file declares the licence "${declared}", a deprecated or misspelt SPDX expression, written here as ${license}.`);

  const useCases = options.useCases?.length ? options.useCases : useCasesForCategories(p.categories ?? [], options.useCaseIds);
  if (!useCases.length) return { ok: false, reason: `no use case: its categories (${(p.categories ?? []).join(', ') || 'none'}) name none unambiguously; run again with --use-case <id>` };
  const unknown = useCases.filter((u) => !options.useCaseIds.has(u));
  if (unknown.length) return { ok: false, reason: `unknown use case ${unknown.join(', ')} (ids of content/use-cases/)` };

  const availableLanguages: string[] = [];
  for (const tag of p.localisation?.availableLanguages ?? []) {
    try {
      // Real files write locales with an underscore (pt_BR, fa_AF), as gettext does: BCP 47 uses a hyphen.
      const canonical = Intl.getCanonicalLocales(tag.trim().replace(/_/g, '-'))[0];
      if (!availableLanguages.includes(canonical)) availableLanguages.push(canonical);
    } catch {
      notes.push(`Interface language "${tag}" is not a BCP 47 tag: left out.`);
    }
  }

  const source = repositoryPage(p.url);
  const sourceUrl = options.sourceUrl ?? fileUrl(p.url);
  if (!sourceUrl) return { ok: false, reason: `cannot tell the file's public URL from the repository ${p.url}; run again with --source-url <url of the file>` };
  const desc = descriptionIn(original);
  const name = clean(desc.localisedName ?? p.name);
  const platforms = [...new Set((typeof p.platforms === 'string' ? [p.platforms] : (p.platforms ?? [])).map((x) => x.trim().toLowerCase()))].filter((x) => /^[a-z0-9][a-z0-9 ._-]{0,39}$/.test(x));

  const organizations: PubliccodeOrganization[] = [];
  const ipa = p.it?.riuso?.codiceIPA;
  const add = (org: PubliccodeOrganization) => {
    if (!organizations.some((o) => o.name.toLowerCase() === org.name.toLowerCase())) organizations.push(org);
  };
  const typed = (name: string, website: string | undefined, role: string): PubliccodeOrganization => {
    const stated = organizationType(name, website);
    return { name, ...(website ? { website } : {}), ...(stated ? { type: stated.type, evidence: stated.evidence } : {}), role };
  };
  if (p.organisation) add(typed(clean(p.organisation.name ?? p.organisation.uri), isHttpUrl(p.organisation.uri) ? p.organisation.uri : undefined, 'publisher (organisation)'));
  if (p.legal.repoOwner) {
    const owner = typed(clean(p.legal.repoOwner), undefined, 'repository owner (legal/repoOwner)');
    // An Italian file names the owner's code in the index of public administrations (IPA): it is a public body.
    add(ipa ? { ...owner, country: 'IT', ...(owner.type ? {} : { type: 'government' as const, evidence: `the file gives its code in Italy's index of public administrations (it/riuso/codiceIPA: ${ipa})` }) } : owner);
  }
  if (p.legal.mainCopyrightOwner) add(typed(clean(p.legal.mainCopyrightOwner), undefined, 'main copyright owner (legal/mainCopyrightOwner)'));
  for (const c of p.maintenance?.contractors ?? []) add(typed(clean(c.name), c.website && isHttpUrl(c.website) ? c.website : undefined, 'maintenance contractor'));

  if (p.usedBy?.length) notes.push(`Named as users in the file, not verified (a deployment needs a source that shows it): ${p.usedBy.map(clean).join('; ')}.`);

  const data: Record<string, unknown> = {
    name,
    summary: summarise(clean(desc.shortDescription!)),
    website: p.landingURL ?? source,
    source,
    license,
    type: 'software',
    status: p.developmentStatus,
    software_type: p.softwareType,
    platforms,
    ...(p.maintenance ? { maintenance: p.maintenance.type } : {}),
    use_cases: useCases,
    languages: availableLanguages,
    reviewed: options.today,
    sources: [sourceUrl],
    lang: original,
    draft: true,
  };
  const facts = [
    `- publiccode.yml: ${sourceUrl}`,
    `- Version of the standard: ${p.publiccodeYmlVersion}.`,
    ...(desc.features?.length ? [`- Features the file lists: ${desc.features.map((f) => markdownText(clean(f))).join('; ')}.`] : []),
  ];
  const translations = catalogueLanguages
    .filter((l) => l !== original && descriptionIn(l).shortDescription)
    .map((l) => {
      const d = descriptionIn(l);
      return { lang: l, summary: summarise(clean(d.shortDescription!)), body: markdownText(stripPersonalData(d.longDescription ?? d.shortDescription!).trim()) };
    });
  return { ok: true, draft: { name, data, facts, organizations, translations, notes } };
}

/** The draft's body: neutral text for a person to finish, with what the file states and the notes. */
export function draftBody(draft: PubliccodeDraft, developerNames: readonly string[]): string {
  return [
    '## What it does',
    '',
    `Draft: describe in your own words what ${markdownText(draft.name)} does, for whom and how it is deployed, from its own documentation; check each fact against a source that states it, then remove \`draft: true\`.`,
    '',
    ...draft.facts,
    ...(developerNames.length ? [`- Named there as maintained or owned by: ${developerNames.map(markdownText).join(', ')}.`] : []),
    ...draft.notes.map((n) => `- ${markdownText(n)}`),
    '',
  ].join('\n');
}

/** A new organisation: what the file says of it, in English, as a draft. */
export function organizationDraftEntry(org: PubliccodeOrganization & { type: OrganizationType }, tools: readonly string[], sources: readonly string[]): { data: Record<string, unknown>; body: string } {
  const names = [...new Set(tools)];
  const list = names.length > 2 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names.join(' and ');
  const long = `${org.name} is named in the publiccode.yml file of ${list} as its ${org.role}.`;
  return {
    data: {
      name: org.name,
      summary: summarise(long),
      type: org.type,
      ...(org.country ? { country: org.country } : {}),
      ...(org.website ? { website: org.website } : {}),
      sources: [...new Set([...(org.website ? [org.website] : []), ...sources])],
      lang: 'en',
      draft: true,
    },
    body: `${markdownText(long)} Its type, ${org.type}, is given because ${markdownText(org.evidence ?? 'the file says so')}.\n`,
  };
}
