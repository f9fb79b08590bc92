import { describe, expect, test } from 'vitest';
import { ToolSchema } from '../schemas/index.ts';
import { buildCatalogue } from '../catalogue/model.ts';
import { toolsFeed, xmlEscape } from './atom.ts';

const tool = (id: string, name: string, reviewed: string, lang = 'fr') => ({
  id,
  data: ToolSchema.parse({ name, summary: `Résumé de ${name} avec assez de mots.`, website: `https://${id}.example.org`, license: 'MIT', type: 'software', status: 'stable', use_cases: ['x'], reviewed, sources: [`https://${id}.example.org`], lang }),
  html: '',
  file: `content/tools/${id}.mdx`,
});
const c = buildCatalogue({
  tools: [tool('old', 'Ancien', '2024-05-01'), tool('new', 'R&D <Lab> "quoted"', '2026-11-23'), tool('mid', 'Middle', '2025-06-30', 'en')],
  useCases: [], organizations: [], collections: [], criteria: [],
  translations: [{ lang: 'en', kind: 'tools', original: 'old', summary: 'English summary of the old tool.', html: '', stale: false, file: 'x' }],
});

describe('xmlEscape', () => {
  test('escapes markup and quotes, drops characters XML forbids', () => {
    expect(xmlEscape(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
    expect(xmlEscape('bell\u0007 and nul\u0000 gone, tab\tkept, \uD800 lone surrogate gone, 😀 kept')).toBe('bell and nul gone, tab\tkept,  lone surrogate gone, 😀 kept');
  });
});

describe('toolsFeed', () => {
  const feed = toolsFeed(c, { site: 'https://x.org', locale: 'en', title: 'Tools added or updated', siteName: 'Civic Toolbox' });

  test('newest reviewed first; the feed is as recent as its newest entry', () => {
    const ids = [...feed.matchAll(/<id>https:\/\/x\.org\/en\/tools\/([a-z-]+)\/<\/id>/g)].map((m) => m[1]);
    expect(ids).toEqual(['new', 'mid', 'old']);
    expect(feed).toMatch(/<feed xmlns="http:\/\/www.w3.org\/2005\/Atom" xml:lang="en">\n  <id>https:\/\/x.org\/en\/feed.xml<\/id>/);
    expect(feed).toContain('<updated>2026-11-23T00:00:00Z</updated>\n  <author>');
  });

  test('names are escaped; text not in the feed language keeps its own xml:lang', () => {
    expect(feed).toContain('<title xml:lang="fr">R&amp;D &lt;Lab&gt; &quot;quoted&quot;</title>');
    expect(feed).toContain('<summary>English summary of the old tool.</summary>');
    expect(feed).toContain('<summary>Résumé de Middle avec assez de mots.</summary>');
  });

  test('limit keeps the newest', () => {
    const short = toolsFeed(c, { site: 'https://x.org/', locale: 'fr', title: 'T', siteName: 'S', limit: 1 });
    expect(short.match(/<entry>/g)).toHaveLength(1);
    expect(short).toContain('https://x.org/fr/tools/new/');
  });
});
