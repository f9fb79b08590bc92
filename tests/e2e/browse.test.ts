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
    await expect(t.page.getByRole('link', { name: 'Proposer une correction' }).getAttribute('href')).resolves.toBe('/fr/contribute/?edit=tools/decidim');
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

  test('an unknown address under /ar/ answers in Arabic, menus included, right to left', async () => {
    const response = await t.page.goto(`${t.base}/ar/tools/no-such-tool/`);
    expect(response?.status()).toBe(404);
    await expect(t.page.locator('html').getAttribute('dir')).resolves.toBe('rtl');
    await expect(t.page.locator('h1').textContent()).resolves.toBe('الصفحة غير موجودة');
    await expect(t.page.locator('nav.nav a').first().textContent()).resolves.not.toMatch(/[A-Za-z]/);
  });
});

describe('tool list: pages and facets', () => {
  const api = async <T>(path: string): Promise<T> => (await fetch(`${t.base}${path}`)).json() as Promise<T>;
  const ids = (hrefs: (string | null)[]) => hrefs.map((h) => h!.replace(/\/$/, '').split('/').pop());

  test('the pages of the list hold every tool once, in name order, 48 at a time', async () => {
    const all = await api<{ items: { id: string }[] }>('/api/tools.json');
    const seen: string[] = [];
    let url: string | undefined = `${t.base}/en/tools/`;
    for (let n = 1; url; n++) {
      await t.page.goto(url);
      const onPage = ids(await t.page.locator('#tool-list > li h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href'))));
      expect(onPage.length).toBe(Math.min(48, all.items.length - seen.length));
      seen.push(...(onPage as string[]));
      await expect(t.page.locator('.pager a[aria-current="page"]').textContent()).resolves.toBe(String(n));
      const next = t.page.locator('.pager a[rel="next"]');
      url = (await next.count()) ? new URL((await next.getAttribute('href'))!, t.base).href : undefined;
    }
    expect(seen).toEqual(all.items.map((i) => i.id));
    const pages = Math.ceil(all.items.length / 48);
    expect(pages).toBeGreaterThan(1);
    await expect(t.page.title()).resolves.toMatch(new RegExp(`^All tools, page ${pages} of ${pages}`));
    await expect(t.page.locator('#shown').textContent()).resolves.toBe(`Tools ${48 * (pages - 1) + 1} to ${all.items.length} of ${all.items.length}`);
  });

  test('a word narrows the list, the orders sort the whole catalogue, and the address keeps both', async () => {
    const all = await api<{ items: { id: string; reviewed: string; used_by: { organization: { id: string } }[] }[] }>('/api/tools.json');
    await t.page.goto(`${t.base}/en/tools/`);
    await t.page.fill('#facets input[name="q"]', 'budget');
    await t.page.waitForFunction(() => !document.querySelector<HTMLElement>('#filtered')!.hidden);
    await t.page.waitForFunction(() => /^\d+ of \d+/.test(document.querySelector('#shown')!.textContent!));
    const found = ids(await t.page.locator('#filtered-list > li h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href'))));
    expect(found.length).toBeGreaterThan(0);
    expect(found.length).toBeLessThan(all.items.length);
    expect(found).toContain('openbudgets-participatory-budgeting');
    expect(new URL(t.page.url()).searchParams.get('q')).toBe('budget');

    await t.page.fill('#facets input[name="q"]', '');
    await t.page.selectOption('#facets select[name="sort"]', 'deployments');
    await t.page.waitForFunction(() => new URL(location.href).searchParams.get('sort') === 'deployments' && !document.querySelector<HTMLElement>('#filtered')!.hidden);
    await t.page.waitForFunction(() => document.querySelectorAll('#filtered-list > li').length > 0);
    const deployments = (id: string) => new Set(all.items.find((i) => i.id === id)!.used_by.map((u) => u.organization.id)).size;
    const most = Math.max(...all.items.map((i) => deployments(i.id)));
    const first = ids(await t.page.locator('#filtered-list > li h2 a').evaluateAll((as) => as.slice(0, 3).map((a) => a.getAttribute('href'))));
    expect(deployments(first[0]!)).toBe(most);
    expect(deployments(first[0]!)).toBeGreaterThanOrEqual(deployments(first[1]!));
    // The order is shared through the address and kept by the language switcher.
    await expect(t.page.locator('nav.langs a[hreflang="fr"]').getAttribute('href')).resolves.toBe('/fr/tools/?sort=deployments');
  });

  test('the criteria facets are folded, and a shared address that chooses one opens them', async () => {
    await t.page.goto(`${t.base}/en/tools/`);
    const details = t.page.locator('#more-filters');
    await expect(details.getAttribute('open')).resolves.toBeNull();
    await expect(t.page.locator('select[name="criterion-deployment"]').isVisible()).resolves.toBe(false);
    await t.page.locator('#more-filters summary').click();
    const value = await t.page.locator('select[name="criterion-deployment"] option[data-filter]').first().getAttribute('value');
    await t.page.selectOption('select[name="criterion-deployment"]', value!);
    await t.page.waitForFunction(() => new URL(location.href).searchParams.has('criterion-deployment'));
    await t.page.reload();
    await t.page.waitForFunction(() => document.querySelector<HTMLDetailsElement>('#more-filters')!.open);
    await expect(t.page.locator('select[name="criterion-deployment"]').isVisible()).resolves.toBe(true);
  });

  test('facet counts follow the selection, and values that would give nothing are disabled', async () => {
    await t.page.goto(`${t.base}/en/tools/`);
    await t.page.selectOption('select[name="use_case"]', 'participatory-budgeting');
    await t.page.waitForFunction(() => !document.querySelector<HTMLElement>('#filtered')!.hidden);
    const shown = () => t.page.locator('#filtered-list > li').count();
    // "more" may hold the rest: read the status's first number.
    const announced = async () => Number((await t.page.locator('#shown').textContent())!.match(/\d+/)![0]);
    const n = await announced();
    await expect(t.page.locator('select[name="use_case"] option:checked').textContent()).resolves.toMatch(new RegExp(`\\(${n}\\)$`));
    const licenses = await t.page.locator('select[name="license"] option[data-filter]').evaluateAll((os) =>
      os.map((o) => ({ value: (o as HTMLOptionElement).value, disabled: (o as HTMLOptionElement).disabled, count: Number(o.textContent!.match(/\((\d+)\)$/)![1]) })),
    );
    // A tool has one licence kind: the counts of the licence values add up to the tools shown.
    expect(licenses.reduce((sum, l) => sum + l.count, 0)).toBe(n);
    const disabled = await t.page.locator('#facets select:not([name="use_case"]) option:disabled').allTextContents();
    expect(disabled.length).toBeGreaterThan(0);
    expect(disabled.every((text) => text.endsWith('(0)'))).toBe(true);
    const pick = licenses.find((l) => !l.disabled)!;
    await t.page.selectOption('select[name="license"]', pick.value);
    await t.page.waitForFunction((count) => Number(document.querySelector('#shown')!.textContent!.match(/\d+/)?.[0]) === count, pick.count);
    expect(await shown()).toBeGreaterThan(0);
    // Back to no choice: the catalogue's own counts again, nothing disabled.
    await t.page.locator('#facets button[type="reset"]').click();
    await t.page.waitForFunction(() => document.querySelectorAll('#facets option:disabled').length === 0);
  });

  test('a facet searches the whole catalogue, updates the count and the URL, and survives a reload', async () => {
    const all = await api<{ items: { id: string }[] }>('/api/tools.json');
    const budgeting = await api<{ tools: { id: string }[] }>('/api/use-cases/participatory-budgeting.json');
    await t.page.goto(`${t.base}/en/tools/`);
    await expect(t.page.locator('#filters-intro').isVisible()).resolves.toBe(true);
    await t.page.selectOption('select[name="use_case"]', 'participatory-budgeting');
    const results = t.page.locator('#filtered-list > li');
    await t.page.waitForFunction(() => !document.querySelector<HTMLElement>('#filtered')!.hidden);
    const found = ids(await results.locator('h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href'))));
    // The same tools the use-case page lists, in name order, wherever they are in the pages of the list.
    expect(found).toEqual(all.items.map((i) => i.id).filter((id) => budgeting.tools.some((b) => b.id === id)));
    expect(found.length).toBeGreaterThan(1);
    expect(await t.page.locator('#tool-list').isVisible()).toBe(false);
    expect(await t.page.locator('.pager').isVisible()).toBe(false);
    await expect(t.page.locator('#shown').textContent()).resolves.toBe(`${found.length} of ${all.items.length} tools shown`);
    // The language switcher carries the filter (a stable code, the same in every language).
    await expect(t.page.locator('nav.langs a[hreflang="ar"]').getAttribute('href')).resolves.toBe('/ar/tools/?use_case=participatory-budgeting');
    expect(new URL(t.page.url()).searchParams.get('use_case')).toBe('participatory-budgeting');

    await t.page.selectOption('select[name="license"]', 'proprietary');
    await t.page.waitForFunction((n) => document.querySelectorAll('#filtered-list > li').length < n, found.length);
    const both = ids(await results.locator('h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href'))));
    expect(both.length).toBeGreaterThan(0);
    for (const id of both) {
      expect(found).toContain(id);
      const tool = await api<{ license: string }>(`/api/tools/${id}.json`);
      expect(tool.license).toBe('proprietary');
    }

    await t.page.reload();
    await expect(t.page.locator('select[name="use_case"]').inputValue()).resolves.toBe('participatory-budgeting');
    await t.page.waitForFunction((n) => document.querySelectorAll('#filtered-list > li').length === n, both.length);

    await t.page.getByRole('button', { name: 'Clear filters' }).click();
    await t.page.locator('#tool-list').waitFor({ state: 'visible' });
    expect(await t.page.locator('#filtered').isVisible()).toBe(false);
    await expect(t.page.locator('#shown').textContent()).resolves.toBe(`Tools 1 to 48 of ${all.items.length}`);
    expect(new URL(t.page.url()).search).toBe('');
  });

  test('many results come 24 at a time; "Show more" appends the next ones and moves focus to them', async () => {
    await t.page.goto(`${t.base}/en/tools/?type=software`);
    const results = t.page.locator('#filtered-list > li');
    await results.first().waitFor();
    const total = Number((await t.page.locator('#shown').textContent())!.split(' ')[0]);
    expect(total).toBeGreaterThan(24);
    expect(await results.count()).toBe(24);
    const more = t.page.getByRole('button', { name: 'Show more tools' });
    await more.click();
    await t.page.waitForFunction((n) => document.querySelectorAll('#filtered-list > li').length === n, Math.min(48, total));
    expect(await t.page.evaluate(() => [...document.querySelectorAll('#filtered-list > li')].indexOf(document.activeElement!.closest('li')!))).toBe(24);
    expect(await more.isVisible()).toBe(total > 48);
    // A filtered card is a card: badges, and a compare box that joins the comparison.
    const card = results.nth(25);
    await expect(card.locator('.badges li').count()).resolves.toBe(3);
    await card.locator('input[type="checkbox"]').check();
    await expect(t.page.locator('#compare-count').textContent()).resolves.toMatch(/^1 tool/);
  });

  test('without JavaScript page 1 and the pager are there, and the facet form stays hidden', async () => {
    const context = await t.browser.newContext({ javaScriptEnabled: false });
    const p = await context.newPage();
    await p.goto(`${t.base}/fr/tools/?use_case=petitions`);
    expect(await p.locator('#tool-list > li').count()).toBe(48);
    expect(await p.locator('#facets').isVisible()).toBe(false);
    // A shared filtered address says plainly that it shows every tool, and where to go instead;
    // the sentence about filters, untrue without JavaScript, is not shown.
    await expect(p.locator('noscript + p.notice, .notice').first().textContent()).resolves.toMatch(/JavaScript.*tous les outils/);
    expect(await p.locator('#filters-intro').isVisible()).toBe(false);
    await p.goto(`${t.base}/fr/tools/`);
    await p.locator('.pager a[rel="next"]').click();
    await p.waitForURL('**/fr/tools/page/2/');
    expect(await p.locator('#tool-list > li').count()).toBeGreaterThan(0);
    await context.close();
  });
});
