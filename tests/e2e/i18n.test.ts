import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { readFileSync, existsSync } from 'node:fs';
import { launchChromium } from '../support/browser.ts';
import { watchPage } from '../support/page-watch.ts';

const base = inject('baseUrl');
let browser: Browser;
let page: Page;
let watch: ReturnType<typeof watchPage>;

beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage();
  watch = watchPage(page, base);
});
afterAll(() => browser?.close());

const body = (path: string) => readFileSync(path, 'utf8').split(/^---$/m).slice(2).join('---');
/** A word of `text` that does not occur in `other`: only the page holding `text` can match it. */
function distinctiveWord(text: string, other: string): string {
  const words = text.match(/\p{L}{8,}/gu) ?? [];
  const lowerOther = other.toLowerCase();
  const word = words.find((w) => !lowerOther.includes(w.toLowerCase().slice(0, 6)));
  if (!word) throw new Error('no distinctive word found');
  return word;
}

async function searchPaths(locale: string, query: string) {
  await page.goto(`${base}/${locale}/search/?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(() => (document.querySelector('#search-status')?.textContent ?? '').length > 0 && !/…/.test(document.querySelector('#search-status')!.textContent!));
  return page.locator('#search-results a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

describe('entries in several languages', () => {
  test('a translated entry shows its translation, with no notice', async () => {
    await page.goto(`${base}/en/tools/decidim/`);
    const summary = readFileSync('content/translations/en/tools/decidim.mdx', 'utf8').match(/^summary: "?(.+?)"?$/m)![1];
    await expect(page.locator('p.lead').textContent()).resolves.toBe(summary);
    expect(await page.locator('.notice').count()).toBe(0);
    expect(await page.locator('.prose').getAttribute('lang')).toBeNull();
  });

  test('an untranslated entry shows the original marked with its language, a notice and a link to translate it', async () => {
    expect(existsSync('content/translations/en/tools/umap.mdx')).toBe(false);
    await page.goto(`${base}/en/tools/umap/`);
    const prose = page.locator('.prose');
    expect(await prose.getAttribute('lang')).toBe('fr');
    expect(await prose.getAttribute('dir')).toBe('ltr');
    expect(await prose.getAttribute('data-pagefind-ignore')).toBe('');
    const notice = page.locator('.notice');
    await expect(notice.textContent()).resolves.toContain('This entry is not translated yet: its text is shown in French.');
    expect(await notice.locator('a').getAttribute('href')).toBe(
      'https://github.com/civic-toolbox/civic-toolbox/new/main?filename=content%2Ftranslations%2Fen%2Ftools%2Fumap.mdx',
    );
    await page.goto(`${base}/ar/tools/umap/`);
    expect(await page.locator('.prose').getAttribute('dir')).toBe('ltr');
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
  });

  test('a translated page is indexed in its language only, and fallback text is not indexed as another language', async () => {
    const en = body('content/translations/en/tools/decidim.mdx');
    const fr = body('content/tools/decidim.mdx');
    const englishWord = distinctiveWord(en, fr);
    expect(await searchPaths('en', englishWord)).toContain('/en/tools/decidim/');
    expect(await searchPaths('fr', englishWord)).not.toContain('/fr/tools/decidim/');

    const umapFr = body('content/tools/umap.mdx');
    const frenchWord = distinctiveWord(umapFr, en);
    expect(await searchPaths('fr', frenchWord)).toContain('/fr/tools/umap/');
    expect(await searchPaths('en', frenchWord)).not.toContain('/en/tools/umap/');
  });

  test('the language switcher keeps the visitor on the same entry, both ways', async () => {
    await page.goto(`${base}/fr/use-cases/participatory-budgeting/`);
    for (const [label, path] of [
      ['English', '/en/use-cases/participatory-budgeting/'],
      ['العربية', '/ar/use-cases/participatory-budgeting/'],
      ['Français', '/fr/use-cases/participatory-budgeting/'],
    ]) {
      await page.locator('.langs').getByRole('link', { name: label }).click();
      await page.waitForURL(`**${path}`);
    }
    const alternates = await page.locator('link[rel="alternate"][hreflang]').evaluateAll((links) => links.map((l) => `${l.getAttribute('hreflang')} ${new URL(l.getAttribute('href')!).pathname}`));
    expect(alternates).toEqual(['fr /fr/use-cases/participatory-budgeting/', 'en /en/use-cases/participatory-budgeting/', 'ar /ar/use-cases/participatory-budgeting/', 'x-default /fr/use-cases/participatory-budgeting/']);
  });

  test('Arabic pages isolate Latin names and format numbers and dates for the locale', async () => {
    await page.goto(`${base}/ar/tools/decidim/`);
    expect(await page.locator('h1 bdi').textContent()).toBe('Decidim');
    const reviewedOn = readFileSync('content/tools/decidim.mdx', 'utf8').match(/^reviewed: (\S+)$/m)![1];
    // The build formats with Intl for the page's locale; the browser's Intl must agree with it.
    const expected = await page.evaluate((d) => new Intl.DateTimeFormat('ar', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${d}T00:00:00Z`)), reviewedOn);
    expect(expected).toMatch(/[\u0600-\u06FF]/); // an Arabic month name
    const sources = await page.locator('section[aria-labelledby="sources"]').textContent();
    expect(sources).toContain(expected);
    await page.goto(`${base}/ar/`);
    const tools = await page.locator('.stats li').first().textContent();
    const count = await page.locator('.stats li').count();
    expect(count).toBe(5);
    expect(tools).toMatch(/^عدد الأدوات: /);
    expect(watch.errors).toEqual([]);
    expect(watch.offOrigin).toEqual([]);
  });

  test('the translations dashboard counts each language and lists what is missing', async () => {
    await page.goto(`${base}/en/translations/`);
    const french = await page.locator('#lang-fr ~ p').first().textContent();
    expect(french).toMatch(/^(\d+) of \1 entries available in French/);
    const english = await page.locator('section[aria-labelledby="lang-en"] p').first().textContent();
    const [, done, total] = english!.match(/^(\d+) of (\d+)/)!.map(Number);
    expect(done).toBeGreaterThanOrEqual(36);
    expect(done).toBeLessThan(total);
    const missing = await page.locator('section[aria-labelledby="lang-en"] details li').count();
    expect(missing).toBe(total - done);
  });
});
