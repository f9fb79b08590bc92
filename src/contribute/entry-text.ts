import { parseDocument } from 'yaml';
import { splitFrontmatter } from '../checking/frontmatter.ts';
import { entryText, frontmatterField } from '../checking/entry-file.ts';
import type { FieldSpec } from './form-model.ts';

/** The file the form produces: front matter values (in the file's own terms) and the Markdown body. */
export interface EntryDraft {
  values: Record<string, unknown>;
  body: string;
}

/** Nothing worth writing: undefined, '', an empty list or an object of empty values. */
export function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') return Object.values(value as object).every(isEmpty);
  return false;
}

/** Same value, whatever the order of an object's keys. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (isEmpty(a) && isEmpty(b)) return true;
  if (Array.isArray(a) || Array.isArray(b)) return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((k) => sameValue((a as any)[k], (b as any)[k]));
  }
  return a === b;
}

/** Empty values removed, at every depth, so that the file holds only what was filled in. */
export function pruned(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(pruned).filter((v) => !isEmpty(v));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).filter(([, v]) => !isEmpty(v)).map(([k, v]) => [k, pruned(v)]));
  return value;
}

const flowKeys = (fields: readonly FieldSpec[]) => new Set(fields.filter((f) => f.flow).map((f) => f.key));

/** A new entry's file: fields in the schema's order (then any other), empty ones left out. */
export function newEntryText(fields: readonly FieldSpec[], draft: EntryDraft): string {
  const flow = flowKeys(fields);
  const order = [...fields.map((f) => f.key), ...Object.keys(draft.values).filter((k) => !fields.some((f) => f.key === k))];
  const lines = order.filter((k) => !isEmpty(draft.values[k])).map((k) => frontmatterField(k, pruned(draft.values[k]), flow.has(k)));
  return entryText(lines, draft.body);
}

/**
 * An existing file with the form's changes: exactly the same text when nothing changed; otherwise
 * only the changed fields are rewritten, in place, so the others keep their spelling and comments.
 */
export function editedEntryText(raw: string, fields: readonly FieldSpec[], draft: EntryDraft): string {
  const split = splitFrontmatter(raw);
  const before = (split.data ?? {}) as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(before), ...Object.keys(draft.values)])];
  const changed = keys.filter((k) => !sameValue(before[k], draft.values[k]));
  if (!changed.length && draft.body === split.body) return raw;
  if (!split.hasFrontmatter) return newEntryText(fields, draft);
  const start = raw.indexOf('\n') + 1;
  const yamlText = raw.slice(start, raw.length - split.body.length).replace(/---[ \t]*\r?\n?$/, '');
  const doc = parseDocument(yamlText);
  const flow = flowKeys(fields);
  for (const k of changed) {
    const value = draft.values[k];
    if (isEmpty(value)) {
      doc.delete(k);
      continue;
    }
    const node = doc.createNode(pruned(value)) as any;
    if (flow.has(k)) node.flow = true;
    doc.set(k, node);
  }
  return `---\n${doc.toString({ lineWidth: 0, flowCollectionPadding: false })}---\n${draft.body}`;
}

/** What the form starts from for an existing file: its values and its body, exactly. */
export function draftOf(raw: string): EntryDraft {
  const split = splitFrontmatter(raw);
  return { values: (split.data && typeof split.data === 'object' ? split.data : {}) as Record<string, unknown>, body: split.body };
}
