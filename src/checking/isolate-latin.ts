/**
 * In a right-to-left body, every run of Latin-script text ("Decidim", "Commission nationale du
 * débat public") is wrapped in <bdi>, so that the punctuation around it keeps its place: without
 * isolation, "(Commission nationale du débat public)." renders as ".(nationale du débat public" in
 * an Arabic paragraph. A rehype step on the sanitised tree: it only splits text nodes.
 */
import type { Element, ElementContent, Root, RootContent, Text } from 'hast';

/** A Latin word, or several joined by spaces and the punctuation names and addresses contain; it ends on a letter or digit. */
export const LATIN_RUN = /[A-Za-z\u00C0-\u024F](?:[A-Za-z\u00C0-\u024F0-9'’&_+\-./:@ ]*[A-Za-z\u00C0-\u024F0-9])?/g;

/** Elements whose text is left alone: code reads left to right on its own, and a <bdi> is already isolated. */
const SKIP = new Set(['code', 'pre', 'bdi', 'kbd', 'samp']);

function split(node: Text): ElementContent[] {
  const out: ElementContent[] = [];
  let last = 0;
  for (const match of node.value.matchAll(LATIN_RUN)) {
    if (match.index > last) out.push({ type: 'text', value: node.value.slice(last, match.index) });
    out.push({ type: 'element', tagName: 'bdi', properties: {}, children: [{ type: 'text', value: match[0] }] });
    last = match.index + match[0].length;
  }
  if (last === 0) return [node];
  if (last < node.value.length) out.push({ type: 'text', value: node.value.slice(last) });
  return out;
}

function walk(parent: Root | Element): void {
  parent.children = parent.children.flatMap((child: RootContent): RootContent[] => {
    if (child.type === 'text') return split(child);
    if (child.type === 'element' && !SKIP.has(child.tagName)) walk(child);
    return [child];
  }) as typeof parent.children;
}

/** The rehype plugin. */
export function rehypeIsolateLatin() {
  return (tree: Root) => walk(tree);
}
