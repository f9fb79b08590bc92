import { describe, expect, test } from 'vitest';
import { jsonSchemas } from '../publish/json-schemas.ts';
import { KINDS } from '../schemas/index.ts';
import { formFields, formPathOf, NOT_IN_FORM, type FieldSpec } from './form-model.ts';

const schemas = jsonSchemas();
const byKey = (fields: FieldSpec[]) => Object.fromEntries(fields.map((f) => [f.key, f]));

describe('the form of each kind comes from its schema', () => {
  test.each(KINDS)('%s: every field of the schema but the importers\' ones, in order', (kind) => {
    const props = Object.keys((schemas[kind] as { properties: object }).properties).filter((k) => !NOT_IN_FORM.includes(k));
    expect(formFields(schemas[kind]).map((f) => f.key)).toEqual(props);
  });

  test('a tool: pickers for references, suggestions for licence and languages, enumerations as selects', () => {
    const f = byKey(formFields(schemas.tools));
    expect(f.use_cases).toMatchObject({ widget: 'list', references: 'use-cases', required: true, flow: true });
    expect(f.developers).toMatchObject({ widget: 'list', references: 'organizations', required: false });
    expect(f.license).toMatchObject({ widget: 'text', suggest: 'license', required: false });
    expect(f.languages).toMatchObject({ widget: 'list', suggest: 'language', flow: true });
    expect(f.sources).toMatchObject({ widget: 'list', required: true, flow: false });
    expect(f.status.options).toEqual(['concept', 'development', 'beta', 'stable', 'obsolete']);
    expect(f.website.widget).toBe('url');
    expect(f.reviewed.widget).toBe('date');
    expect(f.criteria).toMatchObject({ widget: 'answers', references: 'criteria' });
    expect(f.used_by.widget).toBe('group-list');
    expect(byKey(f.used_by.fields!).organization).toMatchObject({ path: 'used_by.*.organization', references: 'organizations', required: true });
    expect(byKey(f.used_by.fields!).since.widget).toBe('number');
  });

  test('an event: nested groups and lists of groups', () => {
    const f = byKey(formFields(schemas.events));
    expect(f.figures.widget).toBe('group');
    expect(byKey(f.figures.fields!).participants).toMatchObject({ path: 'figures.participants', widget: 'number' });
    expect(f.challenges.widget).toBe('group-list');
    expect(byKey(f.challenges.fields!).use_cases).toMatchObject({ references: 'use-cases' });
    expect(f.online.widget).toBe('checkbox');
    expect(f.country.suggest).toBe('country');
  });

  test('a value added to a vocabulary reaches the form without touching it', () => {
    const schema = structuredClone(schemas.tools) as any;
    schema.properties.status.enum.push('retired');
    expect(byKey(formFields(schema)).status.options).toContain('retired');
    schema.properties.newsletter = { type: 'string', format: 'uri', description: 'A new field.' };
    expect(byKey(formFields(schema)).newsletter).toMatchObject({ widget: 'url', description: 'A new field.' });
  });
});

test('a problem lands on its field, or on the nearest field shown', () => {
  const shown = new Set(['license', 'used_by', 'used_by.0.organization', 'use_cases']);
  expect(formPathOf('license', shown)).toBe('license');
  expect(formPathOf('used_by[0].organization', shown)).toBe('used_by.0.organization');
  expect(formPathOf('used_by[1].url', shown)).toBe('used_by');
  expect(formPathOf('use_cases[2]', shown)).toBe('use_cases');
  expect(formPathOf('(front matter)', shown)).toBeUndefined();
});
