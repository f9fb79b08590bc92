/**
 * `npm run validate` end to end: the real script, run by the project's Node on a content root,
 * prints every problem of every file in one run and sets the exit status from errors only.
 * The inputs are the base catalogue and cases of the bad-input corpus (tests/corpus/).
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const NODE = join(REPO, 'node_modules/.bin/node');
const CORPUS = join(REPO, 'tests/corpus');
const BASE = join(CORPUS, 'base');

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function validate(root: string, env: Record<string, string> = {}): Promise<Run> {
  // Not inherited: a run under GitHub Actions must not change the plain-output cases.
  const { GITHUB_ACTIONS: _, ...parent } = process.env;
  return new Promise((resolve, reject) => {
    const child = spawn(NODE, ['scripts/validate.ts', root], { cwd: REPO, env: { ...parent, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

/** A copy of the base catalogue with some corpus case files added: [kind, file name] pairs. */
function catalogueWith(dirs: string[], files: [string, string][]): string {
  const root = mkdtempSync(join(tmpdir(), 'civic-toolbox-cli-'));
  dirs.push(root);
  cpSync(BASE, root, { recursive: true });
  for (const [kind, name] of files) cpSync(join(CORPUS, 'cases', kind, name), join(root, 'content', kind, name));
  return root;
}

const TWO_ERRORS: [string, string][] = [
  ['tools', 'enum-typo-status.mdx'],
  ['organizations', 'country-lowercase.mdx'],
];
const STATUS_LINE = 'content/tools/enum-typo-status.mdx:8:9  error  status: expected one of concept, development, beta, stable, obsolete; found "stabel" (did you mean "stable"?)';
const COUNTRY_LINE =
  'content/organizations/country-lowercase.mdx:6:10  error  country: expected an ISO 3166-1 alpha-2 country code in capitals, such as "FR", "MA" or "TN"; found "fr" (did you mean "FR"?)';

const dirs: string[] = [];
let clean: Run;
let twoErrors: Run;
let staleOnly: Run;
let onActions: Run;

beforeAll(async () => {
  // Four processes at once: each spends most of its time starting Node and loading modules.
  [clean, twoErrors, staleOnly, onActions] = await Promise.all([
    validate(BASE),
    validate(catalogueWith(dirs, TWO_ERRORS)),
    validate(catalogueWith(dirs, [['tools', 'review-stale-warning.mdx']])),
    validate(catalogueWith(dirs, TWO_ERRORS), { GITHUB_ACTIONS: 'true' }),
  ]);
}, 60_000);

afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('scripts/validate.ts', () => {
  test('a valid catalogue: exit 0, a summary and no problem lines', () => {
    expect(clean.stderr).toBe('');
    expect(clean.status).toBe(0);
    expect(clean.stdout).not.toMatch(/^content\//m);
    expect(clean.stdout).toMatch(/^2 tools, 2 use-cases, 2 organizations, 1 collections, 2 criteria\b.* checked in [\d.]+ s: 0 errors, /m);
  });

  test('two bad files: exit 1, and both problems listed in one run', () => {
    expect(twoErrors.status).toBe(1);
    const lines = twoErrors.stdout.split('\n');
    expect(lines).toContain(STATUS_LINE);
    expect(lines).toContain(COUNTRY_LINE);
    // Sorted by file: content/organizations/ comes before content/tools/.
    expect(lines.indexOf(COUNTRY_LINE)).toBeLessThan(lines.indexOf(STATUS_LINE));
    expect(twoErrors.stdout).toMatch(/: 2 errors, \d+ warnings?\.\n$/);
    expect(twoErrors.stdout).not.toContain('::error');
  });

  test('a stale review is a warning: printed, but exit 0', () => {
    expect(staleOnly.status).toBe(0);
    expect(staleOnly.stdout.split('\n')).toContain(
      'content/tools/review-stale-warning.mdx:10:11  warning  reviewed: facts last checked on 2025-03-31, more than 18 months ago (check the facts against the sources and update the date)',
    );
    expect(staleOnly.stdout).toMatch(/: 0 errors, [1-9]\d* warnings?\.\n$/);
  });

  test('under GitHub Actions: the same lines, plus one workflow annotation per problem', () => {
    expect(onActions.status).toBe(1);
    const lines = onActions.stdout.split('\n');
    expect(lines).toContain(STATUS_LINE);
    expect(lines).toContain(COUNTRY_LINE);
    expect(lines).toContainEqual(expect.stringMatching(/^::error file=content\/tools\/enum-typo-status\.mdx,line=8,col=9,title=status::expected one of concept, .*found "stabel" \(did you mean "stable"\?\)$/));
    expect(lines).toContainEqual(expect.stringMatching(/^::error file=content\/organizations\/country-lowercase\.mdx,line=6,col=10,title=country::expected an ISO 3166-1/));
    expect(lines.filter((l) => l.startsWith('::error ')).length).toBe(2);
  });
});
