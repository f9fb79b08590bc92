/**
 * npm run import:publiccode -- <folder or file> [--use-case a,b] [--source-url URL] [--force] [--dry-run] [--content <dir>]
 *
 * Turns publiccode.yml files (the standard for public software: https://github.com/publiccodeyml/publiccode.yml)
 * into draft tool, organisation and translation entries (mapping rules: scripts/lib/publiccode.ts).
 *
 * - <folder or file>: one file, or a folder searched for *.yml / *.yaml files.
 * - --use-case a,b: the use cases of the imported tools, when their categories name none unambiguously.
 * - --source-url URL: the file's public URL, cited as the source (one file only); by default the
 *   default branch's copy on GitHub, GitLab or Codeberg.
 * - --force: overwrite entries written by an earlier import of this importer that differ, printing a
 *   diff first. Entries written by hand (without the import marker line) are never overwritten: their
 *   diff is printed for a reviewer instead.
 * - --dry-run: write nothing, print what would be written and the diffs.
 *
 * Idempotent: a second run on the same files writes nothing. Before writing, the result is checked
 * with the validator together with the catalogue: if the import would add an error, nothing is
 * written. A file that is not valid YAML or lacks what the standard requires gets located errors
 * (file:line:column, field, expected, suggestion). Exit code 1 on any such error, 2 on a usage error.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { splitFrontmatter } from '../src/checking/frontmatter.ts';
import { formatProblem, type Problem } from '../src/checking/problems.ts';
import { originalDigest } from '../src/checking/translations.ts';
import { findOrganization, findTool, idFor, renderEntry, uniqueId, unifiedDiff, type ExistingTool } from './lib/dpg.ts';
import { entryText, frontmatterField } from '../src/checking/entry-file.ts';
import { draftBody, mapPubliccode, organizationDraftEntry, parsePubliccode, PUBLICCODE_MARKER, type PubliccodeOrganization } from './lib/publiccode.ts';
import { existingEntries, readKind, validateResult } from './import-dpg.ts';
import type { OrganizationType } from '../src/schemas/vocab.ts';

export interface PubliccodeImportOptions {
  /** A publiccode.yml file, or a folder of them. */
  input: string;
  contentDir: string;
  useCases?: string[];
  sourceUrl?: string;
  force?: boolean;
  dryRun?: boolean;
  today: string;
  now?: Date;
  log?: (line: string) => void;
}

export interface PubliccodeImportReport {
  files: string[];
  /** Located problems of the input files (nothing is imported from a file that has one). */
  fileProblems: Problem[];
  skipped: { file: string; reason: string }[];
  planned: string[];
  written: string[];
  unchanged: string[];
  kept: { file: string; why: string; diff: string }[];
  organisationNotes: string[];
  newErrors: Problem[];
  errors: Problem[];
  ok: boolean;
}

/** The input files: the file itself, or every *.yml / *.yaml under the folder, in name order. */
export function inputFiles(input: string): string[] {
  if (statSync(input).isFile()) return [input];
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      if (name.startsWith('.') || name === 'node_modules') continue;
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.ya?ml$/i.test(name)) out.push(path);
    }
  };
  walk(input);
  return out;
}

const generated = (text: string) => text.startsWith(`---\n${PUBLICCODE_MARKER}\n`);

export function runPubliccodeImport(options: PubliccodeImportOptions): PubliccodeImportReport {
  const log = options.log ?? (() => {});
  const contentDir = resolve(options.contentDir);
  const report: PubliccodeImportReport = { files: [], fileProblems: [], skipped: [], planned: [], written: [], unchanged: [], kept: [], organisationNotes: [], newErrors: [], errors: [], ok: false };
  const useCaseIds = new Set(readKind(contentDir, 'use-cases').map((e) => e.id));
  const toolFiles = readKind(contentDir, 'tools');
  const orgFiles = readKind(contentDir, 'organizations');
  const { existingTools, existingOrgs } = existingEntries(toolFiles, orgFiles);
  const current = new Map<string, string>([...toolFiles.map((t) => [`tools/${t.id}.mdx`, t.text] as const), ...orgFiles.map((o) => [`organizations/${o.id}.mdx`, o.text] as const)]);
  const readCurrent = (file: string) => current.get(file) ?? (existsSync(join(contentDir, file)) ? readFileSync(join(contentDir, file), 'utf8') : undefined);
  const planned: ExistingTool[] = [];
  const newOrgs = new Map<string, { org: PubliccodeOrganization & { type: OrganizationType }; tools: string[]; sources: string[] }>();
  const writes = new Map<string, string>();
  const diffs: string[] = [];

  /** Plans one file's text: written when new or generated (with --force), else kept with its diff. */
  const plan = (file: string, text: string, origin: string) => {
    const now = readCurrent(file);
    if (now === text) return void report.unchanged.push(file);
    if (now !== undefined) {
      const diff = unifiedDiff(now, text, `content/${file} (current)`, `content/${file} (from ${origin})`);
      if (!generated(now) || !options.force) {
        report.kept.push({ file, why: generated(now) ? 'differs from the file: --force to overwrite' : 'written or reviewed by a person: never overwritten', diff });
        return;
      }
      diffs.push(diff);
    }
    writes.set(file, text);
  };

  const cwd = process.cwd();
  for (const path of inputFiles(options.input)) {
    const shown = relative(cwd, path) || path;
    report.files.push(shown);
    const { data, problems } = parsePubliccode(readFileSync(path, 'utf8'), shown);
    if (problems.length) {
      report.fileProblems.push(...problems);
      continue;
    }
    const mapped = mapPubliccode(data!, { today: options.today, useCaseIds, useCases: options.useCases, sourceUrl: options.sourceUrl });
    if (!mapped.ok) {
      report.skipped.push({ file: shown, reason: mapped.reason });
      continue;
    }
    const draft = mapped.draft;
    const d = draft.data as { name: string; website: string; source: string; sources: string[] };
    const twin = findTool(draft.data as any, d.sources[0], planned);
    if (twin) {
      report.skipped.push({ file: shown, reason: `same tool as an earlier file (${twin.why})` });
      continue;
    }
    const existing = findTool(draft.data as any, d.sources[0], existingTools);
    const id = existing?.tool.id ?? uniqueId(idFor(d.name), new Set([...existingTools.map((t) => t.id), ...planned.map((t) => t.id)]));
    planned.push({ id, name: d.name, website: d.website, source: d.source, sources: d.sources });

    const developers: string[] = [];
    const developerNames: string[] = [];
    for (const org of draft.organizations) {
      const pending = [...newOrgs].map(([oid, o]) => ({ id: oid, name: o.org.name, website: o.org.website }));
      const match = findOrganization(org, [...existingOrgs, ...pending]);
      if (match) {
        if (!developers.includes(match.id)) developers.push(match.id), developerNames.push(match.name ?? org.name);
        newOrgs.get(match.id)?.tools.push(d.name);
        continue;
      }
      if (!org.type) {
        report.organisationNotes.push(`${shown}: "${org.name}" (${org.role}) is not in the catalogue, and the file does not say what kind of organisation it is: left out`);
        continue;
      }
      const oid = uniqueId(idFor(org.name), new Set([...existingOrgs.map((o) => o.id), ...newOrgs.keys()]));
      newOrgs.set(oid, { org: org as PubliccodeOrganization & { type: OrganizationType }, tools: [d.name], sources: d.sources });
      developers.push(oid);
      developerNames.push(org.name);
    }
    const text = renderEntry('tools', { ...draft.data, developers }, draftBody(draft, developerNames), PUBLICCODE_MARKER);
    plan(`tools/${id}.mdx`, text, shown);

    // Translations start from the file's own descriptions, as drafts tied to the original's text.
    const split = splitFrontmatter(text);
    const digest = originalDigest('tools', { data: split.data, body: split.body });
    for (const t of draft.translations) {
      const lines = [PUBLICCODE_MARKER, frontmatterField('summary', t.summary), frontmatterField('original_digest', digest), frontmatterField('draft', true)];
      plan(`translations/${t.lang}/tools/${id}.mdx`, entryText(lines, t.body), shown);
    }
  }
  for (const [oid, { org, tools, sources }] of newOrgs) {
    const { data, body } = organizationDraftEntry(org, tools, sources);
    plan(`organizations/${oid}.mdx`, renderEntry('organizations', data, body, PUBLICCODE_MARKER), 'publiccode.yml');
  }

  Object.assign(report, validateResult(contentDir, writes, options.now));
  report.planned = [...writes.keys()];
  if (!options.dryRun && !report.newErrors.length) {
    for (const [file, text] of writes) {
      mkdirSync(dirname(join(contentDir, file)), { recursive: true });
      writeFileSync(join(contentDir, file), text);
      report.written.push(file);
    }
  }
  report.ok = !report.fileProblems.length && !report.newErrors.length;

  log(`Read ${report.files.length} file(s).`);
  for (const p of report.fileProblems) log(formatProblem(p));
  for (const diff of diffs) log(`\n${diff}\n`);
  const list = (title: string, items: string[]) => {
    log(`\n${title} (${items.length})${items.length ? ':' : '.'}`);
    for (const i of items) log(`  ${i}`);
  };
  list(report.newErrors.length ? 'Not written, because of the errors below' : options.dryRun ? 'Would write' : 'Written', report.planned);
  list('Unchanged', report.unchanged);
  list('Skipped', report.skipped.map((s) => `${s.file}: ${s.reason}`));
  list('Organisations left out', report.organisationNotes);
  log(`\nKept as they are (${report.kept.length})${report.kept.length ? ':' : '.'}`);
  for (const k of report.kept) log(`  content/${k.file}: ${k.why}\n${k.diff}\n`);
  if (report.newErrors.length) {
    log(`\nThe import would add ${report.newErrors.length} validation error(s); nothing was written:`);
    for (const p of report.newErrors) log(`  ${formatProblem(p)}`);
  }
  return report;
}

const USAGE = 'Usage: npm run import:publiccode -- <folder or file> [--use-case a,b] [--source-url URL] [--force] [--dry-run] [--content <dir>]';

function main(): void {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: { 'use-case': { type: 'string' }, 'source-url': { type: 'string' }, force: { type: 'boolean' }, 'dry-run': { type: 'boolean' }, content: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error: any) {
    console.error(`${error.message}\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  const { values, positionals } = parsed;
  if (values.help || positionals.length !== 1) {
    (values.help ? console.log : console.error)(USAGE);
    process.exitCode = values.help ? 0 : 2;
    return;
  }
  const input = positionals[0];
  if (!existsSync(input)) {
    console.error(`expected a publiccode.yml file or a folder of them, found nothing at ${input}`);
    process.exitCode = 2;
    return;
  }
  if (values['source-url'] && statSync(input).isDirectory()) {
    console.error('--source-url names one file\'s URL: give one file, not a folder');
    process.exitCode = 2;
    return;
  }
  try {
    const report = runPubliccodeImport({
      input,
      contentDir: values.content ?? 'content',
      useCases: values['use-case']?.split(',').map((u) => u.trim()).filter(Boolean),
      sourceUrl: values['source-url'],
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
