import type { APIRoute } from 'astro';
import { getCatalogue } from '../../../catalogue/query.ts';
import { entryFile, ids } from '../../../publish/api.ts';
import { KINDS, type Kind } from '../../../schemas/index.ts';
import { SITE } from '../../../config.ts';

export async function getStaticPaths() {
  const c = getCatalogue();
  return KINDS.flatMap((kind) => ids(c, kind).map((id) => ({ params: { kind, id } })));
}

/** /api/tools/decidim.json: one entry, its resolved links and its text in every language it has. */
export const GET: APIRoute = async ({ params }) => new Response(JSON.stringify(entryFile(getCatalogue(), params.kind as Kind, params.id!, SITE.url)));
