/**
 * What the content loader last checked, shared with the pages of the same process.
 *
 * In dev, a change reaches getCollection() only after Astro has rewritten its whole data store to
 * disk and Vite has reloaded it: 12.8 s at 10,000 tools, against a budget of 1 s. The loader runs
 * in the same process as the pages, so it also publishes the records it stores here, with a
 * version that moves on every change; lib/catalogue.ts builds from them in dev and rebuilds only
 * when the version moved. Builds read the store, and body HTML from the map below. It lives on globalThis because the loader and the
 * pages are separate module instances. No imports: pages load this module.
 */
export interface LiveRecord {
  id: string;
  data: any;
  html: string;
  filePath: string;
}
export type LiveCollections = Record<'tools' | 'use-cases' | 'organizations' | 'collections' | 'criteria' | 'translations', LiveRecord[]>;

interface Live {
  version: number;
  collections?: LiveCollections;
}

const KEY = Symbol.for('civic-toolbox.live-content');
const shared = globalThis as unknown as Record<symbol, Live | undefined>;

function live(): Live {
  return (shared[KEY] ??= { version: 0 });
}

export function contentVersion(): number {
  return live().version;
}

/** Called by the loader in dev, after each load and each change it has written to the store. */
export function publishContent(collections: LiveCollections): number {
  const state = live();
  state.collections = collections;
  return ++state.version;
}

/** The loader's latest records, if a dev-server loader published any in this process. */
export function liveCollections(): LiveCollections | undefined {
  return live().collections;
}

/**
 * Body HTML, kept out of Astro's data store. A build inlines the whole store in its server bundle
 * as one JSON string, parses it once to validate it and again when pages load: with the HTML
 * (70% of the store, 47.6 MB at 10,000 tools) that was the build's memory peak, 2.0-2.2 GB.
 * The loader runs in the build's own process before any page, so it hands the HTML over here.
 */
const BODIES = Symbol.for('civic-toolbox.body-html');
const bodies = () => ((shared as unknown as Record<symbol, Map<string, string> | undefined>)[BODIES] ??= new Map());
const bodyKey = (collection: string, id: string) => `${collection}\0${id}`;

/** Called by the loader for every record it stores. */
export function publishBody(collection: string, id: string, html: string): void {
  bodies().set(bodyKey(collection, id), html);
}

/** Called by the loader for every record it deletes from the store. */
export function forgetBody(collection: string, id: string): void {
  bodies().delete(bodyKey(collection, id));
}

/** The HTML of a stored record's body, or undefined if no loader in this process stored it. */
export function bodyHtml(collection: string, id: string): string | undefined {
  return bodies().get(bodyKey(collection, id));
}
