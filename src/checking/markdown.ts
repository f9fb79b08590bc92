import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import type { Root } from 'mdast';
import { rehypeIsolateLatin } from './isolate-latin.ts';
import { textDirection } from '../schemas/vocab.ts';

/** A problem found in an entry body, located in the body (1-based, body line 1 = first line after `---`). */
export interface BodyProblem {
  line: number;
  column: number;
  message: string;
  suggestion?: string;
}

/**
 * Project components a body may use. Contributors never import them; the renderer maps each to
 * fixed, attribute-free markup, so an allowed component cannot carry code either.
 */
export const BODY_COMPONENTS = { Aside: 'aside' } as const;

const URL_SCHEME = /^([a-zA-Z][a-zA-Z0-9+.-]*):/;
const SAFE_SCHEMES = new Set(['http', 'https', 'mailto']);

/** http, https, mailto or relative; everything else (javascript:, data:, vbscript:, file:) is refused. */
export function isSafeBodyUrl(url: string): boolean {
  // Browsers ignore ASCII control characters and whitespace inside a scheme ("java\tscript:").
  const compact = url.replace(/[\u0000-\u0020\u007f]/g, '');
  const scheme = URL_SCHEME.exec(compact)?.[1];
  if (scheme) return SAFE_SCHEMES.has(scheme.toLowerCase()) && /^(https?|mailto):/.test(compact);
  return !compact.startsWith('//') && !compact.startsWith('\\');
}

/** `./diagram.png`, `logos/x.svg`: a relative path that stays in the entry's folder. */
export function isLocalImage(url: string): boolean {
  const compact = url.replace(/[\u0000-\u0020\u007f]/g, '');
  if (URL_SCHEME.test(compact) || compact.startsWith('/') || compact.startsWith('\\')) return false;
  return !compact.split(/[/\\]/).includes('..') && /\.(?:png|jpe?g|webp|svg|gif)$/i.test(compact.split(/[?#]/)[0]);
}

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

const SYNTAX_HINT =
  'MDX reads "<" and "{" as code: write them as \\< and \\{, or rephrase; HTML comments are not allowed';

const TAG_HINT = `use Markdown instead (## for headings, **bold**, [text](https://...) for links); allowed components: ${Object.keys(BODY_COMPONENTS).join(', ')}`;

/** One located problem for a body the MDX parser refused, in contributor terms where the cause is a common one. */
function parseProblem(error: any, body: string): BodyProblem {
  let line = error?.line ?? error?.place?.line ?? error?.place?.start?.line ?? 1;
  let column = error?.column ?? error?.place?.column ?? error?.place?.start?.column ?? 1;
  const offset: number | undefined = error?.place?.offset ?? error?.place?.start?.offset;
  const reason = String(error?.reason ?? error?.message ?? error)
    .split('\n')[0]
    // micromark advises `{/* text */}` for comments, which the body rules refuse in turn.
    .replace(/ \(note: to create a comment in MDX, use `\{\/\* text \*\/\}`\)/, '');

  // An unclosed tag is located only in the text of the message: "Expected a closing tag for `<Aside>` (5:1-5:8)".
  const unclosed = /^Expected a closing tag for `<([^>\s]*)>` \((\d+):(\d+)-\d+:\d+\)/.exec(reason);
  if (unclosed) {
    const [, name, l, c] = unclosed;
    if (/^[a-z]/.test(name)) return { line: +l, column: +c, message: `expected Markdown, found the HTML tag <${name}>`, suggestion: TAG_HINT };
    return { line: +l, column: +c, message: `expected a closing </${name}> tag, found none`, suggestion: `close it with </${name}> where it ends, or remove <${name}>` };
  }

  if (error?.ruleId === 'unexpected-character' && offset !== undefined) {
    const lt = body.lastIndexOf('<', offset);
    if (lt >= 0 && !body.slice(lt, offset).includes('\n')) {
      const at = { line, column: column - (offset - lt) };
      // <https://...> and <name@host> are Markdown autolinks, which MDX reads as tags.
      const auto = /^<([^\s<>]*[:@][^\s<>]*)>/.exec(body.slice(lt));
      if (auto) {
        const target = auto[1];
        const email = !target.includes(':') && target.includes('@');
        return { ...at, message: `expected Markdown, found the autolink <${target}>, which MDX reads as a tag`, suggestion: email ? `write it as [${target}](mailto:${target})` : `write it as [text](${target})` };
      }
      // "<5 seconds", "a <= b": a less-than sign that MDX reads as the start of a tag.
      const next = body[lt + 1];
      if (next !== undefined && /[^\p{L}$_!/>\s]/u.test(next)) {
        return { ...at, message: `expected Markdown text, found "<${next}", which MDX reads as the start of a tag`, suggestion: 'write \\< for a literal "<", or rephrase ("less than")' };
      }
    }
  }
  return { line, column, message: `could not parse the text: ${reason}`, suggestion: SYNTAX_HINT };
}

/**
 * Limits on a body's shape, checked before parsing. Some Markdown shapes cost the parser more
 * than linear time (block quotes with lazy continuation lines: 72 KB took 2 s; nested much deeper,
 * seconds more), and 20,000 nested quotes overflow its stack. No description needs more than
 * these; a contribution that exceeds them gets a located refusal instead of a stalled CI.
 */
export const BODY_LIMITS = { lines: 1500, nesting: 10 } as const;

/** The body's first breach of BODY_LIMITS, located; undefined when it has none. */
export function shapeProblem(body: string): BodyProblem | undefined {
  const lines = body.split('\n');
  if (lines.length > BODY_LIMITS.lines) {
    return { line: BODY_LIMITS.lines + 1, column: 1, message: `expected a description of at most ${BODY_LIMITS.lines} lines, found ${lines.length}`, suggestion: 'shorten it; link to longer documents instead' };
  }
  for (let i = 0; i < lines.length; i++) {
    // Block quotes and list items opened at the start of the line, with the spaces between them.
    const markers = /^(?:[ \t]*(?:>|(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)))+/.exec(lines[i]);
    if (!markers) continue;
    const depth = (markers[0].match(/>|[-*+]|\d{1,9}[.)]/g) ?? []).length;
    if (depth > BODY_LIMITS.nesting) {
      return { line: i + 1, column: 1, message: `expected quotes and lists nested at most ${BODY_LIMITS.nesting} deep, found ${depth}`, suggestion: 'flatten the nesting: deeper levels do not display anyway' };
    }
  }
  return undefined;
}

/** Parses an MDX body as Markdown only and lists every construct that could run code or load an unsafe URL. */
export function checkBody(body: string): { tree?: Root; problems: BodyProblem[] } {
  const shape = shapeProblem(body);
  if (shape) return { problems: [shape] };
  let tree: Root;
  try {
    tree = parser.parse(body) as Root;
  } catch (error: any) {
    return { problems: [parseProblem(error, body)] };
  }
  const problems: BodyProblem[] = [];
  const at = (node: any) => ({ line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 });
  // A plain depth-first walk: unist-util-visit's generality cost ~5% of a 10,000-entry validation.
  const stack: any[] = [tree];
  while (stack.length) {
    const node = stack.pop();
    if (node.children) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
    switch (node.type) {
      case 'mdxjsEsm':
        problems.push({
          ...at(node),
          message: `expected Markdown text, found an ${String(node.value).trimStart().startsWith('export') ? 'export' : 'import'} statement`,
          suggestion: 'remove it: entries cannot import or export code',
        });
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        problems.push({
          ...at(node),
          message: `expected Markdown text, found the expression {${String(node.value).slice(0, 40)}}`,
          suggestion: 'remove the braces, or write \\{ to show a literal brace',
        });
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = node.name ?? '(fragment)';
        if (Object.hasOwn(BODY_COMPONENTS, name)) {
          if (node.attributes?.length) {
            problems.push({ ...at(node), message: `expected <${name}> without attributes, found ${node.attributes.length}`, suggestion: `write <${name}> with no attributes` });
          }
        } else {
          // Name event handlers (onerror, onclick): they are why a raw tag is a risk, not only a style matter.
          const handlers = (node.attributes ?? []).filter((a: any) => a.type === 'mdxJsxAttribute' && /^on/i.test(a.name)).map((a: any) => a.name);
          const withHandlers = handlers.length ? ` with the event-handler attribute${handlers.length > 1 ? 's' : ''} ${handlers.join(', ')}` : '';
          problems.push({
            ...at(node),
            message: `expected Markdown, found the ${/^[a-z]/.test(name) ? 'HTML' : 'component'} tag <${name}>${withHandlers}`,
            suggestion: TAG_HINT,
          });
        }
        break;
      }
      case 'image':
        // An image from another site is a request to that site from every page and every reuser
        // of the API's HTML (a tracking pixel): only files next to the entry.
        if (!isLocalImage(node.url)) {
          problems.push({ ...at(node), message: `expected an image file next to the entry (such as ./diagram.png), found "${String(node.url).slice(0, 60)}"`, suggestion: 'save the image next to the entry and refer to it as ./name.png, or link to it instead' });
        }
        break;
      case 'imageReference':
        problems.push({ ...at(node), message: 'expected an image written ![text](./name.png), found a reference-style image', suggestion: 'write the image inline, with a file next to the entry' });
        break;
      case 'link':
      case 'definition':
        if (!isSafeBodyUrl(node.url)) {
          problems.push({
            ...at(node),
            message: `expected a link to an http, https, mailto or relative URL, found "${String(node.url).slice(0, 60)}"`,
            suggestion: 'link to an https:// address',
          });
        }
        break;
    }
  }
  return { tree, problems };
}

// GitHub's sanitisation schema, narrowed. Content cannot set ids (component attributes are
// dropped); the only ids are the footnotes', which remark-rehype already prefixes with
// `user-content-` in both the ids and the links to them. Sanitising must not prefix them a second
// time (the links would point nowhere).
const sanitizeSchema = {
  ...defaultSchema,
  clobberPrefix: '',
  tagNames: [...(defaultSchema.tagNames ?? []), 'aside'],
  protocols: { href: ['http', 'https', 'mailto'], src: ['http', 'https'] },
};

/** The footnotes' heading and back links, in the language the body is written in. */
const FOOTNOTE_LABELS: Record<string, { label: string; back: (n: number) => string }> = {
  fr: { label: 'Notes', back: (n) => `Revenir à l’appel de note ${n}` },
  en: { label: 'Footnotes', back: (n) => `Back to reference ${n}` },
  ar: { label: 'الحواشي', back: (n) => `العودة إلى موضع الإحالة ${n}` },
};

const renderers = new Map<string, ReturnType<typeof makeRenderer>>();

function makeRenderer(lang: string) {
  const labels = FOOTNOTE_LABELS[lang] ?? FOOTNOTE_LABELS.en;
  return unified()
    .use(remarkRehype, {
      footnoteLabel: labels.label,
      footnoteBackLabel: (referenceIndex: number) => labels.back(referenceIndex + 1),
      handlers: {
        // An allowed component becomes its fixed element; anything else left in the tree is dropped.
        mdxJsxFlowElement: (state: any, node: any) => jsxToElement(state, node),
        mdxJsxTextElement: (state: any, node: any) => jsxToElement(state, node),
        mdxFlowExpression: () => undefined,
        mdxTextExpression: () => undefined,
        mdxjsEsm: () => undefined,
      } as any,
    })
    .use(rehypeSanitize, sanitizeSchema)
    // After sanitising: it adds only <bdi> elements around text already there.
    .use(textDirection(lang) === 'rtl' ? [rehypeIsolateLatin] : [])
    .use(rehypeStringify);
}

function rendererFor(lang: string) {
  let renderer = renderers.get(lang);
  if (!renderer) renderers.set(lang, (renderer = makeRenderer(lang)));
  return renderer;
}

function jsxToElement(state: any, node: any) {
  const tagName = (BODY_COMPONENTS as Record<string, string>)[node.name ?? ''];
  if (!tagName) return undefined;
  return { type: 'element', tagName, properties: {}, children: state.all(node) };
}

/**
 * Renders a checked body to HTML. Even if checks were skipped, code cannot get through:
 * expressions, imports and unknown tags are dropped, and the HTML is sanitised.
 */
export function renderBody(tree: Root, lang = 'en'): string {
  const renderer = rendererFor(lang);
  // remark-rehype builds a new tree and leaves the Markdown tree as it was: no copy needed.
  const hast = renderer.runSync(tree as any);
  return renderer.stringify(hast as any);
}

/**
 * Check and render in one step; `html` is empty when the body has problems. With `render: false`
 * (the validator, which never shows a page) the body is only checked and `html` is undefined.
 */
export function processBody(body: string, { render = true, lang = 'en' }: { render?: boolean; lang?: string } = {}): { html?: string; problems: BodyProblem[] } {
  const { tree, problems } = checkBody(body);
  if (!render) return { problems };
  return { html: tree && problems.length === 0 ? renderBody(tree, lang) : '', problems };
}
