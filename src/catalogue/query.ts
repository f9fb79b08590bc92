import type { Catalogue } from './model.ts';
import { publishedCatalogue } from './store.ts';

/**
 * The one query module pages, API routes, feeds and embeds use: the whole catalogue with its
 * derived links, checked and built once by the content integration before any page renders.
 */
export function getCatalogue(): Catalogue {
  const published = publishedCatalogue();
  if (!published) {
    throw new Error('the catalogue was not loaded: pages are rendered by astro build or astro dev with the content integration (src/integrations/content.ts) in astro.config.mjs, which checks content/ first');
  }
  return published.catalogue;
}
