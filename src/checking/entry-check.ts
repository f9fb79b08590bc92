import type { z } from 'zod';
import { SCHEMAS, SLUG_PATTERN, periodStart, slugify, type Kind } from '../schemas/index.ts';
import { explainYamlError, splitFrontmatter, type Position } from './frontmatter.ts';
import { mapIssue } from './error-map.ts';
import { processBody } from './markdown.ts';
import { fieldPath, type Problem } from './problems.ts';
import { SITE } from '../config.ts';
import { isStale } from './freshness.ts';

/** Entries above this size are refused: a description is a few pages, not a book or a payload. */
export const MAX_ENTRY_BYTES = 100_000;

/** Names Windows reserves for devices, with or without an extension: a clone would fail there. */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;
/** Ids become file names and URL segments in three languages' paths: long ones break file systems (ENAMETOOLONG). */
export const MAX_ID_LENGTH = 80;

export interface CheckedEntry {
  kind: Kind;
  id: string;
  /** Path relative to the repository root, e.g. `content/tools/decidim.mdx`. */
  file: string;
  /** Front matter after schema parsing (defaults applied); undefined when it did not pass. */
  data?: any;
  body: string;
  /** Sanitised HTML of the body ('' when the body has problems; undefined when it was checked without rendering). */
  html?: string;
  locate: (path: readonly PropertyKey[], opts?: { key?: boolean }) => Position;
  problems: Problem[];
}

/**
 * `locate` of a file that was refused before it was read as text (too large, not UTF-8): every
 * position is 1:1. A worker thread tells the main thread which `locate` to rebuild by comparing with it.
 */
export const locateNowhere = (): Position => ({ line: 1, column: 1 });

// One decoder for every file: constructing one per file was ~1.5% of a validation.
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

function positionOfOffset(text: string, offset: number): Position {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}


/**
 * Checks one content file on its own: encoding, size, file name, front matter against its schema,
 * and the body against the safe-Markdown rules. Cross-references are checked by `integrity.ts`.
 */
export interface CheckOptions {
  /** Schema of the front matter; default: the kind's own. */
  schema?: z.ZodType;
  /** Render the body to HTML as well (default); the validator only checks it. */
  render?: boolean;
}

export function checkEntryFile(kind: Kind, file: string, bytes: Uint8Array, now = new Date(), { schema = SCHEMAS[kind], render = true }: CheckOptions = {}): CheckedEntry {
  const problems: Problem[] = [];
  const base = file.split('/').pop() ?? file;
  const id = base.replace(/\.mdx$/, '');
  const add = (pos: Position, field: string, message: string, suggestion?: string, severity: Problem['severity'] = 'error', code?: Problem['code']) =>
    problems.push({ file, line: pos.line, column: pos.column, severity, field, message, suggestion, ...(code && { code }) });
  const empty: CheckedEntry = { kind, id, file, body: '', ...(render && { html: '' }), locate: locateNowhere, problems };

  if (bytes.byteLength > MAX_ENTRY_BYTES) {
    add({ line: 1, column: 1 }, 'file', `expected at most ${MAX_ENTRY_BYTES / 1000} KB, found ${(Math.ceil(bytes.byteLength / 100) / 10).toFixed(1)} KB`, 'shorten the description; link to longer documents instead');
    return empty;
  }
  let raw: string;
  try {
    raw = strictUtf8.decode(bytes);
  } catch {
    const lossy = new TextDecoder('utf-8').decode(bytes);
    add(positionOfOffset(lossy, lossy.indexOf('\uFFFD')), 'file', 'expected text encoded as UTF-8, found bytes that are not UTF-8', 're-save the file as UTF-8 in your editor');
    return empty;
  }
  // Both file-name checks suggest the same new name, the extension aside: `Décidim.md` -> `decidim.mdx`.
  const stem = base.endsWith('.mdx') ? id : id.replace(/\.[^.]*$/, '');
  const target = `${slugify(stem)}.mdx`;
  if (!base.endsWith('.mdx')) add({ line: 1, column: 1 }, 'file', `expected a .mdx file, found "${base}"`, `rename it to ${target}`);
  const reserved = WINDOWS_RESERVED.exec(stem);
  if (reserved) add({ line: 1, column: 1 }, 'file', `expected a file name that Windows can store, found "${base}" (${reserved[1].toUpperCase()} is reserved there)`, `rename it, for example to ${stem}-tool.mdx, and use that id`);
  if (stem.length > MAX_ID_LENGTH) add({ line: 1, column: 1 }, 'file', `expected a file name of at most ${MAX_ID_LENGTH} characters before .mdx, found ${stem.length}`, `shorten it, for example to ${slugify(stem).slice(0, MAX_ID_LENGTH).replace(/-+$/, '')}.mdx`);
  if (!SLUG_PATTERN.test(stem)) {
    add({ line: 1, column: 1 }, 'file', `expected a file name in lowercase kebab-case ASCII (it is the id and the URL), found "${base}"`, `rename it to ${target}`);
  }

  const split = splitFrontmatter(raw);
  const entry: CheckedEntry = { ...empty, body: split.body, locate: split.locate };
  if (!split.hasFrontmatter) {
    const why = missingFrontmatter(raw);
    add(why.position, '(front matter)', why.message, why.suggestion);
    return entry;
  }
  const fileLines = raw.replace(/^\uFEFF/, '').split(/\r?\n/);
  for (const e of split.errors) {
    // A directive (%YAML, %TAG) is reported by the parser where the document was expected to start: point at the directive.
    const directive = /directives-end|doc-start/.test(e.message) ? fileLines.findIndex((l, i) => i > 0 && l.startsWith('%')) : -1;
    if (directive > 0) {
      add({ line: directive + 1, column: 1 }, '(front matter)', `expected a field written "name: value", found the YAML directive "${fileLines[directive].trim()}"`, 'remove that line: entries need no directive');
      continue;
    }
    const explained = explainYamlError(e.message, fileLines[e.line - 1]);
    add(e, '(front matter)', explained?.message ?? `invalid YAML: ${e.message}`, explained?.suggestion ?? 'check indentation and quote values that contain ": " or start with a special character');
  }
  if (split.errors.length) return entry;

  if (split.data === null || typeof split.data !== 'object' || Array.isArray(split.data)) {
    add({ line: 2, column: 1 }, '(front matter)', 'expected fields written "name: value", found none');
    return entry;
  }
  for (const p of hiddenCharacterProblems(split.data, [])) add(split.locate(p.path), fieldPath(p.path), p.message, p.suggestion);
  const parsed = schema.safeParse(split.data, { reportInput: true });
  if (parsed.success) {
    entry.data = parsed.data;
    if ((parsed.data as { draft?: boolean }).draft === true) {
      add(split.locate(['draft'], { key: true }), 'draft', 'expected an entry a person has reviewed, found a draft written by an importer', 'check every fact against its source, write the description in your own words, then remove the line `draft: true`', 'error', 'draft');
    }
  }
  else {
    for (const issue of parsed.error.issues) {
      for (const fp of mapIssue(issue, schema)) {
        const pos = split.locate(fp.path, { key: fp.atKey });
        // `name: #civic` is an empty value followed by a comment, not the text "#civic".
        const comment = issue.code === 'invalid_type' && (issue as any).input === null && /:\s+#/.test(fileLines[pos.line - 1] ?? '');
        add(pos, fieldPath(fp.path), fp.message, comment ? 'YAML reads " #" as the start of a comment: put the value in double quotes' : fp.suggestion, 'error', fp.code);
      }
    }
  }

  if (schema === SCHEMAS[kind]) problems.push(...reviewProblems(entry, now));

  split.body.split('\n').forEach((text, i) => {
    const found = hiddenCharacter(text);
    if (found) add({ line: split.bodyLine + i, column: found.index + 1 }, 'body', found.message, found.suggestion);
  });
  // The body's language: a translation's folder, or the original's `lang` (French unless it says otherwise).
  const lang = /(?:^|\/)translations\/([a-z]{2})\//.exec(file)?.[1] ?? (split.data as { lang?: unknown } | null)?.lang;
  const body = processBody(split.body, { render, lang: typeof lang === 'string' ? lang : 'fr' });
  if (render) entry.html = body.html;
  for (const p of body.problems) add({ line: p.line + split.bodyLine - 1, column: p.column }, 'body', p.message, p.suggestion);
  return entry;
}

/**
 * Problems that depend on today's date (so a cached check must recompute them): reviews that are
 * stale or in the future, and every other date that records the past (a last activity, the year a
 * deployment started, a collection's revision, a project's steps) set in the future.
 */
export function reviewProblems(entry: Pick<CheckedEntry, 'kind' | 'file' | 'data' | 'locate'>, now: Date): Problem[] {
  const d = entry.data;
  if (!d) return [];
  const today = now.toISOString().slice(0, 10);
  const out: Problem[] = [];
  const at = (path: PropertyKey[]) => entry.locate(path);
  const future = (path: PropertyKey[], value: string, suggestion: string) =>
    out.push({ file: entry.file, ...at(path), severity: 'error', field: fieldPath(path), message: `expected a date not after today, found ${value}`, suggestion });
  if (typeof d.reviewed === 'string') {
    if (isStale(d.reviewed, now)) {
      out.push({ file: entry.file, ...at(['reviewed']), severity: 'warning', field: 'reviewed', message: `facts last checked on ${d.reviewed}, more than ${SITE.staleAfterMonths} months ago`, suggestion: 'check the facts against the sources and update the date' });
    }
    if (d.reviewed > today) future(['reviewed'], d.reviewed, 'write the date the facts were checked');
  }
  if (typeof d.last_activity === 'string' && d.last_activity > today) future(['last_activity'], d.last_activity, 'write the date of the latest commit or release');
  if (entry.kind === 'collections' && typeof d.updated === 'string' && d.updated > today) future(['updated'], d.updated, 'write the date the collection was last revised');
  if (entry.kind === 'tools') {
    (d.used_by as { since?: number }[]).forEach((u, i) => {
      if (u.since !== undefined && u.since > now.getUTCFullYear()) future(['used_by', i, 'since'], String(u.since), 'write the year the organisation started using it');
    });
  }
  // A timeline records what happened: a step cannot be dated in the future.
  if (entry.kind === 'projects') {
    (d.timeline as { date: string }[]).forEach((step, i) => {
      if (periodStart(step.date) > today) future(['timeline', i, 'date'], step.date, 'record a step once it has happened, with the source that says so');
    });
  }
  return out;
}

/** Control characters (but tab and line ends) and bidirectional overrides: invisible in an editor, harmful on a page or in a CSV. */
const HIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]|[\u202a-\u202e\u2066-\u2069]/;

/** The first hidden character of a text, explained; undefined when there is none. */
export function hiddenCharacter(text: string): { index: number; message: string; suggestion: string } | undefined {
  const m = HIDDEN.exec(text);
  if (!m) return undefined;
  const code = `U+${m[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  const bidi = /[\u202a-\u202e\u2066-\u2069]/.test(m[0]);
  return bidi
    ? { index: m.index, message: `expected text without bidirectional override characters, found ${code}`, suggestion: 'remove it: it makes text display in another order than it is written' }
    : { index: m.index, message: `expected text without control characters, found ${code}`, suggestion: 'remove it (it often comes with a copy and paste)' };
}

/** Every string of the front matter with a hidden character, by its path. */
function hiddenCharacterProblems(value: unknown, path: PropertyKey[]): { path: PropertyKey[]; message: string; suggestion: string }[] {
  if (typeof value === 'string') {
    const found = hiddenCharacter(value);
    return found ? [{ path, message: found.message, suggestion: found.suggestion }] : [];
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => hiddenCharacterProblems(v, [...path, i]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => hiddenCharacterProblems(v, [...path, k]));
  return [];
}

/** Why a file has no front matter a reader can split off, and where to look. */
function missingFrontmatter(raw: string): { position: Position; message: string; suggestion: string } {
  const text = raw.replace(/^\uFEFF/, '');
  if (text.includes('\r') && !text.includes('\n')) {
    return { position: { line: 1, column: 1 }, message: 'expected lines that end with a line feed (LF or CRLF), found lines that end with CR alone (old Mac line endings)', suggestion: 'save the file with LF line endings (an option of every code editor)' };
  }
  const lines = text.split(/\r?\n/);
  if (lines[0].startsWith('%')) {
    return { position: { line: 1, column: 1 }, message: `expected the file to start with a line "---", found the YAML directive "${lines[0].trim()}"`, suggestion: 'remove that line: entries need no directive' };
  }
  if (/^---[ \t]*$/.test(lines[0])) {
    // Opened, never closed: the closing line belongs before the first blank line, where the body starts.
    const blank = lines.findIndex((l, i) => i > 0 && l.trim() === '');
    const line = blank > 0 ? blank + 1 : lines.length;
    return { position: { line, column: 1 }, message: 'expected a line "---" that closes the front matter opened on line 1, found none', suggestion: `add a line with --- after the last field (line ${Math.max(1, line - 1)})` };
  }
  return { position: { line: 1, column: 1 }, message: 'expected the file to start with a front-matter block between two "---" lines, found none', suggestion: 'copy the start of an existing entry, or run npm run new' };
}
