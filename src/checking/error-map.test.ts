import { describe, expect, test } from 'vitest';
import { makeMinimalTool } from '../schemas/test-fixtures.ts';
import type { z } from 'zod';
import { CollectionSchema, CriterionSchema, OrganizationSchema, ToolSchema } from '../schemas/index.ts';
import { mapIssue, schemaAt, show, type FieldProblem } from './error-map.ts';


/** Every contributor-facing problem for `data`, as checkEntryFile produces them. */
function problems(schema: z.ZodType, data: unknown): FieldProblem[] {
  const result = schema.safeParse(data, { reportInput: true });
  return result.success ? [] : result.error.issues.flatMap((issue) => mapIssue(issue, schema));
}
const toolProblems = (overrides: Record<string, unknown>) => problems(ToolSchema, makeMinimalTool(overrides));

const TOOL_FIELDS = 'name, summary, website, source, license, type, status, use_cases, developers, used_by, languages, software_type, platforms, maintenance, criteria, tags, logo, logo_source, logo_license, last_activity, reviewed, sources, lang, draft';

describe('mapIssue', () => {
  test('unknown key: points at the key, lists the fields and suggests the closest one', () => {
    expect(toolProblems({ licence: 'MIT' })).toEqual([
      { path: ['licence'], atKey: true, message: `unknown field "licence"; expected one of ${TOOL_FIELDS}`, suggestion: 'did you mean "license"?', code: 'unknown-field' },
    ]);
  });

  test('unknown key with no close field: suggests removing it', () => {
    expect(toolProblems({ colour: 'blue' })[0].suggestion).toBe('remove it, or propose the field in an issue');
  });

  test('several unknown keys give one problem each', () => {
    expect(toolProblems({ licence: 'MIT', webiste: 'https://x.org' }).map((p) => [p.path, p.suggestion])).toEqual([
      [['licence'], 'did you mean "license"?'],
      [['webiste'], 'did you mean "website"?'],
    ]);
  });

  test('unknown key in a nested object lists the fields of that object', () => {
    expect(toolProblems({ used_by: [{ organization: 'etalab', urll: 'https://x.org' }] })).toEqual([
      { path: ['used_by', 0, 'urll'], atKey: true, message: 'unknown field "urll"; expected one of organization, url, since', suggestion: 'did you mean "url"?', code: 'unknown-field' },
    ]);
  });

  test('unknown key in a criterion (an object with superRefine) still lists its fields', () => {
    const found = problems(CriterionSchema, { name: 'API', question: 'Une API ?', type: 'boolean', valeurs: [] });
    expect(found[0].message).toBe('unknown field "valeurs"; expected one of name, question, type, values, labels, lang');
    expect(found[0].suggestion).toBe('did you mean "values"?');
  });

  test('missing field: points at the key and explains the field from its description', () => {
    expect(toolProblems({ website: undefined })).toEqual([
      {
        path: ['website'],
        atKey: true,
        message: 'required field "website" is missing: Home page of the tool (http or https).',
        suggestion: 'add a line "website: ..."',
      },
    ]);
  });

  test('missing nested field', () => {
    expect(toolProblems({ used_by: [{ url: 'https://x.org' }] })[0]).toEqual({
      path: ['used_by', 0, 'organization'],
      atKey: true,
      message: 'required field "organization" is missing: Id of the organisation (a file in content/organizations/) that uses the tool.',
      suggestion: 'add a line "organization: ..."',
    });
  });

  test('empty value (`website:` with nothing after it)', () => {
    expect(toolProblems({ website: null })).toEqual([
      { path: ['website'], atKey: false, message: 'expected text, found an empty value (Home page of the tool (http or https).)', suggestion: 'fill it in, or remove the line if the field is optional' },
    ]);
  });

  test.each<[string, unknown, string, string | undefined]>([
    ['a number', 42, 'expected text, found number 42', 'put the value in double quotes'],
    ['a boolean', true, 'expected text, found boolean true', 'put the value in double quotes'],
    ['a list', ['a', 'b'], 'expected text, found a list of 2', 'put the value in double quotes'],
    ['a map', { first: 'a' }, 'expected text, found a set of fields', 'put the value in double quotes'],
  ])('wrong type for a text field: %s', (_what, value, message, suggestion) => {
    expect(toolProblems({ name: value })).toEqual([{ path: ['name'], atKey: false, message, suggestion }]);
  });

  test('wrong type for a list field', () => {
    expect(toolProblems({ use_cases: 'petitions' })).toEqual([
      { path: ['use_cases'], atKey: false, message: 'expected a list, found text "petitions"', suggestion: 'write a list, such as [a, b] or one "- item" per line' },
    ]);
  });

  test('enum: lists the values and suggests the closest', () => {
    expect(toolProblems({ status: 'stabel' })).toEqual([
      { path: ['status'], atKey: false, message: 'expected one of concept, development, beta, stable, obsolete; found "stabel"', suggestion: 'did you mean "stable"?' },
    ]);
    expect(problems(OrganizationSchema, { name: 'X', summary: 'Une organisation.', type: 'goverment', website: 'https://x.org', sources: ['https://x.org'] })[0].suggestion).toBe(
      'did you mean "government"?',
    );
  });

  test('enum: no suggestion when nothing is close', () => {
    expect(toolProblems({ status: 'xyzzy' })[0].suggestion).toBeUndefined();
  });

  test('enum: a non-string value is shown with its type, without suggestion', () => {
    expect(toolProblems({ type: 3 })).toEqual([{ path: ['type'], atKey: false, message: 'expected one of software, service; found number 3', suggestion: undefined }]);
  });

  test.each<[string, string, string]>([
    ['GPL3', 'non-SPDX spelling', 'did you mean "GPL-3.0-only"?'],
    ['GPL-3.0', 'deprecated SPDX id', 'did you mean "GPL-3.0-only"?'],
    ['AGPL-3.0', 'deprecated SPDX id', 'did you mean "AGPL-3.0-only"?'],
    ['LGPL-2.1+', 'deprecated "+" form', 'did you mean "LGPL-2.1-or-later"?'],
    ['not a licence at all', 'no guess', 'see https://spdx.org/licenses/ for ids'],
    ['', 'empty string (must not crash spdx-correct)', 'see https://spdx.org/licenses/ for ids'],
  ])('licence %j (%s)', (value, _why, suggestion) => {
    expect(toolProblems({ license: value })).toEqual([
      {
        path: ['license'],
        atKey: false,
        message: `expected an SPDX licence expression of current ids (such as "AGPL-3.0-only" or "MIT OR Apache-2.0"), or "proprietary"; found ${JSON.stringify(value)}`,
        suggestion,
      },
    ]);
  });

  test.each<[string, string]>([
    ['javascript:alert(1)', 'only web addresses (https://...) are accepted'],
    [' DATA:text/html,x', 'only web addresses (https://...) are accepted'],
    ['HTTPS://decidim.org', 'write the scheme in lowercase: "https://decidim.org"'],
  ])('URL %j gets a targeted suggestion', (value, suggestion) => {
    expect(toolProblems({ website: value })[0].suggestion).toBe(suggestion);
  });

  test('too long: reports the length found, in characters', () => {
    expect(toolProblems({ summary: 'é'.repeat(161) })).toEqual([
      { path: ['summary'], atKey: false, message: 'expected one sentence of at most 160 characters; found 161 characters', suggestion: undefined },
    ]);
  });

  test('too few items: reports the number of items', () => {
    expect(toolProblems({ use_cases: [] })[0].message).toBe('expected at least one use-case id; found 0 items');
    expect(problems(CriterionSchema, { name: 'X', question: 'Une question ?', type: 'enum', values: ['a'] })[0].message).toBe('expected at least two values; found 1 item');
  });

  test('bad format', () => {
    expect(toolProblems({ reviewed: '2026-13-01' })[0].message).toBe('expected a date written YYYY-MM-DD, such as 2026-11-23; found "2026-13-01"');
  });

  test('criteria: a key that is not an id points at the key', () => {
    expect(toolProblems({ criteria: { Public_API: true } })).toEqual([
      { path: ['criteria', 'Public_API'], atKey: true, message: 'the key "Public_API" is not an id in lowercase kebab-case', suggestion: 'write the id as in the file name, such as "public-api"' },
    ]);
  });

  test('criteria: an answer that is neither boolean nor text', () => {
    expect(toolProblems({ criteria: { 'public-api': 1 } })).toEqual([{ path: ['criteria', 'public-api'], atKey: false, message: 'expected true, false or some text; found number 1' }]);
  });

  test('superRefine issues report the values field itself, not the whole criterion', () => {
    expect(problems(CriterionSchema, { name: 'Déploiement', question: 'Comment est-il déployé ?', type: 'enum' })).toEqual([
      { path: ['values'], atKey: false, message: 'expected a list of allowed values, because type is "enum"; found nothing', suggestion: undefined },
    ]);
    expect(problems(CriterionSchema, { name: 'API', question: 'Une API publique ?', type: 'boolean', values: ['yes', 'no'] })).toEqual([
      { path: ['values'], atKey: false, message: 'expected no values: only "enum" criteria have them (type is "boolean"); found a list of 2', suggestion: undefined },
    ]);
  });

  test('a valid entry has no problems', () => {
    expect(toolProblems({})).toEqual([]);
    expect(problems(CollectionSchema, { name: 'X', summary: 'Une collection.', curator: 'etalab', tools: [{ tool: 'ckan' }], updated: '2026-11-23' })).toEqual([]);
  });
});

describe('schemaAt', () => {
  test('follows objects, arrays, records and wrappers', () => {
    expect(schemaAt(ToolSchema, ['used_by', 0, 'organization'])?.description).toBe('Id of the organisation (a file in content/organizations/) that uses the tool.');
    expect(schemaAt(ToolSchema, ['criteria', 'public-api'])).toBeDefined();
    expect(schemaAt(ToolSchema, ['name', 'nested'])).toBeUndefined();
    expect(schemaAt(ToolSchema, ['nope'])).toBeUndefined();
  });
});

describe('show', () => {
  test.each<[unknown, string]>([
    [undefined, 'nothing'],
    [null, 'null (an empty value)'],
    ['text', '"text"'],
    [3, 'number 3'],
    [false, 'boolean false'],
    [[1, 2, 3], 'a list of 3'],
    [{ a: 1 }, 'a set of fields'],
    ['x'.repeat(100), `"${'x'.repeat(66)}..."`],
  ])('%j -> %s', (value, text) => {
    expect(show(value)).toBe(text);
  });
});
