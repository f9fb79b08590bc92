import { describe, expect, test } from 'vitest';
import { splitFrontmatter } from './frontmatter.ts';

const FILE = [
  '---', //                                   1
  'name: Decidim', //                          2
  'licence: MIT', //                           3
  'use_cases: [consultation, petitions]', //   4
  'used_by:', //                               5
  '  - organization: etalab', //               6
  '    url: https://etalab.gouv.fr', //        7
  'reviewed: 2026-11-23', //                   8
  '---', //                                    9
  '', //                                      10
  '## Body', //                               11
  '',
].join('\n');

describe('splitFrontmatter', () => {
  const split = splitFrontmatter(FILE);

  test('parses the YAML with the core schema: dates stay strings', () => {
    expect(split.hasFrontmatter).toBe(true);
    expect(split.errors).toEqual([]);
    expect(split.data).toEqual({
      name: 'Decidim',
      licence: 'MIT',
      use_cases: ['consultation', 'petitions'],
      used_by: [{ organization: 'etalab', url: 'https://etalab.gouv.fr' }],
      reviewed: '2026-11-23',
    });
  });

  test('the body is the text after the closing fence and bodyLine is its first file line', () => {
    expect(split.body).toBe('\n## Body\n');
    expect(split.bodyLine).toBe(10);
  });

  test.each<[string, PropertyKey[], boolean, { line: number; column: number }]>([
    ['a top-level value', ['name'], false, { line: 2, column: 7 }],
    ['a top-level key', ['licence'], true, { line: 3, column: 1 }],
    ['an item of a flow list', ['use_cases', 1], false, { line: 4, column: 27 }],
    ['a nested value', ['used_by', 0, 'url'], false, { line: 7, column: 10 }],
    ['a nested key', ['used_by', 0, 'url'], true, { line: 7, column: 5 }],
    ['an item of a block list', ['used_by', 0], false, { line: 6, column: 5 }],
    ['a missing nested field: the nearest ancestor', ['used_by', 0, 'since'], false, { line: 6, column: 5 }],
    ['a missing list item: the key of the list', ['used_by', 3, 'url'], false, { line: 5, column: 1 }],
    ['a missing top-level field: the start of the front matter', ['license'], true, { line: 2, column: 1 }],
    ['the empty path: the start of the front matter', [], false, { line: 2, column: 1 }],
  ])('locates %s', (_what, path, key, position) => {
    expect(split.locate(path, { key })).toEqual(position);
  });

  test('a byte-order mark is dropped and positions are unchanged', () => {
    const bom = splitFrontmatter(`\uFEFF${FILE}`);
    expect(bom.data).toEqual(split.data);
    expect(bom.bodyLine).toBe(10);
    expect(bom.locate(['licence'], { key: true })).toEqual({ line: 3, column: 1 });
  });

  test('CRLF line endings give the same data and lines', () => {
    const crlf = splitFrontmatter(FILE.replace(/\n/g, '\r\n'));
    expect(crlf.data).toEqual(split.data);
    expect(crlf.bodyLine).toBe(10);
    expect(crlf.locate(['used_by', 0, 'url'])).toEqual({ line: 7, column: 10 });
  });

  test('a file without front matter is all body', () => {
    const none = splitFrontmatter('# Title\n\nText\n');
    expect(none).toMatchObject({ data: undefined, body: '# Title\n\nText\n', bodyLine: 1, errors: [], hasFrontmatter: false });
    expect(none.locate(['name'])).toEqual({ line: 1, column: 1 });
  });

  test.each([
    ['front matter not on the first line', '\n---\nname: A\n---\n'],
    ['an unclosed fence', '---\nname: A\n'],
    ['four dashes', '----\nname: A\n----\n'],
  ])('%s is not front matter', (_what, text) => {
    expect(splitFrontmatter(text).hasFrontmatter).toBe(false);
  });

  test('an empty block is front matter with null data', () => {
    const empty = splitFrontmatter('---\n---\nText');
    expect(empty).toMatchObject({ data: null, body: 'Text', bodyLine: 3, hasFrontmatter: true, errors: [] });
  });

  test('a closing fence at the end of the file leaves an empty body', () => {
    const end = splitFrontmatter('---\nname: A\n---');
    expect(end).toMatchObject({ data: { name: 'A' }, body: '', hasFrontmatter: true });
  });

  test('a body thematic break (---) is not taken for the closing fence', () => {
    const hr = splitFrontmatter('---\nname: A\n---\nText\n\n---\n\nMore\n');
    expect(hr.data).toEqual({ name: 'A' });
    expect(hr.body).toBe('Text\n\n---\n\nMore\n');
    expect(hr.bodyLine).toBe(4);
  });

  test('a duplicated key is a YAML error at the second key, and data is withheld', () => {
    const dup = splitFrontmatter('---\nname: A\nsummary: x\nname: B\n---\n');
    expect(dup.data).toBeUndefined();
    expect(dup.errors).toEqual([{ line: 4, column: 1, message: 'Map keys must be unique' }]);
  });

  test.each([
    ['an unclosed flow list', 'use_cases: [a, b', { line: 3, column: 17, message: 'Flow sequence in block collection must be sufficiently indented and end with a ]' }],
    ['an unquoted ": " in a value', 'summary: a: b', { line: 3, column: 10, message: 'Nested mappings are not allowed in compact mappings' }],
    ['a tab as indentation', '\tsummary: x', { line: 3, column: 1, message: 'Tabs are not allowed as indentation' }],
  ])('a YAML error (%s) is located in file lines, with a one-line message, and data is withheld', (_what, line, error) => {
    const bad = splitFrontmatter(`---\nname: Decidim\n${line}\n---\nText`);
    expect(bad.data).toBeUndefined();
    expect(bad.errors).toEqual([error]);
    expect(bad.body).toBe('Text');
  });
});
