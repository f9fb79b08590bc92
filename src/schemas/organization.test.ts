import { describe, expect, test } from 'vitest';
import { OrganizationSchema } from './organization.ts';

function makeMinimalOrganization(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: 'Etalab',
    summary: 'Département de la DINUM chargé de la politique de la donnée.',
    type: 'government',
    website: 'https://www.etalab.gouv.fr',
    sources: ['https://www.etalab.gouv.fr'],
    ...overrides,
  };
}

describe('OrganizationSchema', () => {
  test('the minimal organisation passes, with no country and lang fr', () => {
    expect(OrganizationSchema.parse(makeMinimalOrganization())).toEqual({ ...makeMinimalOrganization(), lang: 'fr' });
  });

  test.each<[string, Record<string, unknown>]>([
    ['a country', { country: 'FR' }],
    ['Morocco', { country: 'MA' }],
    ['every organisation type', { type: 'local-government' }],
    ['an international body', { type: 'international' }],
  ])('accepts %s', (_reason, overrides) => {
    expect(OrganizationSchema.safeParse(makeMinimalOrganization(overrides)).error?.issues).toBeUndefined();
  });

  const COUNTRY = 'an ISO 3166-1 alpha-2 country code in capitals, such as "FR", "MA" or "TN"';
  test.each<[string, Record<string, unknown>, PropertyKey[], string, string?]>([
    ['lowercase country `fr`', { country: 'fr' }, ['country'], 'custom', COUNTRY],
    ['alpha-3 country `FRA`', { country: 'FRA' }, ['country'], 'custom', COUNTRY],
    ['unassigned country `XX`', { country: 'XX' }, ['country'], 'custom', COUNTRY],
    ['unknown type', { type: 'ngo' }, ['type'], 'invalid_value'],
    ['`HTTPS://` mixed-case scheme', { website: 'HTTPS://www.etalab.gouv.fr' }, ['website'], 'custom'],
    ['no sources', { sources: [] }, ['sources'], 'too_small', 'at least one source URL backing the facts of this entry'],
    ['a name over 120 characters', { name: 'M'.repeat(121) }, ['name'], 'too_big', 'a name of at most 120 characters'],
    ['unknown field', { contry: 'FR' }, [], 'unrecognized_keys'],
  ])('refuses %s', (_reason, overrides, path, code, message) => {
    const issues = OrganizationSchema.safeParse(makeMinimalOrganization(overrides)).error?.issues;
    expect(issues).toHaveLength(1);
    expect(issues![0]).toMatchObject({ path, code });
    if (message) expect(issues![0].message).toBe(message);
  });
});

test('an organisation whose website no source gives leaves it out; a long official name fits', () => {
  const parsed = OrganizationSchema.parse(makeMinimalOrganization({ website: undefined, name: 'Ministère délégué auprès du Chef du gouvernement chargé des Relations avec le Parlement' }));
  expect(parsed.website).toBeUndefined();
});
