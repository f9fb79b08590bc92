import type { LoadedContent } from '../checking/pipeline.ts';
import type { Kind } from '../schemas/vocab.ts';
import { buildCatalogue, type Catalogue } from './model.ts';

/**
 * The catalogue model of checked content. Only entries whose front matter passed their schema
 * are kept; a build refuses content with errors before it gets here, the dev server shows the
 * rest of the catalogue while a file is being fixed.
 */
export function catalogueFromContent(loaded: LoadedContent): Catalogue {
  const items = (kind: Kind) =>
    loaded.entries[kind].filter((e) => e.data !== undefined).map((e) => ({ id: e.id, data: e.data, html: bodyOf(e.file, e.html), file: e.file }));
  return buildCatalogue({
    tools: items('tools'),
    useCases: items('use-cases'),
    organizations: items('organizations'),
    collections: items('collections'),
    criteria: items('criteria'),
    events: items('events'),
    projects: items('projects'),
    translations: loaded.translations
      .filter((t) => t.data !== undefined)
      .map((t) => ({ ...(t.data as object), lang: t.lang, kind: t.kind, original: t.id, stale: t.stale, html: bodyOf(t.file, t.html), file: t.file })) as any,
  });
}

function bodyOf(file: string, html: string | undefined): string {
  if (html === undefined) throw new Error(`${file} was checked without rendering its body: load content with render: true to build pages`);
  return html;
}
