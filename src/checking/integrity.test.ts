import { describe, expect, test } from 'vitest';
import { CollectionSchema, CriterionSchema, OrganizationSchema, ToolSchema, UseCaseSchema } from '../schemas/index.ts';
import { checkIntegrity, normaliseName, normaliseUrl, type CatalogueData, type IntegrityProblem } from './integrity.ts';

const tool = (id: string, overrides: Record<string, unknown> = {}) => ({
  id,
  data: ToolSchema.parse({
    name: id,
    summary: 'Un outil civique de démonstration.',
    website: `https://${id}.example.org`,
    license: 'MIT',
    type: 'software',
    status: 'stable',
    use_cases: ['consultation'],
    reviewed: '2026-11-23',
    sources: [`https://${id}.example.org/docs`],
    ...overrides,
  }),
});
const useCase = (id: string, overrides: Record<string, unknown> = {}) => ({ id, data: UseCaseSchema.parse({ name: id, summary: 'Un cas d’usage de démonstration.', ...overrides }) });
const org = (id: string, overrides: Record<string, unknown> = {}) => ({
  id,
  data: OrganizationSchema.parse({ name: id, summary: 'Une organisation de démonstration.', type: 'government', website: `https://${id}.example.org`, sources: [`https://${id}.example.org`], ...overrides }),
});
const collection = (id: string, overrides: Record<string, unknown> = {}) => ({
  id,
  data: CollectionSchema.parse({ name: id, summary: 'Une collection de démonstration.', curator: 'etalab', tools: [{ tool: 'decidim' }], updated: '2026-11-23', ...overrides }),
});
const criterion = (id: string, overrides: Record<string, unknown>) => ({ id, data: CriterionSchema.parse({ name: id, question: 'Une question ?', ...overrides }) });

/** A consistent catalogue; each test breaks one thing. */
function makeCatalogue(overrides: Partial<CatalogueData> = {}): CatalogueData {
  return {
    tools: [
      tool('decidim', { use_cases: ['consultation'], developers: ['etalab'], used_by: [{ organization: 'etalab' }], criteria: { 'public-api': true, deployment: 'self-hosted', language: 'Ruby' } }),
      tool('consul', { use_cases: ['participatory-budgeting'] }),
    ],
    'use-cases': [useCase('participation'), useCase('consultation', { parent: 'participation' }), useCase('participatory-budgeting', { parent: 'participation' })],
    organizations: [org('etalab')],
    collections: [collection('participation-kit', { tools: [{ tool: 'decidim' }, { tool: 'consul' }] })],
    criteria: [criterion('public-api', { type: 'boolean' }), criterion('deployment', { type: 'enum', values: ['self-hosted', 'hosted', 'both'] }), criterion('language', { type: 'text' })],
    ...overrides,
  };
}
const withTool = (t: ReturnType<typeof tool>) => makeCatalogue({ tools: [...makeCatalogue().tools, t] });

describe('checkIntegrity', () => {
  test('a consistent catalogue has no problems (a parent use case with tools only in its children is not empty)', () => {
    expect(checkIntegrity(makeCatalogue())).toEqual([]);
  });

  test.each<[string, CatalogueData, IntegrityProblem]>([
    [
      'dangling use case, with a did-you-mean suggestion',
      withTool(tool('civix', { use_cases: ['consultations'] })),
      { kind: 'tools', id: 'civix', path: ['use_cases', 0], message: 'expected the id of a use case (a file in content/use-cases/), found "consultations", which does not exist', suggestion: 'did you mean "consultation"?' },
    ],
    [
      'dangling developer with nothing close: suggests creating it',
      withTool(tool('civix', { developers: ['mysociety'] })),
      { kind: 'tools', id: 'civix', path: ['developers', 0], message: 'expected the id of an organisation (a file in content/organizations/), found "mysociety", which does not exist', suggestion: 'create content/organizations/mysociety.mdx (npm run new), or fix the id' },
    ],
    [
      'dangling deployment organisation',
      withTool(tool('civix', { used_by: [{ organization: 'etalb' }] })),
      { kind: 'tools', id: 'civix', path: ['used_by', 0, 'organization'], message: 'expected the id of an organisation (a file in content/organizations/), found "etalb", which does not exist', suggestion: 'did you mean "etalab"?' },
    ],
    [
      'unknown criterion id, pointing at the key',
      withTool(tool('civix', { criteria: { 'public-apis': true } })),
      { kind: 'tools', id: 'civix', path: ['criteria', 'public-apis'], atKey: true, message: 'expected a criterion id (a file in content/criteria/), found "public-apis"', suggestion: 'did you mean "public-api"?' },
    ],
    [
      'text answer to a boolean criterion',
      withTool(tool('civix', { criteria: { 'public-api': 'yes' } })),
      { kind: 'tools', id: 'civix', path: ['criteria', 'public-api'], message: 'expected true or false (criterion "public-api" is yes/no), found "yes"', suggestion: undefined },
    ],
    [
      'enum answer outside the values, with a suggestion',
      withTool(tool('civix', { criteria: { deployment: 'self-hosting' } })),
      { kind: 'tools', id: 'civix', path: ['criteria', 'deployment'], message: 'expected one of self-hosted, hosted, both, found "self-hosting"', suggestion: 'did you mean "self-hosted"?' },
    ],
    [
      'boolean answer to an enum criterion',
      withTool(tool('civix', { criteria: { deployment: true } })),
      { kind: 'tools', id: 'civix', path: ['criteria', 'deployment'], message: 'expected one of self-hosted, hosted, both, found true', suggestion: undefined },
    ],
    [
      'boolean answer to a text criterion',
      withTool(tool('civix', { criteria: { language: false } })),
      { kind: 'tools', id: 'civix', path: ['criteria', 'language'], message: 'expected some text (criterion "language"), found false', suggestion: undefined },
    ],
    [
      'a use case listed twice by one tool',
      withTool(tool('civix', { use_cases: ['consultation', 'participatory-budgeting', 'consultation'] })),
      { kind: 'tools', id: 'civix', path: ['use_cases', 2], message: '"consultation" is listed twice', suggestion: 'remove the second one' },
    ],
    [
      'a developer listed twice',
      withTool(tool('civix', { developers: ['etalab', 'etalab'] })),
      { kind: 'tools', id: 'civix', path: ['developers', 1], message: '"etalab" is listed twice', suggestion: 'remove the second one' },
    ],
    [
      'dangling collection curator',
      makeCatalogue({ collections: [collection('kit', { curator: 'etalabb', tools: [{ tool: 'decidim' }] })] }),
      { kind: 'collections', id: 'kit', path: ['curator'], message: 'expected the id of an organisation (a file in content/organizations/), found "etalabb", which does not exist', suggestion: 'did you mean "etalab"?' },
    ],
    [
      'dangling collection tool',
      makeCatalogue({ collections: [collection('kit', { tools: [{ tool: 'decidm' }] })] }),
      { kind: 'collections', id: 'kit', path: ['tools', 0, 'tool'], message: 'expected the id of a tool (a file in content/tools/), found "decidm", which does not exist', suggestion: 'did you mean "decidim"?' },
    ],
    [
      'a tool listed twice in a collection',
      makeCatalogue({ collections: [collection('kit', { tools: [{ tool: 'decidim' }, { tool: 'consul' }, { tool: 'decidim' }] })] }),
      { kind: 'collections', id: 'kit', path: ['tools', 2, 'tool'], message: '"decidim" is listed twice', suggestion: 'keep one of them' },
    ],
    [
      'duplicate name after normalisation',
      withTool(tool('decidim-2', { name: ' Décidim! ' })),
      { kind: 'tools', id: 'decidim-2', path: ['name'], message: 'same name as content/tools/decidim.mdx ("Décidim!"): this looks like a duplicate entry', suggestion: 'merge it into decidim.mdx' },
    ],
    [
      'duplicate website after normalisation',
      withTool(tool('decidim-2', { website: 'http://WWW.Decidim.example.org/' })),
      { kind: 'tools', id: 'decidim-2', path: ['website'], message: 'same website as content/tools/decidim.mdx ("http://WWW.Decidim.example.org/"): this looks like a duplicate entry', suggestion: 'merge it into decidim.mdx' },
    ],
    [
      'duplicate source repository after normalisation',
      makeCatalogue({
        tools: [
          ...makeCatalogue().tools.map((t) => (t.id === 'decidim' ? { ...t, data: { ...t.data, source: 'https://github.com/decidim/decidim' } } : t)),
          tool('fork', { source: 'https://github.com/Decidim/decidim.git' }),
        ],
      }),
      { kind: 'tools', id: 'fork', path: ['source'], message: 'same source as content/tools/decidim.mdx ("https://github.com/Decidim/decidim.git"): this looks like a duplicate entry', suggestion: 'merge it into decidim.mdx' },
    ],
    [
      'duplicate organisation name',
      makeCatalogue({ organizations: [org('etalab'), org('etalab-2', { name: 'ETALAB' })] }),
      { kind: 'organizations', id: 'etalab-2', path: ['name'], message: 'same name as content/organizations/etalab.mdx ("ETALAB"): this looks like a duplicate entry', suggestion: 'merge it into etalab.mdx' },
    ],
  ])('%s', (_what, catalogue, problem) => {
    expect(checkIntegrity(catalogue)).toEqual([problem]);
  });

  test('an empty use case is reported on the file', () => {
    const c = makeCatalogue({ 'use-cases': [...makeCatalogue()['use-cases'], useCase('petitions')] });
    expect(checkIntegrity(c)).toEqual([
      { kind: 'use-cases', id: 'petitions', path: [], message: 'no tool lists this use case in its use_cases', suggestion: 'add it to the use_cases of a tool that serves it, or remove the use case' },
    ]);
  });

  test('a dangling parent is reported, with a suggestion', () => {
    const c = makeCatalogue({ 'use-cases': [useCase('participation'), useCase('consultation', { parent: 'participaton' }), useCase('participatory-budgeting', { parent: 'participation' })] });
    expect(checkIntegrity(c)).toEqual([
      { kind: 'use-cases', id: 'consultation', path: ['parent'], message: 'expected the id of a use case (a file in content/use-cases/), found "participaton", which does not exist', suggestion: 'did you mean "participation"?' },
    ]);
  });

  test('a parent cycle is reported on each use case in it', () => {
    const c = makeCatalogue({ 'use-cases': [useCase('consultation', { parent: 'participatory-budgeting' }), useCase('participatory-budgeting', { parent: 'consultation' })] });
    expect(checkIntegrity(c)).toEqual([
      { kind: 'use-cases', id: 'consultation', path: ['parent'], message: 'the parent chain loops back (consultation -> participatory-budgeting -> consultation)', suggestion: 'a use case cannot be its own ancestor: remove one parent' },
      { kind: 'use-cases', id: 'participatory-budgeting', path: ['parent'], message: 'the parent chain loops back (participatory-budgeting -> consultation -> participatory-budgeting)', suggestion: 'a use case cannot be its own ancestor: remove one parent' },
    ]);
  });

  test('a use case that is its own parent', () => {
    const c = makeCatalogue({ 'use-cases': [useCase('consultation', { parent: 'consultation' }), useCase('participatory-budgeting')] });
    expect(checkIntegrity(c).map((p) => p.message)).toEqual(['the parent chain loops back (consultation -> consultation)']);
  });

  test('a grandparent use case with tools only in a grandchild is not empty', () => {
    const c = makeCatalogue({
      'use-cases': [useCase('democracy'), useCase('participation', { parent: 'democracy' }), useCase('consultation', { parent: 'participation' }), useCase('participatory-budgeting', { parent: 'participation' })],
    });
    expect(checkIntegrity(c)).toEqual([]);
  });

  test('one entry with one duplicated value is reported once, not against itself', () => {
    const c = withTool(tool('civix', { website: 'https://civix.example.org', source: 'https://civix.example.org' }));
    expect(checkIntegrity(c)).toEqual([]);
  });
});

describe('normaliseUrl', () => {
  test.each([
    ['https://www.Decidim.org/', 'decidim.org'],
    ['http://decidim.org', 'decidim.org'],
    ['https://github.com/decidim/decidim.git', 'github.com/decidim/decidim'],
    ['https://github.com/Decidim/Decidim///', 'github.com/decidim/decidim'],
    ['https://example.org/page?id=1#top', 'example.org/page?id=1'],
    ['not a url', 'not a url'],
  ])('%s -> %s', (url, key) => {
    expect(normaliseUrl(url)).toBe(key);
  });
  test('different paths stay different', () => {
    expect(normaliseUrl('https://github.com/decidim/decidim')).not.toBe(normaliseUrl('https://github.com/decidim/decidim-app'));
  });
});

describe('normaliseName', () => {
  test.each([
    ['Décidim ', 'decidim'],
    ['CONSUL Democracy', 'consuldemocracy'],
    ['Open-Fisca (France)', 'openfiscafrance'],
    ['ديسيديم', 'ديسيديم'],
  ])('%j -> %j', (name, key) => {
    expect(normaliseName(name)).toBe(key);
  });
});
