/**
 * npm run build, second step: builds the Pagefind index of dist/ (one index per `<html lang>`)
 * through Pagefind's Node API, after `astro build` has exited.
 *
 * It used to run inside Astro's process (an astro:build:done hook), which cannot free what it
 * holds for the pages it rendered: at 10,000 tools the two processes together peaked at 3.5 GB.
 * One after the other, the largest process peaks at 1.7 GB and the whole tree at 2.1 GB.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import * as pagefind from 'pagefind';

const site = resolve(process.argv[2] ?? 'dist');
if (!existsSync(resolve(site, 'index.html'))) {
  console.error(`search index: no built site in ${site} (expected ${site}/index.html); run astro build first, or npm run build for both steps`);
  process.exit(1);
}
const started = performance.now();
try {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: site });
  if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: resolve(site, 'pagefind') });
  if (written.errors.length) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
  console.log(`[search index] Indexed ${added.page_count} pages in ${Math.round(performance.now() - started)} ms.`);
} catch (error) {
  console.error(`search index: ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
} finally {
  await pagefind.close();
}
