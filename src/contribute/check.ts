import { z } from 'zod';
import { KINDS, SCHEMAS, type Kind } from '../schemas/index.ts';
import { runCheckJob, type FileCheck } from '../checking/check-job.ts';
import { assembleChecks } from '../checking/assemble.ts';
import { locateNowhere, type CheckedEntry } from '../checking/entry-check.ts';
import { splitFrontmatter } from '../checking/frontmatter.ts';
import type { Problem } from '../checking/problems.ts';

/**
 * What the contribution form knows of the catalogue (/api/contribute.json): every entry's id and
 * the few fields the cross-file rules read (name, addresses, a use case's parent), and the
 * criteria in full, since answers are checked against their definitions.
 */
export interface ContributeIndex {
  entries: Record<Kind, IndexRow[]>;
  criteria: { id: string; data: unknown }[];
  /** The translations that exist, as `<lang>/<kind>/<id>`: the form updates one rather than starting anew. */
  translations?: string[];
}

export interface IndexRow {
  id: string;
  name: string;
  website?: string;
  source?: string;
  parent?: string;
}

/** The empty value of each list and map field of a kind, so that the cross-file rules can walk an entry known only by its row. */
function emptyFields(kind: Kind): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries((SCHEMAS[kind] as unknown as z.ZodObject).shape)) {
    let inner = field as z.ZodType;
    while (inner instanceof z.ZodOptional || inner instanceof z.ZodDefault) inner = inner.unwrap() as z.ZodType;
    if (inner instanceof z.ZodArray) out[key] = [];
    else if (inner instanceof z.ZodRecord) out[key] = {};
  }
  return out;
}

/**
 * The fields of a front matter that pass their own schema, with every other list and map empty:
 * enough for the cross-file rules to check the references a person has typed while other fields
 * still have mistakes (the validator checks references once the whole front matter passes).
 */
export function validFields(kind: Kind, raw: unknown): Record<string, unknown> | undefined {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return undefined;
  const out = emptyFields(kind);
  for (const [key, field] of Object.entries((SCHEMAS[kind] as unknown as z.ZodObject).shape)) {
    if (!Object.hasOwn(raw, key)) continue;
    const parsed = (field as z.ZodType).safeParse((raw as Record<string, unknown>)[key]);
    if (parsed.success) out[key] = parsed.data;
  }
  return out;
}

/** An entry of the catalogue as the form holds it: its row, every list empty, no problem of its own. */
function stub(kind: Kind, row: IndexRow, empty: Record<string, unknown>): FileCheck {
  const data = { ...empty, ...row };
  delete (data as { id?: string }).id;
  const entry: CheckedEntry = { kind, id: row.id, file: `content/${kind}/${row.id}.mdx`, data, body: '', locate: locateNowhere, problems: [] };
  return { entry };
}

export interface Contribution {
  kind: Kind;
  /** Where the file goes: `content/tools/my-tool.mdx`, `content/translations/ar/tools/decidim.mdx`. */
  file: string;
  text: string;
}

export interface ContributionCheck {
  /** The file's own check: its data, body and sanitised HTML for the preview. */
  entry: CheckedEntry;
  /** Every problem of the file, its own and those of the rules across files, as the validator reports them. */
  problems: Problem[];
}

/**
 * The validator's verdict on one file, in the browser: the same per-file check (runCheckJob) and
 * the same cross-file rules (assembleChecks) as `npm run validate`, with the rest of the catalogue
 * standing in as rows of the index. For a translation, `original` is the original entry's file.
 */
export function checkContribution(c: Contribution, index: ContributeIndex, original?: { file: string; text: string }, now = new Date()): ContributionCheck {
  const encoder = new TextEncoder();
  const translation = c.file.startsWith('content/translations/');
  const own = runCheckJob({ kind: c.kind, file: c.file, bytes: encoder.encode(c.text), translation }, now);
  const replaced = translation ? original?.file : c.file;
  const files: FileCheck[] = [];
  for (const kind of KINDS) {
    const empty = emptyFields(kind);
    if (kind === 'criteria') {
      for (const cr of index.criteria) if (`content/criteria/${cr.id}.mdx` !== replaced) files.push({ entry: { kind, id: cr.id, file: `content/criteria/${cr.id}.mdx`, data: cr.data, body: '', locate: locateNowhere, problems: [] } });
      continue;
    }
    for (const row of index.entries[kind] ?? []) if (`content/${kind}/${row.id}.mdx` !== replaced) files.push(stub(kind, row, empty));
  }
  if (translation && original) files.push(runCheckJob({ kind: c.kind, file: original.file, bytes: encoder.encode(original.text), translation: false, render: false }, now));
  // Logo files cannot be added from the form; a logo already named by the file is the repository's business.
  const assembled = assembleChecks([...files, own], [], () => undefined);
  const problems = assembled.problems.filter((p) => p.file === c.file);
  // While the front matter has mistakes, its valid fields are checked across files too, so that every mistake shows at once.
  const partial = !translation && !own.entry.data ? validFields(c.kind, splitFrontmatter(c.text).data) : undefined;
  if (partial) {
    const probe = assembleChecks([...files, { entry: { ...own.entry, data: partial, problems: [] } }], [], () => undefined);
    const known = new Set(problems.map((p) => p.field));
    problems.push(...probe.problems.filter((p) => p.file === c.file && !known.has(p.field)));
  }
  return { entry: own.entry, problems };
}
