import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { usePage } from '../support/e2e.ts';

const t = usePage();
let root: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'contribute-e2e-'));
  cpSync('content', join(root, 'content'), { recursive: true });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** `npm run validate` on the catalogue with the produced file added: its exit code and what it printed. */
function validateWith(file: string, text: string) {
  const path = join(root, file);
  mkdirSync(dirname(path), { recursive: true });
  const before = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  writeFileSync(path, text);
  const run = spawnSync(process.execPath, [resolve('scripts/validate.ts')], { cwd: root, encoding: 'utf8' });
  if (before === undefined) rmSync(path);
  else writeFileSync(path, before);
  return { status: run.status, out: `${run.stdout}${run.stderr}` };
}

/** The messages beside a field, once the check has run. */
async function fieldErrors(page: Page, path: string) {
  const el = page.locator(`[data-path="${path}"] .field-error`).first();
  await el.waitFor({ state: 'visible' });
  return el.textContent();
}

/** The form has checked the file at least once (its status says how many problems, or that it passes). */
const settled = (page: Page) =>
  page.waitForFunction(() => {
    const status = document.querySelector('#contribute-status')?.textContent ?? '';
    return status !== '' && !status.endsWith('…');
  });

async function proposeNewTool(page: Page, locale: 'en' | 'ar', id: string) {
  await page.goto(`${t.base}/${locale}/contribute/`);
  await page.waitForSelector('#f-name');
  // Mistakes first: a licence that is not SPDX, a use case that does not exist, a javascript: address.
  await page.fill('#f-name', `Civic Form Test ${id}`);
  await page.fill('#f-summary', 'A tool entered through the contribution form by its end-to-end test.');
  await page.fill('#f-website', 'javascript:alert(1)');
  await page.fill('#f-license', 'GPL3');
  await page.selectOption('#f-type', 'software');
  await page.fill('#f-use-cases', 'no-such-use-case');
  await page.fill('#f-sources', 'https://example.org/evidence');
  await page.fill('#f-body', '## What it does\n\nIt checks the contribution form from start to finish.');
  await page.locator('#f-body').blur();
  expect(await page.inputValue('#f-id')).toBe(`civic-form-test-${id}`);
  expect(await fieldErrors(page, 'license')).toContain('found "GPL3" — did you mean "GPL-3.0-only"?');
  expect(await fieldErrors(page, 'website')).toContain('found "javascript:alert(1)"');
  expect(await fieldErrors(page, 'use_cases')).toContain('found "no-such-use-case", which does not exist');
  await expect(page.locator('#contribute-propose').getAttribute('aria-disabled')).resolves.toBe('true');

  // Fixed, with the picker for the use case.
  await page.fill('#f-website', 'https://example.org/civic-form-test');
  await page.fill('#f-license', 'GPL-3.0-only');
  await page.fill('#f-use-cases', '');
  await page.fill('#f-use-cases-pick', 'public-consultation');
  await page.press('#f-use-cases-pick', 'Enter');
  await page.check('#confirm-sources');
  await page.check('#confirm-personal');
  await page.waitForFunction(() => document.querySelector('#contribute-propose')?.getAttribute('aria-disabled') === null);
  expect(await page.locator('.field-error:not([hidden])').count()).toBe(0);
  const text = await page.inputValue('#contribute-text');
  const href = (await page.locator('#contribute-propose').getAttribute('href'))!;
  return { text, href };
}

describe('contributing without Git', () => {
  test('a new tool: each mistake beside its field with the validator\'s words; fixed, the file passes npm run validate and goes to GitHub', async () => {
    const { text, href } = await proposeNewTool(t.page, 'en', 'en');
    expect(text).toMatch(/^---\nname: Civic Form Test en\n/);
    expect(text).toContain('\nlicense: GPL-3.0-only\n');
    expect(text).toContain('\nuse_cases: [public-consultation]\n');
    expect(text).toContain('\nlang: en\n');
    const result = validateWith('content/tools/civic-form-test-en.mdx', text);
    expect(result.out).toMatch(/0 errors, 0 warnings/);
    expect(result.status).toBe(0);
    const url = new URL(href);
    expect(`${url.origin}${url.pathname}`).toBe('https://github.com/civic-toolbox/civic-toolbox/new/main');
    expect(url.searchParams.get('filename')).toBe('content/tools/civic-form-test-en.mdx');
    expect(url.searchParams.get('value')).toBe(text);
    // The pull request's description: the template's checklist, with what the form knows ticked.
    const description = url.searchParams.get('description')!;
    expect(description).toContain('- [x] Every fact I added or changed comes from a URL listed');
    expect(description).toContain('- [x] `npm run validate` reports no error');
    expect(description).toContain('- [x] No personal data');
    expect(t.watch.offOrigin).toEqual([]);
    expect(t.watch.errors).toEqual([]);
  });

  test('the same journey in Arabic, right to left', async () => {
    const { text, href } = await proposeNewTool(t.page, 'ar', 'ar');
    await expect(t.page.locator('html').getAttribute('dir')).resolves.toBe('rtl');
    await expect(t.page.locator('#contribute-status').textContent()).resolves.toBe('الملف يجتاز أداة التحقق.');
    expect(text).toContain('\nlang: ar\n');
    expect(validateWith('content/tools/civic-form-test-ar.mdx', text).status).toBe(0);
    expect(new URL(href).searchParams.get('filename')).toBe('content/tools/civic-form-test-ar.mdx');
  });

  test('a correction: unchanged, the file round-trips byte for byte; one field changed, only its line differs, and GitHub\'s edit page opens', async () => {
    await t.page.goto(`${t.base}/en/contribute/?edit=tools/decidim`);
    await t.page.waitForSelector('#f-name');
    await settled(t.page);
    const raw = readFileSync('content/tools/decidim.mdx', 'utf8');
    expect(await t.page.inputValue('#contribute-text')).toBe(raw);
    await expect(t.page.locator('h1').textContent()).resolves.toBe('Correct “Decidim”');
    await expect(t.page.locator('#contribute-hint').textContent()).resolves.toBe('Nothing has changed: edit a field to propose a correction.');
    await t.page.fill('#f-summary', 'A free framework for participatory democracy, corrected through the form.');
    await t.page.check('#confirm-sources');
    await t.page.check('#confirm-personal');
    await t.page.waitForFunction(() => document.querySelector('#contribute-propose')?.getAttribute('aria-disabled') === null);
    const text = await t.page.inputValue('#contribute-text');
    const changed = text.split('\n').filter((line, i) => line !== raw.split('\n')[i]);
    expect(changed).toEqual(['summary: A free framework for participatory democracy, corrected through the form.']);
    await expect(t.page.locator('#contribute-propose').getAttribute('href')).resolves.toBe('https://github.com/civic-toolbox/civic-toolbox/edit/main/content/tools/decidim.mdx');
  });

  test('translate an entry: the translation file, with the original\'s fingerprint, passes npm run validate', async () => {
    const id = readdirSync('content/tools')
      .map((f) => f.replace(/\.mdx$/, ''))
      .find((i) => !/^lang: (en|ar)$/m.test(readFileSync(`content/tools/${i}.mdx`, 'utf8')) && !existsSync(`content/translations/en/tools/${i}.mdx`))!;
    await t.page.goto(`${t.base}/en/tools/${id}/`);
    await t.page.locator('.notice a').click();
    await t.page.waitForURL(`**/en/contribute/?translate=tools/${id}`);
    await t.page.waitForSelector('#f-summary');
    await t.page.fill('#f-summary', 'An English summary written in the contribution form.');
    await t.page.fill('#f-body', '## In English\n\nThis text translates the original, for the test.');
    await t.page.check('#confirm-sources');
    await t.page.check('#confirm-personal');
    await t.page.waitForFunction(() => document.querySelector('#contribute-propose')?.getAttribute('aria-disabled') === null);
    const text = await t.page.inputValue('#contribute-text');
    expect(text).toMatch(/\noriginal_digest: [0-9a-f]{12}\n/);
    const file = `content/translations/en/tools/${id}.mdx`;
    await expect(t.page.locator('#contribute-path').textContent()).resolves.toBe(`Path: ${file}`);
    expect(validateWith(file, text).out).toMatch(/0 errors, 0 warnings/);
  });

  test('without JavaScript, the page says what to do instead', async () => {
    const context = await t.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${t.base}/fr/contribute/`);
    await expect(page.locator('noscript').first().innerHTML()).resolves.toContain('issues/new/choose');
    await expect(page.locator('#contribute').isHidden()).resolves.toBe(true);
    await context.close();
  });

  test('what a person types is never read as HTML: the preview shows it as text', async () => {
    await t.page.goto(`${t.base}/en/contribute/`);
    await t.page.waitForSelector('#f-name');
    await t.page.fill('#f-name', '<img src=x onerror="window.pwned=1">');
    await t.page.fill('#f-body', 'Text <script>window.pwned=2</script> and <img src=x onerror="window.pwned=3">');
    await t.page.locator('#f-body').blur();
    await t.page.waitForFunction(() => /problem/.test(document.querySelector('#contribute-status')?.textContent ?? ''));
    expect(await t.page.evaluate(() => (window as any).pwned)).toBeUndefined();
    expect(await t.page.locator('#contribute-preview img, #contribute-preview script').count()).toBe(0);
    await expect(t.page.locator('#contribute-preview h3').textContent()).resolves.toBe('<img src=x onerror="window.pwned=1">');
    expect(await fieldErrors(t.page, 'body')).toMatch(/HTML|JSX|tag/i);
  });
});
