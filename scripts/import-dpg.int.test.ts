/**
 * The DPG importer on the real registry records (../shared/data/dpg) and a copy of content/.
 *
 * The copy leaves out the files a previous import wrote (they start with IMPORT_MARKER), so the
 * first run here writes exactly what `npm run import:dpg -- ../shared/data/dpg --sdg 16` added to
 * the catalogue. If that number changes, re-run the importer on content/, review what changed
 * (scripts/lib/dpg-review.ts), and update EXPECTED below.
 */
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadContent } from '../src/checking/pipeline.ts';
import { IMPORT_MARKER } from './lib/dpg.ts';
import { runImport, type ImportReport } from './import-dpg.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// Beside the repository (../shared, as in this workspace), or wherever DPG_DATA points.
const dataDir = [process.env.DPG_DATA, resolve(repoRoot, '../shared/data/dpg'), '/work/shared/data/dpg'].filter((d): d is string => !!d).find((d) => existsSync(d)) ?? resolve(repoRoot, '../shared/data/dpg');
const hasData = existsSync(join(dataDir, 'nominees')) && existsSync(join(dataDir, 'archive'));
if (!hasData) console.warn(`import-dpg.test.ts: skipped, the registry records are not at ${dataDir}`);

/** What the first run writes: the SDG 16 civic tools the catalogue lacks, and the organisations they need. */
const EXPECTED = { tools: 8, organizations: 2 };
const TODAY = '2026-11-23';
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? files(join(dir, d.name)) : [join(dir, d.name)]));
}

function hashes(dir: string): Record<string, string> {
  return Object.fromEntries(files(dir).sort().map((f) => [relative(dir, f), createHash('sha256').update(readFileSync(f)).digest('hex')]));
}

/** The entries the importer first wrote, since reviewed by hand: the test starts from a catalogue without them. */
const FIRST_IMPORTED = [
  ...['altinn', 'api-gouv-fr', 'froide', 'opengovernment', 'parliamentary-monitoring-group', 'pollit', 'surveda', 'tokyo-metropolitan-government-covid-19-countermeasure-site'].map((id) => `tools/${id}.mdx`),
  ...['open-knowledge-foundation-germany', 'participatory-politics-foundation'].map((id) => `organizations/${id}.mdx`),
];
const isImported = (path: string) => FIRST_IMPORTED.some((f) => path.endsWith(`/content/${f}`)) || (path.endsWith('.mdx') && statSync(path).isFile() && readFileSync(path, 'utf8').startsWith(`---\n${IMPORT_MARKER}\n`));

// Each run reads 714 records and validates a copy of content/: seconds, more on a busy machine.
describe.skipIf(!hasData)('npm run import:dpg on the shared registry records', { timeout: 30_000 }, () => {
  let root: string;
  let content: string;
  let first: ImportReport;
  let firstLog: string[];
  const run = (extra: { force?: boolean; dryRun?: boolean } = {}) => {
    const log: string[] = [];
    const report = runImport({ folder: dataDir, contentDir: content, sdg: 16, today: TODAY, log: (l) => log.push(l), ...extra });
    return { report, log };
  };

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'import-dpg-test-'));
    content = join(root, 'content');
    cpSync(join(repoRoot, 'content'), content, { recursive: true, filter: (src) => !isImported(src) });
    ({ report: first, log: firstLog } = run());
  }, 60_000);

  afterAll(() => {
    if (root) rmSync(root, { recursive: true, force: true });
  });

  test('the first run writes the expected number of files', () => {
    expect(first.newErrors).toEqual([]);
    expect(first.written).toEqual(first.planned);
    expect(first.written.filter((f) => f.startsWith('tools/'))).toHaveLength(EXPECTED.tools);
    expect(first.written.filter((f) => f.startsWith('organizations/'))).toHaveLength(EXPECTED.organizations);
    expect(first.recordsRead).toBe(714);
    expect(first.selected).toBe(110);
    // Every selected record is accounted for exactly once.
    expect(first.written.filter((f) => f.startsWith('tools/')).length + first.unchanged.length + first.kept.length + first.skipped.length).toBe(first.selected);
  });

  test('no e-mail address anywhere in what it writes or prints', () => {
    for (const file of first.written) expect(readFileSync(join(content, file), 'utf8')).not.toMatch(EMAIL);
    expect(firstLog.join('\n')).not.toMatch(EMAIL);
  });

  test('the result passes the validator but for the draft marks, which it refuses until a reviewer removes them', () => {
    const errors = loadContent(root).problems.filter((p) => p.severity === 'error');
    expect(errors.filter((p) => p.code !== 'draft').map((p) => `${p.file}:${p.line} ${p.field}: ${p.message}`)).toEqual([]);
    expect(errors.filter((p) => p.code === 'draft').map((p) => p.file.replace('content/', '')).sort()).toEqual([...first.written].sort());
  });

  test('a second run writes nothing and changes nothing', () => {
    const before = hashes(content);
    const { report } = run();
    expect(report.written).toEqual([]);
    expect(report.unchanged).toHaveLength(EXPECTED.tools);
    expect(hashes(content)).toEqual(before);
  });

  test('existing entries that differ from their record are kept as they are', () => {
    expect(first.kept.length).toBeGreaterThan(0);
    for (const { file } of first.kept) expect(readFileSync(join(content, file), 'utf8')).toBe(readFileSync(join(repoRoot, 'content', file), 'utf8'));
  });

  test('--force --dry-run shows the diff of an edited entry and still writes nothing', () => {
    const tool = first.written.find((f) => f.startsWith('tools/'))!;
    const path = join(content, tool);
    const edited = readFileSync(path, 'utf8').replace(/^type: software$/m, 'type: service');
    writeFileSync(path, edited);
    const forced = run({ force: true, dryRun: true });
    expect(forced.report.planned).toContain(tool);
    expect(forced.report.written).toEqual([]);
    expect(forced.log.join('\n')).toMatch(/^-type: service\n\+type: software$/m);
    expect(readFileSync(path, 'utf8')).toBe(edited);
  });

  test('the command line refuses bad arguments', () => {
    // npm scripts run the project's Node (node_modules/.bin/node), which strips TypeScript types.
    const local = join(repoRoot, 'node_modules/.bin/node');
    const node = existsSync(local) ? local : process.execPath;
    const result = spawnSync(node, [join(repoRoot, 'scripts/import-dpg.ts'), dataDir, '--sdg', '99'], { encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/--sdg expects a goal number/);
  });
});
