import { describe, expect, it } from 'vitest';
import { headerRules, headersFile, nginxSnippet, redirectsFile, ruleMatches } from './headers.ts';

/** Every header a path gets from the rules, as a host that joins matching rules would send it. */
function headersFor(rules: ReturnType<typeof headerRules>, path: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const rule of rules.filter((r) => ruleMatches(r.path, path))) for (const [name, value] of rule.headers) (out[name] ??= []).push(value);
  return out;
}

describe('headerRules', () => {
  const rules = headerRules('/', ['fr', 'en', 'ar']);

  it('forbids framing pages and allows framing embeds, with no header set twice on any path', () => {
    const paths = ['/', '/fr/', '/fr/tools/decidim/', '/ar/events/', '/en/embed/collections/x/', '/api/tools.json', '/api/tools.csv', '/embed.js', '/fr/feed.xml', '/en/outcomes/'];
    for (const path of paths) {
      for (const [name, values] of Object.entries(headersFor(rules, path))) expect(values, `${name} on ${path}`).toHaveLength(1);
    }
    expect(headersFor(rules, '/fr/tools/decidim/')['Content-Security-Policy']).toEqual(["frame-ancestors 'none'"]);
    expect(headersFor(rules, '/en/embed/collections/x/')['Content-Security-Policy']).toEqual(['frame-ancestors *']);
    expect(headersFor(rules, '/api/tools.json')['Access-Control-Allow-Origin']).toEqual(['*']);
    expect(headersFor(rules, '/api/tools.csv')['Content-Type']?.[0]).toMatch(/^text\/csv/);
    expect(headersFor(rules, '/embed.js')['Access-Control-Allow-Origin']).toEqual(['*']);
  });

  it('puts every path under the base path and only the languages offered', () => {
    const based = headerRules('/civic-toolbox/', ['ar']);
    expect(based.every((r) => r.path.startsWith('/civic-toolbox/'))).toBe(true);
    expect(based.some((r) => r.path.startsWith('/civic-toolbox/fr/'))).toBe(false);
    expect(headersFor(based, '/civic-toolbox/ar/embed/collections/x/')['Content-Security-Policy']).toEqual(['frame-ancestors *']);
  });
});

describe('headersFile', () => {
  it('writes one indented block per rule', () => {
    const text = headersFile([{ path: '/api/*', headers: [['Access-Control-Allow-Origin', '*']] }]);
    expect(text).toContain('/api/*\n  Access-Control-Allow-Origin: *\n');
    expect(text.startsWith('# Generated')).toBe(true);
  });
});

describe('nginxSnippet', () => {
  const text = nginxSnippet(headerRules('/', ['fr']));

  it('gives an exact location every header of the prefix rules that cover it, and sets Content-Type through types', () => {
    const csv = text.slice(text.indexOf('location = /api/tools.csv {'));
    const block = csv.slice(0, csv.indexOf('}\n') + 1);
    expect(block).toContain('add_header Access-Control-Allow-Origin "*" always;');
    expect(block).toContain('add_header X-Content-Type-Options "nosniff" always;');
    expect(block).toContain('types { } default_type "text/csv; charset=utf-8; header=present";');
    expect(block).not.toContain('add_header Content-Type');
  });

  it('uses prefix locations for sections and language folders, and an exact-or-index location for the site root', () => {
    expect(text).toContain('location ^~ /fr/embed/ {');
    expect(text).toContain('location ^~ /fr/ {');
    expect(text).toContain('location ~ ^/(index\\.html)?$ {');
    expect(text).toContain(`add_header Content-Security-Policy "frame-ancestors 'none'" always;`);
  });
});

describe('each language has its own page not found', () => {
  it('Netlify gets a 404 rule per language folder, under the base path', () => {
    expect(redirectsFile('/civic/', ['ar', 'fr'])).toContain('/civic/ar/*  /civic/ar/404.html  404\n/civic/fr/*  /civic/fr/404.html  404\n');
  });

  it('nginx sends a language folder’s unknown addresses, sections included, to its 404 page', () => {
    const text = nginxSnippet(headerRules('/', ['ar']));
    const block = (start: string) => text.slice(text.indexOf(start), text.indexOf('}\n', text.indexOf(start)));
    expect(block('location ^~ /ar/ {')).toContain('error_page 404 /ar/404.html;');
    expect(block('location ^~ /ar/tools/ {')).toContain('error_page 404 /ar/404.html;');
    expect(block('location = /404.html {')).not.toContain('error_page');
  });
});
