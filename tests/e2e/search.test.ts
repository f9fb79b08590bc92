import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
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

async function search(locale: string, query: string) {
  await page.goto(`${base}/${locale}/search/?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(() => /\d/.test(document.querySelector('#search-status')?.textContent ?? '') || document.querySelectorAll('#search-results li').length > 0);
  return page.locator('#search-results a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

describe('search', () => {
  test('finds a tool by its name', async () => {
    const found = await search('fr', 'Decidim');
    expect(found).toContain('/fr/tools/decidim/');
  });

  test('finds a tool by a word that is only in its description', async () => {
    // "Pampelune" appears in the body of decidim.mdx, not in its name, summary or tags.
    const source = readFileSync('content/tools/decidim.mdx', 'utf8');
    const [front, body] = source.split(/^---$/m).slice(1);
    expect(body).toContain('Pampelune');
    expect(front).not.toContain('Pampelune');
    const found = await search('fr', 'Pampelune');
    expect(found).toContain('/fr/tools/decidim/');
  });

  test('results stay in the page language and filters narrow them', async () => {
    const all = await search('en', 'budget');
    expect(all.length).toBeGreaterThan(1);
    expect(all.every((p) => p.startsWith('/en/'))).toBe(true);
    await page.selectOption('select[name="kind"]', 'Tool');
    await page.waitForURL(/kind=Tool/);
    await page.waitForFunction(() => [...document.querySelectorAll('#search-results a')].every((a) => a.getAttribute('href')!.includes('/tools/')));
    const tools = await page.locator('#search-results a').count();
    expect(tools).toBeGreaterThan(0);
    expect(tools).toBeLessThan(all.length);
  });

  test('an excerpt never turns text into markup', async () => {
    await search('fr', 'Decidim');
    const html = await page.locator('#search-results').innerHTML();
    expect(html).not.toMatch(/<(?!\/?(li|h2|a|p|mark)\b)[a-z]/i);
    expect(watch.errors).toEqual([]);
    expect(watch.offOrigin).toEqual([]);
  });
});
