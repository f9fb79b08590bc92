import { z } from 'zod';
import { KINDS, SCHEMAS, SINGULAR, type Kind } from '../schemas/index.ts';
import { SITE } from '../config.ts';
import { sitePath } from '../catalogue/paths.ts';

/** Singular file names: public/schemas/tool.schema.json, use-case.schema.json, ... */
export const SCHEMA_FILES = Object.fromEntries(KINDS.map((kind) => [kind, `${SINGULAR[kind]}.schema.json`])) as Record<Kind, string>;

/**
 * JSON Schema of each kind's front matter, generated from the Zod schemas (the single source),
 * so editors can autocomplete and check entries. Checks that JSON Schema cannot express
 * (SPDX expressions, cross-references) stay in the validator.
 */
export function jsonSchemas(): Record<Kind, object> {
  const out = {} as Record<Kind, object>;
  for (const kind of KINDS) {
    const schema = z.toJSONSchema(SCHEMAS[kind], { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
    out[kind] = {
      ...schema,
      $id: `${SITE.url}${sitePath(`/schemas/${SCHEMA_FILES[kind]}`)}`,
      title: `Civic Toolbox ${kind} entry (front matter of content/${kind}/<id>.mdx)`,
    };
  }
  return out;
}

export function serialiseSchema(schema: object): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}
