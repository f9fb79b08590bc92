import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { usePage } from '../support/e2e.ts';
import { holdableSearch } from '../support/held-search.ts';
import { searchAnswered, shownResultPaths } from '../support/search-page.ts';
import { RESULTS_PAGE_SIZE } from '../../src/client/search-query.ts';

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

/** A page of its own, with an empty cache, that lists the Pagefind files it fetches (the worker's included). */
async function freshPage() {
  const context = await t.browser.newContext();
  const page = await context.newPage();
  const fetched: string[] = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.startsWith('/pagefind/')) fetched.push(path);
  });
  const count = (folder: string) => fetched.filter((p) => p.startsWith(`/pagefind/${folder}/`)).length;
  return { page, count, close: () => context.close() };
}

describe('search', () => {
  test('finds a tool by its name', async () => {
    const found = await search('fr', 'Decidim');
    expect(found).toContain('/fr/tools/decidim/');
  });

  test('finds a tool by a word that is only in its description', async () => {
    // "tirages" (of "tirages au sort", a Decidim component) appears in the body of decidim.mdx, not in its name, summary or tags.
    const source = readFileSync('content/tools/decidim.mdx', 'utf8');
    const [front, body] = source.split(/^---$/m).slice(1);
    expect(body).toContain('tirages');
    expect(front).not.toContain('tirages');
    const found = await search('fr', 'tirages');
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

  test('page headings are not content: a search for the word of a heading finds no page for it', async () => {
    // Every tool, organisation and use-case page has a "Description" heading; text in another
    // language than the page is not indexed, so many English pages hold little else.
    await search('en', 'TruBudget');
    await searchAnswered(t.page);
    const excerpts = await t.page.locator('#search-results p').allTextContents();
    expect(excerpts.length).toBeGreaterThan(0);
    for (const excerpt of excerpts) expect(excerpt).not.toContain('Description');
  });

  test('on an Arabic page, a French result reads left to right in French', async () => {
    // trubudget.mdx is written in French and has no Arabic translation.
    expect(readFileSync('content/tools/trubudget.mdx', 'utf8')).toMatch(/^lang: fr$/m);
    expect(await search('ar', 'TruBudget')).toContain('/ar/tools/trubudget/');
    const result = t.page.locator('#search-results li', { has: t.page.locator('a[href="/ar/tools/trubudget/"]') });
    expect(await result.locator('p.excerpt').getAttribute('lang')).toBe('fr');
    expect(await result.locator('p.excerpt').getAttribute('dir')).toBe('ltr');
    expect(await result.locator('a').getAttribute('dir')).toBe('auto');
  });

  test('an excerpt never turns text into markup', async () => {
    await search('fr', 'Decidim');
    const html = await t.page.locator('#search-results').innerHTML();
    expect(html).not.toMatch(/<(?!\/?(li|h2|a|p|mark)\b)[a-z]/i);
    expect(t.watch.errors).toEqual([]);
    expect(t.watch.offOrigin).toEqual([]);
  });
});

describe('search filters', () => {
  test('are loaded only when the visitor opens them, from a labelled disclosure button', async () => {
    const { page, count, close } = await freshPage();
    await page.goto(`${t.base}/en/search/?q=budget`);
    await searchAnswered(page);
    expect(count('index')).toBeGreaterThan(0); // the watch sees the worker's requests
    expect(count('filter')).toBe(0);
    const toggle = page.locator('#search-filters-toggle');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.isHidden('#search-filters')).toBe(true);

    await toggle.focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector('#search-filters select[name="kind"]', { state: 'visible' });
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await toggle.getAttribute('aria-controls')).toBe('search-filters');
    expect(count('filter')).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-filters-toggle');
    // Every select is named by its label.
    const names = await page.locator('#search-filters select').evaluateAll((selects) => selects.map((s) => (s as HTMLSelectElement).labels[0]?.textContent ?? ''));
    expect(names.length).toBeGreaterThan(1);
    expect(names.every((n) => n.trim().length > 0)).toBe(true);

    await page.keyboard.press('Space');
    await page.waitForSelector('#search-filters', { state: 'hidden' });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await close();
  });

  test('a shared filtered URL opens them, set, and applies them', async () => {
    const { page, close } = await freshPage();
    await page.goto(`${t.base}/en/search/?q=budget&kind=Tool`);
    await page.waitForSelector('#search-filters select[name="kind"]', { state: 'visible' });
    await searchAnswered(page);
    expect(await page.inputValue('select[name="kind"]')).toBe('Tool');
    expect(await page.getAttribute('#search-filters-toggle', 'aria-expanded')).toBe('true');
    expect(await page.textContent('#search-filters-toggle')).toMatch(/\(1\)/); // one filter in force
    const found = await shownResultPaths(page);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((p) => p.startsWith('/en/tools/'))).toBe(true);
    expect(new URL(page.url()).searchParams.get('kind')).toBe('Tool');
    // The query carries over to another language; the filter, a label in English, does not.
    expect(await page.getAttribute('nav.langs a[hreflang="fr"]', 'href')).toBe('/fr/search/?q=budget');
    await close();
  });

  test('a filter value that no page has is dropped, not applied in secret', async () => {
    const { page, close } = await freshPage();
    await page.goto(`${t.base}/en/search/?q=budget&kind=Nothing`);
    await page.waitForSelector('#search-filters select[name="kind"]', { state: 'visible' });
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('kind'));
    await searchAnswered(page);
    expect(await page.inputValue('select[name="kind"]')).toBe('');
    expect(await page.locator('#search-results li').count()).toBeGreaterThan(0);
    await close();
  });
});

describe('search answers', () => {
  test('a slow earlier query never overwrites the results of a newer one', async () => {
    const { page, close } = await freshPage();
    await holdableSearch(page);
    await page.goto(`${t.base}/en/search/?q=decidim`);
    await searchAnswered(page);
    const decidim = await shownResultPaths(page);

    await page.evaluate(() => (window as any).__holdSearch('decidim'));
    await page.fill('#q', 'decidi');
    await searchAnswered(page);
    await page.fill('#q', 'decidim'); // its answer is ready, and held
    await page.waitForFunction(() => (window as any).__heldSearches.includes('decidim'));
    await page.fill('#q', 'budget');
    await page.waitForFunction(() => (window as any).__settledSearches.includes('budget') && (window as any).__pendingData === 0);
    await page.waitForFunction(() => !/…/.test(document.querySelector('#search-status')!.textContent!));
    const budget = await shownResultPaths(page);
    const budgetStatus = await page.textContent('#search-status');
    expect(budget).not.toEqual(decidim); // otherwise the test could not tell them apart

    await page.evaluate(() => (window as any).__releaseSearch('decidim'));
    await page.waitForFunction(() => (window as any).__settledSearches.filter((t: string) => t === 'decidim').length === 2 && (window as any).__pendingData === 0);
    await page.evaluate(() => new Promise(requestAnimationFrame));
    expect(await shownResultPaths(page)).toEqual(budget);
    expect(await page.textContent('#search-status')).toBe(budgetStatus);
    expect(new URL(page.url()).searchParams.get('q')).toBe('budget');
    await close();
  });

  test(`load ${RESULTS_PAGE_SIZE} results, then ${RESULTS_PAGE_SIZE} more on request, focus on the first new one`, async () => {
    const { page, count, close } = await freshPage();
    await page.goto(`${t.base}/en/search/?q=participatory`);
    await searchAnswered(page);
    const total = await announcedTotal(page);
    expect(total).toBeGreaterThan(RESULTS_PAGE_SIZE); // the catalogue has more than one page of results for it
    expect(total).toBeLessThanOrEqual(2 * RESULTS_PAGE_SIZE);
    expect(await page.locator('#search-results li').count()).toBe(RESULTS_PAGE_SIZE);
    expect(count('fragment')).toBeLessThanOrEqual(RESULTS_PAGE_SIZE);
    expect(await page.textContent('#search-status')).toBe(`${RESULTS_PAGE_SIZE} of ${total} results shown`);
    const first = await shownResultPaths(page);

    const more = page.locator('#search-more');
    expect(await more.textContent()).toBe('Show more results');
    await more.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction((n) => document.querySelectorAll('#search-results li').length === n, total);
    expect(await page.textContent('#search-status')).toBe(`${total} of ${total} results shown`);
    expect(await more.isHidden()).toBe(true); // nothing more to show
    const all = await shownResultPaths(page);
    expect(all.slice(0, RESULTS_PAGE_SIZE)).toEqual(first);
    expect(new Set(all).size).toBe(total);
    const focused = await page.evaluate(() => [...document.querySelectorAll('#search-results a')].indexOf(document.activeElement as HTMLAnchorElement));
    expect(focused).toBe(RESULTS_PAGE_SIZE);

    await page.fill('#q', 'Decidim');
    await page.waitForFunction(() => /^\d+ results$/.test(document.querySelector('#search-status')!.textContent!));
    expect(await more.isHidden()).toBe(true); // one page only
    await close();
  });

  test.each(['fr', 'en'])('%s: "consultation" finds the use case first, then the main platforms among the first five tools, each result saying what it is', async (locale) => {
    const found = await search(locale, 'consultation');
    expect(found[0]).toBe(`/${locale}/use-cases/public-consultation/`);
    // The most deployed platforms among the first five tools: use-case names are weighted by documented
    // deployments on tool pages, and long pages (many deployments, many sources) are not penalised.
    const tools = found.filter((p) => p.includes('/tools/'));
    expect(tools.slice(0, 5)).toEqual(expect.arrayContaining([`/${locale}/tools/decidim/`, `/${locale}/tools/consul-democracy/`]));
    const kinds = await t.page.locator('#search-results .result-kind').allTextContents();
    expect(kinds).toHaveLength(found.length);
    expect(kinds[0]).toBe(locale === 'fr' ? 'Cas d’usage' : 'Use case');
    expect(kinds).toContain(locale === 'fr' ? 'Outil' : 'Tool');
  });
});
