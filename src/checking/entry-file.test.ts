import { describe, expect, test } from 'vitest';
import { entryText, frontmatterField, withField } from './entry-file.ts';

describe('entry files', () => {
  test('fields are never folded; ids can be written in flow style', () => {
    expect(frontmatterField('summary', 'x'.repeat(120))).toBe(`summary: ${'x'.repeat(120)}`);
    expect(frontmatterField('use_cases', ['a', 'b'], true)).toBe('use_cases: [a, b]');
    expect(frontmatterField('sources', ['https://a.org'])).toBe('sources:\n  - https://a.org');
  });

  test('a file is front matter between fences, a blank line, the body and a final newline', () => {
    expect(entryText(['# a comment', 'name: X'], 'Body.\n\n')).toBe('---\n# a comment\nname: X\n---\n\nBody.\n');
  });

  test('setting a field keeps comments, order, quoting and body', () => {
    const text = '---\n# Keep me\nsummary: "Un résumé."\noriginal_digest: "000000000000"\n---\n\nCorps.\n';
    expect(withField(text, 'original_digest', 'abcdefabcdef')).toBe('---\n# Keep me\nsummary: "Un résumé."\noriginal_digest: "abcdefabcdef"\n---\n\nCorps.\n');
    expect(withField('---\nname: X\n---\nBody\n', 'lang', 'en')).toBe('---\nname: X\nlang: en\n---\nBody\n');
  });
});
