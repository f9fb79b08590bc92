import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { usePage } from '../support/e2e.ts';
import { searchAnswered, shownResultPaths } from '../support/search-page.ts';

const t = usePage();

async function search(locale: string, query: string) {
  await t.page.goto(`${t.base}/${locale}/search/?q=${encodeURIComponent(query)}`);
  await searchAnswered(t.page);
  return shownResultPaths(t.page);
}

/** Number of results the status announces: "12 results", "10 of 12 results shown" -> 12. */
async function announcedTotal(page: Page) {
  const numbers = (await page.textContent('#search-status'))!.match(/\d+/g)!;
  return Number(numbers.at(-1));
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
    const total = await announcedTotal(t.page);
    await t.page.click('#search-filters-toggle');
    await t.page.selectOption('select[name="kind"]', 'Tool');
    await t.page.waitForURL(/kind=Tool/);
    await t.page.waitForFunction(() => [...document.querySelectorAll('#search-results a')].every((a) => a.getAttribute('href')!.includes('/tools/')));
    expect(await t.page.locator('#search-results a').count()).toBeGreaterThan(0);
    expect(await announcedTotal(t.page)).toBeLessThan(total);
  });

  test('an excerpt never turns text into markup', async () => {
    await search('fr', 'Decidim');
    const html = await t.page.locator('#search-results').innerHTML();
    expect(html).not.toMatch(/<(?!\/?(li|h2|a|p|mark)\b)[a-z]/i);
    expect(t.watch.errors).toEqual([]);
    expect(t.watch.offOrigin).toEqual([]);
  });
});
