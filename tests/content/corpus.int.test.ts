/**
 * The bad-input corpus: every file under tests/corpus/cases/ must make the validator report
 * exactly the problems its `# expect:` lines describe, located in the file, worded as
 * "field: what was expected, what was found", with the suggestion where one exists.
 *
 * A case is one file, tests/corpus/cases/<kind>/<file>, or a folder of files that go into
 * content/<kind>/ together (duplicates, parent cycles). Each file carries its expectations as
 * comment lines, first in its front matter:
 *
 *   # expect: [warning ]<line>[:<column>] <field> | <message substring>[ | <suggestion substring>]
 *   # expect: none
 *
 * Every listed problem must be reported, and every problem reported for a case file must be
 * listed: the corpus pins the whole output, not only a part of it. Inputs that cannot be stored
 * as text (bytes that are not UTF-8, an oversized file) are built below.
 *
 * Each case is added to a copy of tests/corpus/base, a tiny valid catalogue, and checked with
 * loadContent(root, NOW), exactly as `npm run validate` does.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { KINDS, type Kind } from '../../src/schemas/index.ts';
import { loadContent } from '../../src/checking/pipeline.ts';
import { MAX_ENTRY_BYTES } from '../../src/checking/entry-check.ts';
import { formatProblem, type Problem } from '../../src/checking/problems.ts';

const CORPUS = fileURLToPath(new URL('../corpus/', import.meta.url));
const BASE = join(CORPUS, 'base');
const CASES = join(CORPUS, 'cases');
/** Fixed "today": base reviews (2026-09/10) are fresh, 2025-03-31 is stale, 2027-01-15 is in the future. */
const NOW = new Date('2026-12-01T12:00:00Z');

/** The CLI line format: `path:line:column  severity  field: message`. */
const LINE_FORMAT = /^content\/\S+:\d+:\d+  (error|warning)  \S.*: .+/;
/** The same, for the one case whose file name has a space on purpose (`civic poll.mdx`). */
const LINE_FORMAT_SPACED_PATH = /^content\/[^:]+:\d+:\d+  (error|warning)  \S.*: .+/;

interface Expectation {
  severity: Problem['severity'];
  line: number;
  column?: number;
  field: string;
  message: string;
  suggestion?: string;
  /** The `# expect:` line, for failure messages. */
  source: string;
}

interface CaseFile {
  kind: Kind;
  /** File name inside content/<kind>/. */
  name: string;
  bytes: Uint8Array;
  expectations: Expectation[];
}

interface Case {
  id: string;
  files: CaseFile[];
}

const EXPECT_LINE = /^# expect: (?:(error|warning) )?(\d+)(?::(\d+))? (.+?) \| (.+?)(?: \| (.+))?$/;

function parseExpectations(where: string, text: string): Expectation[] {
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .filter((l) => l.startsWith('# expect:'));
  if (lines.length === 0) throw new Error(`${where}: no "# expect:" line; every case must say what it expects`);
  if (lines.length === 1 && lines[0] === '# expect: none') return [];
  return lines.map((source) => {
    const m = EXPECT_LINE.exec(source);
    if (!m) throw new Error(`${where}: cannot read ${JSON.stringify(source)}`);
    const [, severity, line, column, field, message, suggestion] = m;
    return { severity: (severity ?? 'error') as Problem['severity'], line: Number(line), column: column ? Number(column) : undefined, field, message, suggestion, source };
  });
}

function loadCases(): Case[] {
  const cases: Case[] = [];
  for (const kind of readdirSync(CASES).sort()) {
    if (!(KINDS as readonly string[]).includes(kind)) throw new Error(`tests/corpus/cases/${kind}: not a content kind`);
    for (const entry of readdirSync(join(CASES, kind)).sort()) {
      const path = join(CASES, kind, entry);
      const names = statSync(path).isDirectory() ? readdirSync(path).sort() : [entry];
      const dir = statSync(path).isDirectory() ? path : join(CASES, kind);
      cases.push({
        id: `${kind}/${entry}`,
        files: names.map((name) => {
          const bytes = readFileSync(join(dir, name));
          return { kind: kind as Kind, name, bytes, expectations: parseExpectations(`${kind}/${entry}`, bytes.toString('utf8')) };
        }),
      });
    }
  }
  return cases;
}

const enc = (s: string) => new TextEncoder().encode(s);

/** Inputs that cannot be kept as text files in the repository. */
function generatedCases(): Case[] {
  const head = '---\nname: "Civic Poll"\nsummary: "Un outil de sondage cr';
  const tail =
    ' pour une mairie."\nwebsite: https://civicpoll.example.org\nlicense: MIT\ntype: software\nstatus: stable\nuse_cases: [public-consultation]\nreviewed: 2026-11-01\nsources: [https://civicpoll.example.org]\nlang: fr\n---\n\nCivic Poll.\n';
  // "créé" saved as Latin-1: 0xE9 is not a valid UTF-8 sequence.
  const latin1 = new Uint8Array([...enc(head), 0xe9, 0xe9, ...enc(tail)]);

  const valid = enc(`${head}éé${tail}`);
  const filler = enc('Civic Poll runs polls for a town council. '.repeat(3000));
  const oversized = new Uint8Array(120_000);
  oversized.set(valid);
  oversized.set(filler.subarray(0, oversized.length - valid.length), valid.length);

  const justOver = new Uint8Array(MAX_ENTRY_BYTES + 1);
  justOver.set(valid);
  justOver.set(filler.subarray(0, justOver.length - valid.length), valid.length);

  const file = (name: string, bytes: Uint8Array, expectation: Omit<Expectation, 'severity' | 'source'>): CaseFile => ({
    kind: 'tools',
    name,
    bytes,
    expectations: [{ severity: 'error', source: `(generated) ${JSON.stringify(expectation)}`, ...expectation }],
  });
  return [
    {
      // Not stored: a file named con.mdx could not be checked out on Windows, which is the point of the rule.
      id: 'tools/con.mdx (generated: a name Windows reserves)',
      files: [file('con.mdx', valid, { line: 1, column: 1, field: 'file', message: 'expected a file name that Windows can store, found "con.mdx" (CON is reserved there)', suggestion: 'rename it' })],
    },
    {
      id: `tools/${'a'.repeat(81)}.mdx (generated: a name too long for some file systems)`,
      files: [file(`${'a'.repeat(81)}.mdx`, valid, { line: 1, column: 1, field: 'file', message: 'expected a file name of at most 80 characters before .mdx, found 81', suggestion: 'shorten it' })],
    },
    {
      id: 'tools/not-utf8.mdx (generated: Latin-1 bytes)',
      files: [file('not-utf8.mdx', latin1, { line: 3, column: head.split('\n')[2].length + 1, field: 'file', message: 'expected text encoded as UTF-8, found bytes that are not UTF-8', suggestion: 're-save the file as UTF-8' })],
    },
    {
      id: 'tools/oversized.mdx (generated: 120 000 bytes)',
      files: [file('oversized.mdx', oversized, { line: 1, column: 1, field: 'file', message: 'expected at most 100 KB, found 120.0 KB', suggestion: 'link to longer documents instead' })],
    },
    {
      id: 'tools/one-byte-too-big.mdx (generated: 100 001 bytes)',
      files: [file('one-byte-too-big.mdx', justOver, { line: 1, column: 1, field: 'file', message: 'expected at most 100 KB, found 100.1 KB' })],
    },
  ];
}

const CORPUS_CASES = [...loadCases(), ...generatedCases()];

/** Text compared in NFC: a checkout may spell "é" in a file name decomposed (macOS). */
const contains = (text: string | undefined, part: string) => (text ?? '').normalize('NFC').includes(part.normalize('NFC'));

function matches(p: Problem, e: Expectation): boolean {
  return (
    p.severity === e.severity &&
    p.line === e.line &&
    (e.column === undefined || p.column === e.column) &&
    contains(p.field, e.field) &&
    contains(p.message, e.message) &&
    (e.suggestion === undefined || contains(p.suggestion, e.suggestion))
  );
}

let root: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'civic-toolbox-corpus-'));
  cpSync(BASE, root, { recursive: true });
});

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

/** Adds the case's files to the shared copy of the base catalogue, checks it, then removes them. */
function run(c: Case): Problem[] {
  const paths = c.files.map((f) => join(root, 'content', f.kind, f.name));
  try {
    c.files.forEach((f, i) => {
      mkdirSync(join(root, 'content', f.kind), { recursive: true });
      writeFileSync(paths[i], f.bytes);
    });
    return loadContent(root, NOW).problems;
  } finally {
    for (const p of paths) rmSync(p, { force: true });
  }
}

describe('the base catalogue', () => {
  test('is valid: no problem at all', () => {
    const { entries, problems } = loadContent(BASE, NOW);
    expect(problems.map(formatProblem)).toEqual([]);
    expect(Object.fromEntries(KINDS.map((k) => [k, entries[k].length]))).toEqual({ tools: 2, 'use-cases': 2, organizations: 2, collections: 1, criteria: 2, events: 1, projects: 1 });
    const types = entries.criteria.map((e) => e.data.type).sort();
    expect(types).toEqual(['boolean', 'enum']);
  });
});

describe('the corpus', () => {
  test('has at least 45 failing cases, and positive controls', () => {
    const failing = CORPUS_CASES.filter((c) => c.files.some((f) => f.expectations.some((e) => e.severity === 'error')));
    expect(failing.length).toBeGreaterThanOrEqual(45);
    expect(CORPUS_CASES.filter((c) => c.files.every((f) => f.expectations.length === 0)).length).toBeGreaterThanOrEqual(2);
  });

  test('the byte-level cases are stored as intended (editors must not "fix" them)', () => {
    const bytesOf = (id: string) => CORPUS_CASES.find((c) => c.id === id)!.files[0].bytes;
    expect([...bytesOf('tools/bom-positive-control.mdx').subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(Buffer.from(bytesOf('tools/crlf-positive-control.mdx')).toString('utf8')).toContain('\r\n---\r\n');
    expect(Buffer.from(bytesOf('tools/yaml-tab-indentation.mdx')).toString('utf8')).toContain('\n\t- https://');
  });
});

describe('each case reports exactly its expected problems, located and worded as specified', () => {
  test.each(CORPUS_CASES)('$id', (c) => {
    const problems = run(c);
    const caseFiles = new Set(c.files.map((f) => `content/${f.kind}/${f.name}`));
    const shown = (list: Problem[]) => `\n${list.map(formatProblem).join('\n') || '(no problems)'}\n`;

    // The base catalogue is valid on its own: a case never makes a problem appear elsewhere.
    expect(problems.filter((p) => !caseFiles.has(p.file)).map(formatProblem)).toEqual([]);

    for (const f of c.files) {
      const file = `content/${f.kind}/${f.name}`;
      const own = problems.filter((p) => p.file === file);
      for (const e of f.expectations) {
        expect(own.some((p) => matches(p, e)), `${file}: nothing matches\n  ${e.source}\nreported:${shown(own)}`).toBe(true);
      }
      const unexpected = own.filter((p) => !f.expectations.some((e) => matches(p, e)));
      expect(unexpected.map(formatProblem), `${file}: problems not listed in its "# expect:" lines`).toEqual([]);

      for (const p of own) {
        const line = formatProblem(p);
        expect(line).toMatch(p.file.includes(' ') ? LINE_FORMAT_SPACED_PATH : LINE_FORMAT);
        expect(line.startsWith(`${p.file}:${p.line}:${p.column}  ${p.severity}  ${p.field}: `)).toBe(true);
        expect(p.line).toBeGreaterThanOrEqual(1);
        expect(p.column).toBeGreaterThanOrEqual(1);
      }
    }

    // A case with an error expectation fails the run; a warning-only case does not.
    const expectsError = c.files.some((f) => f.expectations.some((e) => e.severity === 'error'));
    expect(problems.some((p) => p.severity === 'error')).toBe(expectsError);
  });
});

describe('the real content', () => {
  test('has no errors', () => {
    const errors = loadContent(process.cwd()).problems.filter((p) => p.severity === 'error');
    expect(errors.map(formatProblem)).toEqual([]);
  });
});
