/**
 * npm run validate: checks every file in content/ and prints each problem as
 * `path:line:column  severity  field: message (suggestion)`. Exits 1 on any error.
 * Under GitHub Actions, problems are also printed as workflow annotations.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../src/checking/pipeline.ts';
import { checkWorkerFile } from '../src/checking/check-pool.ts';
import { annotation, formatProblem } from '../src/checking/problems.ts';

const root = resolve(process.argv.slice(2).find((a) => !a.startsWith('--')) ?? '.');
const started = performance.now();
// Unchanged files that passed before are not parsed again (see src/checking/entry-cache.ts); --no-cache forces a full check.
// The others are checked on one worker thread per core.
const project = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { entries, translations, problems } = await checkContent(root, {
  cache: !process.argv.includes('--no-cache'),
  // Bodies are checked, not rendered: nothing here shows a page.
  render: false,
  workerFile: checkWorkerFile(project),
});
const errors = problems.filter((p) => p.severity === 'error').length;
const warnings = problems.length - errors;
for (const p of problems) console.log(formatProblem(p));
if (process.env.GITHUB_ACTIONS === 'true') for (const p of problems) console.log(annotation(p));
const counts = [...Object.entries(entries).map(([kind, list]) => `${list.length} ${kind}`), `${translations.length} translations`].join(', ');
const seconds = ((performance.now() - started) / 1000).toFixed(2);
console.log(`\n${counts} checked in ${seconds} s: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}.`);
process.exitCode = errors ? 1 : 0;
