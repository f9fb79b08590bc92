import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkContent, type LoadedContent } from '../checking/pipeline.ts';
import { checkWorkerFile } from '../checking/check-pool.ts';
import { updateContent, type ContentChange } from '../checking/update.ts';
import { formatProblem } from '../checking/problems.ts';
import { catalogueFromContent } from '../catalogue/from-content.ts';
import { publishCatalogue } from '../catalogue/store.ts';

/**
 * The one path of the data: content/ -> the checking pipeline (src/checking/) -> the catalogue
 * model -> the pages, through src/catalogue/query.ts.
 *
 * Astro's content layer is not used. Contributed bodies must never be compiled (so no glob loader
 * with @astrojs/mdx), and a custom loader's data store is inlined in the build's server bundle as
 * one JSON string and parsed twice: with body HTML that was the build's memory peak, and without
 * it the HTML had to go around the store anyway. Here the checked catalogue is built once, in the
 * process that renders the pages, before any of them.
 */
export function catalogueContent(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'civic-toolbox-content',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      // Fails the build on any content error, with every problem located, before Vite bundles anything.
      'astro:build:start': async ({ logger }) => {
        const loaded = await load(root, logger);
        const errors = errorsOf(loaded);
        if (errors.length) throw new Error(`${errors.length} content error${errors.length === 1 ? '' : 's'}:\n${errors.map(formatProblem).join('\n')}`);
        publishCatalogue(catalogueFromContent(loaded));
      },
      'astro:server:setup': async ({ server, logger }) => {
        let current = await load(root, logger);
        reportErrors(current, logger);
        publishCatalogue(catalogueFromContent(current));
        // Changes are applied one batch after the other; paths that change meanwhile (a branch
        // checkout, an editor saving several files) are taken together.
        const pending = new Map<string, boolean>();
        let queue = Promise.resolve();
        let scheduled = false;
        const apply = async (paths: Map<string, boolean>) => {
          const changes = contentChanges(root, paths);
          if (!changes.length) return;
          const started = performance.now();
          const before = errorsOf(current).length;
          current = updateContent(current, root, changes, new Date()) ?? (await load(root, logger));
          reportErrors(current, logger);
          if (before && !errorsOf(current).length) logger.info('content errors fixed: no errors left');
          publishCatalogue(catalogueFromContent(current));
          const what = changes.length === 1 ? changes[0].file : `${changes.length} files`;
          logger.info(`${what} checked in ${Math.round(performance.now() - started)} ms`);
          server.hot.send({ type: 'full-reload' });
        };
        const on = (removed: boolean) => (path: string) => {
          if (!relative(root, path).replaceAll('\\', '/').startsWith('content/')) return;
          pending.set(path, removed);
          if (scheduled) return;
          scheduled = true;
          queue = queue
            .then(() => new Promise((resolve) => setImmediate(resolve)))
            .then(() => {
              scheduled = false;
              const paths = new Map(pending);
              pending.clear();
              return apply(paths);
            })
            .catch((error) => logger.error(`content update failed: ${error?.stack ?? error}`));
        };
        server.watcher.add(`${root}/content`);
        server.watcher.on('change', on(false));
        server.watcher.on('add', on(false));
        server.watcher.on('unlink', on(true));
      },
    },
  };
}

/** The whole of content/, files not in the entry cache checked on worker threads. */
async function load(root: string, logger: AstroIntegrationLogger): Promise<LoadedContent> {
  const started = performance.now();
  const loaded = await checkContent(root, { cache: true, workerFile: checkWorkerFile(root) });
  for (const p of loaded.problems) if (p.severity === 'warning') logger.warn(formatProblem(p));
  logger.info(`${loaded.files.length} content files checked in ${Math.round(performance.now() - started)} ms`);
  return loaded;
}

const errorsOf = (loaded: LoadedContent) => loaded.problems.filter((p) => p.severity === 'error');

function reportErrors(loaded: LoadedContent, logger: AstroIntegrationLogger) {
  const errors = errorsOf(loaded);
  if (errors.length) logger.error(`${errors.length} content error${errors.length === 1 ? '' : 's'}:\n${errors.map(formatProblem).join('\n')}`);
}

/** The changed paths under content/, with their new bytes (none: removed, or no longer a file). */
export function contentChanges(root: string, paths: Map<string, boolean>): ContentChange[] {
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
  return changes;
}
