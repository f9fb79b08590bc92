import type { Catalogue } from './model.ts';

/**
 * The catalogue the content integration published for this process: the one hand-over between
 * checking content (src/integrations/content.ts, which runs src/checking/) and the pages, API,
 * feeds and embeds (which read it through query.ts). It lives on globalThis because the
 * integration and the pages are separate module instances in the same process (Astro loads its
 * config natively and bundles the pages). No imports at run time: pages load this module.
 */
interface Published {
  catalogue: Catalogue;
  /** Moves on every change, so a dev page knows the model it holds is old. */
  version: number;
}

const KEY = Symbol.for('civic-toolbox.catalogue');
const shared = globalThis as unknown as Record<symbol, Published | undefined>;

export function publishCatalogue(catalogue: Catalogue): number {
  const version = (shared[KEY]?.version ?? 0) + 1;
  shared[KEY] = { catalogue, version };
  return version;
}

export function publishedCatalogue(): Published | undefined {
  return shared[KEY];
}

/** For tests: forget what was published. */
export function clearPublished(): void {
  shared[KEY] = undefined;
}
