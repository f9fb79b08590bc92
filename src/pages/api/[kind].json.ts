import type { APIRoute } from 'astro';
import { getCatalogue } from '../../catalogue/query.ts';
import { listFile } from '../../publish/api.ts';
import { KINDS, type Kind } from '../../schemas/index.ts';
import { SITE } from '../../config.ts';

export const getStaticPaths = () => KINDS.map((kind) => ({ params: { kind } }));

/** /api/tools.json and the other lists: every entry of a kind, without the description HTML. */
export const GET: APIRoute = async ({ params }) => new Response(JSON.stringify(listFile(getCatalogue(), params.kind as Kind, SITE.url)));
