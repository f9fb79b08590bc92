import { describe, expect, test } from 'vitest';
import { SLUG_PATTERN, slugify } from './vocab.ts';

describe('slugify', () => {
  test.each([
    ['Décidim', 'decidim'],
    ['Mes Aides (aides-jeunes)', 'mes-aides-aides-jeunes'],
    ['  CONSUL   Democracy! ', 'consul-democracy'],
    ['Ślůg_with Ünïcode', 'slug-with-unicode'],
  ])('%s -> %s', (name, id) => {
    expect(slugify(name)).toBe(id);
    expect(SLUG_PATTERN.test(id)).toBe(true);
  });

  test('ids stay short enough for file systems and URLs, without a trailing hyphen', () => {
    const id = slugify('a'.repeat(59) + ' b c');
    expect(id.length).toBeLessThanOrEqual(60);
    expect(id.endsWith('-')).toBe(false);
  });

  test('a name with no Latin letter or digit gives an empty id (callers ask for one)', () => {
    expect(slugify('المغرب')).toBe('');
  });
});
