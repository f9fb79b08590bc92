/**
 * A phone 360 px wide, in French and in Arabic (right to left): no page type scrolls sideways and
 * nothing visible sticks out of the screen. Wide content (comparison tables) scrolls inside its own
 * region, which is allowed.
 */
import { describe, expect, test } from 'vitest';
import { usePage } from '../support/e2e.ts';

const t = usePage();

const PAGES = [
  '',
  'tools/',
  'tools/decidim/',
  'use-cases/',
  'use-cases/participatory-budgeting/',
  'organizations/',
  'organizations/etalab/',
  'collections/',
  'collections/participation-citoyenne/',
  'criteria/',
  'search/?q=budget',
  'compare/?tools=consul-democracy,decidim,ckan,tokyo-metropolitan-government-covid-19-countermeasure-site',
  'events/',
  'events/opengovdatahack-2020/',
  'outcomes/',
  'translations/',
  'about/',
  'guides/hackathon-follow-up/',
];

describe('on a phone', () => {
  test.each(['fr', 'ar'])('every page type fits 360 px in %s', async (lang) => {
    await t.page.setViewportSize({ width: 360, height: 740 });
    const problems: string[] = [];
    for (const path of PAGES) {
      const response = await t.page.goto(`${t.base}/${lang}/${path}`, { waitUntil: 'networkidle' });
      expect(response?.status(), path).toBe(200);
      if (path.startsWith('compare/')) await t.page.waitForSelector('#compare-table');
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
