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
export function assembleChecks(files: FileCheck[], folderProblems: Problem[], hasFile: (path: string) => boolean): LoadedContent {
  const entries = Object.fromEntries(KINDS.map((k) => [k, [] as CheckedEntry[]])) as Record<Kind, CheckedEntry[]>;
  const problems: Problem[] = [];
  for (const { entry, lang } of files) {
    if (lang !== undefined) continue;
    const withLogo = logoProblem(entry, hasFile);
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

/** The entry, with a problem added when its logo names a file that is not there. */
function logoProblem(entry: CheckedEntry, hasFile: (path: string) => boolean): CheckedEntry {
  if (!entry.data?.logo || hasFile(`content/${entry.kind}/${entry.data.logo.replace(/^\.\//, '')}`)) return entry;
  const pos = entry.locate(['logo']);
  const problem: Problem = { file: entry.file, ...pos, severity: 'error', field: 'logo', message: `expected an image file next to the entry, found no file at content/${entry.kind}/${entry.data.logo.replace(/^\.\//, '')}`, suggestion: 'add the image to the folder, or remove the logo line' };
  return { ...entry, problems: [...entry.problems, problem] };
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
