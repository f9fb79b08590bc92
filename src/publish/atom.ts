import type { Locale } from '../schemas/vocab.ts';
import type { Catalogue } from '../catalogue/model.ts';
import { pathTo } from '../catalogue/paths.ts';

/** Text for XML content and attributes; characters XML 1.0 forbids (most control characters) are dropped. */
export function xmlEscape(value: string): string {
  return value
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

export interface FeedOptions {
  site: string;
  locale: Locale;
  title: string;
  siteName: string;
  /** Newest entries kept: a feed is for what changed, the API has the rest. */
  limit?: number;
}

const stamp = (date: string) => `${date}T00:00:00Z`;

/**
 * Atom (RFC 4287) feed of the tools, newest `reviewed` date first: a tool appears when it is
 * added and again when its facts are checked. Text in the feed's language, or the original marked
 * with its own `xml:lang`.
 */
export function toolsFeed(c: Catalogue, o: FeedOptions): string {
  const base = o.site.replace(/\/$/, '');
  const self = `${base}/${o.locale}/feed.xml`;
  const tools = [...c.tools].sort((a, b) => b.data.reviewed.localeCompare(a.data.reviewed) || a.id.localeCompare(b.id)).slice(0, o.limit ?? 100);
  const updated = tools[0]?.data.reviewed ?? '1970-01-01';
  const lang = (textLang: string) => (textLang === o.locale ? '' : ` xml:lang="${xmlEscape(textLang)}"`);
  const entries = tools.map((tool) => {
    const text = tool.text[o.locale];
    const url = `${base}${pathTo(o.locale, 'tools', tool.id)}`;
    return [
      '  <entry>',
      `    <id>${xmlEscape(url)}</id>`,
      `    <title${lang(text.lang)}>${xmlEscape(text.name)}</title>`,
      `    <link rel="alternate" type="text/html" href="${xmlEscape(url)}"/>`,
      `    <updated>${stamp(tool.data.reviewed)}</updated>`,
      text.summary ? `    <summary${lang(text.lang)}>${xmlEscape(text.summary)}</summary>` : '',
      `    <category term="${xmlEscape(tool.data.status)}"/>`,
      '  </entry>',
    ].filter(Boolean).join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${o.locale}">`,
    `  <id>${xmlEscape(self)}</id>`,
    `  <title>${xmlEscape(`${o.title} · ${o.siteName}`)}</title>`,
    `  <updated>${stamp(updated)}</updated>`,
    `  <author><name>${xmlEscape(o.siteName)}</name></author>`,
    `  <link rel="self" type="application/atom+xml" href="${xmlEscape(self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xmlEscape(`${base}${pathTo(o.locale, 'tools')}`)}"/>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
