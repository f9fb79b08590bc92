/**
 * The benchmark's peer (npm run bench -- --peer hugo): the same synthetic catalogue as a Hugo site
 * (Debian's `hugo` package), so that the full build is compared with Hugo + Pagefind on the same
 * number and kind of pages, in the same run, rather than with a figure remembered from elsewhere.
 *
 * Same pages as ours, in the same three languages (Arabic right to left): a page per tool,
 * organisation, use case and collection with its facts and its description, a use-case page
 * listing its tools, lists of 48 entries with pagers, and a home page per language; every page
 * marks its indexed part and weights for Pagefind, as ours do. Nothing of ours is shared: Hugo
 * reads the entries' YAML front matter and Markdown bodies directly.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const LANGS = [
  { code: 'fr', name: 'Français', weight: 1, dir: 'ltr' },
  { code: 'en', name: 'English', weight: 2, dir: 'ltr' },
  { code: 'ar', name: 'العربية', weight: 3, dir: 'rtl' },
];
const KINDS = ['tools', 'organizations', 'use-cases', 'collections'];

// A use case's tools come from Hugo's own index of the tools' use_cases, as a Hugo site would list
// them (the taxonomy's term pages are not rendered: content/use_cases/_index.*.md). Filtering all
// tool pages for each use case (where ... intersect) costs Hugo O(tools x use cases): at N=10,000
// it took 96 s instead of 46 s, a peer slowed by its template, not by its engine.
const CONFIG = `baseURL = "https://peer.example.org/"
title = "Civic Toolbox (Hugo peer)"
defaultContentLanguage = "fr"
defaultContentLanguageInSubdir = true
disableKinds = ["RSS", "sitemap", "robotsTXT"]
paginate = 48
[taxonomies]
use_case = "use_cases"
[markup.goldmark.renderer]
unsafe = false
${LANGS.map((l) => `[languages.${l.code}]\nlanguageName = "${l.name}"\nweight = ${l.weight}\nlanguageDirection = "${l.dir}"`).join('\n')}
`;

const LAYOUTS: Record<string, string> = {
  '_default/baseof.html': `<!doctype html>
<html lang="{{ .Language.Lang }}" dir="{{ .Language.LanguageDirection | default "ltr" }}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{{ .Params.name | default .Title }} · {{ site.Title }}</title><link rel="stylesheet" href="/site.css"></head>
<body>
<header><a href="{{ "/" | relLangURL }}">{{ site.Title }}</a>
<nav><ul>{{ range slice "use-cases" "tools" "collections" "organizations" }}<li><a href="{{ printf "/%s/" . | relLangURL }}">{{ . }}</a></li>{{ end }}</ul></nav>
<nav><ul>{{ range .AllTranslations }}<li><a href="{{ .RelPermalink }}" hreflang="{{ .Language.Lang }}">{{ .Language.LanguageName }}</a></li>{{ end }}</ul></nav></header>
<main data-pagefind-body>{{ block "main" . }}{{ end }}</main>
<footer><p>{{ site.Title }}</p></footer>
</body></html>
`,
  '_default/single.html': `{{ define "main" }}
<h1 data-pagefind-meta="title" data-pagefind-weight="10">{{ .Params.name }}</h1>
<p class="lead" data-pagefind-weight="3">{{ .Params.summary }}</p>
<div class="layout"><div data-pagefind-weight="0.5">{{ .Content }}</div>
<aside><h2 data-pagefind-ignore>Facts</h2><dl>
{{ with .Params.license }}<dt>Licence</dt><dd>{{ . }}</dd>{{ end }}
{{ with .Params.status }}<dt>Status</dt><dd>{{ . }}</dd>{{ end }}
{{ with .Params.type }}<dt>Type</dt><dd>{{ . }}</dd>{{ end }}
{{ with .Params.website }}<dt>Website</dt><dd><a href="{{ . }}">{{ . }}</a></dd>{{ end }}
{{ with .Params.use_cases }}<dt>Use cases</dt><dd><ul>{{ range . }}{{ with site.GetPage (printf "/use-cases/%s" .) }}<li><a href="{{ .RelPermalink }}">{{ .Params.name }}</a></li>{{ end }}{{ end }}</ul></dd>{{ end }}
{{ with .Params.developers }}<dt>Developers</dt><dd><ul>{{ range . }}{{ with site.GetPage (printf "/organizations/%s" .) }}<li><a href="{{ .RelPermalink }}">{{ .Params.name }}</a></li>{{ end }}{{ end }}</ul></dd>{{ end }}
{{ with .Params.sources }}<dt>Sources</dt><dd><ul>{{ range . }}<li><a href="{{ . }}">{{ . }}</a></li>{{ end }}</ul></dd>{{ end }}
</dl></aside></div>
{{ if eq .Section "use-cases" }}<h2>Tools</h2><ul class="grid">{{ with site.Taxonomies.use_cases.Get .File.ContentBaseName }}{{ range first 48 .Pages }}<li class="card"><h3><a href="{{ .RelPermalink }}">{{ .Params.name }}</a></h3><p>{{ .Params.summary }}</p><p>{{ .Params.license }} · {{ .Params.status }}</p></li>{{ end }}{{ end }}</ul>{{ end }}
{{ end }}
`,
  '_default/list.html': `{{ define "main" }}
<h1>{{ .Title }}</h1>
{{ $pages := .Paginate (sort .RegularPages "Params.name") }}
<ul class="grid">{{ range $pages.Pages }}<li class="card"><h2><a href="{{ .RelPermalink }}">{{ .Params.name }}</a></h2><p>{{ .Params.summary }}</p></li>{{ end }}</ul>
<nav class="pager">{{ range $pages.Pagers }}<a href="{{ .URL }}">{{ .PageNumber }}</a> {{ end }}</nav>
{{ end }}
`,
  'index.html': `{{ define "main" }}
<h1>{{ site.Title }}</h1>
<ul class="grid">{{ range first 12 (where site.RegularPages "Section" "use-cases") }}<li class="card"><h2><a href="{{ .RelPermalink }}">{{ .Params.name }}</a></h2><p>{{ .Params.summary }}</p></li>{{ end }}</ul>
{{ end }}
`,
};

/**
 * Writes the Hugo site of a generated catalogue (`content/<kind>/<id>.mdx` -> text) into `dir`:
 * every entry once per language, as ours shows every entry in every language. Returns the number
 * of entry pages written.
 */
export function writeHugoSite(dir: string, files: ReadonlyMap<string, string>): number {
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  write('hugo.toml', CONFIG);
  for (const [path, text] of Object.entries(LAYOUTS)) write(`layouts/${path}`, text);
  write('static/site.css', 'body{font-family:system-ui,sans-serif;margin:0}main{max-width:72rem;margin:auto;padding:1rem}.grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(16rem,1fr));gap:1rem;list-style:none;padding:0}.card{border:1px solid #ccc;padding:1rem}');
  let pages = 0;
  for (const kind of KINDS) for (const l of LANGS) write(`content/${kind}/_index.${l.code}.md`, `---\ntitle: "${kind}"\n---\n`);
  // The use_cases taxonomy is an index for the use-case pages, not pages of its own.
  const unrendered = (indent: string) => `${indent}_build:\n${indent}  render: never\n${indent}  list: never\n`;
  for (const l of LANGS) write(`content/use_cases/_index.${l.code}.md`, `---\ntitle: "use_cases"\n${unrendered('')}cascade:\n${unrendered('  ')}---\n`);
  for (const [path, text] of files) {
    const m = /^content\/([a-z-]+)\/([a-z0-9-]+)\.mdx$/.exec(path);
    if (!m || !KINDS.includes(m[1])) continue;
    // The entry's own `lang` is a field of ours; Hugo's language comes from the file name.
    const body = text.replace(/^lang: .*$/m, '');
    for (const l of LANGS) {
      write(`content/${m[1]}/${m[2]}.${l.code}.md`, body);
      pages++;
    }
  }
  return pages;
}
