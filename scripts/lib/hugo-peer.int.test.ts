import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { generateCatalogue, readCriteria } from './synthetic.ts';
import { writeHugoSite } from './hugo-peer.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

test('the peer site holds every entry of the catalogue once per language, with Arabic right to left', () => {
  const files = generateCatalogue({ n: 40, today: '2026-11-30', criteria: readCriteria('.') });
  const dir = mkdtempSync(join(tmpdir(), 'hugo-peer-'));
  dirs.push(dir);
  const entries = [...files.keys()].filter((p) => /^content\/(tools|organizations|use-cases|collections)\//.test(p));
  expect(writeHugoSite(dir, files)).toBe(entries.length * 3);
  const tool = entries.find((p) => p.startsWith('content/tools/'))!.replace(/^content\/tools\/|\.mdx$/g, '');
  for (const lang of ['fr', 'en', 'ar']) expect(existsSync(join(dir, 'content/tools', `${tool}.${lang}.md`)), lang).toBe(true);
  // The entry's own language field is ours; Hugo takes the language from the file name.
  expect(readFileSync(join(dir, 'content/tools', `${tool}.ar.md`), 'utf8')).not.toMatch(/^lang:/m);
  expect(readFileSync(join(dir, 'hugo.toml'), 'utf8')).toMatch(/\[languages\.ar\][^[]*languageDirection = "rtl"/);
  // Pages mark what Pagefind indexes and weighs, as ours do.
  expect(readFileSync(join(dir, 'layouts/_default/single.html'), 'utf8')).toContain('data-pagefind-weight="10"');
  expect(readFileSync(join(dir, 'layouts/_default/baseof.html'), 'utf8')).toContain('data-pagefind-body');
});

// Hugo is the benchmark's peer, not a dependency: this runs where Debian's `hugo` is installed.
const hugo = spawnSync('hugo', ['version'], { encoding: 'utf8' }).status === 0;
test.skipIf(!hugo)('Hugo lists on each use-case page the tools that serve it, and renders no page for the taxonomy itself', () => {
  const files = generateCatalogue({ n: 40, today: '2026-11-30', criteria: readCriteria('.') });
  const dir = mkdtempSync(join(tmpdir(), 'hugo-peer-'));
  dirs.push(dir);
  writeHugoSite(dir, files);
  const run = spawnSync('hugo', ['--quiet', '--destination', 'public'], { cwd: dir, encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  const served = new Map<string, string[]>();
  for (const [path, text] of files) {
    const m = /^content\/tools\/([a-z0-9-]+)\.mdx$/.exec(path);
    const ids = /^use_cases: \[(.*)\]$/m.exec(text)?.[1].split(', ') ?? [];
    if (m) for (const uc of ids) served.set(uc, [...(served.get(uc) ?? []), m[1]]);
  }
  expect(served.size).toBeGreaterThan(0);
  for (const [uc, tools] of served) {
    const page = readFileSync(join(dir, 'public/en/use-cases', uc, 'index.html'), 'utf8');
    const listed = [...page.matchAll(/<h3><a href="\/en\/tools\/([a-z0-9-]+)\/">/g)].map((m) => m[1]);
    expect(listed.sort(), uc).toEqual(tools.slice(0, 48).sort());
  }
  expect(existsSync(join(dir, 'public/en/use_cases'))).toBe(false);
});
