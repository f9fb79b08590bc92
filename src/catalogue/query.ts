import { getCollection } from 'astro:content';
import { buildCatalogue, type Catalogue, type Item } from './model.ts';
import { bodyHtml, contentVersion, liveCollections, type LiveRecord } from './content-version.ts';

let catalogue: Promise<Catalogue> | undefined;
let builtFor = -1;

type Name = 'tools' | 'use-cases' | 'organizations' | 'collections' | 'criteria' | 'translations';

/**
 * A collection as store records: from the loader's memory in dev (see content-version.ts), else
 * from the store, with each body's HTML from the loader that ran earlier in this build.
 */
async function records(name: Name): Promise<LiveRecord[]> {
  const live = import.meta.env.DEV ? liveCollections() : undefined;
  if (live) return live[name];
  const entries = await getCollection(name);
  return entries.map((e: any) => ({ id: e.id, data: e.data, html: storedBody(name, e.id), filePath: e.filePath ?? `content/${name}/${e.id}.mdx` }));
}

function storedBody(name: Name, id: string): string {
  const html = bodyHtml(name, id);
  if (html === undefined) {
    throw new Error(`the body of ${name}/${id} is not in memory: pages are built by astro build, whose content loader (src/loaders/catalogue-loader.ts) hands each body over before any page renders`);
  }
  return html;
}

async function items<T>(name: Exclude<Name, 'translations'>): Promise<Omit<Item<T>, 'text'>[]> {
  return (await records(name)).map((r) => ({ id: r.id, data: r.data as T, html: r.html, file: r.filePath }));
}

/**
 * The one query module pages use: the whole catalogue with its derived links, built once per
 * build (getStaticPaths of every route and every page share it) instead of per page.
 */
export function getCatalogue(): Promise<Catalogue> {
  // Content can change under the dev server: the loader publishes a new version when it does.
  if (import.meta.env.DEV && builtFor !== contentVersion()) catalogue = undefined;
  builtFor = contentVersion();
  catalogue ??= (async () =>
    buildCatalogue({
      tools: await items('tools'),
      useCases: await items('use-cases'),
      organizations: await items('organizations'),
      collections: await items('collections'),
      criteria: await items('criteria'),
      translations: (await records('translations')).map((r) => ({ ...r.data, html: r.html, file: r.filePath })),
    }))();
  return catalogue;
}
