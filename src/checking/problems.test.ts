import { describe, expect, test } from 'vitest';
import { annotation, fieldPath, formatProblem, sortProblems, type Problem } from './problems.ts';

const problem = (overrides: Partial<Problem> = {}): Problem => ({
  file: 'content/tools/decidim.mdx',
  line: 5,
  column: 1,
  severity: 'error',
  field: 'licence',
  message: 'unknown field "licence"',
  ...overrides,
});

describe('formatProblem', () => {
  test('file:line:col  severity  field: message (suggestion)', () => {
    expect(formatProblem(problem({ suggestion: 'did you mean "license"?' }))).toBe(
      'content/tools/decidim.mdx:5:1  error  licence: unknown field "licence" (did you mean "license"?)',
    );
  });
  test('no parentheses without a suggestion', () => {
    expect(formatProblem(problem({ severity: 'warning', field: 'reviewed', line: 9, column: 11, message: 'stale' }))).toBe('content/tools/decidim.mdx:9:11  warning  reviewed: stale');
  });
});

describe('fieldPath', () => {
  test.each<[PropertyKey[], string]>([
    [['name'], 'name'],
    [['used_by', 0, 'organization'], 'used_by[0].organization'],
    [['sources', 2], 'sources[2]'],
    [['criteria', 'public-api'], 'criteria.public-api'],
    [[], '(front matter)'],
  ])('%j -> %s', (path, text) => {
    expect(fieldPath(path)).toBe(text);
  });
});

describe('sortProblems', () => {
  test('by file, line, column, then field, without mutating the input', () => {
    const input = [
      problem({ file: 'content/tools/b.mdx', line: 1 }),
      problem({ line: 7, column: 3 }),
      problem({ line: 7, column: 1, field: 'z' }),
      problem({ line: 7, column: 1, field: 'a' }),
      problem({ line: 2 }),
    ];
    const sorted = sortProblems(input);
    expect(sorted.map((p) => `${p.file}:${p.line}:${p.column}:${p.field}`)).toEqual([
      'content/tools/b.mdx:1:1:licence',
      'content/tools/decidim.mdx:2:1:licence',
      'content/tools/decidim.mdx:7:1:a',
      'content/tools/decidim.mdx:7:1:z',
      'content/tools/decidim.mdx:7:3:licence',
    ]);
    expect(input[0].file).toBe('content/tools/b.mdx');
  });
});

describe('output nobody can forge', () => {
  const evil: Problem = {
    file: 'content/tools/x\n::error file=content/tools/decidim.mdx::forged.mdx',
    line: 3,
    column: 1,
    severity: 'error',
    field: 'name\u001b[2J\u202e',
    message: 'found "a%0Ab\r\n::warning::x"',
    suggestion: 'fix it,: now',
  };

  test('a problem line stays one line, with control and bidi characters shown, not obeyed', () => {
    const line = formatProblem(evil);
    expect(line.split('\n')).toHaveLength(1);
    expect(line).toContain('content/tools/x\\u{a}::error');
    expect(line).toContain('name\\u{1b}[2J\\u{202e}');
    expect(line).not.toMatch(/[\u0000-\u001f\u202e]/);
  });

  test('a workflow command stays one command: data and properties escaped as GitHub documents', () => {
    const command = annotation(evil);
    expect(command.split('\n')).toHaveLength(1);
    expect(command).toMatch(/^::error file=content\/tools\/x\\u{a}%3A%3Aerror file=content\/tools\/decidim.mdx%3A%3Aforged.mdx,line=3,col=1,title=name/);
    expect(command).toContain('found "a%250Ab\\u{d}\\u{a}::warning::x" (fix it,: now)');
  });
});
