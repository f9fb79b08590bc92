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

/**
 * Control characters (a newline, an escape sequence), bidirectional controls and line separators
 * written visibly as \u{…}: a file name, a field name or a quoted value can then neither start a
 * fake problem line, nor recolour or rewrite the terminal, nor reorder what a reader sees.
 */
export function visible(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u{${c.codePointAt(0)!.toString(16)}}`);
}

export function formatProblem(p: Problem): string {
  const hint = p.suggestion ? ` (${visible(p.suggestion)})` : '';
  return `${visible(p.file)}:${p.line}:${p.column}  ${p.severity}  ${visible(p.field)}: ${visible(p.message)}${hint}`;
}

/**
 * A GitHub Actions workflow command (`::error file=…,line=…::message`), escaped as GitHub
 * documents: `%`, CR and LF in the message; also `:` and `,` in the properties. Nothing a
 * contribution writes can end the command early or start another one.
 */
export function annotation(p: Problem): string {
  const data = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const property = (s: string) => data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  const props = `file=${property(visible(p.file))},line=${p.line},col=${p.column},title=${property(visible(p.field))}`;
  return `::${p.severity === 'error' ? 'error' : 'warning'} ${props}::${data(visible(p.message + (p.suggestion ? ` (${p.suggestion})` : '')))}`;
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
