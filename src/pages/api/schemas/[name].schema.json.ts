import type { APIRoute } from 'astro';
import { apiJsonSchemas } from '../../../publish/api.ts';
import { SITE } from '../../../config.ts';

const schemas = apiJsonSchemas(SITE.url);
export const getStaticPaths = () => Object.keys(schemas).map((name) => ({ params: { name } }));

/** /api/schemas/tool.schema.json: the JSON Schema of each API file, generated from the Zod schemas in src/publish/api-schemas.ts. */
export const GET: APIRoute = ({ params }) => new Response(`${JSON.stringify(schemas[params.name!], null, 2)}\n`);
