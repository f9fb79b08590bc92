import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { usePage } from '../support/e2e.ts';
import { launchChromium } from '../support/browser.ts';
import { serveStatic } from '../support/static-server.ts';
import { scriptSnippet } from '../../src/publish/embed.ts';

/** Hackathons, their projects and what became of them, as a visitor sees them. */
const t = usePage();
const EVENT = 'wirvsvirus-2020';
const api = JSON.parse(readFileSync(`dist/api/events/${EVENT}.json`, 'utf8'));

describe('an event page', () => {
  test.each(['fr', 'ar'])('%s: facts, the outcome chart with its data table, projects by challenge', async (locale) => {
    await t.page.goto(`${t.base}/${locale}/events/${EVENT}/`);
    const chart = t.page.locator('svg.bar-chart[role="img"]');
    await expect(chart.count()).resolves.toBe(1);
    const title = await chart.locator('title').textContent();
    expect(title!.length).toBeGreaterThan(5);
    const bars = await chart.locator('g text.bar-label').allTextContents();
    const rows = await t.page.locator('.data-table tbody th').allTextContents();
    // The table says exactly what the chart draws, in the same order.
    expect(rows).toEqual(bars);
    expect(rows.length).toBeGreaterThanOrEqual(3);
    // Every project of the event is listed once, each with where it stands.
    const listed = await t.page.locator('.project-list li > a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(listed.sort()).toEqual(api.projects.map((p: { id: string }) => `/${locale}/projects/${p.id}/`).sort());
    await expect(t.page.locator('.project-list .meta').count()).resolves.toBe(listed.length);
    await expect(t.page.evaluate(() => document.documentElement.dir)).resolves.toBe(locale === 'ar' ? 'rtl' : 'ltr');
    expect(t.watch.errors).toEqual([]);
  });

  test('in Arabic the bars grow from the right and their labels stay inside the picture', async () => {
    await t.page.goto(`${t.base}/ar/events/${EVENT}/`);
    const box = (await t.page.locator('svg.bar-chart').boundingBox())!;
    const bar = (await t.page.locator('svg.bar-chart g rect').first().boundingBox())!;
    expect(Math.abs(bar.x + bar.width - (box.x + box.width))).toBeLessThan(2);
    for (const label of await t.page.locator('svg.bar-chart .bar-label').all()) {
      const b = (await label.boundingBox())!;
      expect(b.x).toBeGreaterThanOrEqual(box.x - 1);
      expect(b.x + b.width).toBeLessThanOrEqual(box.x + box.width + 1);
    }
  });
});

describe('a project page', () => {
  test('its dated timeline, each step with its source, and a plain statement of where it stands', async () => {
    const project = JSON.parse(readFileSync('dist/api/projects/corona-school-lern-fair.json', 'utf8'));
    await t.page.goto(`${t.base}/en/projects/corona-school-lern-fair/`);
    const steps = t.page.locator('ol.timeline > li');
    await expect(steps.count()).resolves.toBe(project.timeline.length);
    const dates = await t.page.locator('ol.timeline time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime')));
    expect(dates).toEqual(project.timeline.map((s: { date: string }) => s.date));
    const sources = await t.page.locator('ol.timeline a').evaluateAll((els) => els.map((a) => (a as HTMLAnchorElement).href));
    expect(sources).toEqual(project.timeline.map((s: { source: string }) => s.source));
    await expect(t.page.locator('.standing').textContent()).resolves.toMatch(/^(Last seen in service|No news since|Discontinued): /);
    await expect(t.page.locator('a[href="/en/events/wirvsvirus-2020/"]').count()).resolves.toBeGreaterThan(0);
  });
});

describe('the outcomes page', () => {
  test('one and two years after: counts in tables that add up to the projects followed', async () => {
    const projects = JSON.parse(readFileSync('dist/api/projects.json', 'utf8')).count;
    await t.page.goto(`${t.base}/fr/outcomes/`);
    await expect(t.page.locator('h2').allTextContents()).resolves.toEqual(expect.arrayContaining(['Un an après l’événement', 'Deux ans après l’événement']));
    const firstRow = await t.page.locator('table.data-table').first().locator('tbody tr').first().locator('td').allTextContents();
    const [live, stopped, unknown, tooRecent] = firstRow.slice(0, 4).map((n) => Number(n.replace(/\s/g, '')));
    expect(live + stopped + unknown + tooRecent).toBe(projects);
    await expect(t.page.locator('svg.bar-chart').count()).resolves.toBeGreaterThan(0);
  });
});

describe('the events list', () => {
  test('filters by country, keeps the choice in the address, and says how many are shown', async () => {
    await t.page.goto(`${t.base}/fr/events/`);
    const total = await t.page.locator('#event-list > li').count();
    expect(total).toBeGreaterThanOrEqual(12);
    await t.page.selectOption('select[name="country"]', 'TN');
    await t.page.waitForURL('**/fr/events/?country=TN');
    const shown = await t.page.locator('#event-list > li:not([hidden])').count();
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(total);
    const countries = await t.page.locator('#event-list > li:not([hidden])').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.country));
    expect(new Set(countries)).toEqual(new Set(['TN']));
    await expect(t.page.locator('#event-count').textContent()).resolves.toBe(`Événements affichés : ${shown} sur ${total}`);
    await t.page.reload();
    await expect(t.page.locator('select[name="country"]').inputValue()).resolves.toBe('TN');
  });
});

describe('on a phone', () => {
  test.each(['fr', 'ar'])('%s: the new pages fit 390 px without scrolling sideways', async (locale) => {
    await t.page.setViewportSize({ width: 390, height: 800 });
    for (const path of ['events/', `events/${EVENT}/`, 'projects/corona-school-lern-fair/', 'outcomes/']) {
      await t.page.goto(`${t.base}/${locale}/${path}`);
      const overflow = await t.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    await t.page.setViewportSize({ width: 1280, height: 800 });
  });
});

describe('an event embedded on another site', () => {
  let browser: Browser;
  let host: Awaited<ReturnType<typeof serveStatic>>;
  let dir: string;
  const base = inject('baseUrl');
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'civic-event-host-'));
    const snippet = scriptSnippet({ site: base, locale: 'ar', id: EVENT, title: api.text.fr.name, toolCount: api.projects.length, kind: 'events' });
    writeFileSync(join(dir, 'event.html'), `<!doctype html>\n<html lang="ar"><head><meta charset="utf-8"><title>Host</title><link rel="icon" href="data:,"></head><body><h1>Host</h1>\n${snippet}\n</body></html>\n`);
    host = await serveStatic(dir);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await host?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('one pasted line shows its projects and outcome, at its content height', async () => {
    const p = await browser.newPage({ viewport: { width: 1000, height: 800 } });
    const offOrigin: string[] = [];
    const catalogue = new URL(base).origin;
    const hostOrigin = new URL(host.url).origin;
    p.on('request', (r) => ![catalogue, hostOrigin].includes(new URL(r.url()).origin) && offOrigin.push(r.url()));
    await p.goto(`${host.url}/event.html`);
    const frame = (await (await p.waitForSelector('iframe')).contentFrame())!;
    await frame.waitForSelector('.tools li');
    expect(new URL(frame.url()).pathname).toBe(`/ar/embed/events/${EVENT}/`);
    await expect(frame.locator('.tools li').count()).resolves.toBe(api.projects.length);
    await expect(frame.locator('table.funnel tbody tr').count()).resolves.toBeGreaterThan(0);
    // The parent sized the frame to its content (the frame reported its height, keyed events/<id>).
    await p.waitForFunction(() => {
      const f = document.querySelector('iframe')!;
      const doc = f.contentDocument;
      return !doc || Math.abs(f.getBoundingClientRect().height - 400) > 5;
    });
    const height = (await p.locator('iframe').boundingBox())!.height;
    const content = await frame.evaluate(() => document.documentElement.getBoundingClientRect().height);
    expect(Math.abs(height - content)).toBeLessThanOrEqual(3);
    expect(offOrigin).toEqual([]);
    await p.close();
  });
});
