import { describe, expect, test } from 'vitest';
import { EventSchema, ProjectSchema, ToolSchema } from '../schemas/index.ts';
import { buildCatalogue } from '../catalogue/model.ts';
import { projectsFeed, toolsFeed, xmlEscape } from './atom.ts';

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

  test('an entry is dated by its last change when it is later than its review: its file, or its translation in the feed\'s language', () => {
    const changed = new Map([
      ['content/tools/old.mdx', '2026-11-29T08:30:00Z'],
      ['x', '2026-11-30T09:15:00Z'],
      ['content/tools/mid.mdx', '2025-01-01T00:00:00Z'],
    ]);
    const en = toolsFeed(c, { site: 'https://x.org', locale: 'en', title: 'T', siteName: 'S', changed });
    expect([...en.matchAll(/<id>https:\/\/x\.org\/en\/tools\/([a-z-]+)\/<\/id>/g)].map((m) => m[1])).toEqual(['old', 'new', 'mid']);
    expect(en).toContain('<updated>2026-11-30T09:15:00Z</updated>\n  <author>');
    // The English translation's change does not date the French feed; a commit older than the review does not either.
    const fr = toolsFeed(c, { site: 'https://x.org', locale: 'fr', title: 'T', siteName: 'S', changed });
    expect(fr).toMatch(/fr\/tools\/old\/"\/>\n    <updated>2026-11-29T08:30:00Z<\/updated>/);
    expect(fr).toMatch(/fr\/tools\/mid\/"\/>\n    <updated>2025-06-30T00:00:00Z<\/updated>/);
  });

  test('limit keeps the newest', () => {
    const short = toolsFeed(c, { site: 'https://x.org/', locale: 'fr', title: 'T', siteName: 'S', limit: 1 });
    expect(short.match(/<entry>/g)).toHaveLength(1);
    expect(short).toContain('https://x.org/fr/tools/new/');
  });
});

describe('projectsFeed', () => {
  const event = { id: 'hack', data: EventSchema.parse({ name: 'Hack', summary: 'Un hackathon de démonstration.', organizers: ['o'], start: '2020-01-24', reviewed: '2026-11-30', sources: ['https://hack.example.org'] }), html: '', file: 'content/events/hack.mdx' };
  const project = {
    id: 'proj',
    data: ProjectSchema.parse({
      name: 'Projet',
      summary: 'Un projet de démonstration issu du hackathon.',
      event: 'hack',
      timeline: [
        { step: 'prototype', date: '2020-01', source: 'https://hack.example.org/a' },
        { step: 'live', date: '2022', source: 'https://hack.example.org/b', note: 'Vu en service.' },
      ],
      reviewed: '2026-11-30',
      sources: ['https://hack.example.org/a'],
    }),
    html: '',
    file: 'content/projects/proj.mdx',
  };
  const pc = buildCatalogue({ tools: [], useCases: [], organizations: [], collections: [], criteria: [], events: [event], projects: [project] });
  const feed = projectsFeed(pc, { site: 'https://x.org', locale: 'en', title: 'News', siteName: 'S' }, (s) => s.toUpperCase());

  test('every step is an entry, newest first, dated by the first day its date can mean', () => {
    const ids = [...feed.matchAll(/<id>(https:\/\/x\.org\/en\/projects\/proj\/#step-\d)<\/id>/g)].map((m) => m[1]);
    expect(ids).toEqual(['https://x.org/en/projects/proj/#step-2', 'https://x.org/en/projects/proj/#step-1']);
    expect(feed).toContain('<updated>2022-01-01T00:00:00Z</updated>');
    expect(feed).toContain('<title xml:lang="fr">Projet · LIVE</title>');
    expect(feed).toContain('<summary xml:lang="fr">Vu en service.</summary>');
    expect(feed).toContain('<link rel="self" type="application/atom+xml" href="https://x.org/en/projects/feed.xml"/>');
  });
});
