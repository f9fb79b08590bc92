import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { KINDS, type Kind } from '../schemas/index.ts';
import { reviewProblems, type CheckedEntry } from './entry-check.ts';
import { EntryCache } from './entry-cache.ts';
import { fromPlain, lazyLocate, runCheckJob, type CheckJob, type FileCheck } from './check-job.ts';
import { checkOnWorkers, checkWorkerFile } from './check-pool.ts';
import { assembleChecks, type LoadedContent } from './assemble.ts';
import type { Problem } from './problems.ts';
import { didYouMean } from './suggest.ts';

export type { FileCheck } from './check-job.ts';
export type { CheckedTranslation, LoadedContent } from './assemble.ts';

/**
 * Everything that depends on more than one file, from each file's own check: logo files,
 * cross-references, translations against their originals. Reads no entry from disk, so it is
 * cheap enough to run again after every change.
 */
export function assembleContent(root: string, files: FileCheck[], folderProblems: Problem[]): LoadedContent {
  return assembleChecks(files, folderProblems, (path) => {
    const file = join(root, path);
    if (!existsSync(file)) return null;
    // Raster images are only checked for existence; an SVG is text that could carry a script.
    return path.endsWith('.svg') ? readFileSync(file, 'utf8') : '';
  });
}

export interface LoadOptions {
  /** Reuse the checks of unchanged files (see entry-cache.ts). */
  cache?: boolean;
  /**
   * Render bodies to HTML (default). The validator passes false: it never shows a page, and
   * rendering is ~7% of a check. Cached checks without HTML count as misses when rendering.
   */
  render?: boolean;
  /**
   * Files to check as if they were on disk, by path relative to the root (`content/tools/x.mdx`);
   * null: as if removed. An importer or `npm run new` checks what it proposes together with the
   * rest of the catalogue without writing anything.
   */
  overlay?: ReadonlyMap<string, Uint8Array | null>;
}

export interface CheckContentOptions extends LoadOptions {
  /** Today, for the date rules (reviews not in the future, stale reviews). */
  now?: Date;
  /** Threads to start when there are enough files to check; default one per core; 0: check on this thread. */
  workers?: number;
  /** Absolute path of src/checking/check-worker.ts; default: the one of the project in the current folder. */
  workerFile?: string;
  /** Below this many files to check, starting threads costs more than it saves: check them here. */
  minFilesForWorkers?: number;
}

/** The image types the `logo` field accepts (schemas/tool.ts). */
const LOGO_FILE = /\.(?:svg|png|webp|jpg)$/i;

/** Whether a content file is read at all: `_`-prefixed files are drafts, `.`-prefixed ones hidden. */
export function isListedFileName(name: string): boolean {
  return !name.startsWith('_') && !name.startsWith('.');
}

/**
 * Whether a file directly in content/<kind>/ is read as an entry: listed, and not a logo (logos
 * sit next to their entry and are checked as its `logo`).
 */
export function isEntryFileName(name: string): boolean {
  return isListedFileName(name) && !LOGO_FILE.test(name);
}

/** Entry files of one content folder, sorted. */
export function contentFiles(root: string, kind: Kind): string[] {
  return listFolder(root, `content/${kind}`, isEntryFileName).files;
}

/**
 * What a content folder holds: the files to read, and a problem for everything else in it that a
 * contributor may have meant as content but that would otherwise be skipped without a word: a
 * folder (even one named like an entry, `decidim.mdx/`), a symbolic link (never followed, so a
 * contribution cannot make the build read a file outside content/), a special file.
 */
export function listFolder(root: string, folder: string, keep: (name: string) => boolean): { files: string[]; problems: Problem[] } {
  const dir = join(root, folder);
  if (!existsSync(dir)) return { files: [], problems: [] };
  const files: string[] = [];
  const problems: Problem[] = [];
  const refuse = (name: string, message: string, suggestion: string) => problems.push({ file: `${folder}/${name}`, line: 1, column: 1, severity: 'error', field: 'file', message, suggestion });
  for (const d of readdirSync(dir, { withFileTypes: true })) {
    if (!isListedFileName(d.name)) continue;
    if (d.isSymbolicLink()) refuse(d.name, 'expected a file, found a symbolic link (links are never followed)', 'replace the link by the file itself');
    else if (d.isDirectory()) {
      // A folder of images (`logo: ./logos/decidim.svg`) is fine; one that looks like or holds entries would be skipped.
      if (d.name.endsWith('.mdx') || holdsEntries(join(dir, d.name))) refuse(d.name, `expected an entry file, found a folder "${d.name}" with entries in it`, 'entries are files directly in this folder: move them here, or remove the folder');
    }
    else if (!d.isFile()) refuse(d.name, 'expected a file, found a special file', 'remove it');
    else if (keep(d.name)) files.push(d.name);
  }
  return { files: files.sort(), problems };
}

function holdsEntries(dir: string): boolean {
  try {
    return readdirSync(dir).some((n) => n.endsWith('.mdx'));
  } catch {
    return false;
  }
}

/** Folders of content/ besides the kinds. */
const OTHER_FOLDERS = ['translations'];

/** content/ itself: only the kinds' folders and translations/; anything else would publish nothing and say nothing. */
function topLevelProblems(root: string): Problem[] {
  const dir = join(root, 'content');
  if (!existsSync(dir)) return [];
  const known = [...KINDS, ...OTHER_FOLDERS];
  const problems: Problem[] = [];
  for (const d of readdirSync(dir, { withFileTypes: true })) {
    if (!isListedFileName(d.name) || (d.isDirectory() && known.includes(d.name))) continue;
    const what = d.isSymbolicLink() ? 'a symbolic link' : d.isDirectory() ? `a folder "${d.name}"` : `a file "${d.name}"`;
    problems.push({
      file: `content/${d.name}`,
      line: 1,
      column: 1,
      severity: 'error',
      field: 'file',
      message: `expected one of the folders ${known.join(', ')}, found ${what}`,
      suggestion: d.isDirectory() && !d.isSymbolicLink() ? (didYouMean(d.name, known) ?? 'move its files into the folder of their kind') : 'entries go in the folder of their kind, such as content/tools/',
    });
  }
  return problems;
}

/**
 * The one way into content checking, for the validator, the build, the dev server, the importers,
 * `npm run new` and `translation:stamp`: read every file (taking unchanged ones from the cache),
 * check each file (on worker threads when there are enough), then check across files
 * (cross-references, logos, translations against their originals). Callers report the problems.
 */
export async function checkContent(root: string, options: CheckContentOptions = {}): Promise<LoadedContent> {
  const now = options.now ?? new Date();
  const read = readContent(root, now, options);
  let checks: FileCheck[];
  if (options.workers === 0 || read.jobs.length < (options.minFilesForWorkers ?? 200)) checks = read.jobs.map((job) => runCheckJob(job, now));
  else {
    const workerFile = options.workerFile ?? checkWorkerFile(process.cwd());
    const plain = await checkOnWorkers(read.jobs, now, { workerFile, workers: options.workers });
    checks = plain.map((p, i) => fromPlain(read.jobs[i], p));
  }
  return finishLoad(root, read, checks);
}

/** checkContent on this thread, for callers that cannot wait (unit tests, the importers' planning). */
export function loadContent(root: string, now = new Date(), options: LoadOptions = {}): LoadedContent {
  const read = readContent(root, now, options);
  return finishLoad(root, read, read.jobs.map((job) => runCheckJob(job, now)));
}

interface ReadContent {
  /** Every file in reading order; a check is present when it came from the cache. */
  slots: { job: CheckJob; check?: FileCheck; key?: string }[];
  /** The files left to check, in reading order. */
  jobs: CheckJob[];
  folderProblems: Problem[];
  cache?: EntryCache;
}

/** Reads every file of content/ (and of the overlay), taking the checks of unchanged files from the cache. */
function readContent(root: string, now: Date, { cache: useCache = false, render = true, overlay }: LoadOptions): ReadContent {
  const cache = useCache ? new EntryCache(root) : undefined;
  const bytesOf = (file: string) => overlay?.get(file) ?? readFileSync(join(root, file));
  /** The names in a folder, with the overlay's files added and its removals taken out. */
  const withOverlay = (folder: string, names: string[], keep: (name: string) => boolean) => {
    if (!overlay) return names;
    const out = new Set(names);
    for (const [file, bytes] of overlay) {
      if (!file.startsWith(`${folder}/`) || file.slice(folder.length + 1).includes('/')) continue;
      const name = file.slice(folder.length + 1);
      if (bytes === null) out.delete(name);
      else if (keep(name)) out.add(name);
    }
    return [...out].sort();
  };
  const slots: ReadContent['slots'] = [];
  const folderProblems: Problem[] = topLevelProblems(root);
  for (const kind of KINDS) {
    const listed = listFolder(root, `content/${kind}`, isEntryFileName);
    folderProblems.push(...listed.problems);
    for (const name of withOverlay(`content/${kind}`, listed.files, isEntryFileName)) {
      const file = `content/${kind}/${name}`;
      const job: CheckJob = { kind, file, bytes: bytesOf(file), translation: false, render };
      const key = cache?.key(kind, file, job.bytes);
      const hit = key ? cache!.get(key) : undefined;
      if (!hit || (render && hit.html === undefined)) {
        slots.push({ job, key });
        continue;
      }
      const entry: CheckedEntry = { kind, id: name.replace(/\.mdx$/, ''), file, data: hit.data, body: hit.body, ...(render && { html: hit.html }), locate: lazyLocate(job.bytes), problems: [] };
      entry.problems = reviewProblems(entry, now);
      slots.push({ job, check: { entry } });
    }
  }
  for (const lang of subfolders(root, 'content/translations', folderProblems)) {
    for (const kindFolder of subfolders(root, `content/translations/${lang}`, folderProblems)) {
      if (!(KINDS as readonly string[]).includes(kindFolder)) {
        folderProblems.push({ file: `content/translations/${lang}/${kindFolder}`, line: 1, column: 1, severity: 'error', field: 'file', message: `expected a folder named after a kind of entry (${KINDS.join(', ')}), found "${kindFolder}"`, suggestion: didYouMean(kindFolder, [...KINDS]) });
        continue;
      }
      const folder = `content/translations/${lang}/${kindFolder}`;
      const listed = listFolder(root, folder, isListedFileName);
      folderProblems.push(...listed.problems);
      for (const name of withOverlay(folder, listed.files, isListedFileName)) {
        const file = `${folder}/${name}`;
        slots.push({ job: { kind: kindFolder as Kind, file, bytes: bytesOf(file), translation: true, render } });
      }
    }
  }
  return { slots, jobs: slots.filter((s) => !s.check).map((s) => s.job), folderProblems, cache };
}

/** Puts the new checks in their slots, stores the clean ones in the cache, and checks across files. */
function finishLoad(root: string, read: ReadContent, checks: FileCheck[]): LoadedContent {
  let next = 0;
  const files = read.slots.map((slot) => {
    if (slot.check) return slot.check;
    const check = checks[next++];
    const { entry } = check;
    const cacheable = entry.data && entry.problems.every((p) => p.field === 'reviewed');
    if (slot.key && cacheable) read.cache!.set(slot.key, { data: entry.data, body: entry.body, ...(entry.html !== undefined && { html: entry.html }) });
    return check;
  });
  read.cache?.save();
  return assembleContent(root, files, read.folderProblems);
}

/** The folders in `folder`; anything else there (a file, a link) is a problem: translations go three folders deep. */
function subfolders(root: string, folder: string, problems: Problem[]): string[] {
  const dir = join(root, folder);
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const d of readdirSync(dir, { withFileTypes: true })) {
    if (!isListedFileName(d.name)) continue;
    if (d.isDirectory() && !d.isSymbolicLink()) out.push(d.name);
    else problems.push({ file: `${folder}/${d.name}`, line: 1, column: 1, severity: 'error', field: 'file', message: `expected a folder, found ${d.isSymbolicLink() ? 'a symbolic link (links are never followed)' : `a file "${d.name}"`}`, suggestion: 'translations go in content/translations/<language>/<kind>/<id>.mdx' });
  }
  return out.sort();
}

