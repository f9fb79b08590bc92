import { afterAll, describe, expect, test } from 'vitest';
import { cpSync, existsSync, readFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { checkContent, loadContent, type LoadedContent } from './pipeline.ts';
import { checkWorkerFile } from './check-pool.ts';
import { MAX_ENTRY_BYTES } from './entry-check.ts';

const NOW = new Date('2026-12-01T12:00:00Z');
const WORKER = checkWorkerFile(resolve('.'));
/** Workers for every file, however few: the path under test. */
const ON_WORKERS = { workerFile: WORKER, workers: 2, minFilesForWorkers: 0 };
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'civic-parallel-'));
  dirs.push(dir);
  return dir;
}

/** Everything a caller can see, functions aside; positions from `locate` are compared through the problems. */
function plain(l: LoadedContent) {
  const entry = ({ locate: _, ...rest }: any) => rest;
  return {
    problems: l.problems,
    entries: Object.fromEntries(Object.entries(l.entries).map(([k, list]) => [k, list.map(entry)])),
    translations: l.translations.map(entry),
    folderProblems: l.folderProblems,
  };
}

/**
 * The base catalogue with every case of the bad-input corpus at once, inputs that cannot be
 * stored as text, and translations that break each translation rule.
 */
function badCatalogue(): string {
  const dir = tempDir();
  cpSync('tests/corpus/base/content', join(dir, 'content'), { recursive: true });
  const cases = 'tests/corpus/cases';
  for (const kind of readdirSync(cases)) {
    for (const name of readdirSync(join(cases, kind))) {
      const from = join(cases, kind, name);
      if (statSync(from).isDirectory()) for (const f of readdirSync(from)) cpSync(join(from, f), join(dir, 'content', kind, `${name}-${f}`));
      else cpSync(from, join(dir, 'content', kind, name));
    }
  }
  const enc = (s: string) => new TextEncoder().encode(s);
  writeFileSync(join(dir, 'content/tools/not-utf8.mdx'), new Uint8Array([...enc('---\nname: D'), 0xe9, ...enc('cidim\n---\n')]));
  writeFileSync(join(dir, 'content/tools/oversized.mdx'), new Uint8Array(MAX_ENTRY_BYTES + 1).fill(0x61));
  const translation = (path: string, text: string | Uint8Array) => {
    mkdirSync(join(dir, 'content/translations', path, '..'), { recursive: true });
    writeFileSync(join(dir, 'content/translations', path), text);
  };
  const digest = 'original_digest: "000000000000"';
  translation('fr/tools/agora.mdx', `---\nsummary: "Une petite plateforme libre pour les consultations publiques."\n${digest}\n---\n\nAgora ouvre une consultation.\n`);
  translation('fr/tools/budgetbox.mdx', '---\nsummary: "Un outil."\nlicense: MIT\nwebsite: https://x.example\ncolour: red\noriginal_digest: nothex\n---\n\nTexte <b>gras</b>.\n');
  translation('fr/tools/nowhere.mdx', `---\nsummary: "Un outil qui n'existe pas dans le catalogue."\n${digest}\n---\n\nTexte.\n`);
  translation('fr/use-cases/public-consultation.mdx', new Uint8Array([...enc('---\nsummary: "D'), 0xe9, ...enc('"\nname: x\n---\n')]));
  translation('en/tools/agora.mdx', `---\nsummary: "Same language as the original, which is refused."\n${digest}\n---\n\nText.\n`);
  translation('fr/collections/participation-starter-kit.mdx', `---\nname: "Kit"\nsummary: "Des outils pour une commune."\nnotes:\n  agora: "Auto-hébergé."\n  ghost: "Absent."\n${digest}\n---\n\nCommencez par Agora.\n`);
  translation('fr/criteria/deployment.mdx', `---\nsummary: "Pas de résumé pour un critère."\n${digest}\n---\n\n- **self-hosted**: you install it.\n- **hosted**: someone runs it for you.\n- **both**: either.\n`);
  translation('xx/tools/agora.mdx', `---\nsummary: "Langue inconnue pour ce test du validateur."\n${digest}\n---\n\nTexte.\n`);
  translation('fr/tool/agora.mdx', '---\nsummary: "Dossier mal nommé."\n---\n');
  return dir;
}

describe('checking on worker threads', () => {
  test('gives exactly the result of checking on this thread, on the real content/', async () => {
    const inline = loadContent('.', NOW);
    const parallel = await checkContent('.', { now: NOW, ...ON_WORKERS });
    expect(inline.translations.length).toBeGreaterThan(0);
    expect(plain(parallel)).toEqual(plain(inline));
  }, 60_000);

  test('gives exactly the result of checking on this thread, on a folder of bad inputs', async () => {
    const root = badCatalogue();
    const inline = loadContent(root, NOW);
    const parallel = await checkContent(root, { now: NOW, ...ON_WORKERS, workers: 3 });
    expect(inline.problems.length).toBeGreaterThan(150);
    expect(new Set(inline.problems.map((p) => p.file.split('/')[1]))).toEqual(new Set(['tools', 'use-cases', 'organizations', 'collections', 'criteria', 'events', 'projects', 'translations']));
    expect(plain(parallel)).toEqual(plain(inline));
    // Positions rebuilt on the main thread match those of the check itself.
    for (const [kind, list] of Object.entries(inline.entries)) {
      list.forEach((e, i) => expect(parallel.entries[kind as keyof typeof inline.entries][i].locate(['name']), e.file).toEqual(e.locate(['name'])));
    }
  }, 60_000);

  test('with the entry cache: files checked on threads are cached, and a run from the cache is the same', async () => {
    const root = tempDir();
    cpSync('content', join(root, 'content'), { recursive: true });
    const inline = loadContent(root, NOW);
    const first = await checkContent(root, { now: NOW, ...ON_WORKERS, cache: true });
    const cached = JSON.parse(readFileSync(join(root, 'node_modules/.cache/civic-toolbox/entries.json'), 'utf8'));
    const originals = Object.values(inline.entries).flat();
    expect(Object.keys(cached.entries)).toHaveLength(originals.length);
    const second = await checkContent(root, { now: NOW, ...ON_WORKERS, cache: true });
    expect(plain(first)).toEqual(plain(inline));
    expect(plain(second)).toEqual(plain(inline));
  }, 60_000);

  test('few files are checked on this thread; a worker script that cannot start is an error that names it', async () => {
    const root = tempDir();
    cpSync('tests/corpus/base/content', join(root, 'content'), { recursive: true });
    const missing = join(root, 'no-such-worker.ts');
    const few = await checkContent(root, { now: NOW, workerFile: missing });
    expect(plain(few)).toEqual(plain(loadContent(root, NOW)));
    await expect(checkContent(root, { now: NOW, workerFile: missing, minFilesForWorkers: 0 })).rejects.toThrow(missing);
  }, 60_000);
});

describe('logos next to their entry', () => {
  test('are not read as entries, and the entry that names one finds it', () => {
    const root = tempDir();
    cpSync(resolve('content'), join(root, 'content'), { recursive: true });
    const decidim = join(root, 'content', 'tools', 'decidim.mdx');
    writeFileSync(decidim, readFileSync(decidim, 'utf8').replace(/^name: (.*)$/m, 'name: $1\nlogo: ./decidim.svg\nlogo_source: https://decidim.org/brand\nlogo_license: CC-BY-SA-4.0'));
    writeFileSync(join(root, 'content', 'tools', 'decidim.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    const loaded = loadContent(root, NOW);
    expect(loaded.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(loaded.entries.tools.find((e) => e.id === 'decidim')?.data?.logo).toBe('./decidim.svg');
    expect(loaded.entries.tools.some((e) => e.file.endsWith('.svg'))).toBe(false);
  });

  test('a logo needs its source and licence, and an SVG may not carry a script', () => {
    const root = tempDir();
    cpSync(resolve('content'), join(root, 'content'), { recursive: true });
    const decidim = join(root, 'content', 'tools', 'decidim.mdx');
    writeFileSync(decidim, readFileSync(decidim, 'utf8').replace(/^name: (.*)$/m, 'name: $1\nlogo: ./decidim.svg'));
    writeFileSync(join(root, 'content', 'tools', 'decidim.svg'), '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script></svg>');
    const problems = loadContent(root, NOW).problems.filter((p) => p.file === 'content/tools/decidim.mdx');
    const shown = problems.map((p) => `${p.line} ${p.field}: ${p.message}`);
    expect(shown).toHaveLength(3);
    expect(shown).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^3 logo: expected an SVG image without scripts, event handlers, embedded documents or external links, found "onload="/),
        expect.stringMatching(/^3 logo_source: expected the address of the page the logo comes from/),
        expect.stringMatching(/^3 logo_license: expected the licence or terms the logo is used under/),
      ]),
    );
  });
});

describe('checking proposed files (the overlay)', () => {
  const copy = () => {
    const dir = tempDir();
    cpSync('tests/corpus/base/content', join(dir, 'content'), { recursive: true });
    return dir;
  };
  const encode = (text: string) => new TextEncoder().encode(text);

  test('a proposed file is checked with the catalogue, cross-references included, and nothing is written', async () => {
    const root = copy();
    const agora = readFileSync(join(root, 'content/tools/agora.mdx'), 'utf8');
    const proposed = agora.replace(/^name: .*$/m, 'name: "Agora Two"').replace(/^website: .*$/m, 'website: https://agora-two.example.org').replace(/^use_cases: .*$/m, 'use_cases: [no-such-use-case]');
    const loaded = await checkContent(root, { now: NOW, overlay: new Map([['content/tools/agora-two.mdx', encode(proposed)]]) });
    expect(loaded.entries.tools.map((e) => e.id)).toEqual(['agora-two', 'agora', 'budgetbox']); // file-name order, as a full read lists them
    expect(loaded.problems.filter((p) => p.file === 'content/tools/agora-two.mdx').map((p) => p.field)).toEqual(['use_cases[0]']);
    expect(existsSync(join(root, 'content/tools/agora-two.mdx'))).toBe(false);
  });

  test('null takes a file out, as if removed: what still points at it is reported', () => {
    const loaded = loadContent(copy(), NOW, { overlay: new Map([['content/organizations/open-city-lab.mdx', null]]) });
    expect(loaded.entries.organizations.map((e) => e.id)).toEqual(['town-of-testville']);
    expect(loaded.problems.some((p) => /open-city-lab/.test(p.message))).toBe(true);
  });
});

describe('what a contributor puts where a file is expected: refused, never skipped, never a crash', () => {
  const copy = () => {
    const dir = tempDir();
    cpSync('tests/corpus/base/content', join(dir, 'content'), { recursive: true });
    return dir;
  };
  const lines = (root: string) => loadContent(root, NOW).problems.map((p) => `${p.file} ${p.field}: ${p.message}`);

  test('a folder named like an entry, in a kind’s folder or a translations folder', () => {
    const root = copy();
    mkdirSync(join(root, 'content/tools/agora2.mdx'));
    mkdirSync(join(root, 'content/translations/fr/tools/agora.mdx'), { recursive: true });
    expect(lines(root)).toEqual([
      'content/tools/agora2.mdx file: expected an entry file, found a folder "agora2.mdx" with entries in it',
      'content/translations/fr/tools/agora.mdx file: expected an entry file, found a folder "agora.mdx" with entries in it',
    ]);
  });

  test('a folder of logo images next to the entries is fine', () => {
    const root = copy();
    mkdirSync(join(root, 'content/tools/logos'));
    writeFileSync(join(root, 'content/tools/logos/x.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    expect(lines(root)).toEqual([]);
  });

  test('a symbolic link is refused and never followed, even to a valid entry', () => {
    const root = copy();
    symlinkSync(join(root, 'content/tools/agora.mdx'), join(root, 'content/tools/agora-link.mdx'));
    symlinkSync('/etc/passwd', join(root, 'content/organizations/secret.mdx'));
    mkdirSync(join(root, 'content/translations/en/tools'), { recursive: true });
    symlinkSync(join(root, 'content/tools/agora.mdx'), join(root, 'content/translations/en/tools/agora.mdx'));
    const found = loadContent(root, NOW);
    expect(found.problems.map((p) => `${p.file}: ${p.message}`)).toEqual([
      'content/organizations/secret.mdx: expected a file, found a symbolic link (links are never followed)',
      'content/tools/agora-link.mdx: expected a file, found a symbolic link (links are never followed)',
      'content/translations/en/tools/agora.mdx: expected a file, found a symbolic link (links are never followed)',
    ]);
    expect(found.entries.organizations.map((e) => e.id)).toEqual(['open-city-lab', 'town-of-testville']);
  });

  test('a folder of content/ that is no kind (a typo) publishes nothing, and says so', () => {
    const root = copy();
    mkdirSync(join(root, 'content/tool'));
    writeFileSync(join(root, 'content/tool/x.mdx'), '---\nname: X\n---\n');
    writeFileSync(join(root, 'content/notes.md'), 'notes');
    expect(loadContent(root, NOW).problems.map((p) => `${p.file}: ${p.message} (${p.suggestion})`)).toEqual([
      'content/notes.md: expected one of the folders tools, use-cases, organizations, collections, criteria, events, projects, translations, found a file "notes.md" (entries go in the folder of their kind, such as content/tools/)',
      'content/tool: expected one of the folders tools, use-cases, organizations, collections, criteria, events, projects, translations, found a folder "tool" (did you mean "tools"?)',
    ]);
  });
});

test('a translation field named like an object property (constructor) is an unknown field, not "a fact of the original"', () => {
  const root = tempDir();
  cpSync('tests/corpus/base/content', join(root, 'content'), { recursive: true });
  mkdirSync(join(root, 'content/translations/fr/tools'), { recursive: true });
  writeFileSync(join(root, 'content/translations/fr/tools/agora.mdx'), '---\nsummary: "Une petite plateforme pour les consultations des communes."\nconstructor: "x"\noriginal_digest: "000000000000"\n---\n\nTexte.\n');
  const problems = loadContent(root, NOW).problems.filter((p) => p.field === 'constructor');
  expect(problems.map((p) => p.message)).toEqual([expect.stringMatching(/^unknown field "constructor"; expected one of name, summary/)]);
});
