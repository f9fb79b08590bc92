import { isMap, isScalar, LineCounter, parseDocument, type Document } from 'yaml';

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
  const firstYamlLine = 2;
  const bodyLine = match[0].split('\n').length - (match[0].endsWith('\n') ? 1 : 0) + 1;
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true, schema: 'core' });
  const toPosition = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + firstYamlLine - 1, column: col };
  };
  const errors = doc.errors.map((e) => ({ ...toPosition(e.pos[0]), message: e.message.split('\n')[0] }));
  return {
    data: errors.length ? undefined : doc.toJS(),
    body: text.slice(match[0].length),
    bodyLine,
    locate: (path, opts) => locateIn(doc, path, toPosition, opts?.key ?? false),
    errors,
    hasFrontmatter: true,
  };
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
