import { describe, expect, test } from 'vitest';
import { UseCaseSchema } from './use-case.ts';

function makeMinimalUseCase(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { name: 'Budget participatif', summary: 'Laisser les habitants décider d’une partie du budget public.', ...overrides };
}

describe('UseCaseSchema', () => {
  test('the minimal use case passes and gets its defaults', () => {
    expect(UseCaseSchema.parse(makeMinimalUseCase())).toEqual({ ...makeMinimalUseCase(), sources: [], lang: 'fr' });
  });

  test.each<[string, Record<string, unknown>]>([
    ['a parent', { parent: 'participation' }],
    ['sources', { sources: ['https://www.opengovpartnership.org'] }],
    ['English text', { lang: 'en' }],
  ])('accepts %s', (_reason, overrides) => {
    expect(UseCaseSchema.safeParse(makeMinimalUseCase(overrides)).error?.issues).toBeUndefined();
  });

  test.each<[string, Record<string, unknown>, PropertyKey[], string, string?]>([
    ['parent id not a slug', { parent: 'Participation' }, ['parent'], 'invalid_format', 'an id in lowercase kebab-case ASCII, such as "open-data-portal"'],
    ['`javascript:` source', { sources: ['javascript:alert(1)'] }, ['sources', 0], 'custom', 'an absolute URL starting with http:// or https:// (lowercase), with a host name'],
    ['161-char summary', { summary: 'x'.repeat(161) }, ['summary'], 'too_big', 'one sentence of at most 160 characters'],
    ['empty string name', { name: '' }, ['name'], 'too_small', 'a non-empty name'],
    ['unknown field', { tools: ['decidim'] }, [], 'unrecognized_keys'],
    ['unsupported lang', { lang: 'es' }, ['lang'], 'invalid_value', 'one of fr, en, ar'],
    ['missing summary', { summary: undefined }, ['summary'], 'invalid_type'],
  ])('refuses %s', (_reason, overrides, path, code, message) => {
    const issues = UseCaseSchema.safeParse(makeMinimalUseCase(overrides)).error?.issues;
    expect(issues).toHaveLength(1);
    expect(issues![0]).toMatchObject({ path, code });
    if (message) expect(issues![0].message).toBe(message);
  });
});
