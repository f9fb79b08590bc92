import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { launchChromium } from '../support/browser.ts';
import { SITE } from '../../src/config.ts';
import { KINDS, LOCALES } from '../../src/schemas/index.ts';
import { parsePubliccode } from '../../scripts/lib/publiccode.ts';

/** The static API as built in dist/: what other sites download. */
const base = inject('baseUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

const walk = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
const read = (file: string) => JSON.parse(readFileSync(file, 'utf8'));
/** The file in dist/ behind one of the site's absolute URLs. */
const local = (url: string) => join('dist', new URL(url).pathname);

describe('JSON files', () => {
  // Every file of the documented API; /api/contribute.json is the contribution form's own view of the catalogue, not part of it.
  const files = walk('dist/api').filter((f) => f.endsWith('.json') && !f.startsWith('dist/api/schemas/') && f !== 'dist/api/contribute.json');

  test('every JSON file validates against the published schema it names', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats.default(ajv);
    for (const schema of walk('dist/api/schemas')) ajv.addSchema(read(schema));
    const lists = KINDS.map((kind) => read(`dist/api/${kind}.json`));
    const oembeds = LOCALES.length * read('dist/api/collections.json').count;
    expect(files.length).toBe(KINDS.length + lists.reduce((n, l) => n + l.count, 0) + oembeds);
    const failures: string[] = [];
    for (const file of files) {
      const data = read(file);
      expect(data.$schema, file).toMatch(new RegExp(`^${SITE.url}/api/schemas/[a-z-]+\\.schema\\.json$`));
      expect(existsSync(local(data.$schema)), data.$schema).toBe(true);
      const validate = ajv.getSchema(data.$schema)!;
      if (!validate(data)) failures.push(`${relative('dist', file)}: ${ajv.errorsText(validate.errors)}`);
    }
    expect(failures).toEqual([]);
  });

  test('publiccode.yml: the tools that have its required keys, each read back by the importer without a problem', () => {
    const dirs = readdirSync('dist/api/tools', { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
    expect(dirs.length).toBeGreaterThan(0);
    for (const id of dirs) {
      const text = readFileSync(`dist/api/tools/${id}/publiccode.yml`, 'utf8');
      const { data, problems } = parsePubliccode(text, `dist/api/tools/${id}/publiccode.yml`);
      expect(problems, id).toEqual([]);
      expect(data!.publiccodeYmlVersion).toBe('0.4');
      const entry = read(`dist/api/tools/${id}.json`);
      expect(data!.name).toBe(entry.text[entry.lang].name);
    }
  });

  test.each(KINDS)('%s: the list and one file per entry agree', (kind) => {
    const list = read(`dist/api/${kind}.json`);
    const entries = readdirSync(`dist/api/${kind}`).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, ''));
    expect(list.count).toBe(list.items.length);
    expect(list.items.map((e: any) => e.id).sort()).toEqual(entries.sort());
    for (const item of list.items.slice(0, 5)) {
      const entry = read(`dist/api/${kind}/${item.id}.json`);
      expect(local(entry.api)).toBe(join('dist', 'api', kind, `${item.id}.json`));
      // Links resolve to files that exist: the API can be walked without guessing URLs.
      for (const l of LOCALES) expect(existsSync(join(local(entry.url[l]).replace(/#.*$/, ''), 'index.html')), entry.url[l]).toBe(true);
    }
  });

  test('every resolved link in a tool points at an API file that exists', () => {
    const tools = read('dist/api/tools.json').items;
    const apis = new Set<string>();
    for (const tool of tools) {
      for (const link of [...tool.use_cases, ...tool.developers, ...tool.collections, ...tool.used_by.map((u: any) => u.organization), ...tool.criteria.map((c: any) => c.criterion)]) apis.add(link.api);
    }
    expect([...apis].filter((url) => !existsSync(local(url)))).toEqual([]);
  });

  test('other sites may read the API and load the embed scripts (CORS)', async () => {
    for (const path of ['/api/tools.json', '/api/collections/participation-citoyenne.json', '/api/tools.csv', '/embed.js', '/civic-collection.js']) {
      const response = await fetch(`${base}${path}`, { headers: { origin: 'https://ministry.example' } });
      expect(response.status, path).toBe(200);
      expect(response.headers.get('access-control-allow-origin'), path).toBe('*');
    }
  });
});

/** RFC 4180 records: quoted fields may hold commas, quotes (doubled) and line breaks. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') record.push(field), (field = '');
    else if (ch === '\r' && text[i + 1] === '\n') record.push(field), records.push(record), (record = []), (field = ''), i++;
    else field += ch;
  }
  return records;
}

test('tools.csv: BOM, CRLF records, one row per tool, every row as wide as the header', async () => {
  const response = await fetch(`${base}/api/tools.csv`);
  expect(response.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
  const bytes = new Uint8Array(await response.arrayBuffer());
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = new TextDecoder().decode(bytes); // the decoder consumes the BOM
  const [header, ...rows] = parseCsv(text);
  expect(header.slice(0, 3)).toEqual(['id', 'name', 'summary']);
  const tools = read('dist/api/tools.json');
  expect(rows.length).toBe(tools.count);
  expect(rows.filter((r) => r.length !== header.length)).toEqual([]);
  const decidim = rows.find((r) => r[0] === 'decidim')!;
  expect(decidim[header.indexOf('license')]).toBe('AGPL-3.0-or-later');
  expect(decidim[header.indexOf('summary')]).toBe(tools.items.find((t: any) => t.id === 'decidim').text.fr.summary);
});

test.each(LOCALES)('/%s/feed.xml is well-formed Atom in its language, newest first', async (locale) => {
  const response = await fetch(`${base}/${locale}/feed.xml`);
  expect(response.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
  const xml = await response.text();
  const page = await browser.newPage();
  const feed = await page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'application/xml');
    const ns = 'http://www.w3.org/2005/Atom';
    const entries = [...doc.getElementsByTagNameNS(ns, 'entry')];
    return {
      error: doc.getElementsByTagName('parsererror').length,
      lang: doc.documentElement.getAttribute('xml:lang'),
      title: doc.getElementsByTagNameNS(ns, 'title')[0]?.textContent,
      updated: entries.map((e) => e.getElementsByTagNameNS(ns, 'updated')[0].textContent!),
      links: entries.map((e) => e.getElementsByTagNameNS(ns, 'link')[0].getAttribute('href')!),
      ids: entries.map((e) => e.getElementsByTagNameNS(ns, 'id')[0].textContent!),
    };
  }, xml);
  await page.close();
  expect(feed.error).toBe(0);
  expect(feed.lang).toBe(locale);
  expect(feed.updated.length).toBeGreaterThan(10);
  expect([...feed.updated].sort().reverse()).toEqual(feed.updated);
  expect(new Set(feed.ids).size).toBe(feed.ids.length);
  expect(feed.links.every((href) => href.startsWith(`${SITE.url}/${locale}/tools/`))).toBe(true);
});

test('a collection page declares its oEmbed, a rich iframe of the embed page', async () => {
  const page = await browser.newPage();
  await page.goto(`${base}/ar/collections/participation-citoyenne/`);
  const href = await page.locator('link[rel="alternate"][type="application/json+oembed"]').getAttribute('href');
  await page.close();
  expect(href).toBe(`${SITE.url}/api/oembed/collections/ar/participation-citoyenne.json`);
  const oembed = read(local(href!));
  expect(oembed).toMatchObject({ version: '1.0', type: 'rich', provider_name: SITE.name, title: read('dist/api/collections/participation-citoyenne.json').text.ar.name });
  expect(oembed.html).toMatch(new RegExp(`^<iframe src="${SITE.url}/ar/embed/collections/participation-citoyenne/" title="[^"]+" width="640" height="${oembed.height}" loading="lazy" sandbox="[a-z- ]+"`));
});
