import type { APIRoute } from 'astro';
import { getCatalogue } from '../../../../../catalogue/query.ts';
import { oembed } from '../../../../../publish/embed.ts';
import { schemaPath } from '../../../../../publish/api.ts';
import { LOCALES, type Locale } from '../../../../../schemas/index.ts';
import { SITE } from '../../../../../config.ts';
import type { Catalogue } from '../../../../../catalogue/model.ts';
import { viewDigest } from '../../../../../catalogue/cache-keys.ts';

/** All the file says, keyed by its digest. */
function body(c: Catalogue, locale: Locale, id: string) {
  const col = c.collection.get(id)!;
  const target = { site: SITE.url, locale, id: col.id, title: col.text[locale].name, toolCount: col.data.tools.length };
  return { $schema: `${SITE.url}${schemaPath('oembed')}`, ...oembed(target, SITE.name) };
}

export async function getStaticPaths() {
  const c = getCatalogue();
  return LOCALES.flatMap((lang) => c.collections.map((col) => ({ params: { lang, id: col.id }, cacheKey: viewDigest(body(c, lang, col.id)) })));
}

/** /api/oembed/collections/fr/<id>.json: what an oEmbed consumer needs to show the collection (the iframe). */
export const GET: APIRoute = async ({ params }) => new Response(JSON.stringify(body(getCatalogue(), params.lang as Locale, params.id!)));
