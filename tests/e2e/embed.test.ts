import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from '../support/browser.ts';
import { serveStatic } from '../support/static-server.ts';
import { allResultPaths } from '../support/search-page.ts';
import { componentSnippet, HEIGHT_MESSAGE, scriptSnippet } from '../../src/publish/embed.ts';

/**
 * A plain page on another origin (another port) pastes the snippets the Embed panel gives, with
 * the catalogue served by global-setup: what a ministry's or a city's site would do.
 */
const base = inject('baseUrl');
const ID = 'participation-citoyenne';
const collection = JSON.parse(readFileSync(`dist/api/collections/${ID}.json`, 'utf8'));
const target = (locale: 'fr' | 'en' | 'ar') => ({ site: base, locale, id: ID, title: collection.text[locale]?.name ?? collection.text.fr.name, toolCount: collection.tools.length });
const page = (lang: string, body: string, head = '') =>
  `<!doctype html>\n<html lang="${lang}"><head><meta charset="utf-8"><title>Host</title><link rel="icon" href="data:,">${head}</head><body><h1>Host page</h1>\n${body}\n<p id="after">After the embed.</p></body></html>\n`;

let browser: Browser;
let host: Awaited<ReturnType<typeof serveStatic>>;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'civic-host-'));
  writeFileSync(join(dir, 'script.html'), page('ar', scriptSnippet(target('ar'))));
  writeFileSync(join(dir, 'script-fr.html'), page('fr', scriptSnippet(target('fr'))));
  writeFileSync(join(dir, 'component.html'), page('ar', componentSnippet(target('ar')), '<style>civic-collection { --civic-accent: rgb(200, 0, 100); }</style>'));
  // A frame of the host's own origin that claims to be the embed.
  writeFileSync(join(dir, 'impostor.html'), `<!doctype html><title>x</title><script>parent.postMessage({ type: '${HEIGHT_MESSAGE}', collection: '${ID}', height: 1234 }, '*'); parent.impostorSent = true;</script>`);
  host = await serveStatic(dir);
  expect(new URL(host.url).origin).not.toBe(new URL(base).origin);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await host?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A page in a fresh context that records every request (frames included) and every error. */
async function open(path: string, options: Parameters<Browser['newContext']>[0] = {}) {
  const context = await browser.newContext(options);
  const p = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  p.on('request', (r) => requests.push(r.url()));
  p.on('pageerror', (e) => errors.push(e.message));
  p.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  p.on('response', (r) => r.status() >= 400 && errors.push(`${r.status()} ${r.url()}`));
  await p.goto(`${host.url}/${path}`);
  return { context, page: p, requests, errors };
}

async function embedFrame(p: Page): Promise<Frame> {
  const handle = await p.waitForSelector('iframe');
  const frame = await handle.contentFrame();
  await frame!.waitForSelector('.tools li');
  return frame!;
}

/** Waits until the iframe's height is its content's height, within `tolerance` px; returns both. */
async function fitted(p: Page, frame: Frame, tolerance = 3) {
  const iframe = p.locator('iframe').first();
  let last = { box: 0, content: -1 };
  for (let i = 0; i < 50; i++) {
    const box = (await iframe.boundingBox())!.height;
    const content = await frame.evaluate(() => document.documentElement.getBoundingClientRect().height);
    last = { box, content };
    const scrollbars = await frame.evaluate(() => document.documentElement.scrollHeight > innerHeight + 1);
    if (Math.abs(box - content) <= tolerance && !scrollbars) return last;
    await p.waitForTimeout(100);
  }
  throw new Error(`iframe ${last.box}px high for ${last.content}px of content`);
}

describe('iframe embed through /embed.js', () => {
  let context: BrowserContext;
  let p: Page;
  let requests: string[];
  let errors: string[];
  let frame: Frame;

  beforeAll(async () => {
    ({ context, page: p, requests, errors } = await open('script.html'));
    await p.setViewportSize({ width: 1200, height: 800 });
    frame = await embedFrame(p);
  });
  afterAll(() => context?.close());

  test('one pasted line shows the collection in the page language, at its content height', async () => {
    const iframe = p.locator('iframe');
    await expect(iframe.getAttribute('title')).resolves.toBe(collection.text.ar.name);
    await expect(iframe.getAttribute('loading')).resolves.toBe('lazy');
    await expect(iframe.getAttribute('sandbox')).resolves.toBe('allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox');
    expect(new URL(frame.url()).pathname).toBe(`/ar/embed/collections/${ID}/`);
    await expect(frame.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).resolves.toEqual(['ar', 'rtl']);
    const names = await frame.locator('.tools h2').allTextContents();
    expect(names.length).toBe(collection.tools.length);
    const { box } = await fitted(p, frame);
    expect(box).toBeGreaterThan(300);
    await expect(p.locator('a.civic-toolbox-embed').count()).resolves.toBe(0);
  });

  test('follows its content when the viewport narrows and widens again', async () => {
    const wide = await fitted(p, frame);
    await p.setViewportSize({ width: 360, height: 800 });
    const narrow = await fitted(p, frame);
    expect(narrow.box).toBeGreaterThan(wide.box + 50);
    await p.setViewportSize({ width: 1200, height: 800 });
    const again = await fitted(p, frame);
    expect(Math.abs(again.box - wide.box)).toBeLessThanOrEqual(3);
  });

  test('a message from another frame or another origin does not resize it', async () => {
    const before = (await fitted(p, frame)).box;
    // A frame of the host's origin posts a well-formed height message.
    await p.evaluate(() => {
      const impostor = document.createElement('iframe');
      impostor.src = '/impostor.html';
      document.body.append(impostor);
    });
    await p.waitForFunction(() => (window as any).impostorSent === true);
    // The host page itself, then forged events: the right frame from a wrong origin, the right origin from a wrong frame.
    const catalogue = new URL(base).origin;
    await p.evaluate(
      ({ type, id, catalogue }) => {
        const frame = document.querySelector('iframe')!;
        window.postMessage({ type, collection: id, height: 1500 }, '*');
        window.dispatchEvent(new MessageEvent('message', { data: { type, collection: id, height: 1600 }, origin: 'https://evil.example', source: frame.contentWindow }));
        window.dispatchEvent(new MessageEvent('message', { data: { type, collection: id, height: 1700 }, origin: catalogue, source: window }));
        window.dispatchEvent(new MessageEvent('message', { data: { type, collection: 'other', height: 1800 }, origin: catalogue, source: frame.contentWindow }));
      },
      { type: HEIGHT_MESSAGE, id: ID, catalogue },
    );
    await p.waitForTimeout(500);
    expect((await p.locator('iframe').first().boundingBox())!.height).toBe(before);
    // Control: the same forged event with the right frame and origin is obeyed (and clamped), so the checks above are what refused.
    await p.evaluate(
      ({ type, id, catalogue }) => {
        const frame = document.querySelector('iframe')!;
        window.dispatchEvent(new MessageEvent('message', { data: { type, collection: id, height: 1e9 }, origin: catalogue, source: frame.contentWindow }));
      },
      { type: HEIGHT_MESSAGE, id: ID, catalogue },
    );
    await expect(p.evaluate(() => document.querySelector('iframe')!.getBoundingClientRect().height)).resolves.toBe(20000);
  });

  test('no cookie, no request anywhere but the catalogue, no error', async () => {
    const catalogue = new URL(base).origin;
    const elsewhere = requests.filter((url) => new URL(url).origin !== catalogue && !url.startsWith(`${host.url}/script.html`) && !url.startsWith(`${host.url}/impostor.html`));
    expect(elsewhere).toEqual([]);
    expect(requests.some((url) => url.startsWith(`${catalogue}/ar/embed/`))).toBe(true);
    await expect(context.cookies()).resolves.toEqual([]);
    expect(errors).toEqual([]);
  });
});

test('with scripts off, the fallback link is there', async () => {
  const { context, page: p } = await open('script-fr.html', { javaScriptEnabled: false });
  const link = p.locator('a.civic-toolbox-embed');
  await expect(link.getAttribute('href')).resolves.toBe(`${base}/fr/collections/${ID}/`);
  await expect(link.textContent()).resolves.toBe(collection.text.fr.name);
  await expect(p.locator('iframe').count()).resolves.toBe(0);
  await context.close();
});

describe('web component <civic-collection>', () => {
  test('renders the collection in shadow DOM, right to left in Arabic, with the host CSS variable', async () => {
    const { context, page: p, requests, errors } = await open('component.html');
    const items = p.locator('civic-collection >> [part~="item"]');
    await items.first().waitFor();
    await expect(items.count()).resolves.toBe(collection.tools.length);
    const expected = collection.tools.map((i: any) => (i.tool.text.ar ?? i.tool.text[i.tool.lang]).name);
    await expect(p.locator('civic-collection >> [part~="name"]').allTextContents()).resolves.toEqual(expected);
    await expect(p.locator('civic-collection >> [part~="container"]').getAttribute('dir')).resolves.toBe('rtl');
    const color = await p.locator('civic-collection >> a[part~="name"]').first().evaluate((a) => getComputedStyle(a).color);
    expect(color).toBe('rgb(200, 0, 100)');
    const href = await p.locator('civic-collection >> a[part~="name"]').first().getAttribute('href');
    expect(href).toBe(collection.tools[0].tool.url.ar);
    const catalogue = new URL(base).origin;
    expect(requests.filter((url) => new URL(url).origin !== catalogue && url !== `${host.url}/component.html`)).toEqual([]);
    await expect(context.cookies()).resolves.toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('shows a hostile name as text and refuses a javascript: link', async () => {
    const context = await browser.newContext();
    const p = await context.newPage();
    const hostile = structuredClone(collection);
    hostile.tools[0].tool.text = { ar: { name: '<img src=x onerror="window.pwned=1">', summary: '<b>bold?</b>' } };
    hostile.tools[0].tool.url.ar = 'javascript:window.pwned=2';
    await p.route(`${base}/api/collections/${ID}.json`, (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', headers: { 'access-control-allow-origin': '*' }, body: JSON.stringify(hostile) }),
    );
    await p.goto(`${host.url}/component.html`);
    const first = p.locator('civic-collection >> [part~="item"]').first();
    await first.waitFor();
    await expect(first.locator('[part~="name"]').textContent()).resolves.toBe('<img src=x onerror="window.pwned=1">');
    await expect(first.locator('[part~="summary"]').textContent()).resolves.toBe('<b>bold?</b>');
    await expect(first.locator('[part~="name"]').evaluate((el) => el.tagName)).resolves.toBe('SPAN');
    await expect(p.locator('civic-collection >> img, civic-collection >> b').count()).resolves.toBe(0);
    await p.waitForTimeout(200);
    await expect(p.evaluate(() => (window as any).pwned)).resolves.toBeUndefined();
    await context.close();
  });
});

describe('the embed page itself', () => {
  test('light and dark themes: the reader setting, and ?theme= over it', async () => {
    const context = await browser.newContext({ colorScheme: 'dark' });
    const p = await context.newPage();
    const background = () => p.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    await p.goto(`${base}/fr/embed/collections/${ID}/`);
    await expect(background()).resolves.toBe('rgb(21, 25, 30)');
    await p.goto(`${base}/fr/embed/collections/${ID}/?theme=light`);
    await p.waitForFunction(() => document.documentElement.dataset.theme === 'light');
    await expect(background()).resolves.toBe('rgb(255, 255, 255)');
    await p.emulateMedia({ colorScheme: 'light' });
    await p.goto(`${base}/fr/embed/collections/${ID}/?theme=dark`);
    await p.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
    await expect(background()).resolves.toBe('rgb(21, 25, 30)');
    await context.close();
  });

  test('kept out of search engines and of the site search; tool links open a new tab', async () => {
    const response = await fetch(`${base}/fr/embed/collections/${ID}/`);
    expect(response.headers.get('x-robots-tag')).toBe('noindex');
    const html = await response.text();
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).not.toContain('data-pagefind-body');
    const context = await browser.newContext();
    const p = await context.newPage();
    await p.goto(`${base}/fr/search/?q=${encodeURIComponent(collection.text.fr.name)}`);
    const found = await allResultPaths(p);
    expect(found).toContain(`/fr/collections/${ID}/`);
    expect(found.filter((path) => path.includes('/embed/'))).toEqual([]);
    await p.goto(`${base}/fr/embed/collections/${ID}/`);
    const targets = await p.locator('a').evaluateAll((links) => links.map((a) => `${a.getAttribute('target')} ${a.getAttribute('rel')}`));
    expect(new Set(targets)).toEqual(new Set(['_blank noopener']));
    await context.close();
  });
});

describe('Embed panel of a collection page', () => {
  test('three snippets with copy buttons that say what they did, and a live preview at its content height', async () => {
    const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const p = await context.newPage();
    const errors: string[] = [];
    p.on('pageerror', (e) => errors.push(e.message));
    p.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await p.goto(`${base}/fr/collections/${ID}/`);
    const panel = p.locator('section[aria-labelledby="embed"]');
    const codes = await panel.locator('pre code').allTextContents();
    expect(codes).toHaveLength(3);
    expect(codes[0]).toContain('/embed.js');
    expect(codes[1]).toMatch(/^<iframe /);
    expect(codes[2]).toContain('<civic-collection');
    await panel.getByRole('button', { name: 'Copier Composant web' }).click();
    await p.waitForFunction(() => document.querySelector('#copy-status')!.textContent !== '');
    await expect(p.locator('#copy-status').textContent()).resolves.toBe('Code copié dans le presse-papiers.');
    await expect(p.evaluate(() => navigator.clipboard.readText())).resolves.toBe(codes[2]);

    const preview = p.locator('.embed-preview iframe');
    await preview.scrollIntoViewIfNeeded();
    const frame = (await (await preview.elementHandle())!.contentFrame())!;
    await frame.waitForSelector('.tools li');
    await fitted(p, frame);
    expect(errors).toEqual([]);
    await context.close();
  });
});
