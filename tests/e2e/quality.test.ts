import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { launchChromium } from '../support/browser.ts';
import { watchPage } from '../support/page-watch.ts';
import { PAGE_TYPES } from '../support/page-types.ts';
import { useTranslations } from '../../src/i18n/translate.ts';
import type { Locale } from '../../src/schemas/vocab.ts';

const base = inject('baseUrl');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());


describe.each(['fr', 'ar'])('%s pages', (locale) => {
  test.each(PAGE_TYPES)(`/${locale}/%s: no axe violation, no console error, no request off the origin`, async (path) => {
    const page = await browser.newPage();
    const watch = watchPage(page, base);
    await page.goto(`${base}/${locale}/${path.replace('{toolKind}', encodeURIComponent(useTranslations(locale as Locale)('kind.tools')))}`, { waitUntil: 'networkidle' });
    if (path.startsWith('search/')) await page.waitForSelector('#search-results li');
    if (path.includes('kind=')) await page.waitForFunction(() => (document.querySelector<HTMLSelectElement>('#search-filters select[name="kind"]')?.value ?? '') !== '');
    if (path.startsWith('compare/')) await page.waitForSelector('#compare-table');
    if (path.startsWith('tools/?')) await page.waitForSelector('#filtered-list li');
    if (path.startsWith('contribute/')) await page.waitForFunction(() => !!document.querySelector('#contribute-status')?.textContent);
    await page.evaluate(axeSource); // through DevTools, so the page's CSP stays in force for everything else
    const result = await page.evaluate(() =>
      (window as any).axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } }),
    );
    expect(result.passes.length).toBeGreaterThan(15); // axe really ran its rules on this page
    const violations = result.violations.map((v: any) => `${v.id} (${v.impact}): ${v.help} -> ${v.nodes.slice(0, 3).map((n: any) => n.target.join(' ')).join(' | ')}`);
    expect(violations).toEqual([]);
    expect(watch.errors).toEqual([]);
    expect(watch.offOrigin).toEqual([]);
    const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(csp).toContain("default-src 'self'");
    expect(csp).toMatch(/script-src 'self'/);
    expect(csp).not.toContain('unsafe-inline');
    const cookies = await page.context().cookies();
    expect(cookies).toEqual([]);
    await page.close();
  });
});

test('404 page has no axe violation', async () => {
  const page = await browser.newPage();
  await page.goto(`${base}/xx/nothing-here/`);
  await page.evaluate(axeSource); // through DevTools, so the page's CSP stays in force for everything else
  const result = await page.evaluate(() => (window as any).axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] } }));
  expect(result.violations.map((v: any) => v.id)).toEqual([]);
  await page.close();
});
