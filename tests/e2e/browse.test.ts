import { describe, expect, test } from 'vitest';
import { usePage } from '../support/e2e.ts';

const t = usePage();

describe('browsing', () => {
  test('home -> participatory budgeting -> a tool, in three languages', async () => {
    await t.page.goto(`${t.base}/fr/`);
    await t.page.getByRole('link', { name: 'Budget participatif', exact: true }).click();
    await t.page.waitForURL('**/fr/use-cases/participatory-budgeting/');
    const tools = t.page.locator('section[aria-labelledby="tools"] .card h3 a');
    const names = await tools.allTextContents();
    expect(names).toEqual(expect.arrayContaining(['Decidim', 'CONSUL Democracy']));
    await t.page.getByRole('link', { name: 'Decidim', exact: true }).click();
    await t.page.waitForURL('**/fr/tools/decidim/');
    await expect(t.page.locator('h1').textContent()).resolves.toBe('Decidim');
    await expect(t.page.getByRole('link', { name: 'Modifier cette fiche' }).getAttribute('href')).resolves.toBe(
      'https://github.com/civic-toolbox/civic-toolbox/edit/main/content/tools/decidim.mdx',
    );

    await t.page.getByRole('link', { name: 'English' }).click();
    await t.page.waitForURL('**/en/tools/decidim/');
    await expect(t.page.locator('html').getAttribute('lang')).resolves.toBe('en');
    // Decidim has an English translation: its text is shown as English, without the fallback notice.
    await expect(t.page.locator('.notice').count()).resolves.toBe(0);
    await expect(t.page.locator('.prose').first().getAttribute('lang')).resolves.toBeNull();

    await t.page.getByRole('link', { name: 'العربية' }).click();
    await t.page.waitForURL('**/ar/tools/decidim/');
    await expect(t.page.locator('h2#facts').textContent()).resolves.toBe('لمحة سريعة');
    expect(t.watch.errors).toEqual([]);
  });

  test('an Arabic t.page is laid out right to left', async () => {
    await t.page.goto(`${t.base}/ar/use-cases/`);
    await expect(t.page.locator('html').getAttribute('dir')).resolves.toBe('rtl');
    const direction = await t.page.evaluate(() => getComputedStyle(document.body).direction);
    expect(direction).toBe('rtl');
    // The brand sits at the inline start, which is the right edge in RTL.
    const brand = await t.page.locator('.brand').boundingBox();
    const width = t.page.viewportSize()!.width;
    expect(brand!.x + brand!.width).toBeGreaterThan(width / 2);
  });

  test('the root sends the visitor to their language', async () => {
    const context = await t.browser.newContext({ locale: 'ar-MA' });
    const p = await context.newPage();
    await p.goto(`${t.base}/`);
    await p.waitForURL('**/ar/');
    await context.close();
    const fr = await t.browser.newContext({ locale: 'de-DE' });
    const q = await fr.newPage();
    await q.goto(`${t.base}/`);
    await q.waitForURL('**/fr/');
    await fr.close();
  });

  test('an unknown t.page answers 404 with a way back', async () => {
    const response = await t.page.goto(`${t.base}/fr/does-not-exist/`);
    expect(response?.status()).toBe(404);
    await expect(t.page.locator('h1').textContent()).resolves.toBe('Page introuvable');
  });
});

describe('tool list facets', () => {
  test('a facet narrows the list, updates the count and the URL, and survives a reload', async () => {
    await t.page.goto(`${t.base}/en/tools/`);
    const cards = t.page.locator('#tool-list > li');
    const total = await cards.count();
    expect(total).toBeGreaterThanOrEqual(40);
    await t.page.selectOption('select[name="use_case"]', 'participatory-budgeting');
    const visible = t.page.locator('#tool-list > li:visible');
    const shown = await visible.count();
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(total);
    for (const attr of await visible.evaluateAll((els) => els.map((e) => e.getAttribute('data-use_case')))) {
      expect(attr!.split(' ')).toContain('participatory-budgeting');
    }
    await expect(t.page.locator('#shown').textContent()).resolves.toBe(`${shown} of ${total} tools shown`);
    expect(new URL(t.page.url()).searchParams.get('use_case')).toBe('participatory-budgeting');

    await t.page.selectOption('select[name="license"]', 'open');
    const both = await visible.count();
    expect(both).toBeLessThanOrEqual(shown);

    await t.page.reload();
    await expect(t.page.locator('select[name="use_case"]').inputValue()).resolves.toBe('participatory-budgeting');
    expect(await t.page.locator('#tool-list > li:visible').count()).toBe(both);

    await t.page.getByRole('button', { name: 'Clear filters' }).click();
    await t.page.waitForFunction((n) => document.querySelectorAll('#tool-list > li:not([hidden])').length === n, total);
  });

  test('without JavaScript the full list is there and the facet form stays hidden', async () => {
    const context = await t.browser.newContext({ javaScriptEnabled: false });
    const p = await context.newPage();
    await p.goto(`${t.base}/fr/tools/`);
    expect(await p.locator('#tool-list > li').count()).toBeGreaterThanOrEqual(40);
    expect(await p.locator('#facets').isVisible()).toBe(false);
    await context.close();
  });
});
