import { readFileSync } from 'node:fs';
import type { APIRoute } from 'astro';
import { getCatalogue } from '../../../catalogue/query.ts';
import { entryOf } from '../../../catalogue/model.ts';
import { ids } from '../../../publish/api.ts';
import { KINDS, type Kind } from '../../../schemas/index.ts';
import { viewDigest } from '../../../catalogue/cache-keys.ts';

export function getStaticPaths() {
  const c = getCatalogue();
  // Keyed by the file's own text: only a changed file is written again.
  return KINDS.flatMap((kind) => ids(c, kind).map((id) => ({ params: { kind, id }, cacheKey: viewDigest(readFileSync(entryOf(c, kind, id)!.file, 'utf8')) })));
}

/** /api/tools/decidim.mdx: the entry's file as it is in the repository, for the correction form to start from. */
export const GET: APIRoute = ({ params }) => new Response(readFileSync(entryOf(getCatalogue(), params.kind as Kind, params.id!)!.file, 'utf8'));
