import type { Locale } from '../schemas/vocab.ts';
import type { OEmbed } from './api-schemas.ts';
import { pathTo, sitePath } from '../catalogue/paths.ts';

/**
 * The embed contract shared by the embed page, /embed.js, /civic-collection.js, the Embed panel
 * and the oEmbed files: one place for the message format, the sandbox and the snippets.
 */

/** `type` of the message an embed page posts to its parent with its content height. */
export const HEIGHT_MESSAGE = 'civic-toolbox:height';

/**
 * Sandbox of the embed iframe. `allow-same-origin` keeps the frame on the catalogue's origin (not
 * the host's: the frame is cross-origin), so the parent can check `event.origin` as well as
 * `event.source`; without it the origin would be the opaque "null", which any sandboxed frame
 * shares. No forms, top navigation, modals or downloads; links open in a new, unsandboxed tab.
 */
export const EMBED_SANDBOX = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox';

/** Heights (CSS px) a parent accepts, whatever a frame claims. */
export const HEIGHT_RANGE = { min: 80, max: 20000 } as const;

export const THEMES = ['auto', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** Class that marks the links /embed.js replaces. */
export const EMBED_LINK_CLASS = 'civic-toolbox-embed';

/** What can be embedded: a collection of tools, or an event with its projects and outcome. */
export const EMBED_KINDS = ['collections', 'events'] as const;
export type EmbedKind = (typeof EMBED_KINDS)[number];

/** The attribute of the embed link that names what to show: `data-collection="id"`, `data-event="id"`. */
export const EMBED_ATTRIBUTE: Record<EmbedKind, string> = { collections: 'data-collection', events: 'data-event' };

/**
 * The id an embed page reports its height with, and the parent matches: a collection's own id (as
 * since the first embeds), `events/<id>` for an event.
 */
export function embedKey(kind: EmbedKind, id: string): string {
  return kind === 'collections' ? id : `${kind}/${id}`;
}

export function embedPath(locale: Locale, id: string, theme: Theme = 'auto', kind: EmbedKind = 'collections'): string {
  return sitePath(`/${locale}/embed/${kind}/${id}/${theme === 'auto' ? '' : `?theme=${theme}`}`);
}

export function oembedPath(locale: Locale, id: string): string {
  return sitePath(`/api/oembed/collections/${locale}/${id}.json`);
}

/** `auto` unless `?theme=light` or `?theme=dark`. */
export function themeFromQuery(search: string): Theme {
  const value = new URLSearchParams(search).get('theme');
  return (THEMES as readonly string[]).includes(value ?? '') ? (value as Theme) : 'auto';
}

/** Starting height before the frame reports its own (and the height where scripts are off). */
export function estimateHeight(toolCount: number): number {
  return 150 + 130 * toolCount;
}

const attr = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const text = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export interface EmbedTarget {
  /** Public address of the catalogue, such as https://civic-toolbox.org. */
  site: string;
  locale: Locale;
  id: string;
  /** Name of the collection or event in `locale`. */
  title: string;
  /** Items it lists (tools of a collection, projects of an event), for the starting height. */
  toolCount: number;
  /** Default: a collection. */
  kind?: EmbedKind;
}

const base = (site: string) => site.replace(/\/$/, '');

/** A plain iframe: works without any script, at a fixed height. */
export function iframeSnippet(t: EmbedTarget, width = '100%'): string {
  return `<iframe src="${attr(base(t.site) + embedPath(t.locale, t.id, 'auto', t.kind))}" title="${attr(t.title)}" width="${attr(width)}" height="${estimateHeight(t.toolCount)}" loading="lazy" sandbox="${EMBED_SANDBOX}" referrerpolicy="no-referrer"></iframe>`;
}

/** One line: a link that /embed.js turns into an iframe sized to its content; the link stays when scripts are off. */
export function scriptSnippet(t: EmbedTarget): string {
  const kind = t.kind ?? 'collections';
  const page = `${base(t.site)}${pathTo(t.locale, kind, t.id)}`;
  return `<a class="${EMBED_LINK_CLASS}" ${EMBED_ATTRIBUTE[kind]}="${attr(t.id)}" data-lang="${t.locale}" href="${attr(page)}">${text(t.title)}</a><script async src="${attr(base(t.site))}${sitePath('/embed.js')}"></script>`;
}

/** The web component: renders in the host page (shadow DOM), styled with CSS custom properties. */
export function componentSnippet(t: EmbedTarget): string {
  return `<script defer src="${attr(base(t.site))}${sitePath('/civic-collection.js')}"></script><civic-collection collection="${attr(t.id)}" lang="${t.locale}"></civic-collection>`;
}

/** The oEmbed answer for a collection page (type rich, the iframe as its HTML). */
export function oembed(t: EmbedTarget, providerName: string): OEmbed {
  const width = 640;
  return {
    version: '1.0',
    type: 'rich',
    title: t.title,
    provider_name: providerName,
    provider_url: `${base(t.site)}/`,
    html: iframeSnippet(t, String(width)),
    width,
    height: estimateHeight(t.toolCount),
  };
}
