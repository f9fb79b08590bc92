import { basename } from 'node:path';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { KINDS, SLUG_PATTERN, type Kind } from '../../src/schemas/index.ts';
import { contentFiles, loadContent, type LoadedContent } from '../../src/checking/pipeline.ts';
import { formatProblem } from '../../src/checking/problems.ts';

/** The real content/ folder, checked exactly as `npm run validate` checks it. */
let content: LoadedContent;
beforeAll(() => {
  content = loadContent(process.cwd());
});

const valid = (kind: Kind) => content.entries[kind].filter((e) => e.data);

describe('content/', () => {
  test('has no errors', () => {
    const errors = content.problems.filter((p) => p.severity === 'error');
    expect(errors.length, `\n${errors.map(formatProblem).join('\n')}\n`).toBe(0);
  });

  test.each(KINDS)('every file in content/%s is named <slug>.mdx, and its id is that slug', (kind) => {
    const files = contentFiles(process.cwd(), kind);
    expect(files.length).toBeGreaterThan(0);
    const bad = files.filter((name) => !name.endsWith('.mdx') || !SLUG_PATTERN.test(name.slice(0, -'.mdx'.length)));
    expect(bad).toEqual([]);
    for (const entry of content.entries[kind]) expect(`${entry.id}.mdx`).toBe(basename(entry.file));
  });

  test.each<[Kind, number]>([
    ['tools', 40],
    ['use-cases', 15],
    ['organizations', 25],
    ['collections', 3],
    ['criteria', 6],
    ['events', 12],
    ['projects', 40],
  ])('has at least %i valid %s', (kind, minimum) => {
    expect(valid(kind).length).toBeGreaterThanOrEqual(minimum);
    expect(valid(kind).length).toBe(content.entries[kind].length);
  });

  test('every use case has at least one tool (its own, or one of a more precise use case under it)', () => {
    const useCases = valid('use-cases');
    const children = new Map<string, string[]>();
    for (const u of useCases) if (u.data.parent) children.set(u.data.parent, [...(children.get(u.data.parent) ?? []), u.id]);
    const direct = new Set(valid('tools').flatMap((t) => t.data.use_cases as string[]));
    const hasTools = (id: string, depth = 0): boolean => direct.has(id) || (depth < 20 && (children.get(id) ?? []).some((c) => hasTools(c, depth + 1)));
    expect(useCases.filter((u) => !hasTools(u.id)).map((u) => u.id)).toEqual([]);
  });

  test('every tool has at least one source, all of them https or http', () => {
    for (const tool of valid('tools')) {
      expect(tool.data.sources.length, tool.file).toBeGreaterThan(0);
      for (const url of tool.data.sources) expect(url, tool.file).toMatch(/^https?:\/\//);
    }
  });

  test('every rendered body is inert HTML', () => {
    for (const kind of KINDS) {
      for (const entry of content.entries[kind]) {
        expect(entry.html, entry.file).not.toMatch(/<script|<iframe|javascript:|\son[a-z]+\s*=/i);
      }
    }
  });

  test('no published entry is an importer’s draft or keeps its boilerplate, and no status is the importer’s default', () => {
    const boilerplate = /Imported from the Digital Public Goods registry|generated from the registry record|importer's default|In the Digital Public Goods registry/;
    for (const kind of KINDS) {
      for (const entry of content.entries[kind]) {
        expect(entry.data?.draft, entry.file).toBeUndefined();
        expect(readFileSync(entry.file, 'utf8'), entry.file).not.toMatch(boilerplate);
      }
    }
  });

  test('every fact of a tool is backed: facts imply sources, and no deployment cites only the tool’s own repository', () => {
    for (const tool of valid('tools')) {
      const d = tool.data;
      expect(d.sources.length, tool.file).toBeGreaterThan(0);
      for (const u of d.used_by as { url?: string }[]) if (u.url && d.source) expect(u.url.replace(/\/+$/, ''), tool.file).not.toBe(d.source.replace(/\/+$/, ''));
    }
  });

  test('every entry with facts was really checked: a review date, not in the future', () => {
    const today = new Date().toISOString().slice(0, 10);
    for (const kind of ['tools', 'events', 'projects'] as const) for (const e of valid(kind)) expect(e.data.reviewed <= today, e.file).toBe(true);
  });
});

