import type { APIRoute } from 'astro';
import { getCatalogue } from '../../../../../catalogue/query.ts';
import { oembed } from '../../../../../publish/embed.ts';
import { schemaPath } from '../../../../../publish/api.ts';
import { LOCALES, type Locale } from '../../../../../schemas/index.ts';
import { SITE } from '../../../../../config.ts';

export async function getStaticPaths() {
  const c = getCatalogue();
  return LOCALES.flatMap((lang) => c.collections.map((col) => ({ params: { lang, id: col.id } })));
}

/** /api/oembed/collections/fr/<id>.json: what an oEmbed consumer needs to show the collection (the iframe). */
export const GET: APIRoute = async ({ params }) => {
  const c = getCatalogue();
  const locale = params.lang as Locale;
  const col = c.collection.get(params.id!)!;
  const target = { site: SITE.url, locale, id: col.id, title: col.text[locale].name, toolCount: col.data.tools.length };
  return new Response(JSON.stringify({ $schema: `${SITE.url}${schemaPath('oembed')}`, ...oembed(target, SITE.name) }));
};
