/** `npm run new` end to end: slow because it starts the project's Node once per call (about a second each on a loaded machine). */
import { describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Scripts are TypeScript run by the project's Node 24 (type stripping), whatever Node runs vitest.
const NODE = existsSync('node_modules/.bin/node') ? 'node_modules/.bin/node' : process.execPath;

describe('npm run new', () => {
  test('npm run new writes the file, then refuses an existing id', () => {
    const dir = mkdtempSync(join(tmpdir(), 'civic-new-'));
    const run = (...args: string[]) => spawnSync(NODE, ['scripts/new-entry.ts', ...args, '--dir', dir], { encoding: 'utf8' });
    const first = run('tool', 'Decidim', '--website', 'https://decidim.org');
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('created content/tools/decidim.mdx');
    expect(readFileSync(join(dir, 'content/tools/decidim.mdx'), 'utf8')).toContain('website: https://decidim.org');
    const second = run('tool', 'Decidim');
    expect(second.status).toBe(1);
    expect(second.stderr).toContain('content/tools/decidim.mdx already exists');
    expect(run('gadget', 'X').status).toBe(2);
  });
});
