import { describe, expect, test } from 'vitest';
import { makeMinimalTool } from './test-fixtures.ts';
import { ToolSchema } from './tool.ts';


const URL_MESSAGE = 'an absolute URL starting with http:// or https:// (lowercase), with a host name';
const LICENSE_MESSAGE = 'an SPDX licence expression of current ids (such as "AGPL-3.0-only" or "MIT OR Apache-2.0"), or "proprietary"';

describe('ToolSchema', () => {
  test('the minimal tool passes and gets its defaults', () => {
    expect(ToolSchema.parse(makeMinimalTool())).toEqual({
      ...makeMinimalTool(),
      developers: [],
      used_by: [],
      languages: [],
      platforms: [],
      criteria: {},
      tags: [],
      lang: 'fr',
    });
  });

  test.each<[string, Record<string, unknown>]>([
    ['every optional field filled', {
      source: 'https://github.com/decidim/decidim',
      developers: ['decidim-association'],
      used_by: [{ organization: 'ajuntament-de-barcelona', url: 'https://decidim.barcelona', since: 2016 }],
      languages: ['fr', 'ar', 'pt-BR'],
      criteria: { 'public-api': true, deployment: 'self-hosted' },
      tags: ['participation'],
      logo: './decidim.svg',
      lang: 'en',
    }],
    ['proprietary licence', { license: 'proprietary' }],
    ['no licence stated (no source says one)', { license: undefined }],
    ['SPDX expression', { license: 'MIT OR Apache-2.0' }],
    ['service type, beta status', { type: 'service', status: 'beta' }],
    ['http website', { website: 'http://example.org' }],
    ['summary of exactly 160 characters', { summary: 'x'.repeat(160) }],
    ['name of exactly 80 characters', { name: 'x'.repeat(80) }],
    ['deployment without url or year', { used_by: [{ organization: 'etalab' }] }],
    ['Arabic entry', { lang: 'ar', name: 'ديسيديم', summary: 'منصة حرة للديمقراطية التشاركية.' }],
  ])('accepts %s', (_reason, overrides) => {
    expect(ToolSchema.safeParse(makeMinimalTool(overrides)).error?.issues).toBeUndefined();
  });

  test('trims name and summary', () => {
    const tool = ToolSchema.parse(makeMinimalTool({ name: '  Decidim ', summary: '  Cadre libre de démocratie participative.  ' }));
    expect(tool.name).toBe('Decidim');
    expect(tool.summary).toBe('Cadre libre de démocratie participative.');
  });

  // [reason, overrides, path of the first issue, its code, its message when it is ours]
  test.each<[string, Record<string, unknown>, PropertyKey[], string, string?]>([
    ['`javascript:` URL', { website: 'javascript:alert(1)' }, ['website'], 'custom', URL_MESSAGE],
    ['`data:` URL', { website: 'data:text/html,hi' }, ['website'], 'custom', URL_MESSAGE],
    ['`HTTPS://` mixed-case scheme', { website: 'HTTPS://decidim.org' }, ['website'], 'custom', URL_MESSAGE],
    ['relative source', { source: '/decidim' }, ['source'], 'custom', URL_MESSAGE],
    ['source on localhost', { source: 'http://localhost:3000' }, ['source'], 'custom', URL_MESSAGE],
    ['`javascript:` in sources', { sources: ['https://decidim.org', 'javascript:alert(1)'] }, ['sources', 1], 'custom', URL_MESSAGE],
    ['`javascript:` deployment url', { used_by: [{ organization: 'etalab', url: 'javascript:alert(1)' }] }, ['used_by', 0, 'url'], 'custom', URL_MESSAGE],
    ['empty string name', { name: '' }, ['name'], 'too_small', 'a non-empty name'],
    ['81-char name', { name: 'x'.repeat(81) }, ['name'], 'too_big', 'a name of at most 80 characters'],
    ['161-char summary', { summary: 'x'.repeat(161) }, ['summary'], 'too_big', 'one sentence of at most 160 characters'],
    ['9-char summary', { summary: 'Too short' }, ['summary'], 'too_small', 'a sentence of at least 10 characters'],
    ['deprecated SPDX id `GPL-3.0`', { license: 'GPL-3.0' }, ['license'], 'custom', LICENSE_MESSAGE],
    ['non-SPDX `GPL3`', { license: 'GPL3' }, ['license'], 'custom', LICENSE_MESSAGE],
    ['empty licence', { license: '' }, ['license'], 'custom', LICENSE_MESSAGE],
    ['unknown type', { type: 'library' }, ['type'], 'invalid_value'],
    ['status in the wrong case', { status: 'Stable' }, ['status'], 'invalid_value'],
    ['no use case', { use_cases: [] }, ['use_cases'], 'too_small', 'at least one use-case id'],
    ['use_cases as a string', { use_cases: 'participatory-budgeting' }, ['use_cases'], 'invalid_type'],
    ['use case id not a slug', { use_cases: ['Participatory Budgeting'] }, ['use_cases', 0], 'invalid_format', 'an id in lowercase kebab-case ASCII, such as "open-data-portal"'],
    ['developer id not a slug', { developers: ['Etalab'] }, ['developers', 0], 'invalid_format'],
    ['non-canonical language tag `FR`', { languages: ['FR'] }, ['languages', 0], 'custom', 'a BCP 47 language tag in canonical form, such as "fr", "ar" or "pt-BR"'],
    ['bad date `2026-13-01`', { reviewed: '2026-13-01' }, ['reviewed'], 'invalid_format', 'a date written YYYY-MM-DD, such as 2026-11-23'],
    ['date as a number', { reviewed: 20261123 }, ['reviewed'], 'invalid_type'],
    ['no sources', { sources: [] }, ['sources'], 'too_small', 'at least one source URL backing the facts of this entry'],
    ['unknown field', { licence: 'MIT' }, [], 'unrecognized_keys'],
    ['unknown field in a deployment', { used_by: [{ organization: 'etalab', urll: 'https://x.org' }] }, ['used_by', 0], 'unrecognized_keys'],
    ['deployment without organisation', { used_by: [{ url: 'https://x.org' }] }, ['used_by', 0, 'organization'], 'invalid_type'],
    ['deployment year before 1990', { used_by: [{ organization: 'etalab', since: 1989 }] }, ['used_by', 0, 'since'], 'too_small'],
    ['deployment year not an integer', { used_by: [{ organization: 'etalab', since: 2016.5 }] }, ['used_by', 0, 'since'], 'invalid_type'],
    ['criterion key not a slug', { criteria: { Public_API: true } }, ['criteria', 'Public_API'], 'invalid_key'],
    ['criterion answer is a number', { criteria: { 'public-api': 1 } }, ['criteria', 'public-api'], 'invalid_union'],
    ['criterion answer is blank text', { criteria: { 'public-api': '   ' } }, ['criteria', 'public-api'], 'too_small'],
    ['41-char tag', { tags: ['x'.repeat(41)] }, ['tags', 0], 'too_big'],
    ['remote logo', { logo: 'https://decidim.org/logo.png' }, ['logo'], 'invalid_format', 'a relative path to a local image next to the entry, such as "./decidim.svg"'],
    ['logo that is not an image', { logo: './decidim.js' }, ['logo'], 'invalid_format'],
    ['unsupported language of the entry', { lang: 'de' }, ['lang'], 'invalid_value', 'one of fr, en, ar'],
    ['missing name', { name: undefined }, ['name'], 'invalid_type'],
    ['missing reviewed date', { reviewed: undefined }, ['reviewed'], 'invalid_type'],
  ])('refuses %s', (_reason, overrides, path, code, message) => {
    const issues = ToolSchema.safeParse(makeMinimalTool(overrides)).error?.issues;
    expect(issues).toHaveLength(1);
    expect(issues![0].path).toEqual(path);
    expect(issues![0].code).toBe(code);
    if (message) expect(issues![0].message).toBe(message);
  });

  test('an unknown field is named in the issue', () => {
    const issue = ToolSchema.safeParse(makeMinimalTool({ licence: 'MIT', homepage: 'https://x.org' })).error!.issues[0];
    expect(issue).toMatchObject({ code: 'unrecognized_keys', keys: ['licence', 'homepage'] });
  });
});
