/** A finding about a content file, located precisely enough for an editor to jump to it. */
export interface Problem {
  /** Path of the file, relative to the repository root. */
  file: string;
  line: number;
  column: number;
  severity: 'error' | 'warning';
  /** Dotted field path (`used_by[0].organization`), or a label such as `body` or `file`. */
  field: string;
  /** What was expected and what was found. */
  message: string;
  /** How to fix it, when there is a likely fix. */
  suggestion?: string;
  /** What kind of problem it is, for code that decides on it (never on the message's wording). */
  code?: ProblemCode;
}

/**
 * `unknown-field`: a field the schema does not have (a translation replaces it with a precise
 * message for fact fields). `draft`: an importer's unreviewed entry (importers expect it of what they write).
 */
export type ProblemCode = 'unknown-field' | 'draft';

export function formatProblem(p: Problem): string {
  const hint = p.suggestion ? ` (${p.suggestion})` : '';
  return `${p.file}:${p.line}:${p.column}  ${p.severity}  ${p.field}: ${p.message}${hint}`;
}

/** `['used_by', 0, 'organization']` -> `used_by[0].organization` */
export function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || '(front matter)';
}

export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.field.localeCompare(b.field),
  );
}
