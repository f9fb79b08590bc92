import { describe, expect, it } from 'vitest';
import { forms, selectForm } from './plural.ts';

describe('selectForm', () => {
  const fr = { one: '{n} outil', other: '{n} outils' };
  const ar = { zero: 'لا أدوات', one: 'أداة واحدة', two: 'أداتان', few: '{n} أدوات', many: '{n} أداة', other: '{n} أداة' };

  it('picks the category Intl.PluralRules gives for the count', () => {
    expect(selectForm(fr, 'fr', 1)).toBe('{n} outil');
    expect(selectForm(fr, 'fr', 0)).toBe('{n} outil');
    expect(selectForm(fr, 'fr', 2)).toBe('{n} outils');
    expect(selectForm({ one: '{n} tool', other: '{n} tools' }, 'en', 1)).toBe('{n} tool');
    expect(selectForm({ one: '{n} tool', other: '{n} tools' }, 'en', 0)).toBe('{n} tools');
  });

  it('knows the six Arabic categories', () => {
    expect([0, 1, 2, 3, 10, 11, 99, 100, 102].map((n) => selectForm(ar, 'ar', n))).toEqual([
      'لا أدوات', 'أداة واحدة', 'أداتان', '{n} أدوات', '{n} أدوات', '{n} أداة', '{n} أداة', '{n} أداة', '{n} أداة',
    ]);
  });

  it('falls back to other for a form the language did not write, and leaves plain strings alone', () => {
    expect(selectForm({ other: '{n} cas d’usage' }, 'fr', 1)).toBe('{n} cas d’usage');
    expect(selectForm({ one: 'x', other: 'y' }, 'fr', 1_000_000)).toBe('y');
    expect(selectForm('Projets suivis : {n}', 'fr', 1)).toBe('Projets suivis : {n}');
    expect(forms(ar)).toHaveLength(6);
  });
});
