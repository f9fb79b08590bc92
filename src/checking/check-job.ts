import { TranslationSchema, type Kind } from '../schemas/index.ts';
import { checkEntryFile, locateNowhere, type CheckedEntry } from './entry-check.ts';
import { splitFrontmatter } from './frontmatter.ts';
import type { Problem } from './problems.ts';

/** One content file to check on its own, wherever it runs (this thread or a worker). */
export interface CheckJob {
  kind: Kind;
  /** Path relative to the content root, e.g. `content/tools/decidim.mdx`. */
  file: string;
  bytes: Uint8Array;
  /** A translation (content/translations/<lang>/<kind>/): checked against the translation schema. */
  translation: boolean;
  /** Render the body to HTML as well; default true. The validator only checks. */
  render?: boolean;
}

/** A file's own check, before cross-references. */
export interface FileCheck {
  entry: CheckedEntry;
  /** Language of a translation (its folder); undefined for an original entry. */
  lang?: string;
  /** Fields of a translation's front matter as written, before the schema. */
  rawKeys?: string[];
}

/** A check as plain data, as a worker thread sends it back: the entry less its `locate` function. */
export interface PlainCheck {
  data?: unknown;
  body: string;
  /** Undefined when the body was checked without rendering. */
  html?: string;
  problems: Problem[];
  /** False when the file was refused before it was read as text, so that every position is 1:1. */
  located: boolean;
  rawKeys?: string[];
}

export function runCheckJob(job: CheckJob, now: Date): FileCheck {
  const render = job.render ?? true;
  if (!job.translation) return { entry: checkEntryFile(job.kind, job.file, job.bytes, now, { render }) };
  const entry = checkEntryFile(job.kind, job.file, job.bytes, now, { schema: TranslationSchema, render });
  const lang = job.file.split('/')[2];
  // Decoded as `readFileSync(file, 'utf8')` would (bytes that are not UTF-8 become U+FFFD), here and in the browser.
  const text = new TextDecoder().decode(job.bytes);
  return { entry, lang, rawKeys: Object.keys(splitFrontmatter(text).data ?? {}) };
}

export function toPlain(check: FileCheck): PlainCheck {
  const { data, body, html, problems, locate } = check.entry;
  return { data, body, html, problems, located: locate !== locateNowhere, rawKeys: check.rawKeys };
}

/** Rebuilds a check on the main thread; positions are parsed again only if a later rule needs one. */
export function fromPlain(job: CheckJob, plain: PlainCheck): FileCheck {
  const id = job.file.split('/').pop()!.replace(/\.mdx$/, '');
  const entry: CheckedEntry = {
    kind: job.kind,
    id,
    file: job.file,
    // Absent rather than undefined, as checkEntryFile leaves it.
    ...(plain.data !== undefined && { data: plain.data }),
    body: plain.body,
    ...(plain.html !== undefined && { html: plain.html }),
    locate: plain.located ? lazyLocate(job.bytes) : locateNowhere,
    problems: plain.problems,
  };
  return job.translation ? { entry, lang: job.file.split('/')[2], rawKeys: plain.rawKeys } : { entry };
}

/** `locate` for a file read as text, parsed on first use: most entries never need a position. */
export function lazyLocate(bytes: Uint8Array): CheckedEntry['locate'] {
  let located: CheckedEntry['locate'] | undefined;
  return (path, opts) => (located ??= splitFrontmatter(new TextDecoder().decode(bytes)).locate)(path, opts);
}
