import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { KINDS } from '../schemas/index.ts';
import { jsonSchemas, SCHEMA_FILES, serialiseSchema } from './json-schemas.ts';

describe('published JSON Schemas', () => {
  const schemas = jsonSchemas();
  test.each(KINDS)('public/schemas for %s is up to date (run `npm run generate` if not)', (kind) => {
    expect(readFileSync(`public/schemas/${SCHEMA_FILES[kind]}`, 'utf8')).toBe(serialiseSchema(schemas[kind]));
  });

  test('tool schema is strict, describes every field and keeps the closed lists', () => {
    const tool = schemas.tools as any;
    expect(tool.additionalProperties).toBe(false);
    expect(tool.required).toEqual(expect.arrayContaining(['name', 'summary', 'website', 'type', 'use_cases', 'reviewed', 'sources']));
    // Status and licence are what a source shows, or nothing: they are never required.
    expect(tool.required).not.toContain('status');
    expect(tool.required).not.toContain('license');
    expect(tool.properties.license.description).toMatch(/left out when no source states it/);
    for (const [field, def] of Object.entries<any>(tool.properties)) expect(def.description, field).toBeTruthy();
    expect(tool.properties.status.enum).toEqual(['concept', 'development', 'beta', 'stable', 'obsolete']);
    expect(tool.properties.website.pattern).toBe('^https?://\\S+$');
  });
});

describe('issue forms', () => {
  test('.github/ISSUE_TEMPLATE forms are up to date with the schemas and use cases (run `npm run generate` if not)', async () => {
    const { issueForms } = await import('../../scripts/lib/issue-forms.ts');
    const { loadContent } = await import('../checking/pipeline.ts');
    const useCases = loadContent('.').entries['use-cases'].filter((e) => e.data).map((e) => ({ id: e.id, name: e.data.name }));
    for (const [name, text] of Object.entries(issueForms(useCases))) {
      expect(readFileSync(`.github/ISSUE_TEMPLATE/${name}`, 'utf8'), name).toBe(text);
    }
  });
});
