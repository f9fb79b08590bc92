import { describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scaffold, slugify } from './scaffold.ts';
import { checkEntryFile } from '../../src/checking/entry-check.ts';

const bytes = (text: string) => new TextEncoder().encode(text);
const NOW = new Date('2026-11-23T12:00:00Z');
// Scripts are TypeScript run by the project's Node 24 (type stripping), whatever Node runs vitest.
const NODE = existsSync('node_modules/.bin/node') ? 'node_modules/.bin/node' : process.execPath;

describe('scaffold', () => {
  test('slugify makes ids from names', () => {
    expect(slugify('Décidim')).toBe('decidim');
    expect(slugify('Mes Aides (aides-jeunes)')).toBe('mes-aides-aides-jeunes');
    expect(slugify('  CONSUL   Democracy! ')).toBe('consul-democracy');
  });

  test('a tool template filled with the required facts validates, with every field explained', () => {
    const text = scaffold(
      'tools',
      { name: 'Decidim', summary: 'Cadre libre de démocratie participative.', website: 'https://decidim.org', license: 'AGPL-3.0-only', type: 'software', status: 'stable', use_cases: ['participatory-budgeting'], sources: ['https://github.com/decidim/decidim'] },
      '2026-11-23',
    );
    const entry = checkEntryFile('tools', 'content/tools/decidim.mdx', bytes(text), NOW);
    expect(entry.problems).toEqual([]);
    expect(text).toContain('# SPDX licence expression of the code');
    expect(text).toContain('# used_by:');
    expect(entry.data.reviewed).toBe('2026-11-23');
  });

  test('an empty template points at exactly the required fields', () => {
    const text = scaffold('organizations', { name: 'Etalab' }, '2026-11-23');
    const fields = checkEntryFile('organizations', 'content/organizations/etalab.mdx', bytes(text), NOW).problems.map((p) => p.field);
    expect(fields).toEqual(['summary', 'type', 'website', 'sources']);
  });

  test.each(['use-cases', 'collections', 'criteria'] as const)('%s template parses as YAML with a body that passes the Markdown checks', (kind) => {
    const entry = checkEntryFile(kind, `content/${kind}/x.mdx`, bytes(scaffold(kind, { name: 'X' }, '2026-11-23')), NOW);
    expect(entry.problems.filter((p) => p.field === '(front matter)' || p.field === 'body')).toEqual([]);
  });

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
