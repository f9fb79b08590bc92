import type { APIRoute } from 'astro';
import { getCatalogue } from '../../../catalogue/query.ts';
import { entryFile, ids } from '../../../publish/api.ts';
import { KINDS, type Kind } from '../../../schemas/index.ts';
import { SITE } from '../../../config.ts';
import { viewDigest } from '../../../catalogue/cache-keys.ts';

export async function getStaticPaths() {
  const c = getCatalogue();
  // The file is its own view: its digest is the cache key (src/catalogue/cache-keys.ts).
  return KINDS.flatMap((kind) => ids(c, kind).map((id) => ({ params: { kind, id }, cacheKey: viewDigest(entryFile(c, kind, id, SITE.url)) })));
}

/** /api/tools/decidim.json: one entry, its resolved links and its text in every language it has. */
export const GET: APIRoute = async ({ params }) => new Response(JSON.stringify(entryFile(getCatalogue(), params.kind as Kind, params.id!, SITE.url)));
