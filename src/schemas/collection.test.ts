import { describe, expect, test } from 'vitest';
import { CollectionSchema } from './collection.ts';

function makeMinimalCollection(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: 'Ouvrir les données',
    summary: 'Des outils libres pour publier un catalogue de données ouvertes.',
    curator: 'civic-toolbox',
    tools: [{ tool: 'ckan' }],
    updated: '2026-11-23',
    ...overrides,
  };
}

describe('CollectionSchema', () => {
  test('the minimal collection passes', () => {
    expect(CollectionSchema.parse(makeMinimalCollection())).toEqual({ ...makeMinimalCollection(), lang: 'fr' });
  });

  test.each<[string, Record<string, unknown>]>([
    ['notes on items', { tools: [{ tool: 'ckan', note: 'Le catalogue de référence.' }, { tool: 'udata' }] }],
    ['a note of 300 characters', { tools: [{ tool: 'ckan', note: 'x'.repeat(300) }] }],
  ])('accepts %s', (_reason, overrides) => {
    expect(CollectionSchema.safeParse(makeMinimalCollection(overrides)).error?.issues).toBeUndefined();
  });

  test.each<[string, Record<string, unknown>, PropertyKey[], string, string?]>([
    ['no tools', { tools: [] }, ['tools'], 'too_small', 'at least one tool'],
    ['a tool given as a bare id', { tools: ['ckan'] }, ['tools', 0], 'invalid_type'],
    ['tool id not a slug', { tools: [{ tool: 'CKAN' }] }, ['tools', 0, 'tool'], 'invalid_format'],
    ['301-char note', { tools: [{ tool: 'ckan', note: 'x'.repeat(301) }] }, ['tools', 0, 'note'], 'too_big'],
    ['empty note', { tools: [{ tool: 'ckan', note: ' ' }] }, ['tools', 0, 'note'], 'too_small'],
    ['unknown field in an item', { tools: [{ tool: 'ckan', why: 'x' }] }, ['tools', 0], 'unrecognized_keys'],
    ['bad date `2026-13-01`', { updated: '2026-13-01' }, ['updated'], 'invalid_format', 'a date written YYYY-MM-DD, such as 2026-11-23'],
    ['curator id not a slug', { curator: 'Civic Toolbox' }, ['curator'], 'invalid_format'],
    ['unknown field', { curators: ['civic-toolbox'] }, [], 'unrecognized_keys'],
  ])('refuses %s', (_reason, overrides, path, code, message) => {
    const issues = CollectionSchema.safeParse(makeMinimalCollection(overrides)).error?.issues;
    expect(issues).toHaveLength(1);
    expect(issues![0]).toMatchObject({ path, code });
    if (message) expect(issues![0].message).toBe(message);
  });
});
