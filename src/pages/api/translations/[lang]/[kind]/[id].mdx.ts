import { readFileSync } from 'node:fs';
import type { APIRoute } from 'astro';
import { getCatalogue } from '../../../../../catalogue/query.ts';

export function getStaticPaths() {
  return getCatalogue().translations.map((t) => ({ params: { lang: t.lang, kind: t.kind, id: t.original }, props: { file: t.file } }));
}

/** /api/translations/ar/tools/decidim.mdx: a translation's file as it is in the repository, for the form that updates it. */
export const GET: APIRoute = ({ props }) => new Response(readFileSync((props as { file: string }).file, 'utf8'));
