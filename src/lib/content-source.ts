import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { KINDS, TranslationSchema, type Kind } from '../schemas/index.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { checkTranslation } from './translations.ts';
import { checkEntryFile, reviewProblems, type CheckedEntry } from './entry-check.ts';
import { EntryCache } from './entry-cache.ts';
import { checkIntegrity, type CatalogueData } from './integrity.ts';
import { fieldPath, sortProblems, type Problem } from './problems.ts';

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
export function loadContent(root: string, now = new Date(), options: { cache?: boolean } = {}): LoadedContent {
  const entries = {} as Record<Kind, CheckedEntry[]>;
  const problems: Problem[] = [];
  const cache = options.cache ? new EntryCache(root) : undefined;
  for (const kind of KINDS) {
    entries[kind] = contentFiles(root, kind).map((name) => {
      const file = `content/${kind}/${name}`;
      const bytes = readFileSync(join(root, file));
      const entry = cachedCheck(cache, kind, file, bytes, now);
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
  const present = Object.fromEntries(KINDS.map((k) => [k, new Set(entries[k].map((e) => e.id))]));
  for (const p of checkIntegrity(valid, present)) {
    const entry = byKey.get(`${p.kind}/${p.id}`)!;
    const pos = p.path.length ? entry.locate(p.path, { key: p.atKey }) : { line: 1, column: 1 };
    problems.push({ file: entry.file, ...pos, severity: 'error', field: p.path.length ? fieldPath(p.path) : 'file', message: p.message, suggestion: p.suggestion });
  }
  cache?.save();
  const translations = loadTranslations(root, entries, now, problems);
  return { entries, translations, problems: sortProblems(problems) };
}

/** A file's check, from the cache when its bytes (and the validator) are unchanged. */
function cachedCheck(cache: EntryCache | undefined, kind: Kind, file: string, bytes: Uint8Array, now: Date): CheckedEntry {
  const key = cache?.key(kind, file, bytes);
  const hit = key ? cache!.get(key) : undefined;
  if (hit) {
    const id = file.split('/').pop()!.replace(/\.mdx$/, '');
    // Positions are only needed when a cross-reference problem is reported: parse lazily.
    let located: ((path: readonly PropertyKey[], opts?: { key?: boolean }) => { line: number; column: number }) | undefined;
    const locate = (path: readonly PropertyKey[], opts?: { key?: boolean }) => (located ??= splitFrontmatter(new TextDecoder().decode(bytes)).locate)(path, opts);
    const entry: CheckedEntry = { kind, id, file, data: hit.data, body: hit.body, html: hit.html, locate, problems: [] };
    entry.problems = reviewProblems(entry, now);
    return entry;
  }
  const entry = checkEntryFile(kind, file, bytes, now);
  const cacheable = entry.data && entry.problems.every((p) => p.field === 'reviewed');
  if (key && cacheable) cache!.set(key, { data: entry.data, body: entry.body, html: entry.html });
  return entry;
}

function subfolders(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort() : [];
}

/** content/translations/<lang>/<kind>/<id>.mdx, each checked against its schema and its original. */
function loadTranslations(root: string, entries: Record<Kind, CheckedEntry[]>, now: Date, problems: Problem[]): CheckedTranslation[] {
  const out: CheckedTranslation[] = [];
  const base = join(root, 'content', 'translations');
  for (const lang of subfolders(base)) {
    for (const kindFolder of subfolders(join(base, lang))) {
      const kind = kindFolder as Kind;
      if (!(KINDS as readonly string[]).includes(kindFolder)) {
        problems.push({ file: `content/translations/${lang}/${kindFolder}`, line: 1, column: 1, severity: 'error', field: 'file', message: `expected a folder named after a kind of entry (${KINDS.join(', ')}), found "${kindFolder}"` });
        continue;
      }
      const originals = new Map(entries[kind].map((e) => [e.id, e]));
      for (const name of readdirSync(join(base, lang, kind)).filter((n) => !n.startsWith('_') && !n.startsWith('.')).sort()) {
        const file = `content/translations/${lang}/${kind}/${name}`;
        const entry = checkEntryFile(kind, file, readFileSync(join(root, file)), now, TranslationSchema);
        const original = originals.get(entry.id);
        const rawKeys = Object.keys(splitFrontmatter(readFileSync(join(root, file), 'utf8')).data ?? {});
        // Fact fields get one precise message from checkTranslation instead of the generic "unknown field".
        entry.problems = entry.problems.filter((p) => !(p.message.startsWith('unknown field') && original?.data && rawKeys.includes(p.field) && p.field in original.data));
        for (const p of entry.problems) {
          if (p.field === 'original_digest' && original?.data) p.suggestion = `once the text matches content/${kind}/${entry.id}.mdx, run: npm run translation:stamp -- ${file}`;
        }
        const checked = checkTranslation(lang, kind, entry.id, { data: entry.data, rawKeys, body: entry.body }, original, originals.keys());
        for (const p of checked.problems) {
          const pos = p.path.length ? entry.locate(p.path, { key: p.atKey }) : { line: 1, column: 1 };
          entry.problems.push({ file, ...pos, severity: p.severity ?? 'error', field: p.path.length ? fieldPath(p.path) : 'file', message: p.message, suggestion: p.suggestion });
        }
        problems.push(...entry.problems);
        out.push({ ...entry, lang, stale: checked.stale });
      }
    }
  }
  return out;
}
