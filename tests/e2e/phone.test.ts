/**
 * A phone 360 px wide, in French and in Arabic (right to left): no page type scrolls sideways and
 * nothing visible sticks out of the screen. Wide content (comparison tables) scrolls inside its own
 * region, which is allowed.
 */
import { describe, expect, test } from 'vitest';
import { usePage } from '../support/e2e.ts';
import { PAGE_TYPES } from '../support/page-types.ts';
import { useTranslations } from '../../src/i18n/translate.ts';
import type { Locale } from '../../src/schemas/vocab.ts';

const t = usePage();

// Every page type the accessibility audit visits, and a comparison of four tools with a long name.
const PAGES = [
  ...PAGE_TYPES,
  'compare/?tools=consul-democracy,decidim,ckan,tokyo-metropolitan-government-covid-19-countermeasure-site',
];

describe('on a phone', () => {
  test.each(['fr', 'ar'])('every page type fits 360 px in %s', async (lang) => {
    await t.page.setViewportSize({ width: 360, height: 740 });
    const problems: string[] = [];
    for (const path of PAGES) {
      const response = await t.page.goto(`${t.base}/${lang}/${path.replace('{toolKind}', encodeURIComponent(useTranslations(lang as Locale)('kind.tools')))}`, { waitUntil: 'networkidle' });
      expect(response?.status(), path).toBe(200);
      if (path.startsWith('compare/')) await t.page.waitForSelector('#compare-table');
      if (path.startsWith('contribute/')) await t.page.waitForFunction(() => !!document.querySelector('#contribute-status')?.textContent);
      const found = await t.page.evaluate(() => {
        const width = document.documentElement.clientWidth;
        const out: string[] = [];
        if (document.documentElement.scrollWidth > width) out.push(`page is ${document.documentElement.scrollWidth} px wide`);
        for (const e of document.querySelectorAll<HTMLElement>('body *')) {
          const box = e.getBoundingClientRect();
          if (!box.width || e.closest('.table-scroll, .visually-hidden, [hidden]')) continue;
          if (box.right > width + 1 || box.left < -1) out.push(`${e.tagName.toLowerCase()} "${(e.textContent ?? '').trim().slice(0, 40)}" spans ${Math.round(box.left)}..${Math.round(box.right)}`);
          if (out.length > 3) break;
        }
        return out;
      });
      problems.push(...found.map((p) => `/${lang}/${path}: ${p}`));
    }
    expect(problems).toEqual([]);
    expect(t.watch.errors).toEqual([]);
  });

  test('a comparison of four tools scrolls in its own region, the aspect names staying in view', async () => {
    await t.page.setViewportSize({ width: 360, height: 740 });
    await t.page.goto(`${t.base}/ar/compare/?tools=consul-democracy,decidim,ckan,udata`);
    await t.page.waitForSelector('#compare-table');
    const region = t.page.locator('.table-scroll');
    await expect(region.getAttribute('role')).resolves.toBe('region');
    const rowHeader = t.page.locator('#compare-table tbody th').first();
    const before = await rowHeader.boundingBox();
    await region.evaluate((e) => e.scrollBy({ left: -400 }));
    const after = await rowHeader.boundingBox();
    expect(after!.x).toBeCloseTo(before!.x, 0);
    expect(after!.x + after!.width).toBeLessThanOrEqual(360);
  });
});
