/** npm run schemas: writes public/schemas/<kind>.schema.json from the Zod schemas. A test checks they are current. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { KINDS } from '../src/schemas/index.ts';
import { jsonSchemas, SCHEMA_FILES, serialiseSchema } from '../src/lib/json-schemas.ts';

const schemas = jsonSchemas();
mkdirSync('public/schemas', { recursive: true });
for (const kind of KINDS) {
  writeFileSync(`public/schemas/${SCHEMA_FILES[kind]}`, serialiseSchema(schemas[kind]));
  console.log(`public/schemas/${SCHEMA_FILES[kind]}`);
}
