import { KINDS, type Kind } from '../schemas/index.ts';
import { checkTranslation } from './translations.ts';
import type { CheckedEntry } from './entry-check.ts';
import type { FileCheck } from './check-job.ts';
import { checkIntegrity, type CatalogueData } from './integrity.ts';
import { fieldPath, sortProblems, type Problem } from './problems.ts';

/**
 * The rules that span files (logo files, cross-references, translations against their originals),
 * from each file's own check. No file system here: the validator and the build pass what they read
 * from disk, the contribution form (src/contribute/) what it holds in the browser, so both give the
 * same messages.
 */

export interface CheckedTranslation extends CheckedEntry {
  /** Language of the translation (its folder). */
  lang: string;
  /** True when the original's text changed after the translation was made. */
  stale: boolean;
}

export interface LoadedContent {
  entries: Record<Kind, CheckedEntry[]>;
  translations: CheckedTranslation[];
  /** Every problem of every file, sorted by file and line. */
  problems: Problem[];
  /** Each file's own check, before cross-references, in reading order: what a one-file update starts from. */
  files: FileCheck[];
  /** Problems of folders rather than files (a translations folder not named after a kind). */
  folderProblems: Problem[];
}

/**
 * Everything that depends on more than one file, from each file's own check: logo files,
 * cross-references, translations against their originals. Reads no entry from disk, so it is
 * cheap enough to run again after every change.
 */
export function assembleChecks(files: FileCheck[], folderProblems: Problem[], readFile: (path: string) => string | null | undefined): LoadedContent {
  const entries = Object.fromEntries(KINDS.map((k) => [k, [] as CheckedEntry[]])) as Record<Kind, CheckedEntry[]>;
  const problems: Problem[] = [];
  for (const { entry, lang } of files) {
    if (lang !== undefined) continue;
    const withLogo = logoProblem(entry, readFile);
    entries[entry.kind].push(withLogo);
    problems.push(...withLogo.problems);
  }
  const valid = {} as CatalogueData;
  for (const kind of KINDS) (valid as any)[kind] = entries[kind].filter((e) => e.data).map((e) => ({ id: e.id, data: e.data }));
  const byKey = new Map<string, CheckedEntry>();
  for (const kind of KINDS) for (const e of entries[kind]) byKey.set(`${kind}/${e.id}`, e);
  const present = Object.fromEntries(KINDS.map((k) => [k, new Set(entries[k].map((e) => e.id))]));
  for (const p of checkIntegrity(valid, present)) {
    const entry = byKey.get(`${p.kind}/${p.id}`)!;
    const pos = p.path.length ? entry.locate(p.path, { key: p.atKey }) : { line: 1, column: 1 };
    problems.push({ file: entry.file, ...pos, severity: 'error', field: p.path.length ? fieldPath(p.path) : 'file', message: p.message, suggestion: p.suggestion });
  }
  problems.push(...folderProblems);
  const translations = assembleTranslations(entries, files, problems);
  return { entries, translations, problems: sortProblems(problems), files, folderProblems };
}

/**
 * What an SVG logo must not hold: it is served from the catalogue's own origin, where a script, an
 * event handler or an embedded document would run with the site's rights if the file were opened.
 */
const UNSAFE_SVG = /<script\b|<foreignObject\b|\son[a-z]+\s*=|javascript:|<!ENTITY|(?:href|src)\s*=\s*["']?(?!#|data:image\/)[a-z][\w+.-]*:/i;

/**
 * The entry, with the problems of its logo: a file that is not there, an SVG that could run code,
 * a logo without the source and licence it is used under. `readFile` gives a file's text, null when
 * it is missing, undefined when the caller cannot tell (the contribution form).
 */
function logoProblem(entry: CheckedEntry, readFile: (path: string) => string | null | undefined): CheckedEntry {
  const logo: unknown = entry.data?.logo;
  if (typeof logo !== 'string') return entry;
  const path = `content/${entry.kind}/${logo.replace(/^\.\//, '')}`;
  const text = readFile(path);
  const problems: Problem[] = [];
  // A missing source or licence is pointed at the logo line, the one that calls for it.
  const add = (field: string, message: string, suggestion: string) => problems.push({ file: entry.file, ...entry.locate(['logo']), severity: 'error', field, message, suggestion });
  if (text === null) add('logo', `expected an image file next to the entry, found no file at ${path}`, 'add the image to the folder, or remove the logo line');
  else if (typeof text === 'string' && path.endsWith('.svg') && UNSAFE_SVG.test(text)) {
    add('logo', `expected an SVG image without scripts, event handlers, embedded documents or external links, found "${UNSAFE_SVG.exec(text)![0].trim()}" in ${path}`, 'export the logo again as a plain SVG, or use a PNG');
  }
  if (!entry.data.logo_source) add('logo_source', 'expected the address of the page the logo comes from (logo_source), found none', 'add a line "logo_source: https://..." with the page that publishes the logo');
  if (!entry.data.logo_license) add('logo_license', 'expected the licence or terms the logo is used under (logo_license), found none', 'add a line "logo_license: ..." (an SPDX id such as CC-BY-4.0, or the terms the source states)');
  return problems.length ? { ...entry, problems: [...entry.problems, ...problems] } : entry;
}

/** content/translations/<lang>/<kind>/<id>.mdx, each against its original. */
function assembleTranslations(entries: Record<Kind, CheckedEntry[]>, files: FileCheck[], problems: Problem[]): CheckedTranslation[] {
  const originalsOf = new Map<Kind, Map<string, CheckedEntry>>();
  const out: CheckedTranslation[] = [];
  for (const { entry, lang, rawKeys = [] } of files) {
    if (lang === undefined) continue;
    const { kind, file } = entry;
    let originals = originalsOf.get(kind);
    if (!originals) originalsOf.set(kind, (originals = new Map(entries[kind].map((e) => [e.id, e]))));
    const original = originals.get(entry.id);
    // Fact fields get one precise message from checkTranslation instead of the generic unknown-field one.
    const own = entry.problems
      .filter((p) => !(p.code === 'unknown-field' && original?.data && rawKeys.includes(p.field) && Object.hasOwn(original.data, p.field)))
      .map((p) => (p.field === 'original_digest' && original?.data ? { ...p, suggestion: `once the text matches content/${kind}/${entry.id}.mdx, run: npm run translation:stamp -- ${file}` } : p));
    const checked = checkTranslation(lang, kind, entry.id, { data: entry.data, rawKeys, body: entry.body }, original, originals.keys());
    for (const p of checked.problems) {
      const pos = p.path.length ? entry.locate(p.path, { key: p.atKey }) : { line: 1, column: 1 };
      own.push({ file, ...pos, severity: p.severity ?? 'error', field: p.path.length ? fieldPath(p.path) : 'file', message: p.message, suggestion: p.suggestion });
    }
    problems.push(...own);
    out.push({ ...entry, problems: own, lang, stale: checked.stale });
  }
  return out;
}
