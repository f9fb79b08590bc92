/**
 * A tool card drawn in the browser from a Pagefind result, with the same markup as
 * components/ToolCard.astro, for the filtered tool list. Text is set as text, never as HTML.
 */
import { textDirection } from '../schemas/vocab.ts';
import { hueOf, initials } from '../catalogue/logo.ts';

/** The page-language words a card needs (FacetForm passes them from the dictionaries). */
export interface CardWords {
  facts: string;
  license: string;
  status: string;
  type: string;
  compare: string;
  statuses: Record<string, string>;
  types: Record<string, string>;
}

/** What a tool page gives Pagefind (components/SearchFilters.astro on pages/[lang]/tools/[id].astro). */
export interface PagefindTool {
  url: string;
  meta: { title?: string; summary?: string; lang?: string; license?: string; status?: string; type?: string; logo?: string };
}

/** The tool id of a tool page URL: `/fr/tools/decidim/` -> `decidim`. */
export function toolIdFromUrl(url: string): string {
  return url.replace(/\/$/, '').split('/').pop() ?? '';
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string | undefined> = {}, ...children: (Node | string)[]) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined) node.setAttribute(k, v);
  node.append(...children);
  return node;
}

const SVG = 'http://www.w3.org/2000/svg';

/** The tool's logo, or its monogram, as components/Logo.astro draws them. */
export function logoNode(id: string, name: string, src: string | undefined, size = 36): Element {
  if (src) return element('img', { class: 'logo', src, alt: '', width: String(size), height: String(size), loading: 'lazy', decoding: 'async' });
  const svg = document.createElementNS(SVG, 'svg');
  const attrs = (node: Element, values: Record<string, string>) => Object.entries(values).forEach(([k, v]) => node.setAttribute(k, v));
  attrs(svg, { class: 'logo', 'aria-hidden': 'true', focusable: 'false', viewBox: '0 0 40 40', width: String(size), height: String(size) });
  const rect = document.createElementNS(SVG, 'rect');
  attrs(rect, { width: '40', height: '40', rx: '8', fill: `hsl(${hueOf(id)} 55% 28%)` });
  const letters = initials(name);
  const text = document.createElementNS(SVG, 'text');
  attrs(text, { x: '20', y: '21', 'text-anchor': 'middle', 'dominant-baseline': 'middle', fill: '#fff', 'font-size': letters.length > 1 ? '15' : '18', 'font-weight': '700', 'font-family': 'system-ui, sans-serif' });
  text.textContent = letters;
  svg.append(rect, text);
  return svg;
}

export function toolCard(tool: PagefindTool, locale: string, words: CardWords): HTMLLIElement {
  const id = toolIdFromUrl(tool.url);
  const name = tool.meta.title ?? id;
  const textLang = tool.meta.lang ?? locale;
  const foreign = textLang === locale ? {} : { lang: textLang, dir: textDirection(textLang) };
  const hidden = (text: string) => element('span', { class: 'visually-hidden' }, text);
  const status = tool.meta.status || 'unknown';
  const type = tool.meta.type ?? '';

  const box = element('input', { type: 'checkbox', name: 'tools', value: id, form: 'compare-form' });
  // The same tool may also be ticked in the page's own list: start from its state.
  box.checked = [...document.querySelectorAll<HTMLInputElement>('input[form="compare-form"]')].some((b) => b.value === id && b.checked);
  const compare = element('label', { class: 'compare-pick', 'data-pagefind-ignore': '' }, box, words.compare, hidden(` ${name}`));
  compare.hidden = !document.querySelector('#compare-form:not([hidden])');

  return element(
    'li',
    { class: 'card' },
    element('div', { class: 'card-head' }, logoNode(id, name, tool.meta.logo), element('h2', {}, element('a', { href: tool.url }, element('bdi', {}, name)))),
    element('p', foreign, tool.meta.summary ?? ''),
    element(
      'ul',
      { class: 'badges', 'aria-label': words.facts },
      element('li', { class: 'badge' }, hidden(`${words.license}: `), element('span', { dir: 'ltr' }, tool.meta.license ?? '')),
      element('li', { class: `badge status-${status}` }, hidden(`${words.status}: `), words.statuses[status] ?? status),
      element('li', { class: 'badge' }, hidden(`${words.type}: `), words.types[type] ?? type),
    ),
    compare,
  );
}
