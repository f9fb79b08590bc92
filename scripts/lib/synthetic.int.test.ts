import { afterAll, describe, expect, test } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { editorialToolIds, generateCatalogue, readCriteria, syntheticCounts, writeCatalogue } from './synthetic.ts';
import { loadContent } from '../../src/checking/pipeline.ts';

const today = new Date().toISOString().slice(0, 10);
const criteria = readCriteria('.');
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('synthetic catalogue', () => {
  test('N=200 is valid against the real schemas and cross-references, with N/10, N/4 and N/100 entries', () => {
    // The tools the editorial pages name exist, so that the benchmark's site builds every page.
    const named = editorialToolIds('.');
    expect(named).toContain('decidim');
    const files = generateCatalogue({ n: 200, today, criteria, toolIds: named });
    for (const id of named) expect(files.has(`content/tools/${id}.mdx`), id).toBe(true);
    const dir = mkdtempSync(join(tmpdir(), 'civic-synthetic-'));
    dirs.push(dir);
    writeCatalogue(dir, files);
    const { entries, problems } = loadContent(dir);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(problems).toEqual([]);
    expect(entries.tools).toHaveLength(200);
    expect(entries['use-cases']).toHaveLength(20);
    expect(entries.organizations).toHaveLength(50);
    expect(entries.collections).toHaveLength(2);
    expect(entries.criteria.map((e) => e.id)).toEqual(Object.keys(criteria).sort());
    expect(syntheticCounts(200)).toEqual({ tools: 200, useCases: 20, organizations: 50, collections: 2 });
    // Some use cases have a parent; organisations use FR, MA and TN among their countries.
    expect(entries['use-cases'].some((e) => e.data.parent)).toBe(true);
    const countries = new Set(entries.organizations.map((e) => e.data.country));
    for (const c of ['FR', 'MA', 'TN']) expect(countries).toContain(c);
  }, 60_000);

  test('is deterministic for a seed, and bodies are ~300 words of safe Markdown with headings, lists and https links', () => {
    const a = generateCatalogue({ n: 50, today, criteria, seed: 7 });
    const b = generateCatalogue({ n: 50, today, criteria, seed: 7 });
    const c = generateCatalogue({ n: 50, today, criteria, seed: 8 });
    expect([...a]).toEqual([...b]);
    expect([...a]).not.toEqual([...c]);
    for (const [path, text] of a) {
      if (!path.startsWith('content/tools/')) continue;
      const body = text.split(/^---$/m)[2];
      const words = body.split(/\s+/).filter(Boolean).length;
      expect(words).toBeGreaterThan(250);
      expect(words).toBeLessThan(450);
      expect(body).toMatch(/^## /m);
      expect(body).toMatch(/^- /m);
      expect(body).toMatch(/\]\(https:\/\//);
      expect(body).not.toMatch(/[<{]/);
    }
  });
});
