/**
 * A catalogue run as someone else's instance: built with a base path (GitHub project pages), another
 * public address and Arabic as the default language, from environment overrides of
 * catalogue.config.json, then browsed in Chromium. Nothing may escape the base path or point at
 * the main catalogue's address. Slow by its own build (seconds).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, globSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/browser.ts';
import { parseHeadersFile, serveStatic } from '../support/static-server.ts';

const BASE = '/civic-toolbox-ma/';
const URL_OVERRIDE = 'https://opengov.example.github.io';
const NODE = existsSync('node_modules/.bin/node') ? 'node_modules/.bin/node' : process.execPath;
let out: string;
let server: Awaited<ReturnType<typeof serveStatic>>;
let browser: Browser;

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'civic-instance-'));
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', CIVIC_TOOLBOX_BASE: BASE, CIVIC_TOOLBOX_URL: URL_OVERRIDE, CIVIC_TOOLBOX_DEFAULT_LANGUAGE: 'ar', CIVIC_TOOLBOX_LANGUAGES: 'ar,fr', CIVIC_TOOLBOX_NAME: 'Boîte à outils du gouvernement ouvert' };
  for (const [script, args] of [['node_modules/astro/bin/astro.mjs', ['build', '--outDir', out]], ['scripts/search-index.ts', [out]]] as const) {
    const run = spawnSync(NODE, [script, ...args], { env, encoding: 'utf8', timeout: 240_000 });
    if (run.status !== 0) throw new Error(`${script} failed:\n${run.stdout}\n${run.stderr}`);
  }
  server = await serveStatic(out, 0, BASE);
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (out) rmSync(out, { recursive: true, force: true });
});

describe('an instance with its own address, base path and default language', () => {
  test('only the languages it offers are built, and / sends a browser to the default one', async () => {
    expect(existsSync(join(out, 'ar/tools/decidim/index.html'))).toBe(true);
    expect(existsSync(join(out, 'fr/tools/decidim/index.html'))).toBe(true);
    expect(existsSync(join(out, 'en'))).toBe(false);
    const page = await browser.newPage({ locale: 'de-DE' });
    await page.goto(`${server.url}${BASE}`);
    await page.waitForURL(`**${BASE}ar/`);
    await page.close();
  });

  test('no link, script, style, search request or embed escapes the base path or names the main address', async () => {
    const page = await browser.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    for (const path of ['ar/', 'ar/tools/', 'fr/tools/decidim/', 'ar/collections/participation-citoyenne/', 'ar/events/opengovdatahack-2020/']) {
      await page.goto(`${server.url}${BASE}${path}`, { waitUntil: 'networkidle' });
      const urls = await page.evaluate(() =>
        [...document.querySelectorAll('a[href], link[href], script[src], iframe[src], img[src]')].map((e) => (e as HTMLAnchorElement).href || (e as HTMLScriptElement).src),
      );
      for (const u of urls) {
        const url = new URL(u);
        if (url.origin === new URL(server.url).origin) expect(url.pathname, `${path}: ${u}`).toMatch(new RegExp(`^${BASE}`));
        expect(u, `${path}: ${u}`).not.toContain('civic-toolbox.org');
      }
    }
    // The search: its bundle, its index and the links of its results, all under the base path.
    await page.goto(`${server.url}${BASE}ar/search/?q=budget`);
    await page.waitForSelector('#search-results li a');
    const results = await page.locator('#search-results li a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(results.length).toBeGreaterThan(0);
    for (const r of results) expect(r).toMatch(new RegExp(`^${BASE}(ar|fr)/`));
    const local = requests.filter((u) => new URL(u).origin === new URL(server.url).origin);
    expect(local.filter((u) => !new URL(u).pathname.startsWith(BASE))).toEqual([]);
    await page.close();
  });

  test('API files, feeds, embeds and canonical links use the instance’s public address and base path', () => {
    const tool = JSON.parse(readFileSync(join(out, 'api/tools/decidim.json'), 'utf8'));
    expect(tool.url.ar).toBe(`${URL_OVERRIDE}${BASE}ar/tools/decidim/`);
    expect(tool.api).toBe(`${URL_OVERRIDE}${BASE}api/tools/decidim.json`);
    expect(Object.keys(tool.url)).toEqual(['ar', 'fr']);
    const feed = readFileSync(join(out, 'ar/feed.xml'), 'utf8');
    expect(feed).toContain(`<link rel="self" type="application/atom+xml" href="${URL_OVERRIDE}${BASE}ar/feed.xml"/>`);
    const page = readFileSync(join(out, 'ar/collections/participation-citoyenne/index.html'), 'utf8');
    expect(page).toContain(`href="${URL_OVERRIDE}${BASE}ar/collections/participation-citoyenne/"`);
    expect(page).toContain(`${URL_OVERRIDE}${BASE}embed.js`);
    expect(page).toContain('Boîte à outils du gouvernement ouvert');
    expect(readFileSync(join(out, 'embed.js'), 'utf8')).toContain(`"base":"${BASE}"`);
  });

  test('the headers file carries the rules under the base path', () => {
    const rules = parseHeadersFile(readFileSync(join(out, '_headers'), 'utf8'));
    const headersOf = (path: string) => Object.fromEntries(rules.filter((r) => r.pattern.test(path)).flatMap((r) => r.headers));
    expect(headersOf(`${BASE}ar/tools/decidim/`)['content-security-policy']).toBe("frame-ancestors 'none'");
    expect(headersOf(`${BASE}ar/embed/collections/participation-citoyenne/`)['content-security-policy']).toBe('frame-ancestors *');
    expect(headersOf(`${BASE}api/tools.json`)['access-control-allow-origin']).toBe('*');
    expect(readFileSync(join(out, '_redirects'), 'utf8')).toContain(`${BASE}ar/*  ${BASE}ar/404.html  404`);
    expect(existsSync(join(out, 'ar/404.html'))).toBe(true);
    // Every page the build wrote is covered: a new section cannot be forgotten in the rules.
    const pages = globSync('**/*.html', { cwd: out }).map((f) => `${BASE}${f.replace(/index\.html$/, '')}`);
    expect(pages.length).toBeGreaterThan(300);
    const uncovered = pages.filter((p) => !headersOf(p)['content-security-policy']);
    expect(uncovered).toEqual([]);
    const framable = pages.filter((p) => headersOf(p)['content-security-policy'] === 'frame-ancestors *');
    expect(framable.every((p) => p.startsWith(`${BASE}ar/embed/`) || p.startsWith(`${BASE}fr/embed/`))).toBe(true);
  });
});
