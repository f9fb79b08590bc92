import type { Loader, LoaderContext } from 'astro/loaders';
import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';
import type { Kind } from '../schemas/index.ts';
import { loadContent, type LoadedContent } from '../lib/content-source.ts';
import { formatProblem } from '../lib/problems.ts';
import { bumpContentVersion } from '../lib/content-version.ts';

/**
 * Why not Astro's glob loader with @astrojs/mdx: MDX compiles every body to a JavaScript module,
 * which is both the security hole (contributed code runs) and the build-time cost (~3.5x slower
 * at 10,000 entries). Bodies here are checked Markdown, rendered once to sanitised HTML.
 *
 * All five collections share one read of content/, so cross-references are checked together.
 */
let cached: LoadedContent | undefined;
type CollectionName = Kind | 'translations';
const contexts = new Map<CollectionName, LoaderContext>();
let watching = false;

function content(root: string): LoadedContent {
  cached ??= loadContent(root, new Date(), { cache: true });
  return cached;
}

/** Translations are stored under `<lang>/<kind>/<id>`, with where they belong in their data. */
function storedEntries(name: CollectionName, loaded: LoadedContent) {
  if (name !== 'translations') return loaded.entries[name].map((e) => ({ entry: e, id: e.id, data: e.data }));
  return loaded.translations.map((t) => ({
    entry: t,
    id: `${t.lang}/${t.kind}/${t.id}`,
    data: t.data && { ...t.data, lang: t.lang, kind: t.kind, original: t.id, stale: t.stale },
  }));
}

function sync(name: CollectionName, ctx: LoaderContext, loaded: LoadedContent) {
  const seen = new Set<string>();
  for (const { entry, id, data } of storedEntries(name, loaded)) {
    if (!data) continue;
    seen.add(id);
    ctx.store.set({
      id,
      data,
      // No `body`: pages use the checked, rendered HTML, and the raw text would double the data
      // store that Astro writes, then compiles as a module, at every build (77 MB at 10,000 tools).
      filePath: entry.file,
      digest: ctx.generateDigest({ data, html: entry.html }),
      rendered: { html: entry.html },
    });
  }
  for (const id of ctx.store.keys()) if (!seen.has(id)) ctx.store.delete(id);
}

function report(ctx: LoaderContext, loaded: LoadedContent, fatal: boolean) {
  const errors = loaded.problems.filter((p) => p.severity === 'error');
  for (const p of loaded.problems) if (p.severity === 'warning') ctx.logger.warn(formatProblem(p));
  if (!errors.length) return;
  const text = `${errors.length} content error${errors.length === 1 ? '' : 's'}:\n${errors.map(formatProblem).join('\n')}`;
  if (fatal) throw new Error(text);
  ctx.logger.error(text);
}

export function catalogueLoader(kind: CollectionName): Loader {
  return {
    name: 'civic-toolbox-content',
    load: async (ctx) => {
      const root = fileURLToPath(ctx.config.root);
      const loaded = content(root);
      contexts.set(kind, ctx);
      // Report once (from the first collection), fail the build on any error; the dev server keeps running.
      if (kind === 'tools') report(ctx, loaded, !ctx.watcher);
      sync(kind, ctx, loaded);
      if (ctx.watcher && !watching) {
        watching = true;
        const onChange = (path: string) => {
          const rel = relative(root, path).replaceAll('\\', '/');
          if (!rel.startsWith('content/')) return;
          cached = loadContent(root, new Date(), { cache: true });
          report(ctx, cached, false);
          for (const [k, c] of contexts) sync(k, c, cached);
          bumpContentVersion();
        };
        ctx.watcher.add(`${root}/content`);
        ctx.watcher.on('change', onChange);
        ctx.watcher.on('add', onChange);
        ctx.watcher.on('unlink', onChange);
      }
    },
  };
}
