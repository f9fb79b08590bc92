import type { Locale } from '../schemas/vocab.ts';
import type { Catalogue } from '../catalogue/model.ts';
import { pathTo, sitePath } from '../catalogue/paths.ts';
import { periodStart } from '../schemas/fields.ts';

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
  /** When each content file last changed (src/publish/change-dates.ts), as an ISO timestamp. */
  changed?: ReadonlyMap<string, string>;
}

/** A date (YYYY-MM-DD) or a timestamp, as an Atom timestamp. */
const stamp = (date: string) => (date.length === 10 ? `${date}T00:00:00Z` : date);

/** One entry of a feed; `lang` is the language of its text when it differs from the feed's. */
export interface FeedEntry {
  id: string;
  url: string;
  title: string;
  summary?: string;
  lang: string;
  /** YYYY-MM-DD, or an ISO timestamp in UTC */
  updated: string;
  category?: string;
}

/** An Atom (RFC 4287) document: entries newest first, cut at `limit`. */
function atomFeed(o: FeedOptions, path: string, alternate: string, all: FeedEntry[]): string {
  const base = o.site.replace(/\/$/, '');
  const self = `${base}${path}`;
  const entries = [...all].sort((a, b) => stamp(b.updated).localeCompare(stamp(a.updated)) || a.id.localeCompare(b.id)).slice(0, o.limit ?? 100);
  const lang = (textLang: string) => (textLang === o.locale ? '' : ` xml:lang="${xmlEscape(textLang)}"`);
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${o.locale}">`,
    `  <id>${xmlEscape(self)}</id>`,
    `  <title>${xmlEscape(`${o.title} · ${o.siteName}`)}</title>`,
    `  <updated>${stamp(entries[0]?.updated ?? '1970-01-01')}</updated>`,
    `  <author><name>${xmlEscape(o.siteName)}</name></author>`,
    `  <link rel="self" type="application/atom+xml" href="${xmlEscape(self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xmlEscape(`${base}${alternate}`)}"/>`,
    ...entries.map((e) =>
      [
        '  <entry>',
        `    <id>${xmlEscape(e.id)}</id>`,
        `    <title${lang(e.lang)}>${xmlEscape(e.title)}</title>`,
        `    <link rel="alternate" type="text/html" href="${xmlEscape(e.url)}"/>`,
        `    <updated>${stamp(e.updated)}</updated>`,
        e.summary ? `    <summary${lang(e.lang)}>${xmlEscape(e.summary)}</summary>` : '',
        e.category ? `    <category term="${xmlEscape(e.category)}"/>` : '',
        '  </entry>',
      ]
        .filter(Boolean)
        .join('\n'),
    ),
    '</feed>',
    '',
  ].join('\n');
}

/**
 * Atom feed of the tools, most recently changed first: a tool appears when it is added and again
 * when its file or its translation in the feed's language changes (their last commit), or its facts
 * are checked (`reviewed`), whichever is later. Text in the feed's language, or the original marked
 * with its own `xml:lang`.
 */
export function toolsFeed(c: Catalogue, o: FeedOptions): string {
  const base = o.site.replace(/\/$/, '');
  const entries = c.tools.map((tool): FeedEntry => {
    const text = tool.text[o.locale];
    const url = `${base}${pathTo(o.locale, 'tools', tool.id)}`;
    const dates = [stamp(tool.data.reviewed), o.changed?.get(tool.file), text.translationFile && o.changed?.get(text.translationFile)].filter((d): d is string => !!d);
    const updated = dates.sort().at(-1)!;
    return { id: url, url, title: text.name, summary: text.summary, lang: text.lang, updated, category: tool.data.status };
  });
  return atomFeed(o, sitePath(`/${o.locale}/feed.xml`), pathTo(o.locale, 'tools'), entries);
}

/**
 * Atom feed of what happens to hackathon projects: each dated step of a timeline is an entry
 * (a project seen in service again, selected, stopped), dated by the first day its date can mean.
 */
export function projectsFeed(c: Catalogue, o: FeedOptions, stepLabel: (step: string) => string): string {
  const base = o.site.replace(/\/$/, '');
  const entries = c.projects.flatMap((project) => {
    const text = project.text[o.locale];
    const url = `${base}${pathTo(o.locale, 'projects', project.id)}`;
    return project.data.timeline.map((s, i): FeedEntry => ({
      id: `${url}#step-${i + 1}`,
      url,
      title: `${text.name} · ${stepLabel(s.step)}`,
      summary: s.note,
      lang: text.lang,
      updated: periodStart(s.date),
      category: s.step,
    }));
  });
  return atomFeed(o, sitePath(`/${o.locale}/projects/feed.xml`), pathTo(o.locale, 'events'), entries);
}
