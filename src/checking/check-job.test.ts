import { describe, expect, test } from 'vitest';
import { fromPlain, runCheckJob, toPlain, type CheckJob } from './check-job.ts';

const NOW = new Date('2026-11-23T12:00:00Z');
const enc = (s: string) => new TextEncoder().encode(s);
const TOOL = '---\nname: Decidim\nsummary: "Cadre libre de démocratie participative."\nwebsite: https://decidim.org\nlicense: AGPL-3.0-only\ntype: software\nstatus: stable\nuse_cases: [participatory-budgeting]\nreviewed: 2026-11-23\nsources:\n  - https://github.com/decidim/decidim\n---\n\nUn cadre <b>libre</b>.\n';

/** What a worker thread sends back and the main thread rebuilds, with the copy a thread boundary makes. */
const roundTrip = (job: CheckJob) => fromPlain(job, structuredClone(toPlain(runCheckJob(job, NOW))));

describe('a check sent across threads', () => {
  test('comes back with the same data, problems and positions as a check made here', () => {
    const job: CheckJob = { kind: 'tools', file: 'content/tools/decidim.mdx', bytes: enc(TOOL), translation: false };
    const here = runCheckJob(job, NOW);
    const there = roundTrip(job);
    const { locate: _a, ...hereRest } = here.entry;
    const { locate: _b, ...thereRest } = there.entry;
    expect(thereRest).toStrictEqual(hereRest);
    for (const path of [['website'], ['sources', 0], ['use_cases'], ['nowhere']]) expect(there.entry.locate(path)).toEqual(here.entry.locate(path));
    expect(there.entry.locate(['license'], { key: true })).toEqual(here.entry.locate(['license'], { key: true }));
  });

  test('a file refused before it was read as text stays located at 1:1', () => {
    const job: CheckJob = { kind: 'tools', file: 'content/tools/decidim.mdx', bytes: new Uint8Array([...enc('---\nname: D'), 0xe9, ...enc('\n---\n')]), translation: false };
    const there = roundTrip(job);
    expect(there.entry.problems.map((p) => p.field)).toEqual(['file']);
    expect(there.entry.locate(['name'])).toEqual({ line: 1, column: 1 });
  });

  test('a translation keeps its language and the fields it was written with', () => {
    const job: CheckJob = { kind: 'tools', file: 'content/translations/en/tools/decidim.mdx', bytes: enc('---\nsummary: "A framework."\nlicense: MIT\n---\n\nText.\n'), translation: true };
    const there = roundTrip(job);
    expect(there.lang).toBe('en');
    expect(there.rawKeys).toEqual(['summary', 'license']);
    const { entry: { locate: _, ...rest }, ...check } = runCheckJob(job, NOW);
    expect({ ...there, entry: { ...there.entry, locate: undefined } }).toEqual({ ...check, entry: { ...rest, locate: undefined } });
  });
});
