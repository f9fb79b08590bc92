/**
 * Digital Public Goods registry records -> catalogue entries. Pure functions only: reading the
 * folder, comparing with content/ and writing files is the job of scripts/import-dpg.ts.
 *
 * The registry (DPGAlliance/publicgoods-candidates, commit a1d99f08) publishes one JSON file per
 * product; its schema is nominee-schema.json beside the records. Every fact written here comes
 * from the record, which is cited as the entry's source. What the record does not say is left out,
 * or, for the fields the schema requires, set by a documented rule:
 *
 * - status: the record never states a development status, so none is written (the field is
 *   optional: "not stated" until someone checks the project itself).
 * - every entry is written with `draft: true`: the validator refuses it until a reviewer has
 *   checked its facts against their sources, written the description in the catalogue's own
 *   words (the body is a short neutral draft, never the registry's sentence) and removed the mark.
 * - use_cases: the registry has no use cases. They come from conservative keyword rules on the
 *   record's name and description (USE_CASE_RULES), or from a human review decision
 *   (scripts/lib/dpg-review.ts). No match: the record is skipped for manual review.
 * - organisations: owners and maintainers become `developers` (funders and implementers do not).
 *   One already in content/organizations/ (same normalised name or website) is linked. A new one
 *   needs a type, but the record's org_type is a role, not a kind of organisation: it is created
 *   only when its own name or web address states its type (ORGANIZATION_TYPE_RULES) and the
 *   record gives its website; otherwise it is left out and reported.
 * - personal data: contact names and e-mail addresses are never read; e-mail addresses and phone
 *   numbers are removed from every free-text field; a new organisation needs a name that states a
 *   kind of organisation, so an individual listed as "organisation" is dropped.
 */
import { isHttpUrl, isLicense } from '../../src/schemas/fields.ts';
import { suggestLicense } from '../../src/schemas/license.ts';
import { normaliseName, normaliseUrl } from '../../src/checking/integrity.ts';
import { slugify } from '../../src/schemas/vocab.ts';
import type { OrganizationType } from '../../src/schemas/vocab.ts';
import { entryText, frontmatterField } from '../../src/checking/entry-file.ts';

/** The registry commit the shared records come from: every source URL points at it. */
export const DPG_COMMIT = 'a1d99f08';
export const DPG_REPOSITORY = 'https://github.com/DPGAlliance/publicgoods-candidates';
export const DPG_FOLDERS = ['nominees', 'archive'] as const;
export type DpgFolder = (typeof DPG_FOLDERS)[number];

/** First line of every file the importer writes (a YAML comment): marks it as generated. */
export const IMPORT_MARKER = '# Imported from the Digital Public Goods registry by npm run import:dpg (scripts/import-dpg.ts).';

/** A registry record, as published (fields typed loosely: the data has flaws). */
export interface DpgRecord {
  name?: unknown;
  aliases?: unknown;
  description?: unknown;
  website?: unknown;
  license?: unknown;
  SDGs?: unknown;
  sectors?: unknown;
  type?: unknown;
  repositories?: unknown;
  organizations?: unknown;
  stage?: unknown;
}

/** One record file: where it sits in the registry and what it says. */
export interface RecordFile {
  folder: DpgFolder;
  /** File name, e.g. `decidim.json`. */
  file: string;
  record: DpgRecord;
}

/** Human review of one record (scripts/lib/dpg-review.ts), keyed by `<folder>/<file>`. */
export interface ReviewDecision {
  /** Leave the record out of the catalogue, and why. */
  exclude?: string;
  /** Use cases chosen on review, replacing the keyword rules. */
  use_cases?: string[];
  /** The name the tool is known by, when the record uses another (from `sources`). */
  name?: string;
  /** A description replacing a record's that says nothing (from `sources`). */
  description?: string;
  /** Corrected organisation names, by the name the record gives (from `sources`). */
  organization_names?: Record<string, string>;
  /** Documents read during the review that back its decisions: added to the entry's sources. */
  sources?: string[];
  /** Why the review chose them (kept in the code, not in the entry). */
  note?: string;
}

/**
 * An organisation the record names as owner or maintainer. An existing catalogue organisation
 * with the same name or website is linked whatever it is; a new one is only created when the
 * record gives a website and states its type.
 */
export interface OrganizationDraft {
  name: string;
  website?: string;
  type?: OrganizationType;
  /** The record's org_type: owner or maintainer (the roles that make the tool). */
  role: string;
  /** What in the record states the type, e.g. `its name says "Foundation"`. */
  evidence?: string;
  /** Documents besides the record that back the name (a review correction). */
  sources?: string[];
}

export interface ToolData {
  name: string;
  summary: string;
  website: string;
  source?: string;
  license: string;
  type: 'software';
  use_cases: string[];
  /** Always: an importer's entry waits for a reviewer (see the file's header). */
  draft: true;
  developers: string[];
  criteria: Record<string, string>;
  tags: string[];
  reviewed: string;
  sources: string[];
  lang: 'en';
}

export interface ToolDraft {
  record: string;
  recordUrl: string;
  data: ToolData;
  /** Organisations the tool needs, before they are matched with content/organizations/. */
  organizations: OrganizationDraft[];
  /** Facts for the body, kept apart so the body can be rebuilt once developer names are known. */
  description: string;
  declaredLicenses: string[];
  /** Organisations dropped from the record, with the reason (never a reason to skip the tool). */
  notes: string[];
  /** True when a review decision changed what the record alone gives (use cases, name, description). */
  reviewed: boolean;
}

export type MapResult = { ok: true; tool: ToolDraft } | { ok: false; record: string; reason: string };

export interface MapOptions {
  /** Date the import ran, YYYY-MM-DD: the tool's `reviewed`. */
  today: string;
  /** Ids of content/use-cases/: rules never produce an id outside this set. */
  useCaseIds: ReadonlySet<string>;
  /** Only records citing this Sustainable Development Goal. */
  sdg?: number;
  /** Review decisions by `<folder>/<file>`. */
  review?: Readonly<Record<string, ReviewDecision>>;
}

export function recordKey(folder: DpgFolder, file: string): string {
  return `${folder}/${file}`;
}

export function recordSourceUrl(folder: DpgFolder, file: string): string {
  return `${DPG_REPOSITORY}/blob/${DPG_COMMIT}/${folder}/${file}`;
}

// ---------------------------------------------------------------------------------------------
// Text cleaning

const EMAIL = /(?:mailto:)?[\p{L}\p{N}._%+-]+\s*(?:@|\[at\]|\(at\))\s*[\p{L}\p{N}-]+(?:\s*(?:\.|\[dot\]|\(dot\))\s*[\p{L}\p{N}-]+)+/giu;
/** International numbers (+91 93102 00148) and North American ones ((617) 555-0100, 617-555-0100). */
const PHONE = [/\+\s?\d[\d\s().-]{6,}\d/g, /(?:\(\d{3}\)\s?|\b\d{3}[\s.-])\d{3}[\s.-]\d{4}\b/g];

/** Removes e-mail addresses and phone numbers, then tidies what is left around them. */
export function stripPersonalData(text: string): string {
  let out = text.replace(EMAIL, ' ');
  for (const re of PHONE) out = out.replace(re, ' ');
  return out
    .replace(/\(\s*\)|\[\s*\]/g, ' ')
    .replace(/[ \t]+([,.;:!?)])/g, '$1')
    .replace(/[ \t]{2,}/g, ' ');
}

/** One line of plain text: personal data removed, control characters and runs of spaces collapsed. */
export function cleanText(value: unknown): string {
  if (typeof value !== 'string') return '';
  const oneLine = value.replace(/[\u0000-\u001f\u007f\u00a0\u2028\u2029]+/g, ' ');
  return stripPersonalData(oneLine).replace(/\s+/g, ' ').replace(/\.{2,}$/, '.').trim();
}

/** Text safe for a Markdown body: no `<`, `>`, `{`, `}` (MDX syntax), Markdown punctuation escaped. */
export function markdownText(text: string): string {
  return text
    .replace(/[<>]/g, ' ')
    .replace(/\{/g, '(')
    .replace(/\}/g, ')')
    .replace(/\s{2,}/g, ' ')
    .replace(/([\\`*_[\]~|])/g, '\\$1')
    .replace(/^([#+-]|\d+[.)])(?=\s|$)/, '\\$1')
    .trim();
}

/**
 * At most `max` characters: the whole text, else its first sentences that fit, else the text cut
 * at the last word boundary with an ellipsis.
 */
export function summarise(text: string, max = 160): string {
  const t = text.trim();
  if (t.length <= max) return t;
  const sentences = [...t.matchAll(/[.!?](?=\s)/g)].map((m) => m.index + 1).filter((end) => end <= max);
  const lastSentence = sentences.at(-1);
  if (lastSentence && lastSentence >= 40) return t.slice(0, lastSentence).trim();
  const cut = t.slice(0, max).lastIndexOf(' ');
  const head = t.slice(0, cut > 0 ? cut : max - 1).replace(/[\s,;:.(–—-]+$/, '');
  return `${head}…`;
}

/** The first http(s) URL in a value (the registry has " https://…", "undefined", "a b" strings). */
export function cleanUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  for (const token of value.trim().split(/[\s,;]+/)) {
    const url = token.replace(/^(https?):\/\//i, (_, scheme: string) => `${scheme.toLowerCase()}://`);
    if (isHttpUrl(url) && !url.includes('@')) return url;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Field mappings

/** SPDX ids of the record -> one current SPDX expression (OR of the distinct ids), or the reason it cannot be. */
export function mapLicense(licenses: unknown): { ok: true; value: string; declared: string[] } | { ok: false; reason: string } {
  const declared = Array.isArray(licenses) ? licenses.map((l) => (typeof l?.spdx === 'string' ? l.spdx.trim() : '')).filter(Boolean) : [];
  if (!declared.length) return { ok: false, reason: 'no licence in the record' };
  const ids: string[] = [];
  for (const id of declared) {
    const current = isLicense(id) && id !== 'proprietary' ? id : suggestLicense(id);
    if (!current) return { ok: false, reason: `licence "${id}" is not a known SPDX id` };
    if (!ids.includes(current)) ids.push(current);
  }
  const value = ids.map((id) => (ids.length > 1 && /\s/.test(id) ? `(${id})` : id)).join(' OR ');
  if (!isLicense(value)) return { ok: false, reason: `licences ${declared.join(', ')} do not combine into a valid SPDX expression` };
  return { ok: true, value, declared: [...new Set(declared)] };
}

/** The digital-public-good criterion: from the folder, and for nominees from the stage. */
export function dpgStatus(folder: DpgFolder, stage: unknown): 'recognised' | 'nominated' | 'archived' {
  if (folder === 'archive') return 'archived';
  return stage === 'DPG' ? 'recognised' : 'nominated';
}

/** The SDG numbers a record cites. */
export function sdgNumbers(record: DpgRecord): number[] {
  if (!Array.isArray(record.SDGs)) return [];
  return record.SDGs.map((s: any) => Number(s?.SDGNumber)).filter((n) => Number.isInteger(n));
}

/**
 * Keyword rules, tried on the record's name and description (lower case). Deliberately narrow:
 * each pattern names the practice itself, not a word that merely occurs near it ("bill" alone
 * would catch invoices, "participation" alone community events). SDG evidence text is not used:
 * it describes impact, often of one deployment, not what the software does.
 */
export const USE_CASE_RULES: readonly (readonly [string, RegExp])[] = [
  ['freedom-of-information', /\bfreedom of information\b|\bfoi\b|\bright to information\b|\b(?:public )?records? requests?\b|\baccess to (?:public )?(?:documents|records)\b/],
  ['participatory-budgeting', /\bparticipatory budget/],
  ['petitions', /\bpetitions?\b/],
  ['law-co-creation', /\bcollaborative legislation\b|\bshare legislation\b|\bcomment on (?:bills|legislation|laws)\b|\blegislation with (?:their )?citizens\b/],
  ['public-consultation', /\bpublic consultations?\b|\bconsultations?\b|\bdeliberation\b|\bcitizen participation\b|\bpublic participation\b|\bparticipatory (?:democracy|process(?:es)?)\b|\be-?participation\b|\bdecision-making platform\b/],
  ['parliamentary-monitoring', /\bparliament(?:ary|s)?\b|\blegislatures?\b|\btrack bills\b|\bupcoming legislation\b/],
  ['political-accountability', /\belectoral candidates?\b|\bcandidates'? (?:commitments|promises)\b|\belected officials\b|\bpoliticians?\b|\bcampaign promises\b|\belectoral commitments\b/],
  ['action-plan-tracking', /\baction plans?\b|\bcommitments? tracking\b/],
  ['open-contracting', /\bopen contracting\b|\bocds\b|\bprocurement\b|\bpublic tenders?\b/],
  ['budget-transparency', /\bpublic budgets?\b|\bbudget (?:data|transparency|process)\b|\b(?:public|government) (?:spending|expenditure|finances?)\b|\bfiscal (?:data|events|information|transparency)\b/],
  ['benefits-simulation', /\bbenefits? (?:simulat\w*|eligibility|calculator)\b|\btax[- ](?:and[- ])?benefit\b|\bmicrosimulation\b|\bsimulateur\b|\bsocial benefits\b/],
  ['epidemic-surveillance', /\bepidemics?\b|\boutbreaks?\b|\bdisease surveillance\b|\bepidemiolog\w*/],
  ['data-visualisation', /\bvisuali[sz]\w*/],
  ['mapping', /\bmaps?\b|\bmapping\b|\bgeospatial\b|\bgis\b/],
  ['citizen-reporting', /\breport(?:ing)? (?:issues|problems|incidents)\b|\bcrowdsourc\w* (?:information|reports?|data)\b|\bcitizen reports?\b|\breporting platform\b|\bwhistle-?blow\w*/],
  ['data-collection', /\bdata collection\b|\bcollects? data\b|\bcollecting data\b|\bsurveys?\b|\bquestionnaires?\b|\boffline forms\b|\bfield data\b/],
  ['online-procedures', /\badministrative procedures\b|\bdémarches administratives\b|\bonline (?:public )?services\b|\bdigital (?:public )?services\b|\b(?:e-?)?government services\b|\bonline forms\b/],
  ['open-data-portal', /\bopen ?data (?:portal|platform|catalog(?:ue)?)s?\b|\bdata portals?\b|\bopen (?:government )?data\b|\bdata catalog(?:ue)?s?\b|\(open\)\s?data\b/],
];

/** Use cases the rules find in a text, in rule order, limited to the ids that exist. */
export function matchUseCases(text: string, known: ReadonlySet<string>): string[] {
  const lower = text.toLowerCase();
  return USE_CASE_RULES.filter(([id, re]) => known.has(id) && re.test(lower)).map(([id]) => id);
}

/**
 * Web addresses that state a kind of organisation. Government domains (gov.uk, gouv.fr, gob.ar…)
 * are not used: they do not tell a national body from a city (data.buenosaires.gob.ar).
 */
const LOCAL_GOVERNMENT_HOST = /(?:^|\.)lg\.jp$/;
const ACADEMIC_HOST = /(?:^|\.)(?:edu|ac)(?:\.[a-z]{2})?$/;

/**
 * Organisation types stated by the name itself, in the order they are tried. Words that do not
 * tell the kind of body are deliberately absent: "Inc", "Ltd" and "Limited" (US and UK
 * non-profits use them too), "Trust", "Institute", "School of" (School of Data is a network),
 * "Government" alone (Open Government Partnership is not a government).
 */
export const ORGANIZATION_TYPE_RULES: readonly (readonly [OrganizationType, RegExp])[] = [
  ['international', /\bunited nations\b|\bunicef\b|\bundp\b|\bworld bank\b|\bworld health organi[sz]ation\b|\bafrican union\b|\beuropean commission\b/i],
  ['local-government', /\bcity of\b|\bcity council\b|\bmunicipality\b|\bmunicipal government\b|\bmetropolitan government\b|\bcounty government\b|\bayuntamiento\b|\bajuntament\b|\bmairie\b|\bprefecture\b|\bcomune di\b|\bregione\b/i],
  ['government', /\bministry\b|\bministère\b|\bministerio\b|\bgovernment of\b|\b(?:federal|national|central) government\b|\bgovernment (?:technology )?agency\b|\bgouvernement (?:du|de)\b|\bgobierno de\b|\bfederal agency\b|\bnational statistic(?:s|al) (?:office|institute)\b/i],
  ['academic', /\buniversit(?:y|é|ad|at|ät)\b|\bcollege\b|\binstitute of technology\b/i],
  ['civil-society', /\bfoundation\b|\bfundaci[oó]n\b|\bfondation\b|\bfunda[cç][aã]o\b|\bstiftung\b|\bassociation\b|\bassociaç[aã]o\b|\basociaci[oó]n\b|\bnon-?profit\b|\bngo\b|\bcharity\b/i],
  ['company', /\bllc\b|\bgmbh\b|\bb\.v\.|\bs\.a\.s\.|\bpty\b|\bplc\b/i],
];

/** The kind of organisation its name or web address states, or undefined when neither does. */
export function organizationType(name: string, website: string | undefined): { type: OrganizationType; evidence: string } | undefined {
  for (const [type, re] of ORGANIZATION_TYPE_RULES) {
    const m = re.exec(name);
    if (m && !(type === 'company' && /\bgGmbH\b/i.test(name))) return { type, evidence: `its name says "${m[0]}"` };
  }
  if (website) {
    const host = new URL(website).hostname.toLowerCase();
    if (LOCAL_GOVERNMENT_HOST.test(host)) return { type: 'local-government', evidence: `its web address is on ${host}` };
    if (ACADEMIC_HOST.test(host)) return { type: 'academic', evidence: `its web address is on ${host}` };
  }
  return undefined;
}

/** The roles (org_type) that make a tool: their organisations become `developers`. */
export const DEVELOPER_ROLES = ['owner', 'maintainer'] as const;

// ---------------------------------------------------------------------------------------------
// Record -> tool

/** Maps one record, or says why it is skipped. */
export function mapRecord(rf: RecordFile, options: MapOptions): MapResult {
  const key = recordKey(rf.folder, rf.file);
  const r = rf.record;
  const skip = (reason: string): MapResult => ({ ok: false, record: key, reason });
  if (!r || typeof r !== 'object' || Array.isArray(r)) return skip('not a registry record (expected a JSON object)');
  const decision = options.review?.[key];
  if (decision?.exclude) return skip(`left out on review: ${decision.exclude}`);

  if (options.sdg !== undefined && !sdgNumbers(r).includes(options.sdg)) return skip(`does not cite SDG ${options.sdg}`);
  const name = cleanText(decision?.name ?? r.name).replace(/[<>{}]/g, '');
  if (!name) return skip('no name');
  if (name.length > 80) return skip(`name longer than 80 characters ("${name.slice(0, 40)}…")`);
  const types = Array.isArray(r.type) ? r.type.filter((t): t is string => typeof t === 'string') : [];
  if (!types.includes('software')) return skip(`not software (registry type: ${types.join(', ') || 'none'})`);

  const license = mapLicense(r.license);
  if (!license.ok) return skip(license.reason);

  const repositories = Array.isArray(r.repositories) ? r.repositories.map((x: any) => cleanUrl(x?.url)).filter((u): u is string => !!u) : [];
  const source = repositories[0];
  const website = cleanUrl(r.website) ?? source;
  if (!website) return skip('no website and no repository URL');

  const description = cleanText(decision?.description ?? r.description);
  const summary = summarise(description);
  if (summary.length < 10) return skip(`description too short for a summary ("${description}")`);

  const useCases = decision?.use_cases ? decision.use_cases.filter((u) => options.useCaseIds.has(u)) : matchUseCases(`${name}. ${description}`, options.useCaseIds);
  if (!useCases.length) return skip(decision?.use_cases ? 'review gave no known use case' : 'no use case matches its name or description: review it by hand');

  const organizations: OrganizationDraft[] = [];
  const notes: string[] = [];
  const orgs = Array.isArray(r.organizations) ? r.organizations : [];
  orgs.forEach((o: any, i: number) => {
    const role = typeof o?.org_type === 'string' ? o.org_type : '';
    const recordName = cleanText(o?.name);
    const corrected = decision?.organization_names?.[recordName];
    const orgName = cleanText(corrected ?? recordName).replace(/[<>{}]/g, '');
    const label = `organisation ${i + 1}${role ? ` (${role})` : ''}`;
    if (!(DEVELOPER_ROLES as readonly string[]).includes(role)) return notes.push(`${label}: role "${role || 'none'}" is not a developer role`);
    if (!orgName) return notes.push(`${label}: no name`);
    if (orgName.length > 80) return notes.push(`${label}: name longer than 80 characters`);
    if (organizations.some((d) => normaliseName(d.name) === normaliseName(orgName))) return;
    const orgWebsite = cleanUrl(o?.website);
    const type = organizationType(orgName, orgWebsite);
    const reviewSources = corrected ? (decision?.sources ?? []).filter(isHttpUrl) : [];
    organizations.push({ name: orgName, role, ...(orgWebsite ? { website: orgWebsite } : {}), ...(type ? { type: type.type, evidence: type.evidence } : {}), ...(reviewSources.length ? { sources: reviewSources } : {}) });
  });

  const aliases = Array.isArray(r.aliases) ? r.aliases.map(cleanText).filter((a) => a && a.length <= 40 && normaliseName(a) !== normaliseName(name)) : [];
  const sectors = Array.isArray(r.sectors) ? r.sectors.map((s) => cleanText(s).toLowerCase()).filter((s) => s && s.length <= 40) : [];
  const tags = [...new Set([...aliases, ...sectors])];
  const recordUrl = recordSourceUrl(rf.folder, rf.file);

  const data: ToolData = {
    name,
    summary,
    website,
    ...(source ? { source } : {}),
    license: license.value,
    type: 'software',
    use_cases: useCases,
    developers: [],
    criteria: { 'digital-public-good': dpgStatus(rf.folder, r.stage) },
    tags,
    reviewed: options.today,
    sources: [...new Set([recordUrl, ...(decision?.sources ?? []).filter(isHttpUrl)])],
    lang: 'en',
    draft: true,
  };
  return { ok: true, tool: { record: key, recordUrl, data, organizations, description, declaredLicenses: license.declared, notes, reviewed: !!(decision?.use_cases || decision?.name || decision?.description || decision?.organization_names) } };
}

// ---------------------------------------------------------------------------------------------
// Matching with existing content

export interface ExistingTool {
  id: string;
  name?: string;
  website?: string;
  source?: string;
  sources?: string[];
}

export interface ExistingOrganization {
  id: string;
  name?: string;
  website?: string;
}

/** The existing tool a draft describes: one citing the same record, or with the same name, website or source. */
export function findTool(draft: ToolData, recordUrl: string, tools: readonly ExistingTool[]): { tool: ExistingTool; why: string } | undefined {
  // The same record at any commit (a reviewer may pin the full hash, or a later commit).
  const recordPath = recordUrl.replace(/\/blob\/[0-9a-f]+\//, '/blob/*/');
  const byRecord = tools.find((t) => t.sources?.some((s) => s.replace(/\/blob\/[0-9a-f]+\//, '/blob/*/') === recordPath));
  if (byRecord) return { tool: byRecord, why: 'cites the same registry record' };
  const urls = new Set([draft.website, draft.source].filter((u): u is string => !!u).map(normaliseUrl));
  for (const t of tools) {
    if ([t.website, t.source].some((u) => typeof u === 'string' && urls.has(normaliseUrl(u)))) return { tool: t, why: 'same website or repository' };
    if (typeof t.name === 'string' && normaliseName(t.name) === normaliseName(draft.name)) return { tool: t, why: 'same name' };
  }
  return undefined;
}

function hostAndPath(url: string): { host: string; path: string } | undefined {
  try {
    const u = new URL(url);
    return { host: u.hostname.toLowerCase().replace(/^www\./, ''), path: u.pathname.replace(/\/(?:index\.\w+)?$/, '').replace(/\/+$/, '') };
  } catch {
    return undefined;
  }
}

/**
 * The existing organisation a draft names: same normalised name or website (integrity.ts rules),
 * or a page of the same site when one of the two addresses is the site's home page.
 */
export function findOrganization(draft: { name: string; website?: string }, orgs: readonly ExistingOrganization[]): ExistingOrganization | undefined {
  const name = normaliseName(draft.name);
  const url = draft.website ? normaliseUrl(draft.website) : undefined;
  const exact = orgs.find((o) => (o.name && normaliseName(o.name) === name) || (url && o.website && normaliseUrl(o.website) === url));
  if (exact) return exact;
  if (!draft.website) return undefined;
  const a = hostAndPath(draft.website);
  if (!a) return undefined;
  return orgs.find((o) => {
    const b = o.website ? hostAndPath(o.website) : undefined;
    return !!b && b.host === a.host && (a.path === '' || b.path === '');
  });
}

/** `base`, or `base-2`, `base-3`… the first not in `taken`. */
export function uniqueId(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

export function idFor(name: string): string {
  return slugify(name) || 'entry';
}

// ---------------------------------------------------------------------------------------------
// Rendering

/** The tool's body: a short neutral draft for a person to finish, with what the record states. */
export function toolBody(tool: ToolDraft, developerNames: readonly string[]): string {
  const d = tool.data;
  const facts = [
    `- Registry record: ${tool.recordUrl}`,
    `- Licence declared there: ${tool.declaredLicenses.map(markdownText).join(', ')}.`,
    ...(developerNames.length ? [`- Named there as developed by: ${developerNames.map(markdownText).join(', ')}.`] : []),
    ...(d.source ? [`- Source code: ${d.source}`] : []),
  ];
  // The validator refuses the entry while `draft: true` stands, so this text is never published as it is.
  return [
    '## What it does',
    '',
    `Draft: describe in your own words what ${markdownText(d.name)} does, for whom and how it is deployed, from its own documentation; check each fact against a source that states it, then remove \`draft: true\`.`,
    '',
    ...facts,
    '',
  ].join('\n');
}

export interface OrganizationData {
  name: string;
  summary: string;
  type: OrganizationType;
  website: string;
  sources: string[];
  lang: 'en';
  draft: true;
}

/** A new organisation entry: what the registry says of it, in English. */
export function organizationEntry(draft: OrganizationDraft & { website: string; type: OrganizationType; evidence: string }, tools: readonly { name: string; recordUrl: string }[]): { data: OrganizationData; body: string } {
  const names = [...new Set(tools.map((t) => t.name))];
  const list = names.length > 2 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names.join(' and ');
  const role = draft.role === 'maintainer' ? 'maintainer' : 'owner';
  const long = `${draft.name} is named in the Digital Public Goods registry as the ${role} of ${list}.`;
  const summary = long.length <= 160 ? long : summarise(`Organisation named in the Digital Public Goods registry as the ${role} of ${list}.`);
  const data: OrganizationData = {
    name: draft.name,
    summary,
    type: draft.type,
    website: draft.website,
    sources: [...new Set([draft.website, ...tools.map((t) => t.recordUrl), ...(draft.sources ?? [])])],
    lang: 'en',
    draft: true,
  };
  const body = [
    `${markdownText(long)} Its type, ${draft.type}, is given because ${markdownText(draft.evidence)}; the registry does not state its country, so it is left out.`,
    '',
  ].join('\n');
  return { data, body };
}

/** Keys in schema order; absent and empty optional values left out, so the output is stable. */
const TOOL_KEYS = ['name', 'summary', 'website', 'source', 'license', 'type', 'status', 'use_cases', 'developers', 'languages', 'software_type', 'platforms', 'maintenance', 'criteria', 'tags', 'reviewed', 'sources', 'lang', 'draft'] as const;
const ORGANIZATION_KEYS = ['name', 'summary', 'type', 'country', 'website', 'sources', 'lang', 'draft'] as const;
const FLOW_KEYS = new Set(['use_cases', 'developers', 'tags', 'languages', 'platforms']);

/** An entry file: marker comment (the importer's), front matter in a fixed key order, body. */
export function renderEntry(kind: 'tools' | 'organizations', data: Record<string, unknown>, body: string, marker = IMPORT_MARKER): string {
  const keys = kind === 'tools' ? TOOL_KEYS : ORGANIZATION_KEYS;
  const lines = [marker];
  for (const key of keys) {
    const value = data[key];
    if (value === undefined || (Array.isArray(value) && !value.length) || (value && typeof value === 'object' && !Array.isArray(value) && !Object.keys(value).length)) continue;
    lines.push(frontmatterField(key, value, FLOW_KEYS.has(key)));
  }
  return entryText(lines, body);
}

/** A unified-style line diff (`-` current, `+` imported), with `context` lines around each change. */
export function unifiedDiff(before: string, after: string, labelBefore: string, labelAfter: string, context = 2): string {
  const a = before.split('\n');
  const b = after.split('\n');
  // Longest common subsequence table, from the end: files are a few dozen lines.
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) for (let j = b.length - 1; j >= 0; j--) lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  const ops: { op: ' ' | '-' | '+'; line: string; ai: number; bi: number }[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) ops.push({ op: ' ', line: a[i], ai: i++, bi: j++ });
    else if (i < a.length && (j >= b.length || lcs[i + 1][j] >= lcs[i][j + 1])) ops.push({ op: '-', line: a[i], ai: i++, bi: j });
    else ops.push({ op: '+', line: b[j], ai: i, bi: j++ });
  }
  const out = [`--- ${labelBefore}`, `+++ ${labelAfter}`];
  for (let k = 0; k < ops.length; ) {
    if (ops[k].op === ' ') {
      k++;
      continue;
    }
    const start = Math.max(0, k - context);
    // One hunk holds every change less than 2 * context unchanged lines from the previous one.
    let lastChange = k;
    for (let m = k; m < ops.length; m++) {
      if (ops[m].op !== ' ') lastChange = m;
      else if (m - lastChange > 2 * context) break;
    }
    const end = Math.min(ops.length, lastChange + context + 1);
    const hunk = ops.slice(start, end);
    const aCount = hunk.filter((o) => o.op !== '+').length;
    const bCount = hunk.filter((o) => o.op !== '-').length;
    out.push(`@@ -${hunk[0].ai + 1},${aCount} +${hunk[0].bi + 1},${bCount} @@`);
    for (const o of hunk) out.push(`${o.op}${o.line}`);
    k = end;
  }
  return out.join('\n');
}
