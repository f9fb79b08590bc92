/**
 * npm run import:publiccode on fixture files written for these tests in the shapes public files
 * take (scripts/fixtures/publiccode/: version 0.2 with the Italian section, 0.3, 0.4 in four
 * languages, and broken files), into a copy of content/.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { formatProblem } from '../src/checking/problems.ts';
import { PUBLICCODE_MARKER } from './lib/publiccode.ts';
import { runPubliccodeImport, type PubliccodeImportReport } from './import-publiccode.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const fixtures = join(repoRoot, 'scripts/fixtures/publiccode');
const TODAY = '2026-11-30';

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? files(join(dir, d.name)) : [join(dir, d.name)]));
}

describe('npm run import:publiccode', { timeout: 60_000 }, () => {
  let root: string;
  let content: string;
  let first: PubliccodeImportReport;
  const run = (input = fixtures, extra: Partial<Parameters<typeof runPubliccodeImport>[0]> = {}) => runPubliccodeImport({ input, contentDir: content, today: TODAY, ...extra });
  const read = (file: string) => readFileSync(join(content, file), 'utf8');

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'import-publiccode-test-'));
    content = join(root, 'content');
    cpSync(join(repoRoot, 'content'), content, { recursive: true });
    first = run();
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  test('broken files get located errors, and nothing is imported from them', () => {
    expect(first.fileProblems.map(formatProblem)).toEqual([
      expect.stringMatching(/^scripts\/fixtures\/publiccode\/broken\/bad-licence\.yml:11:12 +error +legal\.license: expected an SPDX licence expression/),
      expect.stringMatching(/^scripts\/fixtures\/publiccode\/broken\/missing-keys\.yml:1:1 +error +name: required field "name" is missing/),
      expect.stringMatching(/^scripts\/fixtures\/publiccode\/broken\/missing-keys\.yml:3:20 +error +developmentStatus: expected one of concept, development, beta, stable, obsolete; found "finished"/),
      expect.stringMatching(/^scripts\/fixtures\/publiccode\/broken\/syntax\.yml:3:\d+ +error +\(yaml\): invalid YAML: Missing closing "quote/),
    ]);
    expect(first.ok).toBe(false);
  });

  test('valid files become drafts: tools, their organisations, and translations from the other descriptions', () => {
    expect(first.written.sort()).toEqual(['organizations/comune-di-esempio.mdx', 'tools/budget-ouvert-local.mdx', 'tools/segnalazioni-cittadine.mdx', 'translations/ar/tools/budget-ouvert-local.mdx', 'translations/en/tools/budget-ouvert-local.mdx']);
    expect(first.newErrors).toEqual([]);
    const italian = read('tools/segnalazioni-cittadine.mdx');
    expect(italian.startsWith(`---\n${PUBLICCODE_MARKER}\n`)).toBe(true);
    // Version 0.2: deprecated licence id replaced; English is the original (Italian is not a catalogue language).
    expect(italian).toMatch(/\nlicense: AGPL-3\.0-only\n/);
    expect(italian).toMatch(/\nlang: en\n/);
    expect(italian).toMatch(/\nuse_cases: \[citizen-reporting\]\n/);
    expect(italian).toMatch(/\nsoftware_type: standalone\/web\nplatforms: \[web\]\nmaintenance: internal\n/);
    expect(italian).toMatch(/\nsources:\n {2}- https:\/\/github\.com\/comune-esempio\/segnalazioni\/blob\/HEAD\/publiccode\.yml\n/);
    expect(italian).toMatch(/\ndraft: true\n/);
    // usedBy stays a lead for the reviewer, never a deployment.
    expect(italian).not.toMatch(/\nused_by:/);
    expect(italian).toContain('not verified');
    // The Italian section names a public administration: a local government in Italy.
    expect(read('organizations/comune-di-esempio.mdx')).toMatch(/\ntype: local-government\ncountry: IT\n/);
    // Version 0.4 in four languages: French original, English and Arabic drafts, German reported.
    const budget = read('tools/budget-ouvert-local.mdx');
    expect(budget).toMatch(/\nlang: fr\n/);
    expect(budget).toContain('Descriptions in de are not imported');
    expect(read('translations/ar/tools/budget-ouvert-local.mdx')).toMatch(/^---\n# Imported[^\n]*\nsummary: يعرض الميزانية[^\n]*\noriginal_digest: [0-9a-f]{12}\ndraft: true\n---\n/);
  });

  test('never personal data: maintenance contacts, e-mail addresses and phone numbers stay out', () => {
    const written = first.written.map(read).join('\n');
    expect(written).not.toMatch(/Mario|Rossi|Jane|Doe|@example\.org|1234 5678/);
  });

  test('the drafts are refused by the validator until reviewed, for that reason only', () => {
    const out = spawnSync(process.execPath, [join(repoRoot, 'scripts/validate.ts')], { cwd: root, encoding: 'utf8' });
    const errors = out.stdout.split('\n').filter((l) => /\berror\b/.test(l) && /esempio|budget-ouvert|segnalazioni/.test(l));
    expect(errors.length).toBe(5);
    for (const e of errors) expect(e).toMatch(/ error +draft: /);
  });

  test('idempotent: a second run writes nothing', () => {
    const again = run();
    expect(again.written).toEqual([]);
    expect(again.unchanged.sort()).toEqual(['tools/budget-ouvert-local.mdx', 'tools/segnalazioni-cittadine.mdx', 'translations/ar/tools/budget-ouvert-local.mdx', 'translations/en/tools/budget-ouvert-local.mdx']);
  });

  test('an ambiguous file needs --use-case; its licence and languages are checked', () => {
    const file = join(fixtures, 'v0.3-english.yml');
    expect(first.skipped).toContainEqual({ file: 'scripts/fixtures/publiccode/v0.3-english.yml', reason: expect.stringMatching(/^no use case: its categories \(digital-citizenship\) name none unambiguously; run again with --use-case/) });
    const r = run(file, { useCases: ['parliamentary-monitoring'] });
    expect(r.written.sort()).toEqual(['organizations/example-civic-association.mdx', 'tools/openagenda-council.mdx']);
    const text = read('tools/openagenda-council.mdx');
    expect(text).toMatch(/\nlicense: GPL-2\.0-or-later\n/);
    expect(text).toMatch(/\nlanguages: \[en\]\n/);
    expect(text).toContain('"not a language!" is not a BCP 47 tag');
    expect(text).toContain('https://gitlab.com/civic-example/openagenda-council/-/blob/HEAD/publiccode.yml');
    // Its owner's name states its kind; no country is stated, so none is written.
    expect(read('organizations/example-civic-association.mdx')).toMatch(/\ntype: civil-society\nsources:/);
    // The 0.4 file's publisher and contractor state no kind of organisation: reported, not invented.
    expect(first.organisationNotes.join('\n')).toMatch(/"Ville d'Exemple" \(publisher[^\n]*left out\n[^\n]*"Exemple Numérique SAS" \(maintenance contractor\)/);
    expect(run(file, { useCases: ['no-such-use-case'] }).skipped[0].reason).toMatch(/^unknown use case no-such-use-case/);
  });

  test('a reviewed entry is never overwritten: the import shows the diff instead', () => {
    const file = 'tools/segnalazioni-cittadine.mdx';
    const reviewed = read(file).replace(`${PUBLICCODE_MARKER}\n`, '').replace('draft: true\n', '').replace(/^summary: .*$/m, 'summary: "A reporting platform, described by a reviewer."');
    writeFileSync(join(content, file), reviewed);
    const r = run(fixtures, { force: true });
    expect(read(file)).toBe(reviewed);
    const kept = r.kept.find((k) => k.file === file);
    expect(kept?.why).toMatch(/never overwritten/);
    expect(kept?.diff).toContain('-summary: "A reporting platform, described by a reviewer."');
    expect(kept?.diff).toContain('+summary: A platform for residents to report faults');
  });

  test('an earlier import that differs is kept without --force, rewritten with it', () => {
    const file = 'tools/budget-ouvert-local.mdx';
    const imported = read(file);
    writeFileSync(join(content, file), imported.replace('status: development', 'status: beta'));
    expect(run().kept.find((k) => k.file === file)?.why).toMatch(/--force/);
    expect(read(file)).toContain('status: beta');
    run(fixtures, { force: true });
    expect(read(file)).toBe(imported);
  });

  test('the command line: exit code 1 on a broken file, 2 on a usage error', () => {
    const cli = (...args: string[]) => spawnSync(process.execPath, [join(repoRoot, 'scripts/import-publiccode.ts'), ...args, '--content', content, '--dry-run'], { cwd: repoRoot, encoding: 'utf8' });
    const broken = cli(join(fixtures, 'broken/syntax.yml'));
    expect(broken.status).toBe(1);
    expect(broken.stdout).toMatch(/syntax\.yml:3:\d+ +error/);
    expect(cli(join(fixtures, 'v0.2-italian.yml')).status).toBe(0);
    expect(cli(join(root, 'nowhere.yml')).status).toBe(2);
    expect(cli(fixtures, '--source-url', 'https://example.org/publiccode.yml').status).toBe(2);
    expect(files(content).some((f) => f.includes('nowhere'))).toBe(false);
  });
});
