import { Document, parseDocument } from 'yaml';
import { splitFrontmatter } from './frontmatter.ts';

/**
 * The one writer of entry files, for the command-line tools (`new`, `translation:stamp`, the
 * importers) and the contribution form: YAML through the `yaml` package, never folded, lists of ids in flow style like
 * hand-written entries.
 */

/** One `key: value` of front matter; `flow` writes a list as `[a, b]`. */
export function frontmatterField(key: string, value: unknown, flow = false): string {
  const doc = new Document({ [key]: value });
  if (flow) (doc.get(key, true) as any).flow = true;
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false }).trimEnd();
}

/** A whole entry file from front-matter lines (fields, `# comments`) and a Markdown body. */
export function entryText(lines: string[], body: string): string {
  return ['---', ...lines, '---', '', body.trimEnd(), ''].join('\n');
}

/** The file with one front-matter field set (replaced in place, or added at the end), comments and order kept. */
export function withField(text: string, key: string, value: unknown): string {
  const split = splitFrontmatter(text);
  if (!split.hasFrontmatter) throw new Error('the file has no front matter');
  const start = text.indexOf('\n') + 1;
  const yamlText = text.slice(start, text.length - split.body.length).replace(/---[ \t]*\r?\n?$/, '');
  const doc = parseDocument(yamlText);
  doc.set(key, value);
  return `---\n${doc.toString({ lineWidth: 0 })}---\n${split.body}`;
}
