import { isMap, isScalar, LineCounter, parseDocument, visit, type Document } from 'yaml';

/** Where a value sits in the source file (1-based). */
export interface Position {
  line: number;
  column: number;
}

export interface YamlError extends Position {
  message: string;
}

export interface SplitFile {
  /** Front matter, parsed (undefined if absent or unparseable). */
  data: unknown;
  /** Text after the closing `---`. */
  body: string;
  /** File line on which the body starts. */
  bodyLine: number;
  /** Maps a field path to its position in the file; falls back to the nearest existing ancestor. */
  locate: (path: readonly PropertyKey[], opts?: { key?: boolean }) => Position;
  /** YAML syntax errors, located. */
  errors: YamlError[];
  /** True when the file has a `---` front-matter block at all. */
  hasFrontmatter: boolean;
}

const FENCE = /^---[ \t]*\r?\n([\s\S]*?)\r?\n?^---[ \t]*(?:\r?\n|$)/m;

/**
 * Splits a file into YAML front matter and body and parses the YAML with the `yaml` library,
 * which (unlike gray-matter's js-yaml) keeps source positions for every node, so contributors
 * get a line and column for each error. YAML 1.2 core schema: dates stay strings.
 */
export function splitFrontmatter(raw: string): SplitFile {
  const text = raw.startsWith('\uFEFF') ? raw.slice(1) : raw;
  const match = text.startsWith('---') ? FENCE.exec(text) : null;
  if (!match || match.index !== 0) {
    return {
      data: undefined,
      body: text,
      bodyLine: 1,
      locate: () => ({ line: 1, column: 1 }),
      errors: [],
      hasFrontmatter: false,
    };
  }
  const yamlText = match[1];
  const bodyLine = match[0].split('\n').length - (match[0].endsWith('\n') ? 1 : 0) + 1;
  return { ...parseYaml(yamlText, 2), body: text.slice(match[0].length), bodyLine, hasFrontmatter: true };
}

export interface ParsedYaml {
  /** The document, parsed (undefined when it has errors). */
  data: unknown;
  /** Maps a field path to its position in the file; falls back to the nearest existing ancestor. */
  locate: (path: readonly PropertyKey[], opts?: { key?: boolean }) => Position;
  /** YAML syntax errors, located. */
  errors: YamlError[];
}

/**
 * A YAML document (front matter, or a whole file such as a publiccode.yml) parsed with positions:
 * `firstLine` is the file line the text starts on. YAML 1.2 core schema; anchors, aliases and tags refused.
 */
export function parseYaml(yamlText: string, firstLine = 1): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true, schema: 'core' });
  const toPosition = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + firstLine - 1, column: col };
  };
  const errors: YamlError[] = yamlErrors(doc, yamlText).map(({ offset, message }) => ({ ...toPosition(offset), message }));
  let data: unknown;
  if (!errors.length) {
    try {
      data = doc.toJS();
    } catch (error: any) {
      // Defence in depth: aliases are refused above, but whatever else makes toJS throw must not crash a run.
      errors.push({ line: firstLine, column: 1, message: String(error?.message ?? error).split('\n')[0] });
    }
  }
  return {
    data: errors.length ? undefined : data,
    locate: (path, opts) => locateIn(doc, path, toPosition, opts?.key ?? false),
    errors,
  };
}

/** Offset of the end of the line that contains `offset` (the position just after its last character). */
function endOfLine(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  const end = nl < 0 ? text.length : nl;
  return text[end - 1] === '\r' ? end - 1 : end;
}

/** Offset of the end of the first line whose value opens `quote` without closing it, if any. */
function unclosedQuote(text: string, quote: string, before: number): number | undefined {
  let start = 0;
  for (const line of text.split('\n')) {
    if (start > before) break;
    const m = /^\s*(?:-\s+)?(?:[^\s'"#:][^:#]*:\s+)?(['"])(.*)$/.exec(line.replace(/\r$/, ''));
    if (m && m[1] === quote) {
      const rest = quote === "'" ? m[2].replace(/''/g, '') : m[2].replace(/\\./g, '');
      if (!rest.includes(quote)) return endOfLine(text, start);
    }
    start += line.length + 1;
  }
  return undefined;
}

/**
 * The `yaml` library's errors, one per line, moved to where a contributor has to act:
 * an over-indented line rather than the line above it, the line that opens an unclosed quote
 * or list rather than the end of the front matter. Anchors, aliases and unknown tags are refused:
 * nobody writes them on purpose in an entry, and `name: *Poll*` or `name: &Civic Poll` would
 * otherwise crash the run or silently lose text.
 */
function yamlErrors(doc: Document, text: string): { offset: number; message: string }[] {
  const found: { offset: number; message: string }[] = [];
  const multiline = new Set(doc.errors.filter((e) => e.code === 'MULTILINE_IMPLICIT_KEY').map((e) => e.pos[0]));
  for (const e of doc.errors) {
    const message = e.message.split('\n')[0];
    let offset = e.pos[0];
    // `type: software\n  status: stable` gives two errors at "software"; report one, at "status".
    if (e.code === 'BLOCK_AS_IMPLICIT_KEY' && multiline.has(offset)) continue;
    if (e.code === 'MULTILINE_IMPLICIT_KEY') {
      const nl = text.lastIndexOf('\n', e.pos[1] - 1);
      if (nl >= offset) offset = nl + 1 + /^[ \t]*/.exec(text.slice(nl + 1))![0].length;
    }
    const quote = /^Missing closing (["'])quote/.exec(message)?.[1];
    if (quote) offset = unclosedQuote(text, quote, offset) ?? offset;
    const flow = /^Flow (sequence|mapping) in block collection/.exec(message)?.[1];
    if (flow) {
      const open = text.lastIndexOf(flow === 'sequence' ? '[' : '{', offset);
      if (open >= 0) offset = endOfLine(text, open);
    }
    found.push({ offset, message });
  }
  const source = (node: any) => text.slice(node.range[0], node.range[1]).split('\n')[0];
  visit(doc, {
    Alias(_, node: any) {
      found.push({ offset: node.range[0], message: `expected a value, found "${source(node)}", which YAML reads as an alias (a value starting with "*")` });
    },
    Node(_, node: any) {
      if (!node.anchor) return;
      const at = text.lastIndexOf(`&${node.anchor}`, node.range[0]);
      found.push({ offset: at >= 0 ? at : node.range[0], message: `expected a value, found "&${node.anchor}", which YAML reads as an anchor (a value starting with "&")` });
    },
  });
  for (const w of doc.warnings) {
    const tag = /^Unresolved tag: (\S+)/.exec(w.message)?.[1];
    found.push({ offset: w.pos[0], message: tag ? `expected a value, found "${tag}", which YAML reads as a type tag (a value starting with "!")` : w.message.split('\n')[0] });
  }
  // Later errors on a line are usually echoes of the first one.
  const lines = new Set<number>();
  return found
    .sort((a, b) => a.offset - b.offset)
    .filter(({ offset }) => {
      const line = text.slice(0, offset).split('\n').length;
      return lines.has(line) ? false : (lines.add(line), true);
    });
}

interface Explained {
  message: string;
  suggestion?: string;
}

const QUOTE_IT = 'put the value in double quotes';

/** Raw `yaml` messages rewritten as "expected ..., found ..."; `lineText` is the file line of the error. */
const YAML_EXPLANATIONS: [RegExp, (m: RegExpExecArray, lineText: string) => Explained][] = [
  [/^expected /, (m) => ({ message: m.input, suggestion: QUOTE_IT })],
  [
    /^Nested mappings are not allowed in compact mappings/,
    (_, lineText) => {
      const key = /^\s*([^:\s][^:]*):/.exec(lineText)?.[1]?.trim();
      return {
        message: `expected one value after "${key ?? 'the field'}:", found text containing ": ", which YAML reads as a second field`,
        suggestion: `put the value in double quotes: ${key ?? 'field'}: "${lineText.replace(/^\s*[^:]*:\s*/, '').replace(/"/g, '\\"')}"`,
      };
    },
  ],
  [/^Tabs are not allowed as indentation/, () => ({ message: 'expected spaces at the start of the line, found a tab', suggestion: 'indent with spaces only, two per level' })],
  [
    /^Map keys must be unique/,
    (_, lineText) => {
      const key = /^\s*(?:-\s+)?([^:\s][^:]*):/.exec(lineText)?.[1]?.trim();
      return { message: `expected each field once, found ${key ? `"${key}"` : 'a field'} a second time`, suggestion: 'keep one of the two lines' };
    },
  ],
  [/^Missing closing (["'])quote/, (m) => ({ message: `expected a closing ${m[1]} at the end of the value, found the end of the line`, suggestion: `close the quote, or remove the opening ${m[1]}` })],
  [/^Plain value cannot start with reserved character (.)/, (m) => ({ message: `expected a value, found one starting with "${m[1]}", which YAML reserves`, suggestion: QUOTE_IT })],
  [/^Flow sequence in block collection/, () => ({ message: 'expected "]" to close the list, found the end of the line', suggestion: 'close the list with ], or write one "- item" per line' })],
  [/^Flow mapping in block collection/, () => ({ message: 'expected "}" to close the fields opened with "{", found the end of the line', suggestion: 'close them with }, or write one "name: value" per line' })],
  [/^Implicit keys need to be on a single line/, () => ({ message: 'expected this line to start at the same column as the field above, found it indented further', suggestion: 'remove the extra spaces at the start of the line, or, if it continues the value above, put that value in double quotes' })],
  [
    /^(?:Sequence item without - indicator|All mapping items must start at the same column)/,
    () => ({ message: 'expected this line to line up with the other lines of its group, found a different indentation', suggestion: 'indent it with as many spaces as the line it belongs with' }),
  ],
  [/^Invalid escape sequence (\S+)/, (m) => ({ message: `expected a valid escape inside double quotes, found "${m[1]}"`, suggestion: 'write \\\\ for a backslash, or use single quotes' })],
];

/**
 * A contributor-facing message for a front-matter YAML error, or undefined when the raw message
 * has no rewrite (the caller then shows it as "invalid YAML: ...").
 */
export function explainYamlError(message: string, lineText = ''): Explained | undefined {
  for (const [pattern, explain] of YAML_EXPLANATIONS) {
    const m = pattern.exec(message);
    if (m) return explain(m, lineText);
  }
  return undefined;
}

function locateIn(
  doc: Document,
  path: readonly PropertyKey[],
  toPosition: (offset: number) => Position,
  wantKey: boolean,
): Position {
  for (let depth = path.length; depth >= 0; depth--) {
    const sub = path.slice(0, depth) as (string | number)[];
    if (depth > 0 && (wantKey || depth < path.length)) {
      // Point at the key (`licence:`) rather than its value when the key itself is at fault.
      const parent = sub.length > 1 ? doc.getIn(sub.slice(0, -1), true) : doc.contents;
      if (isMap(parent)) {
        const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === sub[sub.length - 1]);
        const range = pair && isScalar(pair.key) ? pair.key.range : undefined;
        if (range) return toPosition(range[0]);
      }
    }
    const node: any = depth === 0 ? doc.contents : doc.getIn(sub, true);
    if (node?.range) return toPosition(node.range[0]);
  }
  return { line: 2, column: 1 };
}
