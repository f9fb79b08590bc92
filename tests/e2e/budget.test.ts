import { describe, expect, test } from 'vitest';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { usePage } from '../support/e2e.ts';

/**
 * Lighthouse-style checks on each page type: the performance budget of issue #5 (HTML + CSS under
 * 60 KB gzipped; no JavaScript unless the visitor searches, filters or compares), and the
 * best-practice basics a audit looks at. Accessibility is audited with axe in quality.test.ts.
 */
const t = usePage();

interface Loaded {
  url: string;
  type: string;
  bytes: number;
  gzip: number;
}

async function load(page: Page, url: string): Promise<Loaded[]> {
  const loaded: Loaded[] = [];
  const pending: Promise<void>[] = [];
  const onResponse = (r: import('playwright-core').Response) =>
    pending.push(
      r.body().then(
        (body) => void loaded.push({ url: new URL(r.url()).pathname, type: r.request().resourceType(), bytes: body.length, gzip: gzipSync(body).length }),
        () => undefined,
      ),
    );
  page.on('response', onResponse);
  await page.goto(url, { waitUntil: 'networkidle' });
  await Promise.all(pending);
  page.off('response', onResponse);
  return loaded;
}

const KB = 1024;
const sum = (list: Loaded[]) => list.reduce((s, r) => s + r.gzip, 0);

/** Page types, and whether they may load a script of their own (where one filters, compares, searches or copies an embed code). */
const PAGES: [path: string, scripts: boolean][] = [
  ['/en/', false],
  ['/en/tools/decidim/', false],
  ['/ar/tools/decidim/', false],
  ['/en/organizations/etalab/', false],
  ['/en/collections/participation-citoyenne/', true],
  ['/en/use-cases/participatory-budgeting/', true],
  ['/en/tools/', true],
  ['/fr/tools/page/2/', true],
];

describe('performance budget', () => {
  test.each(PAGES)('%s: HTML + CSS under 60 KB gzipped, scripts only where one filters or compares', async (path, scripts) => {
    const context = await t.browser.newContext(); // empty cache
    const page = await context.newPage();
    const loaded = await load(page, `${t.base}${path}`);
    const htmlCss = loaded.filter((r) => r.type === 'document' || r.type === 'stylesheet');
    expect(sum(htmlCss)).toBeLessThan(60 * KB);
    const js = loaded.filter((r) => r.type === 'script');
    if (!scripts) expect(js.map((r) => r.url)).toEqual([]);
    else expect(sum(js)).toBeLessThan(15 * KB);
    // The search index is fetched when the visitor uses it, not with the page.
    expect(loaded.filter((r) => r.url.startsWith('/pagefind/')).map((r) => r.url)).toEqual([]);
    // Largest contentful paint, from the browser's own measure, on the local server.
    const lcp = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          new PerformanceObserver((list) => resolve(list.getEntries().at(-1)!.startTime)).observe({ type: 'largest-contentful-paint', buffered: true });
          setTimeout(() => resolve(Number.NaN), 3000);
        }),
    );
    expect(lcp).toBeLessThan(2500);
    await context.close();
  });

  test('filtering the tool list fetches under 400 KB of search index, and nothing before', async () => {
    const context = await t.browser.newContext();
    const page = await context.newPage();
    await load(page, `${t.base}/en/tools/`);
    const during: Loaded[] = [];
    const pending: Promise<void>[] = [];
    page.on('response', (r) => pending.push(r.body().then((b) => void during.push({ url: new URL(r.url()).pathname, type: '', bytes: b.length, gzip: gzipSync(b).length }), () => undefined)));
    await page.selectOption('select[name="status"]', 'stable');
    await page.locator('#filtered-list > li').first().waitFor();
    await Promise.all(pending);
    expect(during.some((r) => r.url.startsWith('/pagefind/'))).toBe(true);
    expect(sum(during)).toBeLessThan(400 * KB);
    await context.close();
  });
});

describe('best practices', () => {
  test.each(PAGES.map(([path]) => path))('%s: doctype, language, viewport, title, description, images sized and described', async (path) => {
    await t.page.goto(`${t.base}${path}`);
    const audit = await t.page.evaluate(() => ({
      doctype: document.doctype?.name,
      lang: document.documentElement.lang,
      dir: document.documentElement.dir,
      charset: document.characterSet,
      viewport: document.querySelector('meta[name="viewport"]')?.getAttribute('content') ?? '',
      title: document.title,
      description: document.querySelector('meta[name="description"]')?.getAttribute('content') ?? '',
      images: [...document.images].map((img) => ({ src: img.getAttribute('src'), alt: img.getAttribute('alt'), sized: img.hasAttribute('width') && img.hasAttribute('height') })),
      // Plain-HTTP subresources from elsewhere (the test server itself is http://127.0.0.1).
      insecure: [...document.querySelectorAll<HTMLElement>('[src], link[href]')].map((e) => e.getAttribute('src') ?? e.getAttribute('href')!).filter((u) => u.startsWith('http:') && !u.startsWith(location.origin)),
      blankTargets: [...document.querySelectorAll('a[target="_blank"]:not([rel~="noopener"])')].length,
    }));
    expect(audit.doctype).toBe('html');
    expect(audit.lang).toBe(path.slice(1, 3));
    expect(audit.dir).toBe(path.startsWith('/ar/') ? 'rtl' : 'ltr');
    expect(audit.charset).toBe('UTF-8');
    expect(audit.viewport).toContain('width=device-width');
    expect(audit.viewport).not.toMatch(/user-scalable\s*=\s*no|maximum-scale\s*=\s*1(\.0)?\b/); // zoom stays possible
    expect(audit.title.length).toBeGreaterThan(3);
    expect(audit.description.length).toBeGreaterThan(20);
    for (const img of audit.images) {
      expect(img.alt, `${img.src} needs an alt attribute`).not.toBeNull();
      expect(img.sized, `${img.src} needs width and height (no layout shift)`).toBe(true);
    }
    expect(audit.insecure).toEqual([]);
    expect(audit.blankTargets).toBe(0);
  });
});
