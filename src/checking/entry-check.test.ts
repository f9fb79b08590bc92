import { describe, expect, test } from 'vitest';
import { checkEntryFile, MAX_ENTRY_BYTES } from './entry-check.ts';
import { formatProblem } from './problems.ts';

const NOW = new Date('2026-11-23T12:00:00Z');
const FILE = 'content/tools/decidim.mdx';
const bytes = (text: string) => new TextEncoder().encode(text);

/** A valid tool file; its front matter is 12 lines, so the body starts on file line 13. */
function makeMinimalToolFile(overrides: { reviewed?: string; extra?: string; body?: string } = {}): string {
  return [
    '---',
    'name: Decidim',
    'summary: "Cadre libre de démocratie participative."',
    'website: https://decidim.org',
    'license: AGPL-3.0-only',
    'type: software',
    'status: stable',
    'use_cases: [participatory-budgeting]',
    `reviewed: ${overrides.reviewed ?? '2026-11-23'}`,
    ...(overrides.extra ? [overrides.extra] : []),
    'sources:',
    '  - https://github.com/decidim/decidim',
    '---',
    overrides.body ?? '\n## Ce que fait Decidim\n\nUn cadre [libre](https://decidim.org) de démocratie participative.\n',
  ].join('\n');
}
const check = (text: string, file = FILE, now = NOW) => checkEntryFile('tools', file, bytes(text), now);
const lines = (text: string, file = FILE, now = NOW) => check(text, file, now).problems.map(formatProblem);

describe('checkEntryFile', () => {
  test('a valid tool passes, with defaults applied and its body rendered', () => {
    const entry = check(makeMinimalToolFile());
    expect(entry.problems).toEqual([]);
    expect(entry).toMatchObject({ kind: 'tools', id: 'decidim', file: FILE });
    expect(entry.data).toMatchObject({ name: 'Decidim', lang: 'fr', used_by: [], criteria: {} });
    expect(entry.html).toBe('<h2>Ce que fait Decidim</h2>\n<p>Un cadre <a href="https://decidim.org">libre</a> de démocratie participative.</p>');
    expect(entry.locate(['website'])).toEqual({ line: 4, column: 10 });
  });

  test('a byte-order mark and CRLF line endings are accepted', () => {
    expect(check(`\uFEFF${makeMinimalToolFile().replace(/\n/g, '\r\n')}`).problems).toEqual([]);
  });

  test('bytes that are not UTF-8 are located and nothing else is checked', () => {
    const raw = new Uint8Array([...bytes('---\nname: D'), 0xe9, ...bytes('cidim\n---\n')]);
    expect(checkEntryFile('tools', FILE, raw, NOW).problems.map(formatProblem)).toEqual([
      'content/tools/decidim.mdx:2:8  error  file: expected text encoded as UTF-8, found bytes that are not UTF-8 (re-save the file as UTF-8 in your editor)',
    ]);
  });

  test('an oversized file is refused before it is decoded', () => {
    const entry = checkEntryFile('tools', FILE, new Uint8Array(MAX_ENTRY_BYTES + 1).fill(0x61), NOW);
    expect(entry.problems.map(formatProblem)).toEqual([
      'content/tools/decidim.mdx:1:1  error  file: expected at most 100 KB, found 100.1 KB (shorten the description; link to longer documents instead)',
    ]);
    expect(entry.data).toBeUndefined();
  });

  test('a file of exactly the maximum size is not refused for its size', () => {
    const text = makeMinimalToolFile();
    const padded = text + 'a'.repeat(MAX_ENTRY_BYTES - bytes(text).byteLength);
    expect(check(padded).problems.filter((p) => p.field === 'file')).toEqual([]);
  });

  test.each([
    ['Décidim Tool.mdx', ['content/tools/Décidim Tool.mdx:1:1  error  file: expected a file name in lowercase kebab-case ASCII (it is the id and the URL), found "Décidim Tool.mdx" (rename it to decidim-tool.mdx)']],
    ['decidim_v2.mdx', ['content/tools/decidim_v2.mdx:1:1  error  file: expected a file name in lowercase kebab-case ASCII (it is the id and the URL), found "decidim_v2.mdx" (rename it to decidim-v2.mdx)']],
    ['decidim.md', ['content/tools/decidim.md:1:1  error  file: expected a .mdx file, found "decidim.md" (rename it to decidim.mdx)']],
    [
      'Decidim.md',
      [
        'content/tools/Decidim.md:1:1  error  file: expected a .mdx file, found "Decidim.md" (rename it to decidim.mdx)',
        'content/tools/Decidim.md:1:1  error  file: expected a file name in lowercase kebab-case ASCII (it is the id and the URL), found "Decidim.md" (rename it to decidim.mdx)',
      ],
    ],
  ])('bad file name %j', (name, expected) => {
    expect(lines(makeMinimalToolFile(), `content/tools/${name}`)).toEqual(expected);
  });

  test('missing front matter', () => {
    expect(lines('# Decidim\n\nText.\n')).toEqual([
      'content/tools/decidim.mdx:1:1  error  (front matter): expected the file to start with a front-matter block between two "---" lines, found none (copy the start of an existing entry, or run npm run new)',
    ]);
  });

  test('empty front matter, or front matter that is not fields', () => {
    const expected = ['content/tools/decidim.mdx:2:1  error  (front matter): expected fields written "name: value", found none'];
    expect(lines('---\n---\nText\n')).toEqual(expected);
    expect(lines('---\n- a list\n---\nText\n')).toEqual(expected);
  });

  test('YAML syntax error, located in the file', () => {
    expect(lines(makeMinimalToolFile().replace('status: stable', 'status: stable: yes'))).toEqual([
      'content/tools/decidim.mdx:7:9  error  (front matter): expected one value after "status:", found text containing ": ", which YAML reads as a second field (put the value in double quotes: status: "stable: yes")',
    ]);
  });

  test('unknown field, at the line and column of its key', () => {
    const entry = check(makeMinimalToolFile().replace('website: https', 'webiste: https'));
    expect(entry.data).toBeUndefined();
    expect(entry.problems).toContainEqual({
      file: FILE,
      line: 4,
      column: 1,
      severity: 'error',
      field: 'webiste',
      message: expect.stringMatching(/^unknown field "webiste"; expected one of name, summary, /),
      suggestion: 'did you mean "website"?',
      code: 'unknown-field',
    });
    // The missing `website` is reported too, at the start of the front matter.
    expect(entry.problems.find((p) => p.field === 'website')).toMatchObject({ line: 2, column: 1, message: expect.stringMatching(/^required field "website" is missing/) });
  });

  test('an empty licence gets a message instead of crashing the validator', () => {
    expect(lines(makeMinimalToolFile().replace('license: AGPL-3.0-only', 'license: ""'))).toEqual([
      'content/tools/decidim.mdx:5:10  error  license: expected an SPDX licence expression of current ids (such as "AGPL-3.0-only" or "MIT OR Apache-2.0"), or "proprietary"; found "" (see https://spdx.org/licenses/ for ids)',
    ]);
  });

  test('a bad nested value is located at the value', () => {
    const text = makeMinimalToolFile({ extra: 'used_by:\n  - organization: etalab\n    url: javascript:alert(1)' });
    expect(lines(text)).toEqual([
      'content/tools/decidim.mdx:12:10  error  used_by[0].url: expected an absolute URL starting with http:// or https:// (lowercase), with a host name; found "javascript:alert(1)" (only web addresses (https://...) are accepted)',
    ]);
  });

  test('a review older than 18 months is a warning, and the entry still passes', () => {
    const entry = check(makeMinimalToolFile({ reviewed: '2025-05-22' }));
    expect(entry.problems.map(formatProblem)).toEqual([
      'content/tools/decidim.mdx:9:11  warning  reviewed: facts last checked on 2025-05-22, more than 18 months ago (check the facts against the sources and update the date)',
    ]);
    expect(entry.data).toBeDefined();
  });

  test('a review of exactly 18 months ago is not stale yet', () => {
    expect(check(makeMinimalToolFile({ reviewed: '2025-05-23' })).problems).toEqual([]);
  });

  test('18 months before the 31st is the end of a shorter month, not a day of the next one', () => {
    const now = new Date('2026-08-31T12:00:00Z');
    expect(check(makeMinimalToolFile({ reviewed: '2025-03-01' }), FILE, now).problems).toEqual([]);
    expect(check(makeMinimalToolFile({ reviewed: '2025-02-28' }), FILE, now).problems).toEqual([]);
    expect(check(makeMinimalToolFile({ reviewed: '2025-02-27' }), FILE, now).problems.map((p) => p.severity)).toEqual(['warning']);
  });

  test('a review dated in the future is an error', () => {
    expect(lines(makeMinimalToolFile({ reviewed: '2026-11-24' }))).toEqual([
      'content/tools/decidim.mdx:9:11  error  reviewed: expected a date not after today, found 2026-11-24 (write the date the facts were checked)',
    ]);
  });

  test('review dates are only checked for tools', () => {
    const org = '---\nname: Etalab\nsummary: "Département de la donnée publique."\ntype: government\nwebsite: https://etalab.gouv.fr\nsources: [https://etalab.gouv.fr]\n---\n';
    expect(checkEntryFile('organizations', 'content/organizations/etalab.mdx', bytes(org), NOW).problems).toEqual([]);
  });

  // Front matter is lines 1-12; body line 1 is file line 13, so body line n is file line 12 + n.
  test.each([
    ['an import', '\nimport Evil from "../lib/evil.js"\n', 'content/tools/decidim.mdx:14:1  error  body: expected Markdown text, found an import statement (remove it: entries cannot import or export code)'],
    ['an export', '\n\nexport const x = 1\n', 'content/tools/decidim.mdx:15:1  error  body: expected Markdown text, found an export statement (remove it: entries cannot import or export code)'],
    ['an expression', '\nText {alert(1)} here.\n', 'content/tools/decidim.mdx:14:6  error  body: expected Markdown text, found the expression {alert(1)} (remove the braces, or write \\{ to show a literal brace)'],
    ['a <script> tag', '\nText.\n\n<script>alert(1)</script>\n', 'content/tools/decidim.mdx:16:1  error  body: expected Markdown, found the HTML tag <script> (use Markdown instead (## for headings, **bold**, [text](https://...) for links); allowed components: Aside)'],
    ['a javascript: link', '\nSee [this](javascript:alert(1)).\n', 'content/tools/decidim.mdx:14:5  error  body: expected a link to an http, https, mailto or relative URL, found "javascript:alert(1)" (link to an https:// address)'],
    ['an unparseable brace', '\nA { here\n', 'content/tools/decidim.mdx:14:9  error  body: could not parse the text: Unexpected end of file in expression, expected a corresponding closing brace for `{` (MDX reads "<" and "{" as code: write them as \\< and \\{, or rephrase; HTML comments are not allowed)'],
  ])('body with %s is an error on the right file line', (_what, body, expected) => {
    const entry = check(makeMinimalToolFile({ body }));
    expect(entry.problems.map(formatProblem)).toEqual([expected]);
    expect(entry.html).toBe('');
  });

  test('body lines follow the front matter when it is longer', () => {
    const entry = check(makeMinimalToolFile({ extra: 'tags:\n  - a\n  - b', body: '\n<div>x</div>\n' }));
    expect(entry.problems.map((p) => [p.line, p.column])).toEqual([[17, 1]]);
  });

  test('schema and body problems are all reported together', () => {
    const fields = check(makeMinimalToolFile({ reviewed: '2026-13-01', body: '\n{x}\n' })).problems.map((p) => p.field);
    expect(fields).toEqual(['reviewed', 'body']);
  });
});
