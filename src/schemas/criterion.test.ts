import { describe, expect, test } from 'vitest';
import { CriterionSchema } from './criterion.ts';

function makeMinimalCriterion(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { name: 'API publique', question: 'L’outil a-t-il une API publique documentée ?', type: 'boolean', ...overrides };
}

describe('CriterionSchema', () => {
  test('a boolean criterion passes without values', () => {
    expect(CriterionSchema.parse(makeMinimalCriterion())).toEqual({ ...makeMinimalCriterion(), lang: 'fr' });
  });

  test.each<[string, Record<string, unknown>]>([
    ['an enum criterion with values', { type: 'enum', values: ['self-hosted', 'hosted', 'both'] }],
    ['a text criterion without values', { type: 'text' }],
    ['an enum criterion with labels for some values', { type: 'enum', values: ['self-hosted', 'hosted'], labels: { hosted: 'Service hébergé' } }],
  ])('accepts %s', (_reason, overrides) => {
    expect(CriterionSchema.safeParse(makeMinimalCriterion(overrides)).error?.issues).toBeUndefined();
  });

  test.each<[string, Record<string, unknown>, PropertyKey[], string, string?]>([
    ['enum without values', { type: 'enum' }, ['values'], 'custom', 'a list of allowed values, because type is "enum"'],
    ['boolean with values', { type: 'boolean', values: ['yes', 'no'] }, ['values'], 'custom', 'no values: only "enum" criteria have them (type is "boolean")'],
    ['text with values', { type: 'text', values: ['ruby', 'python'] }, ['values'], 'custom', 'no values: only "enum" criteria have them (type is "text")'],
    ['enum with a single value', { type: 'enum', values: ['only'] }, ['values'], 'too_small', 'at least two values'],
    ['value not a slug', { type: 'enum', values: ['Self hosted', 'hosted'] }, ['values', 0], 'invalid_format'],
    ['unknown type', { type: 'number' }, ['type'], 'invalid_value'],
    ['4-char question', { question: 'Why?' }, ['question'], 'too_small'],
    ['unknown field', { value: ['a', 'b'] }, [], 'unrecognized_keys'],
    ['a label for a value it does not have', { type: 'enum', values: ['self-hosted', 'hosted'], labels: { 'self-hosted': 'Auto', cloud: 'Nuage' } }, ['labels', 'cloud'], 'custom', 'a label for one of the values (self-hosted, hosted), found "cloud"'],
  ])('refuses %s', (_reason, overrides, path, code, message) => {
    const issues = CriterionSchema.safeParse(makeMinimalCriterion(overrides)).error?.issues;
    expect(issues).toHaveLength(1);
    expect(issues![0]).toMatchObject({ path, code });
    if (message) expect(issues![0].message).toBe(message);
  });
});
