import type { APIRoute } from 'astro';
import { getCatalogue } from '../../../../catalogue/query.ts';
import { exportableTools, publiccodeFor } from '../../../../publish/publiccode.ts';

export function getStaticPaths() {
  return exportableTools(getCatalogue()).map((t) => ({ params: { id: t.id } }));
}

/** /api/tools/decidim/publiccode.yml: the tool described in the EU standard for public software, for the tools that have its required fields. */
export const GET: APIRoute = ({ params }) => {
  const result = publiccodeFor(getCatalogue(), params.id!);
  if (!result.ok) throw new Error(`${params.id} lacks ${result.missing.join(', ')} for a publiccode.yml`);
  return new Response(result.text);
};
