import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { usePage } from '../support/e2e.ts';

const t = usePage();
const criteria = JSON.parse(readFileSync('dist/api/criteria.json', 'utf8'));

const columns = () => t.page.locator('#compare-table thead th:not(:first-child) a').allTextContents();
const selection = () => new URL(t.page.url()).searchParams.get('tools');

describe('compare tools', () => {
  test('pick tools on the tool list, at most four, and compare them', async () => {
    await t.page.goto(`${t.base}/fr/tools/`);
    const box = (id: string) => t.page.locator(`input[form="compare-form"][value="${id}"]`);
    // Tools of the first page of the list (48 by name).
    // Plural forms from Intl.PluralRules: "1 outil choisi", "2 outils choisis".
    await box('decidim').check();
    await expect(t.page.locator('#compare-count').textContent()).resolves.toBe('1 outil choisi sur 4 au plus');
    for (const id of ['consul-democracy', 'alaveteli']) await box(id).check();
    await expect(t.page.locator('#compare-count').textContent()).resolves.toBe('3 outils choisis sur 4 au plus');
    await box('ckan').check();
    await expect(box('fixmystreet').isDisabled()).resolves.toBe(true);
    await expect(box('decidim').isDisabled()).resolves.toBe(false);
    await box('ckan').uncheck();
    await expect(box('fixmystreet').isDisabled()).resolves.toBe(false);
    await t.page.getByRole('button', { name: 'Comparer la sélection' }).click();
    await t.page.waitForURL('**/fr/compare/?tools=*');
    await t.page.waitForSelector('#compare-table');
    expect(selection()!.split(',').sort()).toEqual(['alaveteli', 'consul-democracy', 'decidim']);
    await expect(columns()).resolves.toEqual(expect.arrayContaining(['Decidim', 'CONSUL Democracy', 'Alaveteli']));
    await expect(t.page.locator('#compare-status').textContent()).resolves.toBe('3 outils comparés');
    await t.page.locator('#compare-table [data-remove="decidim"]').click();
    await t.page.locator('#compare-table [data-remove="alaveteli"]').click();
    await expect(t.page.locator('#compare-status').textContent()).resolves.toBe('1 outil comparé');
  });

  test('from the list of a collection or a use case as well', async () => {
    for (const path of ['/ar/collections/participation-citoyenne/', '/ar/use-cases/participatory-budgeting/']) {
      await t.page.goto(`${t.base}${path}`);
      await t.page.locator('input[form="compare-form"][value="decidim"]').check();
      await t.page.locator('input[form="compare-form"][value="consul-democracy"]').check();
      await t.page.locator('#compare-form button').click();
      await t.page.waitForURL('**/ar/compare/?tools=*');
      await t.page.waitForSelector('#compare-table');
      expect(selection()!.split(',').sort()).toEqual(['consul-democracy', 'decidim']);
    }
  });

  test('every aspect and every criterion is a row; the comparison survives a reload', async () => {
    await t.page.goto(`${t.base}/en/compare/?tools=decidim,consul-democracy`);
    await t.page.waitForSelector('#compare-table');
    const rows = await t.page.locator('#compare-table tbody th').allTextContents();
    expect(rows.slice(0, 6)).toEqual(['Licence', 'Status', 'Type', 'Interface languages', 'Use cases', 'Used by']);
    expect(rows.length).toBe(6 + criteria.count);
    const license = await t.page.locator('tr[data-row="license"] td').allTextContents();
    expect(license).toEqual(['AGPL-3.0-or-later', 'AGPL-3.0-only']);
    const useCases = t.page.locator('tr[data-row="use-cases"] td').first().getByRole('link', { name: 'Participatory budgeting' });
    await expect(useCases.getAttribute('href')).resolves.toBe('/en/use-cases/participatory-budgeting/');
    await t.page.reload();
    await t.page.waitForSelector('#compare-table');
    await expect(columns()).resolves.toEqual(['Decidim', 'CONSUL Democracy']);
  });

  test('add and remove tools with the keyboard; the address follows', async () => {
    await t.page.goto(`${t.base}/en/compare/?tools=decidim`);
    await t.page.waitForSelector('#compare-table');
    await t.page.getByLabel('Add a tool').focus();
    await t.page.getByLabel('Add a tool').selectOption('umap');
    await t.page.keyboard.press('Tab');
    await expect(t.page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Add');
    await t.page.keyboard.press('Enter');
    await t.page.waitForFunction(() => new URL(location.href).searchParams.get('tools') === 'decidim,umap');
    await expect(columns()).resolves.toEqual(['Decidim', 'uMap']);
    await expect(t.page.locator('#compare-status').textContent()).resolves.toBe('2 tools compared');
    await t.page.getByRole('button', { name: 'Remove Decidim' }).focus();
    await t.page.keyboard.press('Enter');
    await t.page.waitForFunction(() => new URL(location.href).searchParams.get('tools') === 'umap');
    await expect(columns()).resolves.toEqual(['uMap']);
    await expect(t.page.evaluate(() => document.activeElement?.id)).resolves.toBe('compare-select');
    await t.page.getByRole('button', { name: 'Remove uMap' }).click();
    await t.page.waitForFunction(() => location.search === '');
    await expect(t.page.locator('#compare-empty').isVisible()).resolves.toBe(true);
  });

  test('four at most, unknown ids named and dropped, the tool list form without JavaScript understood', async () => {
    await t.page.goto(`${t.base}/fr/compare/?tools=decidim&tools=no-such-tool,umap,ckan,consul-democracy,alaveteli`);
    await t.page.waitForSelector('#compare-table');
    expect(selection()).toBe('decidim,umap,ckan,consul-democracy');
    const missing = t.page.locator('#compare-missing');
    await expect(missing.isVisible()).resolves.toBe(true);
    await expect(missing.locator('bdi').allTextContents()).resolves.toEqual(['no-such-tool']);
    await expect(columns()).resolves.toHaveLength(4);
    await expect(t.page.locator('#compare-select').isDisabled()).resolves.toBe(true);
    await expect(t.page.locator('#compare-full').isVisible()).resolves.toBe(true);
    expect(t.watch.errors).toEqual([]);
    expect(t.watch.offOrigin).toEqual([]);
  });

  test('switching language keeps the comparison, both ways', async () => {
    await t.page.goto(`${t.base}/ar/compare/?tools=consul-democracy,decidim`);
    await t.page.waitForSelector('#compare-table');
    await t.page.click('nav.langs a[hreflang="fr"]');
    await t.page.waitForSelector('#compare-table');
    expect(new URL(t.page.url()).pathname).toBe('/fr/compare/');
    expect(selection()).toBe('consul-democracy,decidim');
    await expect(columns()).resolves.toHaveLength(2);
    // A tool removed on the French page is gone from the Arabic link too.
    await t.page.locator('#compare-table [data-remove="decidim"]').click();
    await expect(t.page.locator('nav.langs a[hreflang="ar"]').getAttribute('href')).resolves.toBe('/ar/compare/?tools=consul-democracy');
    expect(t.watch.errors).toEqual([]);
  });
});
