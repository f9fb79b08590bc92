/**
 * npm run check:freshness -- [--json out.json] [--markdown out.md] [--concurrency 4]
 * Checks every URL the entries cite (dead links, redirects) and, for repositories on GitHub, GitLab
 * and Codeberg, what their forge says (archived, last activity, licence). Prints a report; writes
 * JSON and a Markdown summary for the tracking issue when asked. Needs the network: it runs weekly
 * in .github/workflows/freshness.yml; the tests run it on recorded answers.
 * Exit status: 0 even with findings (they are for a person to review); 2 on bad arguments.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { fetch as undiciFetch } from 'undici';
import { checkContent } from '../src/checking/pipeline.ts';
import { checkFreshness, collectTargets } from './lib/freshness/check.ts';
import { formatMarkdown, formatText } from './lib/freshness/report.ts';
import { SITE } from '../src/config.ts';

let args;
try {
  args = parseArgs({ options: { json: { type: 'string' }, markdown: { type: 'string' }, concurrency: { type: 'string', default: '4' } } }).values;
} catch (error: any) {
  console.error(`${error.message}\nusage: npm run check:freshness -- [--json out.json] [--markdown out.md] [--concurrency 4]`);
  process.exit(2);
}
const loaded = await checkContent('.', { cache: true, render: false });
const targets = collectTargets(loaded);
const report = await checkFreshness(targets, {
  fetch: undiciFetch as unknown as (url: string, init?: RequestInit) => Promise<Response>,
  today: new Date().toISOString().slice(0, 10),
  concurrency: Number(args.concurrency),
  token: process.env.GITHUB_TOKEN,
  onProgress: (done, total) => process.stderr.isTTY && process.stderr.write(`\r${done}/${total}`),
});
if (process.stderr.isTTY) process.stderr.write('\n');
process.stdout.write(formatText(report));
if (args.json) writeFileSync(args.json, `${JSON.stringify(report, null, 2)}\n`);
if (args.markdown) writeFileSync(args.markdown, formatMarkdown(report, SITE.repository, SITE.branch));
