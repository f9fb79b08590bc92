/**
 * npm run generate: writes the files derived from the schemas, which a test keeps current:
 * public/schemas/<kind>.schema.json and the GitHub issue forms.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { KINDS } from '../src/schemas/index.ts';
import { jsonSchemas, SCHEMA_FILES, serialiseSchema } from '../src/publish/json-schemas.ts';
import { issueForms } from './lib/issue-forms.ts';
import { checkContent } from '../src/checking/pipeline.ts';

const schemas = jsonSchemas();
mkdirSync('public/schemas', { recursive: true });
for (const kind of KINDS) {
  writeFileSync(`public/schemas/${SCHEMA_FILES[kind]}`, serialiseSchema(schemas[kind]));
  console.log(`public/schemas/${SCHEMA_FILES[kind]}`);
}
const useCases = (await checkContent('.', { cache: true, render: false })).entries['use-cases'].filter((e) => e.data).map((e) => ({ id: e.id, name: e.data.name }));
mkdirSync('.github/ISSUE_TEMPLATE', { recursive: true });
for (const [name, text] of Object.entries(issueForms(useCases))) {
  writeFileSync(`.github/ISSUE_TEMPLATE/${name}`, text);
  console.log(`.github/ISSUE_TEMPLATE/${name}`);
}
