import { describe, expect, test } from 'vitest';
import { scaffold } from './scaffold.ts';
import { checkEntryFile } from '../../src/checking/entry-check.ts';

const bytes = (text: string) => new TextEncoder().encode(text);
const NOW = new Date('2026-11-23T12:00:00Z');

describe('scaffold', () => {
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
    expect(fields).toEqual(['summary', 'type', 'sources']);
  });

  test.each(['use-cases', 'collections', 'criteria'] as const)('%s template parses as YAML with a body that passes the Markdown checks', (kind) => {
    const entry = checkEntryFile(kind, `content/${kind}/x.mdx`, bytes(scaffold(kind, { name: 'X' }, '2026-11-23')), NOW);
    expect(entry.problems.filter((p) => p.field === '(front matter)' || p.field === 'body')).toEqual([]);
  });
});
