/**
 * npm run import:dpg -- <folder> [--sdg 16] [--force] [--dry-run] [--content <dir>]
 *
 * Turns Digital Public Goods registry records into content/tools/ and content/organizations/
 * entries (mapping rules: scripts/lib/dpg.ts; review decisions: scripts/lib/dpg-review.ts).
 *
 * - <folder>: the registry root (with nominees/ and archive/) or one of those two folders.
 * - --sdg N: only records citing Sustainable Development Goal N (16: peace, justice and strong institutions).
 * - --force: overwrite tool entries written by an earlier import that differ from the record, printing
 *   a diff first. Entries written by hand (without the import marker line) are never overwritten.
 * - --dry-run: write nothing; with --force, only print the diffs.
 * - --content DIR: the content folder to write into (default: ./content).
 *
 * Existing entries are never overwritten without --force, hand-written ones never; existing
 * organisations are linked by id and never rewritten. Before writing, the result is checked with the validator on a copy of
 * the content folder: if the import would add an error, nothing is written. Exit code 1 when the
 * result does not pass the validator, 2 on a usage error.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadContent } from '../src/checking/pipeline.ts';
import { splitFrontmatter } from '../src/checking/frontmatter.ts';
import { formatProblem, type Problem } from '../src/checking/problems.ts';
import {
  DPG_FOLDERS,
  IMPORT_MARKER,
  findOrganization,
  findTool,
  idFor,
  mapRecord,
  organizationEntry,
  recordKey,
  recordSourceUrl,
  renderEntry,
  toolBody,
  unifiedDiff,
  uniqueId,
  type DpgFolder,
  type ExistingOrganization,
  type ExistingTool,
  type OrganizationDraft,
  type RecordFile,
  type ReviewDecision,
} from './lib/dpg.ts';
import { DPG_REVIEW } from './lib/dpg-review.ts';

export interface ImportOptions {
  /** Registry root or a nominees/ or archive/ folder. */
  folder: string;
  /** The content folder written into (holds tools/, organizations/…). */
  contentDir: string;
  sdg?: number;
  force?: boolean;
  dryRun?: boolean;
  /** Date of the import, YYYY-MM-DD: the `reviewed` of every tool written. */
  today: string;
  /** Clock for the validator (reviewed dates must not be after it). */
  now?: Date;
  review?: Readonly<Record<string, ReviewDecision>>;
  log?: (line: string) => void;
}

export interface ImportReport {
  recordsRead: number;
  /** Records that cite the SDG asked for (all records without --sdg). */
  selected: number;
  /** Files the import writes, or would write with --dry-run: paths relative to the content folder, e.g. `tools/alaveteli.mdx`. */
  planned: string[];
  /** Files actually written (none with --dry-run, or when the import would add a validation error). */
  written: string[];
  unchanged: string[];
  /** Existing entries that differ from what the record gives, left alone: written by hand, or no --force. */
  kept: { file: string; record: string; why: string }[];
  skipped: { record: string; reason: string }[];
  /** Existing organisations the new tools link to, by id. */
  linked: string[];
  /** Organisations of the records that were left out, and why. */
  organisationNotes: string[];
  /** Problems the import would add to the content folder. */
  newErrors: Problem[];
  /** Errors of the whole content folder after the import (or that it would have). */
  errors: Problem[];
  ok: boolean;
}

/** The records of a registry folder: nominees first (the current registry), then the archive. */
export function readRecords(folder: string): { files: RecordFile[]; invalid: { record: string; reason: string }[] } {
  const root = resolve(folder);
  const name = basename(root) as DpgFolder;
  const folders: { folder: DpgFolder; dir: string }[] = (DPG_FOLDERS as readonly string[]).includes(name)
    ? [{ folder: name, dir: root }]
    : DPG_FOLDERS.filter((f) => existsSync(join(root, f))).map((f) => ({ folder: f, dir: join(root, f) }));
  if (!folders.length) throw new Error(`expected the registry folder (with nominees/ and archive/) or one of those two folders, found ${folder}`);
  const files: RecordFile[] = [];
  const invalid: { record: string; reason: string }[] = [];
  for (const { folder: f, dir } of folders) {
    for (const file of readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) {
      try {
        files.push({ folder: f, file, record: JSON.parse(readFileSync(join(dir, file), 'utf8')) });
      } catch (error: any) {
        invalid.push({ record: recordKey(f, file), reason: `invalid JSON: ${String(error?.message ?? error).split('\n')[0]}` });
      }
    }
  }
  return { files, invalid };
}

/** An entry file of content/ as the importers compare with it: its id, text and front matter (loosely). */
export interface ContentFile {
  id: string;
  text: string;
  data: any;
}

/** The entry files of one kind's folder, by name. */
export function readKind(contentDir: string, kind: string): ContentFile[] {
  const dir = join(contentDir, kind);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((n) => n.endsWith('.mdx') && !n.startsWith('.'))
    .sort()
    .map((n) => {
      const text = readFileSync(join(dir, n), 'utf8');
      const data = splitFrontmatter(text).data;
      return { id: n.replace(/\.mdx$/, ''), text, data: data && typeof data === 'object' ? data : {} };
    });
}

/** An organisation the import creates: the record gives its website and states its type. */
type NewOrganization = OrganizationDraft & Required<Pick<OrganizationDraft, 'website' | 'type' | 'evidence'>>;

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** What an import matches new entries against: the catalogue's tools and organisations, by name and address. */
export function existingEntries(toolFiles: ContentFile[], orgFiles: ContentFile[]): { existingTools: ExistingTool[]; existingOrgs: ExistingOrganization[] } {
  return {
    existingTools: toolFiles.map((t) => ({ id: t.id, name: str(t.data.name), website: str(t.data.website), source: str(t.data.source), sources: Array.isArray(t.data.sources) ? t.data.sources : [] })),
    existingOrgs: orgFiles.map((o) => ({ id: o.id, name: str(o.data.name), website: str(o.data.website) })),
  };
}

/**
 * The validator's errors for the content folder with `writes` applied (checked together with the
 * rest of the catalogue, nothing written), and which of them the writes would cause.
 */
export function validateResult(contentDir: string, writes: ReadonlyMap<string, string>, now?: Date): { errors: Problem[]; newErrors: Problem[] } {
  if (basename(contentDir) !== 'content') throw new Error(`expected the content folder of a catalogue (a folder named content), found ${contentDir}`);
  const root = dirname(contentDir);
  // What it writes are drafts, which the validator refuses until reviewed: that is expected, not an error of the import.
  const errorsIn = (overlay?: Map<string, Uint8Array>) => loadContent(root, now, { overlay }).problems.filter((p) => p.severity === 'error' && p.code !== 'draft');
  const before = errorsIn();
  if (!writes.size) return { errors: before, newErrors: [] };
  const encoder = new TextEncoder();
  const errors = errorsIn(new Map([...writes].map(([file, text]) => [`content/${file}`, encoder.encode(text)])));
  const key = (p: Problem) => `${p.file}|${p.field}|${p.message}`;
  const known = new Set(before.map(key));
  return { errors, newErrors: errors.filter((p) => !known.has(key(p))) };
}

/** Plans, validates together with the catalogue, then (unless dry-run or invalid) writes the import. */
export function runImport(options: ImportOptions): ImportReport {
  const log = options.log ?? (() => {});
  const contentDir = resolve(options.contentDir);
  const review = options.review ?? DPG_REVIEW;
  const useCaseIds = new Set(readKind(contentDir, 'use-cases').map((e) => e.id));
  const { files: records, invalid } = readRecords(options.folder);
  const report: ImportReport = { recordsRead: records.length + invalid.length, selected: 0, planned: [], written: [], unchanged: [], kept: [], skipped: [...invalid], linked: [], organisationNotes: [], newErrors: [], errors: [], ok: false };

  const toolFiles = readKind(contentDir, 'tools');
  const orgFiles = readKind(contentDir, 'organizations');
  const { existingTools, existingOrgs } = existingEntries(toolFiles, orgFiles);
  const toolText = new Map(toolFiles.map((t) => [t.id, t.text]));
  const takenToolIds = new Set(toolFiles.map((t) => t.id));
  const takenOrgIds = new Set(orgFiles.map((o) => o.id));

  const plannedTools: (ExistingTool & { record: string })[] = [];
  const newOrgs = new Map<string, { draft: NewOrganization; tools: { name: string; recordUrl: string }[] }>();
  const writes = new Map<string, string>();
  const diffs: string[] = [];
  const linked = new Set<string>();

  for (const rf of records) {
    const result = mapRecord(rf, { today: options.today, useCaseIds, sdg: options.sdg, review });
    const citesSdg = !(result.ok === false && result.reason.startsWith('does not cite SDG'));
    if (!citesSdg) continue;
    report.selected++;
    if (!result.ok) {
      // A record the catalogue already has (hand-written entries cite it) is reported as such.
      const url = recordSourceUrl(rf.folder, rf.file);
      const known = existingTools.find((t) => t.sources?.includes(url));
      report.skipped.push({ record: result.record, reason: known ? `already in the catalogue, not compared (the record alone: ${result.reason})` : result.reason });
      continue;
    }
    const draft = result.tool;
    const twin = findTool(draft.data, draft.recordUrl, plannedTools);
    if (twin) {
      report.skipped.push({ record: draft.record, reason: `same tool as ${(twin.tool as any).record} (${twin.why}), imported first` });
      continue;
    }
    const existing = findTool(draft.data, draft.recordUrl, existingTools);
    const id = existing?.tool.id ?? uniqueId(idFor(draft.data.name), new Set([...takenToolIds, ...plannedTools.map((t) => t.id)]));
    plannedTools.push({ id, record: draft.record, name: draft.data.name, website: draft.data.website, source: draft.data.source, sources: draft.data.sources });

    // Developers: existing organisations are linked; new ones only when the record states their type.
    const developers: string[] = [];
    const developerNames: string[] = [];
    const created: [string, NewOrganization][] = [];
    const notes: string[] = [...draft.notes];
    for (const od of draft.organizations) {
      const pending = [...newOrgs.entries()].map(([oid, o]) => ({ id: oid, name: o.draft.name, website: o.draft.website }));
      const match = findOrganization(od, [...existingOrgs, ...pending, ...created.map(([oid, d]) => ({ id: oid, name: d.name, website: d.website }))]);
      if (match) {
        if (!developers.includes(match.id)) developers.push(match.id), developerNames.push(match.name ?? od.name);
        continue;
      }
      if (!od.website || !od.type || !od.evidence) {
        notes.push(`"${od.name}" (${od.role}): not in the catalogue, and the record ${od.website ? 'does not say what kind of organisation it is' : 'gives no website'}`);
        continue;
      }
      const oid = uniqueId(idFor(od.name), new Set([...takenOrgIds, ...newOrgs.keys(), ...created.map(([k]) => k)]));
      created.push([oid, { ...od, website: od.website, type: od.type, evidence: od.evidence }]);
      developers.push(oid);
      developerNames.push(od.name);
    }
    draft.data.developers = developers;
    const text = renderEntry('tools', draft.data as unknown as Record<string, unknown>, toolBody(draft, developerNames));
    const file = `tools/${id}.mdx`;

    const current = toolText.get(id);
    const handWritten = current !== undefined && !current.startsWith(`---\n${IMPORT_MARKER}\n`);
    if (current !== undefined && current === text) report.unchanged.push(file);
    else if (handWritten || (current !== undefined && !options.force)) {
      report.kept.push({ file, record: draft.record, why: `${existing?.why ?? 'same id'}; ${handWritten ? 'written by hand, never overwritten' : 'differs from the record, --force to overwrite'}` });
      continue;
    } else {
      if (current !== undefined) diffs.push(unifiedDiff(current, text, `content/${file} (current)`, `content/${file} (from ${draft.record})`));
      writes.set(file, text);
    }
    // The tool stays (written or unchanged): its new organisations are needed, its links are real.
    for (const [oid, od] of created) newOrgs.set(oid, { draft: od, tools: [] });
    for (const d of developers) {
      const org = newOrgs.get(d);
      if (org) org.tools.push({ name: draft.data.name, recordUrl: draft.recordUrl });
      else linked.add(d);
    }
    report.organisationNotes.push(...notes.map((n) => `${draft.record}: ${n}`));
  }

  for (const [oid, { draft, tools }] of newOrgs) {
    const { data, body } = organizationEntry(draft, tools);
    writes.set(`organizations/${oid}.mdx`, renderEntry('organizations', data as unknown as Record<string, unknown>, body));
  }
  report.linked = [...linked].sort();

  // Validate the result first: the real folder is only touched if the import adds no error.
  Object.assign(report, validateResult(contentDir, writes, options.now));

  report.planned = [...writes.keys()];
  if (!options.dryRun && !report.newErrors.length) {
    for (const [file, text] of writes) {
      mkdirSync(dirname(join(contentDir, file)), { recursive: true });
      writeFileSync(join(contentDir, file), text);
      report.written.push(file);
    }
  }
  report.ok = report.errors.length === 0;

  // Summary.
  const verb = options.dryRun ? 'Would write' : 'Written';
  log(`Read ${report.recordsRead} records from ${options.folder}${options.sdg !== undefined ? `; ${report.selected} cite SDG ${options.sdg}` : ''}.`);
  for (const d of diffs) log(`\n${d}\n`);
  const list = (title: string, items: string[]) => {
    log(`\n${title} (${items.length})${items.length ? ':' : '.'}`);
    for (const i of items) log(`  ${i}`);
  };
  list(report.newErrors.length ? 'Not written, because of the errors below' : verb, report.planned);
  list('Unchanged', report.unchanged);
  list('Kept as they are (already in the catalogue)', report.kept.map((k) => `${k.file} <- ${k.record} (${k.why})`));
  const byReason = new Map<string, string[]>();
  for (const s of report.skipped) byReason.set(s.reason, [...(byReason.get(s.reason) ?? []), s.record]);
  log(`\nSkipped (${report.skipped.length})${report.skipped.length ? ', by reason:' : '.'}`);
  for (const [reason, recs] of [...byReason].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))) log(`  ${reason} (${recs.length}): ${recs.join(', ')}`);
  list('Existing organisations linked', report.linked);
  list('Organisations left out', report.organisationNotes);
  if (report.newErrors.length) {
    log(`\nThe import would add ${report.newErrors.length} validation error(s); nothing was written:`);
    for (const p of report.newErrors) log(`  ${formatProblem(p)}`);
  } else if (report.errors.length) {
    log(`\nThe content folder has ${report.errors.length} validation error(s) that the import did not cause (npm run validate lists them).`);
  } else log('\nThe result passes the validator.');
  return report;
}

function main(): void {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: { sdg: { type: 'string' }, force: { type: 'boolean' }, 'dry-run': { type: 'boolean' }, content: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error: any) {
    console.error(`${error.message}\nUsage: npm run import:dpg -- <folder> [--sdg 16] [--force] [--dry-run] [--content <dir>]`);
    process.exitCode = 2;
    return;
  }
  const { values, positionals } = parsed;
  if (values.help || positionals.length !== 1) {
    console.log('Usage: npm run import:dpg -- <folder> [--sdg 16] [--force] [--dry-run] [--content <dir>]');
    process.exitCode = values.help ? 0 : 2;
    return;
  }
  const sdg = values.sdg === undefined ? undefined : Number(values.sdg);
  if (sdg !== undefined && !(Number.isInteger(sdg) && sdg >= 1 && sdg <= 17)) {
    console.error(`--sdg expects a goal number from 1 to 17, found "${values.sdg}"`);
    process.exitCode = 2;
    return;
  }
  const folder = positionals[0];
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    console.error(`expected a folder of registry records, found no folder at ${folder}`);
    process.exitCode = 2;
    return;
  }
  try {
    const report = runImport({
      folder,
      contentDir: values.content ?? 'content',
      sdg,
      force: values.force,
      dryRun: values['dry-run'],
      today: new Date().toISOString().slice(0, 10),
      log: (line) => console.log(line),
    });
    process.exitCode = report.ok ? 0 : 1;
  } catch (error: any) {
    console.error(error?.message ?? error);
    process.exitCode = 2;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
