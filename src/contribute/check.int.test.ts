/**
 * The form's check in the browser against `npm run validate` on the real catalogue: the same
 * messages for the same file (both run the same per-file check and the same cross-file rules).
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadContent } from '../checking/pipeline.ts';
import { checkContribution } from './check.ts';
import { contributeIndex } from './index-data.ts';
import { catalogueFromContent } from '../catalogue/from-content.ts';

const NOW = new Date('2026-11-30T12:00:00Z');
const show = (p: { field: string; message: string; suggestion?: string; line: number }) => `${p.line} ${p.field}: ${p.message} (${p.suggestion ?? ''})`;

describe('the contribution form checks a file as the validator does', { timeout: 60_000 }, () => {
  let root: string;
  let index: ReturnType<typeof contributeIndex>;
  const validator = (file: string, text: string) => {
    writeFileSync(join(root, file), text);
    try {
      return loadContent(root, NOW).problems.filter((p) => p.file === file);
    } finally {
      // Back to the catalogue as it is.
      if (existsSync(file)) cpSync(file, join(root, file));
      else rmSync(join(root, file), { force: true });
    }
  };

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'contribute-check-'));
    cpSync('content', join(root, 'content'), { recursive: true });
    index = contributeIndex(catalogueFromContent(loadContent(root, NOW)));
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  test('a new tool with a dangling reference, a duplicate name and a wrong criterion answer: the same problems', () => {
    // An id after decidim in the validator's (file name) order, so that both report the duplicate on the new file.
    const file = 'content/tools/decidimx.mdx';
    const text = readFileSync('content/tools/decidim.mdx', 'utf8').replace('use_cases: [', 'use_cases: [no-such-use-case, ').replace('public-api: true', 'public-api: "yes"');
    const form = checkContribution({ kind: 'tools', file, text }, index, undefined, NOW).problems.map(show);
    const cli = validator(file, text).map(show);
    expect(form.length).toBe(5);
    expect(form).toEqual(cli);
  });

  test('a correction with a schema mistake: the validator\'s problems, and the references the valid fields name', () => {
    const file = 'content/tools/decidim.mdx';
    const text = readFileSync(file, 'utf8').replace('license: AGPL-3.0-or-later', 'license: GPL3').replace('use_cases: [', 'use_cases: [no-such-use-case, ');
    const form = checkContribution({ kind: 'tools', file, text }, index, undefined, NOW).problems.map(show);
    const cli = validator(file, text).map(show);
    expect(form.slice(0, cli.length)).toEqual(cli);
    expect(cli.join('\n')).toContain('did you mean "GPL-3.0-only"?');
    expect(form.slice(cli.length)).toEqual([expect.stringMatching(/use_cases\[0\]: expected the id of a use case .* found "no-such-use-case", which does not exist/)]);
  });

  test('an unchanged entry and a translation in order: no problem', () => {
    const file = 'content/tools/decidim.mdx';
    expect(checkContribution({ kind: 'tools', file, text: readFileSync(file, 'utf8') }, index, undefined, NOW).problems).toEqual([]);
    const translation = 'content/translations/ar/tools/decidim.mdx';
    expect(checkContribution({ kind: 'tools', file: translation, text: readFileSync(translation, 'utf8') }, index, { file, text: readFileSync(file, 'utf8') }, NOW).problems).toEqual([]);
  });
});
