import { afterAll, beforeEach, describe, expect, test } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { loadContent, type LoadedContent } from './pipeline.ts';
import { updateContent } from './update.ts';
import type { Kind } from '../schemas/vocab.ts';
import { originalDigest } from './translations.ts';
import { formatProblem } from './problems.ts';

const NOW = new Date('2026-12-01T12:00:00Z');
type CollectionName = Kind | 'translations';
const COLLECTIONS: CollectionName[] = ['tools', 'use-cases', 'organizations', 'collections', 'criteria', 'translations'];
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

let root: string;
let current: LoadedContent;

/** The base catalogue and one up-to-date French translation of agora. */
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'civic-update-'));
  dirs.push(root);
  cpSync('tests/corpus/base/content', join(root, 'content'), { recursive: true });
  const agora = loadContent(root, NOW).entries.tools.find((e) => e.id === 'agora')!;
  write('content/translations/fr/tools/agora.mdx', `---\nsummary: "Une petite plateforme libre pour les consultations et les budgets participatifs."\noriginal_digest: "${originalDigest('tools', { data: agora.data, body: agora.body })}"\n---\n\nAgora ouvre des consultations.\n`);
  current = loadContent(root, NOW);
  expect(current.problems).toEqual([]);
});

function write(file: string, text: string) {
  mkdirSync(dirname(join(root, file)), { recursive: true });
  writeFileSync(join(root, file), text);
}
const read = (file: string) => readFileSync(join(root, file), 'utf8');

/** Makes the changes on disk, follows them with updateContent, and checks that a full read agrees. */
function changeAll(list: [string, string | undefined][]): { next: LoadedContent; changed: Record<string, { set: string[]; deleted: string[] }> } {
  for (const [file, text] of list) {
    if (text === undefined) rmSync(join(root, file));
    else write(file, text);
  }
  const next = updateContent(current, root, list.map(([file, text]) => ({ file, bytes: text === undefined ? undefined : new TextEncoder().encode(text) })), NOW);
  expect(next).toBeDefined();
  const full = loadContent(root, NOW);
  const plain = (l: LoadedContent) => ({
    problems: l.problems,
    entries: Object.values(l.entries).flat().map(({ locate: _, ...e }) => e),
    translations: l.translations.map(({ locate: _, ...t }) => t),
    files: l.files.map((f) => f.entry.file),
  });
  expect(plain(next!)).toEqual(plain(full));
  const changed: Record<string, { set: string[]; deleted: string[] }> = {};
  for (const name of COLLECTIONS) {
    const { set, deleted } = entryChanges(name, current, next!);
    if (set.length || deleted.length) changed[name] = { set, deleted };
  }
  current = next!;
  return { next: next!, changed };
}
const change = (file: string, text: string | undefined) => changeAll([[file, text]]);

/**
 * Entries that differ between two loads: an entry whose check came from memory keeps its data
 * object, so an entry is new exactly when its file was checked again (or, for a translation, when
 * its original changed and it went stale or fresh).
 */
function entryChanges(name: CollectionName, prev: LoadedContent, next: LoadedContent): { set: string[]; deleted: string[] } {
  const source = (l: LoadedContent) =>
    name === 'translations'
      ? new Map(l.translations.filter((t) => t.data).map((t) => [`${t.lang}/${t.kind}/${t.id}`, [t.data, t.stale, t.html] as const]))
      : new Map(l.entries[name].filter((e) => e.data).map((e) => [e.id, [e.data, undefined, e.html] as const]));
  const before = source(prev);
  const after = source(next);
  const set = [...after].filter(([id, now]) => {
    const was = before.get(id);
    return !was || was.some((v, i) => v !== now[i]);
  }).map(([id]) => id);
  return { set, deleted: [...before.keys()].filter((id) => !after.has(id)) };
}

describe('updateContent: one changed file', () => {
  test('an edited tool: only it is stored again, with its translation, now stale', () => {
    const { next, changed } = change('content/tools/agora.mdx', read('content/tools/agora.mdx').replace(/^summary: .*$/m, 'summary: "A new summary of Agora, for the dev server test."'));
    expect(changed).toEqual({ tools: { set: ['agora'], deleted: [] }, translations: { set: ['fr/tools/agora'], deleted: [] } });
    expect(next.entries.tools.find((e) => e.id === 'agora')!.data.summary).toBe('A new summary of Agora, for the dev server test.');
    expect(next.translations[0].stale).toBe(true);
  });

  test('an error is reported with its line and the entry leaves the store; fixing it clears the error', () => {
    const before = read('content/tools/budgetbox.mdx');
    const broken = change('content/tools/budgetbox.mdx', before.replace(/^status: .*$/m, 'status: stabel'));
    expect(broken.next.problems.map(formatProblem)).toEqual([expect.stringMatching(/^content\/tools\/budgetbox\.mdx:\d+:9 {2}error {2}status: expected one of .*"stabel"/)]);
    expect(broken.changed).toEqual({ tools: { set: [], deleted: ['budgetbox'] } });
    const fixed = change('content/tools/budgetbox.mdx', before);
    expect(fixed.next.problems).toEqual([]);
    expect(fixed.changed).toEqual({ tools: { set: ['budgetbox'], deleted: [] } });
  });

  test('a new file takes its place in the order of a full read', () => {
    const text = read('content/organizations/open-city-lab.mdx').replace(/^name: .*$/m, 'name: "A middle organisation"').replace(/^website: .*$/m, 'website: https://middle.example.org');
    const { changed } = change('content/organizations/middle-org.mdx', text);
    expect(changed).toEqual({ organizations: { set: ['middle-org'], deleted: [] } });
  });

  test('a removed file leaves the store, and the references to it become errors in the files that hold them', () => {
    const { next, changed } = change('content/organizations/town-of-testville.mdx', undefined);
    expect(changed).toEqual({ organizations: { set: [], deleted: ['town-of-testville'] } });
    expect(next.problems.length).toBeGreaterThan(0);
    expect(next.problems.every((p) => p.file !== 'content/organizations/town-of-testville.mdx' && p.message.includes('"town-of-testville", which does not exist'))).toBe(true);
  });

  test('an edited translation: only it is stored again', () => {
    const { changed } = change('content/translations/fr/tools/agora.mdx', read('content/translations/fr/tools/agora.mdx').replace('Agora ouvre', 'Agora organise'));
    expect(changed).toEqual({ translations: { set: ['fr/tools/agora'], deleted: [] } });
  });

  test('a new translation, and one in a folder that is not a language', () => {
    const text = read('content/translations/fr/tools/agora.mdx');
    expect(change('content/translations/ar/tools/agora.mdx', text).changed).toEqual({ translations: { set: ['ar/tools/agora'], deleted: [] } });
    expect(change('content/translations/xx/tools/agora.mdx', text).next.problems.map((p) => p.file)).toContain('content/translations/xx/tools/agora.mdx');
  });

  test.each(['./logos/agora.svg', './agora.svg'])('a logo image that appears (%s) clears the error of the entry that names it; nothing is stored again', (logo) => {
    const { next } = change('content/tools/agora.mdx', read('content/tools/agora.mdx').replace(/^lang: en$/m, `lang: en\nlogo: ${logo}\nlogo_source: https://agora.example.org/brand\nlogo_license: CC0-1.0`));
    expect(next.problems.map((p) => p.field)).toEqual(['logo']);
    // Next to the entry or in a subfolder: an image is the entry's logo, never an entry of its own.
    const after = change(`content/tools/${logo.slice(2)}`, '<svg xmlns="http://www.w3.org/2000/svg"/>');
    expect(after.next.problems).toEqual([]);
    expect(after.changed).toEqual({});
  });

  test('drafts and hidden files change nothing', () => {
    expect(change('content/tools/_draft.mdx', 'not even front matter').changed).toEqual({});
    expect(change('content/tools/.agora.mdx.swp', 'editor state').changed).toEqual({});
  });

  test('several files at once (a branch checkout): one update', () => {
    const org = read('content/organizations/open-city-lab.mdx');
    const { changed } = changeAll([
      ['content/organizations/aaa-first.mdx', org.replace(/^name: .*$/m, 'name: "First organisation"').replace(/^website: .*$/m, 'website: https://first.example.org')],
      ['content/organizations/zzz-last.mdx', org.replace(/^name: .*$/m, 'name: "Last organisation"').replace(/^website: .*$/m, 'website: https://last.example.org')],
      ['content/tools/budgetbox.mdx', read('content/tools/budgetbox.mdx').replace(/^status: .*$/m, 'status: beta')],
      ['content/translations/fr/tools/agora.mdx', undefined],
      ['content/tools/logos/unused.svg', '<svg/>'],
    ]);
    expect(changed).toEqual({ organizations: { set: ['aaa-first', 'zzz-last'], deleted: [] }, tools: { set: ['budgetbox'], deleted: [] }, translations: { set: [], deleted: ['fr/tools/agora'] } });
  });

  test('a translations folder not named after a kind needs a full read', () => {
    write('content/translations/fr/tool/agora.mdx', '---\n---\n');
    expect(updateContent(current, root, [{ file: 'content/translations/fr/tool/agora.mdx', bytes: new Uint8Array() }], NOW)).toBeUndefined();
  });
});
