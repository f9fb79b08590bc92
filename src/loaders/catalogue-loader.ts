import type { Loader, LoaderContext } from 'astro/loaders';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, relative } from 'node:path';
import { loadContentParallel, type LoadedContent } from '../checking/pipeline.ts';
import { checkWorkerFile } from '../checking/check-pool.ts';
import { runCheckJob } from '../checking/check-job.ts';
import { storeChanges, storeRecords, updateContent, type CollectionName, type ContentChange, type StoreRecord } from '../checking/update.ts';
import { formatProblem } from '../checking/problems.ts';
import { KINDS } from '../schemas/vocab.ts';
import { forgetBody, publishBody, publishContent, type LiveCollections } from '../catalogue/content-version.ts';

/**
 * Why not Astro's glob loader with @astrojs/mdx: MDX compiles every body to a JavaScript module,
 * which is both the security hole (contributed code runs) and the build-time cost (~3.5x slower
 * at 10,000 entries). Bodies here are checked Markdown, rendered once to sanitised HTML.
 *
 * All six collections share one read of content/, so cross-references are checked together.
 */
let loading: Promise<LoadedContent> | undefined;
let current: LoadedContent | undefined;
const contexts = new Map<CollectionName, LoaderContext>();
/** The collections of content.config.ts that use this loader: the five kinds and translations. */
const COLLECTIONS = KINDS.length + 1;
let watching = false;

/** The whole of content/, files not in the entry cache checked on worker threads. */
function loadAll(root: string): Promise<LoadedContent> {
  // The worker script is found from the project root: this module may have been bundled by Vite.
  return loadContentParallel(root, new Date(), { cache: true, workerFile: checkWorkerFile(root) });
}

/**
 * Astro keeps a stored record whose digest did not change: bump this when what a record holds
 * changes, so that stores written by an earlier version are rewritten (2: no `rendered` field).
 */
const RECORD_SHAPE = 2;

/** The body's HTML goes to pages through memory (content-version.ts), not the store; the digest still covers it. */
function put(ctx: LoaderContext, record: StoreRecord) {
  publishBody(ctx.collection, record.id, record.html);
  ctx.store.set({
    id: record.id,
    data: record.data,
    filePath: record.filePath,
    digest: ctx.generateDigest({ data: record.data, html: record.html, shape: RECORD_SHAPE }),
  });
}

function remove(ctx: LoaderContext, id: string) {
  forgetBody(ctx.collection, id);
  ctx.store.delete(id);
}

/** In dev, the records just stored, for pages to read without waiting for Astro to rewrite its store. */
function publish(loaded: LoadedContent) {
  const names: CollectionName[] = [...KINDS, 'translations'];
  publishContent(Object.fromEntries(names.map((name) => [name, storeRecords(name, loaded)])) as LiveCollections);
}

function sync(name: CollectionName, ctx: LoaderContext, loaded: LoadedContent) {
  const seen = new Set<string>();
  for (const record of storeRecords(name, loaded)) {
    seen.add(record.id);
    put(ctx, record);
  }
  for (const id of ctx.store.keys()) if (!seen.has(id)) remove(ctx, id);
}

function report(ctx: LoaderContext, loaded: LoadedContent, fatal: boolean) {
  const errors = loaded.problems.filter((p) => p.severity === 'error');
  for (const p of loaded.problems) if (p.severity === 'warning') ctx.logger.warn(formatProblem(p));
  if (!errors.length) return;
  const text = `${errors.length} content error${errors.length === 1 ? '' : 's'}:\n${errors.map(formatProblem).join('\n')}`;
  if (fatal) throw new Error(text);
  ctx.logger.error(text);
}

const errorCount = (loaded: LoadedContent) => loaded.problems.filter((p) => p.severity === 'error').length;

/**
 * Changed paths in the dev server: those files alone are read and checked again, and only the
 * store entries whose record changed are written (see content-update.ts).
 */
async function applyChanges(ctx: LoaderContext, root: string, paths: Map<string, boolean>) {
  const changes: ContentChange[] = [];
  for (const [path, removed] of paths) {
    const file = relative(root, path).replaceAll('\\', '/');
    if (!file.startsWith('content/')) continue;
    let bytes: Uint8Array | undefined;
    try {
      if (!removed) bytes = readFileSync(path);
    } catch {
      // Gone again, or not a file: as if removed.
    }
    changes.push({ file, bytes });
  }
  if (!changes.length) return;
  const started = performance.now();
  const prev = current ?? (await loadAll(root));
  const next = updateContent(prev, root, changes, new Date()) ?? (await loadAll(root));
  current = next;
  loading = Promise.resolve(next); // a later load (Astro syncs again) starts from the latest content
  report(ctx, next, false);
  if (errorCount(prev) && !errorCount(next)) ctx.logger.info('content errors fixed: no errors left');
  let stored = 0;
  for (const [name, c] of contexts) {
    const { set, deleted } = storeChanges(name, prev, next);
    for (const record of set) put(c, record);
    for (const id of deleted) remove(c, id);
    stored += set.length + deleted.length;
  }
  // Pages read the change from memory on their next request (lib/content-version.ts).
  publish(next);
  const what = changes.length === 1 ? changes[0].file : `${changes.length} files`;
  ctx.logger.info(`${what} checked in ${Math.round(performance.now() - started)} ms; ${stored} store entr${stored === 1 ? 'y' : 'ies'} updated`);
}

export function catalogueLoader(kind: CollectionName): Loader {
  return {
    name: 'civic-toolbox-content',
    load: async (ctx) => {
      const root = fileURLToPath(ctx.config.root);
      // A failed load is not kept: the next sync (or the next change in dev) tries again.
      loading ??= loadAll(root).catch((error) => {
        loading = undefined;
        throw error;
      });
      const loaded = await loading;
      current ??= loaded;
      contexts.set(kind, ctx);
      // Report once (from the first collection), fail the build on any error; the dev server keeps running.
      if (kind === 'tools') report(ctx, loaded, !ctx.watcher);
      sync(kind, ctx, loaded);
      // A build loads each collection once: after the last, let the checked content (every body and
      // its HTML, ~100 MB at 10,000 tools) be collected while pages render from the store.
      if (!ctx.watcher && contexts.size === COLLECTIONS) loading = current = undefined;
      if (ctx.watcher && !watching) {
        watching = true;
        publish(loaded);
        // Updates run one after the other; the paths that change meanwhile (a branch checkout, an
        // editor saving several files) are taken together. A failure is logged and the server keeps running.
        const pending = new Map<string, boolean>();
        let queue = Promise.resolve();
        let scheduled = false;
        const on = (removed: boolean) => (path: string) => {
          pending.set(path, removed);
          if (scheduled) return;
          scheduled = true;
          queue = queue
            .then(() => new Promise((resolve) => setImmediate(resolve)))
            .then(() => {
              scheduled = false;
              const paths = new Map(pending);
              pending.clear();
              return applyChanges(ctx, root, paths);
            })
            .catch((error) => ctx.logger.error(`content update failed: ${error?.stack ?? error}`));
        };
        // The first edit would otherwise pay for compiling the checker on this thread (the first
        // load was checked on workers or came from the cache): check one file once, off the critical path.
        setTimeout(() => {
          const first = loaded.files[0]?.entry;
          try {
            if (first) runCheckJob({ kind: first.kind, file: first.file, bytes: readFileSync(join(root, first.file)), translation: loaded.files[0].lang !== undefined }, new Date());
          } catch {
            // Only a warm-up: the file may have gone.
          }
        }, 500).unref();
        ctx.watcher.add(`${root}/content`);
        ctx.watcher.on('change', on(false));
        ctx.watcher.on('add', on(false));
        ctx.watcher.on('unlink', on(true));
      }
    },
  };
}
