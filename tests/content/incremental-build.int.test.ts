/**
 * Astro's incremental build with the pages' cache keys (src/catalogue/cache-keys.ts), on a copy of
 * the project: a rebuild after one entry changes gives, byte for byte and search index included, the
 * output of a clean build of the same content, and every page that shows the changed name was
 * rendered again.
 * Slow by its three builds (tens of seconds).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const ROOT = resolve('.');
const NODE = existsSync('node_modules/.bin/node') ? resolve('node_modules/.bin/node') : process.execPath;
let work: string;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? files(join(dir, d.name)) : [join(dir, d.name)]));
}

/** What npm run build does, in the copy: astro build, then the search index; the log says which pages were rendered and which were taken from the cache. */
function build(outDir: string) {
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' };
  const run = spawnSync(NODE, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], { cwd: work, encoding: 'utf8', timeout: 240_000, env });
  if (run.status !== 0) throw new Error(`astro build failed:\n${run.stdout}\n${run.stderr}`);
  const index = spawnSync(NODE, [join(ROOT, 'scripts/search-index.ts'), outDir], { cwd: work, encoding: 'utf8', timeout: 120_000, env });
  if (index.status !== 0) throw new Error(`search index failed:\n${index.stdout}\n${index.stderr}`);
  // One "├─ <file>" per page, followed by "(cached)" or "(restored)" when it was not rendered (lines interleave: pages render in parallel).
  const pages = run.stdout.split('├─ ').slice(1).map((chunk) => ({ file: chunk.split(/\s/)[0].replace(/\d\d:\d\d:\d\d$/, ''), cached: /^\S+ \((?:cached|restored)\)/.test(chunk) }));
  return { rendered: pages.filter((p) => !p.cached).map((p) => p.file), cached: pages.filter((p) => p.cached).map((p) => p.file) };
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'civic-incremental-'));
  for (const name of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'catalogue.config.json', '.github/pull_request_template.md']) {
    mkdirSync(join(work, name, '..'), { recursive: true });
    cpSync(join(ROOT, name), join(work, name));
  }
  for (const dir of ['src', 'content']) cpSync(join(ROOT, dir), join(work, dir), { recursive: true });
  symlinkSync(join(ROOT, 'public'), join(work, 'public'));
  // node_modules: links to this project's packages, but a cache of its own.
  mkdirSync(join(work, 'node_modules'));
  for (const name of readdirSync(join(ROOT, 'node_modules'))) if (!['.astro', '.vite', '.cache'].includes(name)) symlinkSync(join(ROOT, 'node_modules', name), join(work, 'node_modules', name));
}, 60_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a rebuild after one entry changes', { timeout: 400_000 }, () => {
  test('renders the pages that show it, takes the others from the cache, and writes what a clean build writes', () => {
    const first = build(join(work, 'dist'));
    expect(first.cached).toEqual([]);
    // Rename a tool: its name is on its page, on its organisations' and use cases' pages and in the API.
    const file = join(work, 'content/tools/decidim.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^name: "Decidim"$/m, 'name: "Decidim Renamed"'));
    const second = build(join(work, 'dist'));
    const showing = files(join(work, 'dist'))
      .filter((f) => f.endsWith('index.html') || f.endsWith('.json'))
      .filter((f) => readFileSync(f, 'utf8').includes('Decidim Renamed'))
      .map((f) => `/${relative(join(work, 'dist'), f)}`);
    expect(showing).toEqual(expect.arrayContaining(['/fr/tools/decidim/index.html', '/en/use-cases/participatory-budgeting/index.html', '/ar/organizations/ajuntament-de-barcelona/index.html', '/api/tools/decidim.json', '/en/tools/index.html']));
    // Every page that shows the new name was rendered again; most pages came from the cache.
    for (const page of showing) expect(second.cached, page).not.toContain(page);
    expect(second.cached.length).toBeGreaterThan(second.rendered.length);
    expect(second.cached).toContain('/fr/tools/ckan/index.html');
    // List pages are keyed by what they show too: a later page of the tool list did not change.
    expect(second.cached).toContain('/en/tools/page/2/index.html');

    // The same content built from scratch: the same files, the same bytes, the search index included.
    rmSync(join(work, 'node_modules/.astro'), { recursive: true, force: true });
    build(join(work, 'clean'));
    const list = (dir: string) => files(dir).map((f) => relative(dir, f)).sort();
    const incremental = list(join(work, 'dist'));
    expect(incremental).toEqual(list(join(work, 'clean')));
    const different = incremental.filter((f) => !readFileSync(join(work, 'dist', f)).equals(readFileSync(join(work, 'clean', f))));
    expect(incremental.filter((f) => f.startsWith('pagefind/')).length).toBeGreaterThan(100);
    expect(different).toEqual([]);
  });
});
