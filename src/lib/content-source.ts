import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { KINDS, type Kind } from '../schemas/index.ts';
import { checkEntryFile, type CheckedEntry } from './entry-check.ts';
import { checkIntegrity, type CatalogueData } from './integrity.ts';
import { fieldPath, sortProblems, type Problem } from './problems.ts';

export interface LoadedContent {
  entries: Record<Kind, CheckedEntry[]>;
  /** Every problem of every file, sorted by file and line. */
  problems: Problem[];
}

/** Files of one content folder, sorted; `_`-prefixed files are drafts and skipped. */
export function contentFiles(root: string, kind: Kind): string[] {
  const dir = join(root, 'content', kind);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isFile() && !d.name.startsWith('_') && !d.name.startsWith('.'))
    .map((d) => d.name)
    .sort();
}

/** Reads and checks the whole of content/ under `root`: every file, then every cross-reference. */
export function loadContent(root: string, now = new Date()): LoadedContent {
  const entries = {} as Record<Kind, CheckedEntry[]>;
  const problems: Problem[] = [];
  for (const kind of KINDS) {
    entries[kind] = contentFiles(root, kind).map((name) => {
      const file = `content/${kind}/${name}`;
      const entry = checkEntryFile(kind, file, readFileSync(join(root, file)), now);
      if (entry.data?.logo && !existsSync(join(root, 'content', kind, entry.data.logo))) {
        const pos = entry.locate(['logo']);
        entry.problems.push({ file, ...pos, severity: 'error', field: 'logo', message: `expected an image file next to the entry, found no file at content/${kind}/${entry.data.logo.replace(/^\.\//, '')}`, suggestion: 'add the image to the folder, or remove the logo line' });
      }
      problems.push(...entry.problems);
      return entry;
    });
  }
  const valid = {} as CatalogueData;
  for (const kind of KINDS) (valid as any)[kind] = entries[kind].filter((e) => e.data).map((e) => ({ id: e.id, data: e.data }));
  const byKey = new Map<string, CheckedEntry>();
  for (const kind of KINDS) for (const e of entries[kind]) byKey.set(`${kind}/${e.id}`, e);
  for (const p of checkIntegrity(valid)) {
    const entry = byKey.get(`${p.kind}/${p.id}`)!;
    const pos = p.path.length ? entry.locate(p.path, { key: p.atKey }) : { line: 1, column: 1 };
    problems.push({ file: entry.file, ...pos, severity: 'error', field: p.path.length ? fieldPath(p.path) : 'file', message: p.message, suggestion: p.suggestion });
  }
  return { entries, problems: sortProblems(problems) };
}
