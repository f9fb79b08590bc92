import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { jsonSchemas } from '../publish/json-schemas.ts';
import { formFields } from './form-model.ts';
import { draftOf, editedEntryText, newEntryText } from './entry-text.ts';

const fields = formFields(jsonSchemas().tools);

describe('a new entry', () => {
  test('fields in the schema order, ids in flow style, empty ones left out', () => {
    const text = newEntryText(fields, {
      values: { sources: ['https://example.org/a'], name: 'Outil', summary: 'Un outil pour essayer le formulaire.', website: 'https://example.org', license: 'MIT', type: 'software', use_cases: ['petitions', 'public-consultation'], developers: [], tags: undefined, reviewed: '2026-11-30', lang: 'fr', used_by: [{ organization: 'etalab', url: '' }] },
      body: '## Ce que fait Outil\n\nIl sert d’exemple.',
    });
    expect(text).toBe(
      [
        '---',
        'name: Outil',
        'summary: Un outil pour essayer le formulaire.',
        'website: https://example.org',
        'license: MIT',
        'type: software',
        'use_cases: [petitions, public-consultation]',
        'used_by:',
        '  - organization: etalab',
        'reviewed: 2026-11-30',
        'sources:',
        '  - https://example.org/a',
        'lang: fr',
        '---',
        '',
        '## Ce que fait Outil',
        '',
        'Il sert d’exemple.',
        '',
      ].join('\n'),
    );
  });
});

describe('a correction', () => {
  const raw = readFileSync('content/tools/decidim.mdx', 'utf8');

  test('nothing changed: the file exactly as it was', () => {
    const d = draftOf(raw);
    expect(editedEntryText(raw, fields, { values: structuredClone(d.values), body: d.body })).toBe(raw);
    // Key order inside an object does not count as a change.
    const reordered = { ...d.values, used_by: (d.values.used_by as Record<string, unknown>[]).map((u) => Object.fromEntries(Object.entries(u).reverse())) };
    expect(editedEntryText(raw, fields, { values: reordered, body: d.body })).toBe(raw);
  });

  test('one field changed: only its line differs', () => {
    const d = draftOf(raw);
    const edited = editedEntryText(raw, fields, { values: { ...d.values, summary: 'Un résumé corrigé, pour voir.' }, body: d.body });
    const before = raw.split('\n');
    const after = edited.split('\n');
    expect(after.length).toBe(before.length);
    expect(after.filter((l, i) => l !== before[i])).toEqual(['summary: Un résumé corrigé, pour voir.']);
  });

  test('a field emptied is removed; the body is kept as typed', () => {
    const d = draftOf(raw);
    const edited = editedEntryText(raw, fields, { values: { ...d.values, tags: undefined }, body: `${d.body}\nUne phrase de plus.\n` });
    expect(edited).not.toMatch(/^tags:/m);
    expect(edited.endsWith('Une phrase de plus.\n')).toBe(true);
  });
});
