import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
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

describe('browsing', () => {
  test('home -> participatory budgeting -> a tool, in three languages', async () => {
    await page.goto(`${base}/fr/`);
    await page.getByRole('link', { name: 'Budget participatif', exact: true }).click();
    await page.waitForURL('**/fr/use-cases/participatory-budgeting/');
    const tools = page.locator('section[aria-labelledby="tools"] .card h3 a');
    const names = await tools.allTextContents();
    expect(names).toEqual(expect.arrayContaining(['Decidim', 'CONSUL Democracy']));
    await page.getByRole('link', { name: 'Decidim', exact: true }).click();
    await page.waitForURL('**/fr/tools/decidim/');
    await expect(page.locator('h1').textContent()).resolves.toBe('Decidim');
    await expect(page.getByRole('link', { name: 'Modifier cette fiche' }).getAttribute('href')).resolves.toBe(
      'https://github.com/civic-toolbox/civic-toolbox/edit/main/content/tools/decidim.mdx',
    );

    await page.getByRole('link', { name: 'English' }).click();
    await page.waitForURL('**/en/tools/decidim/');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    // Decidim has an English translation: its text is shown as English, without the fallback notice.
    await expect(page.locator('.notice').count()).resolves.toBe(0);
    await expect(page.locator('.prose').first().getAttribute('lang')).resolves.toBeNull();

    await page.getByRole('link', { name: 'العربية' }).click();
    await page.waitForURL('**/ar/tools/decidim/');
    await expect(page.locator('h2#facts').textContent()).resolves.toBe('لمحة سريعة');
    expect(watch.errors).toEqual([]);
  });

  test('an Arabic page is laid out right to left', async () => {
    await page.goto(`${base}/ar/use-cases/`);
    await expect(page.locator('html').getAttribute('dir')).resolves.toBe('rtl');
    const direction = await page.evaluate(() => getComputedStyle(document.body).direction);
    expect(direction).toBe('rtl');
    // The brand sits at the inline start, which is the right edge in RTL.
    const brand = await page.locator('.brand').boundingBox();
    const width = page.viewportSize()!.width;
    expect(brand!.x + brand!.width).toBeGreaterThan(width / 2);
  });

  test('the root sends the visitor to their language', async () => {
    const context = await browser.newContext({ locale: 'ar-MA' });
    const p = await context.newPage();
    await p.goto(`${base}/`);
    await p.waitForURL('**/ar/');
    await context.close();
    const fr = await browser.newContext({ locale: 'de-DE' });
    const q = await fr.newPage();
    await q.goto(`${base}/`);
    await q.waitForURL('**/fr/');
    await fr.close();
  });

  test('an unknown page answers 404 with a way back', async () => {
    const response = await page.goto(`${base}/fr/does-not-exist/`);
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1').textContent()).resolves.toBe('Page introuvable');
  });
});

describe('tool list facets', () => {
  test('a facet narrows the list, updates the count and the URL, and survives a reload', async () => {
    await page.goto(`${base}/en/tools/`);
    const cards = page.locator('#tool-list > li');
    const total = await cards.count();
    expect(total).toBeGreaterThanOrEqual(40);
    await page.selectOption('select[name="use_case"]', 'participatory-budgeting');
    const visible = page.locator('#tool-list > li:visible');
    const shown = await visible.count();
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(total);
    for (const attr of await visible.evaluateAll((els) => els.map((e) => e.getAttribute('data-use_case')))) {
      expect(attr!.split(' ')).toContain('participatory-budgeting');
    }
    await expect(page.locator('#shown').textContent()).resolves.toBe(`${shown} of ${total} tools shown`);
    expect(new URL(page.url()).searchParams.get('use_case')).toBe('participatory-budgeting');

    await page.selectOption('select[name="license"]', 'open');
    const both = await visible.count();
    expect(both).toBeLessThanOrEqual(shown);

    await page.reload();
    await expect(page.locator('select[name="use_case"]').inputValue()).resolves.toBe('participatory-budgeting');
    expect(await page.locator('#tool-list > li:visible').count()).toBe(both);

    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.waitForFunction((n) => document.querySelectorAll('#tool-list > li:not([hidden])').length === n, total);
  });

  test('without JavaScript the full list is there and the facet form stays hidden', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const p = await context.newPage();
    await p.goto(`${base}/fr/tools/`);
    expect(await p.locator('#tool-list > li').count()).toBeGreaterThanOrEqual(40);
    expect(await p.locator('#facets').isVisible()).toBe(false);
    await context.close();
  });
});
