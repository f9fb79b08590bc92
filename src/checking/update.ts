import { KINDS, type Kind } from '../schemas/index.ts';
import { runCheckJob, type FileCheck } from './check-job.ts';
import { assembleContent, isEntryFileName, isListedFileName, type LoadedContent } from './pipeline.ts';

/** One path under the content root that changed, with its new bytes; no bytes: it was removed. */
export interface ContentChange {
  /** Relative to the root, with forward slashes: `content/tools/decidim.mdx`. */
  file: string;
  bytes?: Uint8Array;
}

/**
 * The content after some files changed, from the content before and those files alone: only
 * they are checked, every other check comes from memory, and the cross-file rules
 * (cross-references, logos, translations) run once again over the whole catalogue, which is cheap.
 * Returns undefined for a change that files alone cannot account for (a translations folder not
 * named after a kind): load everything again.
 */
export function updateContent(prev: LoadedContent, root: string, changes: ContentChange[], now: Date): LoadedContent | undefined {
  const updates = new Map<string, FileCheck | undefined>();
  for (const change of changes) {
    const place = placeOf(change.file);
    if (place === 'reload') return undefined;
    // Other paths (images, drafts, nested folders) change no entry, but a logo may have appeared or gone.
    if (place === 'other') continue;
    updates.set(change.file, change.bytes && runCheckJob({ kind: place.kind, file: change.file, bytes: change.bytes, translation: place.translation }, now));
  }
  let files = prev.files;
  if (updates.size) {
    files = [];
    for (const f of prev.files) {
      if (!updates.has(f.entry.file)) files.push(f);
      else {
        const check = updates.get(f.entry.file);
        if (check) files.push(check); // an edited file keeps its place
        updates.delete(f.entry.file);
      }
    }
    for (const check of updates.values()) if (check) files.splice(insertionPoint(files, check), 0, check);
  }
  return assembleContent(root, files, prev.folderProblems);
}

/** Where a new file goes in a list in reading order (binary search: the list is sorted). */
function insertionPoint(files: FileCheck[], check: FileCheck): number {
  let [lo, hi] = [0, files.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (compareChecks(files[mid], check) > 0) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

type Place = { kind: Kind; translation: boolean } | 'other' | 'reload';

/** Which content file a path is, as the full read lists them (content-source.ts). */
function placeOf(file: string): Place {
  const parts = file.split('/');
  const name = parts[parts.length - 1];
  const isKind = (s: string) => (KINDS as readonly string[]).includes(s);
  if (parts[0] !== 'content') return 'other';
  if (parts.length === 3 && isKind(parts[1])) return isEntryFileName(name) ? { kind: parts[1] as Kind, translation: false } : 'other';
  if (parts.length === 5 && parts[1] === 'translations') {
    if (!isKind(parts[3])) return 'reload';
    return isListedFileName(name) ? { kind: parts[3] as Kind, translation: true } : 'other';
  }
  return 'other';
}

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The order of a full read: originals by kind then name, then translations by language, kind folder and name. */
function compareChecks(a: FileCheck, b: FileCheck): number {
  const [pa, pb] = [a.entry.file.split('/'), b.entry.file.split('/')];
  const ta = a.lang !== undefined;
  if (ta !== (b.lang !== undefined)) return ta ? 1 : -1;
  if (ta) return byCodeUnit(pa[2], pb[2]) || byCodeUnit(pa[3], pb[3]) || byCodeUnit(pa[4], pb[4]);
  return KINDS.indexOf(a.entry.kind) - KINDS.indexOf(b.entry.kind) || byCodeUnit(pa[2], pb[2]);
}
