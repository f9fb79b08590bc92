import { describe, expect, it, test } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadContent } from './pipeline.ts';
import { checkingModules } from './entry-cache.ts';

function copyOfBase(): string {
  const dir = mkdtempSync(join(tmpdir(), 'civic-cache-'));
  cpSync('tests/corpus/base/content', join(dir, 'content'), { recursive: true });
  return dir;
}
const NOW = new Date('2026-11-23T12:00:00Z');
const strip = (l: ReturnType<typeof loadContent>) => Object.fromEntries(Object.entries(l.entries).map(([k, list]) => [k, list.map((e) => ({ id: e.id, data: e.data, html: e.html, body: e.body, problems: e.problems }))]));

describe('entry cache', () => {
  test('a second run from the cache gives exactly the entries of a full check', () => {
    const root = copyOfBase();
    const full = loadContent(root, NOW);
    const first = loadContent(root, NOW, { cache: true });
    expect(existsSync(join(root, 'node_modules/.cache/civic-toolbox/entries.json'))).toBe(true);
    const second = loadContent(root, NOW, { cache: true });
    expect(strip(first)).toEqual(strip(full));
    expect(strip(second)).toEqual(strip(full));
  });

  test('an edited file is checked again, and date rules are recomputed on cached entries', () => {
    const root = copyOfBase();
    loadContent(root, NOW, { cache: true });
    const tool = join(root, 'content/tools/budgetbox.mdx');
    writeFileSync(tool, readFileSync(tool, 'utf8').replace(/^license: .*$/m, 'license: GPL3'));
    const edited = loadContent(root, NOW, { cache: true });
    expect(edited.problems.map((p) => `${p.file} ${p.field}`)).toContain('content/tools/budgetbox.mdx license');

    // Two years later, the same unchanged (cached) files get their stale-review warnings.
    const later = loadContent(root, new Date('2028-12-01T00:00:00Z'), { cache: true });
    const stale = later.problems.filter((p) => p.field === 'reviewed' && p.severity === 'warning');
    expect(stale.length).toBeGreaterThan(0);
    expect(stale[0].line).toBeGreaterThan(1); // located in the file even though it came from the cache
  });

  test('a cross-reference problem on a cached entry still points at its line', () => {
    const root = copyOfBase();
    loadContent(root, NOW, { cache: true });
    const list = readFileSync(join(root, 'content/tools/agora.mdx'), 'utf8');
    const useCase = /use_cases: \[([a-z-]+)/.exec(list)?.[1] ?? /- ([a-z-]+)\n/.exec(list.split('use_cases:')[1])![1];
    // Remove the use case the cached tool points at: the tool itself is unchanged and comes from the cache.
    rmSync(join(root, `content/use-cases/${useCase}.mdx`));
    const after = loadContent(root, NOW, { cache: true });
    const dangling = after.problems.find((p) => p.file === 'content/tools/agora.mdx' && p.field.startsWith('use_cases'));
    expect(dangling?.line).toBeGreaterThan(1);
  });

  test('checks cached without HTML (npm run validate) serve the validator, and a build renders those files again', () => {
    const root = copyOfBase();
    const full = loadContent(root, NOW);
    const checkedOnly = loadContent(root, NOW, { cache: true, render: false });
    expect(checkedOnly.entries.tools.every((e) => e.html === undefined)).toBe(true);
    expect(checkedOnly.problems).toEqual(full.problems);
    const cached = JSON.parse(readFileSync(join(root, 'node_modules/.cache/civic-toolbox/entries.json'), 'utf8'));
    expect(Object.values(cached.entries).some((c: any) => 'html' in c)).toBe(false);

    // The validator again, from the cache: nothing to render, same result.
    expect(strip(loadContent(root, NOW, { cache: true, render: false }))).toEqual(strip(checkedOnly));
    // A build: the cached checks lack HTML, so the files are checked and rendered again, and cached with it.
    const built = loadContent(root, NOW, { cache: true });
    expect(strip(built)).toEqual(strip(full));
    const after = JSON.parse(readFileSync(join(root, 'node_modules/.cache/civic-toolbox/entries.json'), 'utf8'));
    expect(Object.values(after.entries).every((c: any) => typeof c.html === 'string')).toBe(true);
    // And the validator is served by those full checks too.
    expect(loadContent(root, NOW, { cache: true, render: false }).entries.tools.every((e) => e.html === undefined)).toBe(true);
  });
});

describe('checkingModules', () => {
  const here = dirname(fileURLToPath(import.meta.url));
  const modules = checkingModules(join(here, 'check-worker.ts')).map((f) => relative(join(here, '..'), f));

  it('follows the checker through its relative imports into the schemas', () => {
    expect(modules).toContain('checking/check-worker.ts');
    expect(modules).toContain('checking/entry-check.ts');
    expect(modules).toContain('checking/markdown.ts');
    expect(modules).toContain('schemas/tool.ts');
  });

  it('leaves out code the checker never runs (pages, catalogue model, browser scripts, tests)', () => {
    expect(modules.some((m) => m.startsWith('catalogue/') || m.startsWith('client/') || m.startsWith('publish/') || m.startsWith('pages/'))).toBe(false);
    expect(modules.some((m) => m.endsWith('.test.ts'))).toBe(false);
  });
});
