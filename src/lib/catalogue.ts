import { getCollection } from 'astro:content';
import { buildCatalogue, type Catalogue, type Item } from './catalogue-model.ts';
import { contentVersion } from './content-version.ts';

let catalogue: Promise<Catalogue> | undefined;
let builtFor = -1;

async function items<T>(name: 'tools' | 'use-cases' | 'organizations' | 'collections' | 'criteria'): Promise<Omit<Item<T>, 'text'>[]> {
  const entries = await getCollection(name);
  return entries.map((e: any) => ({ id: e.id, data: e.data as T, html: e.rendered?.html ?? '', file: e.filePath ?? `content/${name}/${e.id}.mdx` }));
}

/**
 * The one query module pages use: the whole catalogue with its derived links, built once per
 * build (getStaticPaths of every route and every page share it) instead of per page.
 */
export function getCatalogue(): Promise<Catalogue> {
  // Content can change under the dev server: the loader bumps the version when it does.
  if (import.meta.env.DEV && builtFor !== contentVersion()) catalogue = undefined;
  builtFor = contentVersion();
  catalogue ??= (async () =>
    buildCatalogue({
      tools: await items('tools'),
      useCases: await items('use-cases'),
      organizations: await items('organizations'),
      collections: await items('collections'),
      criteria: await items('criteria'),
      translations: (await getCollection('translations')).map((e: any) => ({ ...e.data, html: e.rendered?.html ?? '', file: e.filePath })),
    }))();
  return catalogue;
}
