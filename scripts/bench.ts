/**
 * npm run bench -- [--n 10000] [--json out.json] [--skip-dev] [--dev-only] [--cold-dev] [--keep] [--seed 1] [--query budget] [--link-src] [--peer hugo]
 *
 *   --n         number of tools (1000, 10000, 20000...); use cases, organisations and collections follow
 *   --json      where to write the results (default .bench/result-<N>.json, or result-<N>-dev.json with --dev-only)
 *   --skip-dev  skip the dev-server measurement; --dev-only: run only the validator and it
 *   --cold-dev  start the dev server without the entry cache (by default the earlier phases have filled it)
 *   --keep      keep the temporary project (os.tmpdir()/civic-bench-<N>) for inspection
 *   --query     the word typed into the search box (it must occur in the generated tools)
 *   --link-src  link src/ instead of copying it (Vite currently fails to build through the link)
 *   --peer hugo also build the same catalogue as a Hugo site (scripts/lib/hugo-peer.ts; Debian's `hugo`)
 *               with its Pagefind index, in the same run, and report our full build as a ratio of it
 *
 * Generates a synthetic catalogue of N tools (scripts/lib/synthetic.ts) in a temporary project
 * that shares this one's code, builds it, and reports build time, peak memory, output size,
 * page weight, first-search cost and dev-server reaction time against the project's targets.
 * Not part of the tests: it takes minutes at N=10,000.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync, appendFileSync, createWriteStream, cpSync } from 'node:fs';
import { cpus, loadavg, totalmem, tmpdir } from 'node:os';
import { createServer } from 'node:net';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync, brotliCompressSync } from 'node:zlib';
import { editorialToolIds, generateCatalogue, readCriteria, syntheticCounts, writeCatalogue } from './lib/synthetic.ts';
import { writeHugoSite } from './lib/hugo-peer.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const { values: args } = parseArgs({
  options: {
    n: { type: 'string', default: '10000' },
    json: { type: 'string' },
    'skip-dev': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    seed: { type: 'string', default: '20161207' },
    query: { type: 'string', default: 'budget' },
    'link-src': { type: 'boolean', default: false },
    'dev-only': { type: 'boolean', default: false },
    'cold-dev': { type: 'boolean', default: false },
    peer: { type: 'string' },
  },
});
const N = Number(args.n.replace(/[_,]/g, ''));
if (!Number.isInteger(N) || N < 10) throw new Error(`--n: expected a whole number of at least 10, found "${args.n}"`);
const SEED = Number(args.seed);
const OUT_DIR = join(ROOT, '.bench');
const JSON_PATH = resolve(args.json ?? join(OUT_DIR, `result-${N}${args['dev-only'] ? '-dev' : ''}.json`));
const WORK = join(tmpdir(), `civic-bench-${N}`);
const NODE = process.execPath;
const ASTRO = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
/** What npm run build runs, in the temporary project: astro build, then the search index once Astro has exited. */
const BUILD = ['sh', '-c', `"${NODE}" "${ASTRO}" build && "${NODE}" "${join(ROOT, 'scripts', 'search-index.ts')}"`];
const ENV = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' };

/** The project's targets, stated for N=10,000 on 2 cores. */
const TARGETS = {
  validateS: 15,
  buildS: 45,
  peakMemMB: 2048,
  devChangeMs: 1000,
  toolPageKB: 60,
  /** Home, list and use-case pages: the same budget as a tool page, whatever N is. */
  listPageKB: 60,
  toolPageJsBytes: 0,
  firstSearchKB: 400,
  searchMs: 300,
};

// ---------------------------------------------------------------------------------------------
// Child processes: every one is tracked so that it is killed (with its process group) on any exit.

const children = new Set<ChildProcess>();
function killTree(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM') {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal); // detached: the child leads its own process group
  } catch {
    try {
      child.kill(signal);
    } catch {}
  }
}
function cleanup() {
  for (const c of children) killTree(c, 'SIGKILL');
  if (!args.keep) rmSync(WORK, { recursive: true, force: true });
}
process.on('exit', () => {
  for (const c of children) killTree(c, 'SIGKILL');
});
for (const sig of ['SIGINT', 'SIGTERM'] as const) {
  process.on(sig, () => {
    console.error(`\n${sig}: stopping child processes and removing ${WORK}`);
    cleanup();
    process.exit(130);
  });
}

function log(message: string) {
  const t = new Date().toISOString().slice(11, 19);
  console.log(`[bench ${t}] ${message}`);
}

/** Sum of the resident memory of a process and all its descendants, from /proc (Linux), in KB. */
function treeRssKB(rootPid: number): number {
  let procs: string[];
  try {
    procs = readdirSync('/proc').filter((d) => /^\d+$/.test(d));
  } catch {
    return 0;
  }
  const parent = new Map<number, number>();
  const rss = new Map<number, number>();
  for (const p of procs) {
    try {
      const stat = readFileSync(`/proc/${p}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parent.set(Number(p), Number(fields[1]));
      rss.set(Number(p), Number(fields[21]) * 4); // rss in pages of 4 KB
    } catch {}
  }
  let total = 0;
  for (const [pid, kb] of rss) {
    for (let p: number | undefined = pid, guard = 0; p && guard < 50; p = parent.get(p), guard++) {
      if (p === rootPid) {
        total += kb;
        break;
      }
    }
  }
  return total;
}

interface RunResult {
  code: number | null;
  /** Wall time from /usr/bin/time, s. */
  wallS: number;
  /** Peak RSS of the largest single process of the tree (/usr/bin/time %M), KB. */
  maxRssKB: number;
  /** Peak of the summed RSS of the whole process tree, sampled every 200 ms, KB. */
  treePeakKB: number;
  output: string;
  logFile: string;
}

/** Runs a command under /usr/bin/time, logging its output to a file and sampling its memory. */
function timed(command: string[], cwd: string, logName: string): Promise<RunResult> {
  const logFile = join(OUT_DIR, logName);
  const timeFile = join(WORK, `.time-${logName}`);
  writeFileSync(logFile, `$ ${command.join(' ')}\n(cwd ${cwd})\n\n`);
  const stream = createWriteStream(logFile, { flags: 'a' });
  const child = spawn('/usr/bin/time', ['-f', '%e %M', '-o', timeFile, ...command], { cwd, env: ENV, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(child);
  let output = '';
  const collect = (chunk: Buffer) => {
    stream.write(chunk);
    output += chunk.toString();
    if (output.length > 4_000_000) output = output.slice(-2_000_000);
  };
  child.stdout!.on('data', collect);
  child.stderr!.on('data', collect);
  let treePeakKB = 0;
  const sampler = setInterval(() => {
    if (child.pid) treePeakKB = Math.max(treePeakKB, treeRssKB(child.pid));
  }, 200);
  return new Promise((done, fail) => {
    child.on('error', fail);
    child.on('close', (code) => {
      clearInterval(sampler);
      children.delete(child);
      stream.end();
      let wallS = NaN;
      let maxRssKB = NaN;
      try {
        const lines = readFileSync(timeFile, 'utf8').trim().split('\n');
        [wallS, maxRssKB] = lines[lines.length - 1].split(' ').map(Number);
      } catch {}
      done({ code, wallS, maxRssKB, treePeakKB, output, logFile });
    });
  });
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const srv = createServer();
    srv.once('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => done(port));
    });
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function walk(dir: string): { files: number; bytes: number; pages: number } {
  let files = 0;
  let bytes = 0;
  let pages = 0;
  for (const d of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, d.name);
    if (d.isDirectory()) {
      const sub = walk(p);
      files += sub.files;
      bytes += sub.bytes;
      pages += sub.pages;
    } else if (d.isFile()) {
      files++;
      bytes += statSync(p).size;
      if (d.name === 'index.html') pages++;
    }
  }
  return { files, bytes, pages };
}

/** The code being measured: src/ is copied from the working tree, which may have uncommitted changes. */
function gitInfo() {
  const git = (...a: string[]) => {
    const r = spawnSync('git', a, { cwd: ROOT, encoding: 'utf8' });
    return r.status === 0 ? r.stdout.trim() : undefined;
  };
  const dirty = git('status', '--short', '--', 'src', 'astro.config.mjs', 'package.json');
  return { head: git('rev-parse', '--short', 'HEAD'), uncommittedFiles: dirty === undefined ? undefined : dirty.split('\n').filter(Boolean).length };
}

const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;
const gz = (b: Buffer | string) => gzipSync(b).length;
const br = (b: Buffer | string) => brotliCompressSync(b).length;

/** The last lines of a failed command's output, for the report. */
function tail(text: string, lines = 25): string {
  return text.trim().split('\n').slice(-lines).join('\n');
}

// ---------------------------------------------------------------------------------------------
// The benchmark

const result: any = {
  n: N,
  seed: SEED,
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model, memoryGB: Math.round(totalmem() / 1024 ** 3), node: process.version, platform: process.platform },
  workDir: WORK,
  git: gitInfo(),
  loadAverage: { start: loadavg().map((v) => Math.round(v * 100) / 100) } as Record<string, number[]>,
  counts: syntheticCounts(N),
  phases: {} as Record<string, any>,
  errors: [] as { phase: string; message: string }[],
};
const phases = result.phases;

function fail(phase: string, error: unknown) {
  const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
  result.errors.push({ phase, message });
  console.error(`\n!! ${phase} failed:\n${message}\n`);
}

async function main() {
  mkdirSync(OUT_DIR, { recursive: true });
  if (Number(process.versions.node.split('.')[0]) < 22) log(`warning: Node ${process.version}; the project runs on Node 24 (npm run bench uses it)`);

  // 1. Generate the catalogue in a temporary project that shares this one's code.
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(WORK, { recursive: true });
  let started = performance.now();
  const today = new Date().toISOString().slice(0, 10);
  const files = generateCatalogue({ n: N, seed: SEED, today, criteria: readCriteria(ROOT), toolIds: editorialToolIds(ROOT) });
  const generateMs = performance.now() - started;
  started = performance.now();
  const contentBytes = writeCatalogue(WORK, files);
  phases.generate = { files: files.size, contentMB: mb(contentBytes), generateMs: Math.round(generateMs), writeMs: Math.round(performance.now() - started) };
  log(`generated ${files.size} files (${mb(contentBytes)} MB) in ${Math.round(generateMs)} ms into ${WORK}`);

  symlinkSync(join(ROOT, 'public'), join(WORK, 'public'));
  // The configuration files are copied, not linked: `astro dev` restarts when package.json,
  // tsconfig.json or astro.config.mjs change, and an edit in this working tree during a run
  // (seen at N=10,000) would restart the benchmark's server mid-measurement.
  for (const name of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'catalogue.config.json', '.github/pull_request_template.md']) cpSync(join(ROOT, name), join(WORK, name));
  // The validator runs from the copy too, so it checks with the same src/ as the build.
  mkdirSync(join(WORK, 'scripts'));
  cpSync(join(ROOT, 'scripts', 'validate.ts'), join(WORK, 'scripts', 'validate.ts'));
  // src/ is copied: with src/ a symbolic link, Vite resolves modules by their real path and
  // `astro build` fails ('No cached compile metadata found for "/work/main/src/pages/index.astro?astro&type=script..."',
  // the module then being looked up as "<tmp>/work/main/src/pages/index.astro"). --link-src tries the link again.
  if (args['link-src']) symlinkSync(join(ROOT, 'src'), join(WORK, 'src'));
  else cpSync(join(ROOT, 'src'), join(WORK, 'src'), { recursive: true });
  // node_modules is a real folder of links, not one link: Astro keeps its build cache (data store)
  // in node_modules/.astro and Vite in node_modules/.vite, which must not land in this project's.
  mkdirSync(join(WORK, 'node_modules'));
  for (const name of readdirSync(join(ROOT, 'node_modules'))) {
    if (name === '.astro' || name === '.vite' || name === '.cache') continue;
    symlinkSync(join(ROOT, 'node_modules', name), join(WORK, 'node_modules', name));
  }
  result.setup = { linked: [...(args['link-src'] ? ['src'] : []), 'public', 'node_modules/*'], copied: [...(args['link-src'] ? [] : ['src']), 'astro.config.mjs', 'tsconfig.json', 'package.json', 'catalogue.config.json', '.github/pull_request_template.md', 'scripts/validate.ts'] };

  const toolPaths = [...files.keys()].filter((p) => p.startsWith('content/tools/'));
  const probeTool = toolPaths[0].replace(/^content\/tools\/|\.mdx$/g, '');
  const query = args.query;
  const withQuery = toolPaths.filter((p) => files.get(p)!.toLowerCase().includes(query.toLowerCase())).length;
  result.query = { word: query, toolsContainingIt: withQuery };
  if (!withQuery) throw new Error(`the query word "${query}" appears in no generated tool: choose another with --query`);

  // 2. Validator: npm run validate (loadContent) over the catalogue, as its own process: first with
  // no entry cache (every file parsed: the figure compared with the target), then with the cache
  // that run wrote (node_modules/.cache/civic-toolbox, see src/checking/entry-cache.ts), as on a second run.
  const entryCache = join(WORK, 'node_modules', '.cache');
  const validate = async (label: string) => {
    const run = await timed([NODE, join(WORK, 'scripts', 'validate.ts'), WORK], WORK, `validate-${label}-${N}.log`);
    const inner = /checked in ([\d.]+) s: (\d+) errors?, (\d+) warnings?/.exec(run.output);
    if (run.code !== 0) throw new Error(`validate exited with ${run.code}:\n${tail(run.output)}`);
    return { wallS: run.wallS, loadContentS: inner ? Number(inner[1]) : undefined, errors: inner ? Number(inner[2]) : undefined, warnings: inner ? Number(inner[3]) : undefined, peakRssMB: Math.round(run.maxRssKB / 1024), exitCode: run.code };
  };
  try {
    log('validating (scripts/validate.ts), no entry cache...');
    rmSync(entryCache, { recursive: true, force: true });
    phases.validate = await validate('cold');
    log(`validate: ${phases.validate.wallS} s (loadContent ${phases.validate.loadContentS} s), ${phases.validate.peakRssMB} MB`);
    log('validating again, with the entry cache...');
    phases.validateCached = await validate('cached');
    log(`validate (cached): ${phases.validateCached.wallS} s (loadContent ${phases.validateCached.loadContentS} s)`);
  } catch (e) {
    fail('validate', e);
  }

  // 3. Full build, Pagefind included (it runs in astro:build:done).
  const dist = join(WORK, 'dist');
  let built = false;
  if (!args['dev-only']) try {
    // From scratch: no entry cache, no Astro data store (a fresh clone, or CI without caches).
    rmSync(entryCache, { recursive: true, force: true });
    rmSync(join(WORK, 'node_modules', '.astro'), { recursive: true, force: true });
    log('npm run build: astro build, then the Pagefind index (no caches)...');
    const run = await timed(BUILD, WORK, `build-${N}.log`);
    phases.build = summariseBuild(run);
    if (run.code !== 0) throw new Error(`npm run build exited with ${run.code} (log: ${relative(ROOT, run.logFile)}):\n${tail(run.output, 40)}`);
    built = true;
    log(`build: ${run.wallS} s, peak ${Math.round(run.maxRssKB / 1024)} MB (tree ${Math.round(run.treePeakKB / 1024)} MB)`);
  } catch (e) {
    fail('build', e);
  }

  if (built) {
    // 4. Output: pages, sizes.
    try {
      const all = walk(dist);
      const pf = existsSync(join(dist, 'pagefind')) ? walk(join(dist, 'pagefind')) : { files: 0, bytes: 0 };
      phases.output = { pages: all.pages, files: all.files, distMB: mb(all.bytes), pagefindMB: mb(pf.bytes), pagefindFiles: pf.files };
      phases.build.pages = all.pages;
      phases.build.pagesPerS = Math.round(all.pages / phases.build.wallS);
      log(`output: ${all.pages} pages, ${mb(all.bytes)} MB (Pagefind ${mb(pf.bytes)} MB in ${pf.files} files)`);
    } catch (e) {
      fail('output', e);
    }

    // 5. What a visitor downloads for one tool page.
    try {
      phases.toolPage = toolPageWeight(dist, `/en/tools/${probeTool}/`);
      log(`tool page: ${phases.toolPage.totalGzipKB} KB gzip (HTML ${phases.toolPage.html.gzipKB}, CSS ${phases.toolPage.cssGzipKB}, JS ${phases.toolPage.jsGzipKB}; scripts: ${phases.toolPage.scriptTags})`);
    } catch (e) {
      fail('toolPage', e);
    }

    // 5b. Pages whose size could grow with N: home, first page of the tool list, indexes, and the largest use-case page.
    try {
      phases.listPages = listPageWeights(dist);
      log(`list pages: ${phases.listPages.map((l: { path: string; htmlGzipKB: number }) => `${l.path} ${l.htmlGzipKB} KB`).join(', ')}`);
    } catch (e) {
      fail('listPages', e);
    }

    // 6. First search in headless Chromium.
    try {
      log(`first search for "${query}" in Chromium...`);
      phases.search = await firstSearch(dist, query);
      log(`search: results in ${phases.search.resultsMs} ms, ${phases.search.totalKB} KB transferred (${phases.search.totalGzipKB} KB if gzipped)`);
    } catch (e) {
      fail('search', e);
    }

    // 7. Rebuild after one tool file changes.
    try {
      const file = join(WORK, 'content', 'tools', `${probeTool}.mdx`);
      const marker = `Benchmark rebuild marker ${Date.now()}.`;
      appendFileSync(file, `\n${marker}\n`);
      log('npm run build (after changing one tool file)...');
      const run = await timed(BUILD, WORK, `rebuild-${N}.log`);
      phases.rebuild = summariseBuild(run);
      if (run.code !== 0) throw new Error(`npm run build exited with ${run.code} (log: ${relative(ROOT, run.logFile)}):\n${tail(run.output, 40)}`);
      const page = readFileSync(join(dist, 'en', 'tools', probeTool, 'index.html'), 'utf8');
      phases.rebuild.changeVisible = page.includes(marker.replace(/\.$/, ''));
      log(`rebuild: ${run.wallS} s, change in output: ${phases.rebuild.changeVisible}`);
    } catch (e) {
      fail('rebuild', e);
    }
  }

  // 7b. The peer: the same catalogue as a Hugo site, built and indexed with Pagefind, in this run.
  if (args.peer) {
    try {
      if (args.peer !== 'hugo') throw new Error(`--peer: expected "hugo", found "${args.peer}"`);
      const version = spawnSync('hugo', ['version'], { encoding: 'utf8' });
      if (version.status !== 0) throw new Error('hugo is not installed (Debian: apt-get install -y hugo)');
      const site = `${WORK}-hugo`;
      rmSync(site, { recursive: true, force: true });
      const entryPages = writeHugoSite(site, files);
      log(`Hugo peer: ${entryPages} entry pages, hugo then Pagefind...`);
      const run = await timed(['sh', '-c', `hugo --quiet --destination public && "${NODE}" "${join(ROOT, 'scripts', 'search-index.ts')}" public`], site, `peer-hugo-${N}.log`);
      if (run.code !== 0) throw new Error(`the Hugo peer's build exited with ${run.code}:\n${tail(run.output, 20)}`);
      const pages = walk(join(site, 'public')).pages;
      phases.peer = { tool: 'hugo', version: version.stdout.trim().split(' ')[1], pages, wallS: run.wallS, pagefindS: parseBuildLog(run.output).pagefindS, ratio: phases.build ? Math.round((phases.build.wallS / run.wallS) * 100) / 100 : undefined };
      log(`peer: ${run.wallS} s for ${pages} pages; our full build / peer = ${phases.peer.ratio}`);
      if (!args.keep) rmSync(site, { recursive: true, force: true });
    } catch (e) {
      fail('peer', e);
    }
  }

  // 8. Dev server: one summary change, until the page shows it.
  if (!args['skip-dev']) {
    try {
      // The entry cache is warm (written by the last build or validation), as on a contributor's machine; --cold-dev removes it first.
      if (args['cold-dev']) rmSync(entryCache, { recursive: true, force: true });
      log(`astro dev: one-entry change (entry cache ${args['cold-dev'] ? 'removed' : 'warm'})...`);
      phases.dev = { entryCache: args['cold-dev'] ? 'cold' : 'warm', ...(await devChange(probeTool)) };
      log(`dev: ready in ${phases.dev.startupMs} ms, change visible after ${phases.dev.changeVisibleMs} ms`);
    } catch (e) {
      fail('dev', e);
    }
  }
}

function summariseBuild(run: RunResult) {
  return { exitCode: run.code, wallS: run.wallS, peakRssMB: Math.round(run.maxRssKB / 1024), treePeakRssMB: Math.round(run.treePeakKB / 1024), ...parseBuildLog(run.output), log: relative(ROOT, run.logFile) };
}

/** Phase durations from the log lines of astro build and scripts/search-index.ts. */
function parseBuildLog(out: string) {
  // Astro writes durations as "850ms", "8.26s" or "3m 35s".
  const DURATION = '((?:\\d+m\\s*)?[\\d.]+m?s)';
  const seconds = (text: string) => {
    const m = /^(?:(\d+)m\s*)?([\d.]+)(m?s)$/.exec(text.trim());
    if (!m) return undefined;
    return Math.round(((m[1] ? Number(m[1]) * 60 : 0) + (m[3] === 'ms' ? Number(m[2]) / 1000 : Number(m[2]))) * 100) / 100;
  };
  const dur = (re: RegExp) => {
    const m = re.exec(out);
    return m ? seconds(m[1]) : undefined;
  };
  // Astro: "[build] 40826 page(s) built in 5m 46s", "[types] Generated 5.03s", "generating static routes ... ✓ Completed in 3m 35s."
  // scripts/search-index.ts: "Indexed 40826 pages in 38932 ms."
  const pagefindMs = /Indexed [\d,]+ pages in (\d+) ms/.exec(out)?.[1];
  return {
    astroPagesPhaseS: dur(new RegExp(`page\\(s\\) built in ${DURATION}`)),
    pagefindS: pagefindMs !== undefined ? Math.round(Number(pagefindMs) / 100) / 10 : undefined,
    contentSyncAndTypesS: dur(new RegExp(`\\[types\\] Generated ${DURATION}`)),
    staticRoutesS: dur(new RegExp(`generating static routes[\\s\\S]*?Completed in ${DURATION}`)),
  };
}

/** HTML (gzip) of the pages that list entries; the use-case page is the one listing the most tools. */
function listPageWeights(dist: string) {
  const dir = join(dist, 'en', 'use-cases');
  const largestUseCase = readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => ({ path: `/en/use-cases/${d.name}/`, bytes: statSync(join(dir, d.name, 'index.html')).size }))
    .sort((a, b) => b.bytes - a.bytes)[0]?.path;
  const paths = ['/en/', '/en/tools/', '/en/use-cases/', '/en/organizations/', '/en/collections/', ...(largestUseCase ? [largestUseCase] : [])];
  return paths.map((path) => {
    const html = readFileSync(join(dist, path, 'index.html'));
    return { path, htmlKB: kb(html.length), htmlGzipKB: kb(gz(html)) };
  });
}

function toolPageWeight(dist: string, path: string) {
  const htmlFile = join(dist, path, 'index.html');
  const html = readFileSync(htmlFile);
  const text = html.toString();
  const attr = (tag: string, name: string) => new RegExp(`\\s${name}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag)?.slice(1).find((v) => v !== undefined);
  const css: { url: string; bytes: number; gzip: number }[] = [];
  const js: { url: string; bytes: number; gzip: number }[] = [];
  const asset = (url: string) => {
    const p = new URL(url, `https://x${path}`).pathname;
    const b = readFileSync(join(dist, decodeURIComponent(p)));
    return { url: p, bytes: b.length, gzip: gz(b) };
  };
  for (const m of text.matchAll(/<link\b[^>]*>/gi)) {
    const rel = (attr(m[0], 'rel') ?? '').toLowerCase().split(/\s+/);
    const href = attr(m[0], 'href');
    if (!href) continue;
    if (rel.includes('stylesheet')) css.push(asset(href));
    else if (rel.includes('modulepreload') || (rel.includes('preload') && attr(m[0], 'as') === 'script')) js.push(asset(href));
  }
  let inlineScripts = 0;
  let inlineScriptBytes = 0;
  for (const m of text.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const src = attr(`<script ${m[1]}>`, 'src');
    if (src) js.push(asset(src));
    else if (!/type=["']?application\/(ld\+)?json/i.test(m[1])) {
      inlineScripts++;
      inlineScriptBytes += Buffer.byteLength(m[2]);
    }
  }
  const cssGzip = css.reduce((s, f) => s + f.gzip, 0);
  const jsGzip = js.reduce((s, f) => s + f.gzip, 0);
  return {
    path,
    html: { bytes: html.length, gzipKB: kb(gz(html)), brotliKB: kb(br(html)) },
    css,
    js,
    cssGzipKB: kb(cssGzip),
    jsGzipKB: kb(jsGzip),
    scriptTags: js.length + inlineScripts,
    inlineScripts,
    inlineScriptBytes,
    htmlCssGzipKB: kb(gz(html) + cssGzip),
    totalGzipKB: kb(gz(html) + cssGzip + jsGzip),
  };
}

async function firstSearch(dist: string, query: string) {
  const { serveStatic } = await import('../tests/support/static-server.ts');
  const { launchChromium } = await import('../tests/support/browser.ts');
  const server = await serveStatic(dist);
  const browser = await launchChromium();
  try {
    const context = await browser.newContext(); // fresh profile: empty cache
    const page = await context.newPage();
    let phase: 'load' | 'query' | 'after' = 'load';
    const responses: { url: string; phase: string; status: number; bytes: number; gzip: number }[] = [];
    const pending: Promise<void>[] = [];
    page.on('response', (r) => {
      const at = phase;
      pending.push(
        r.body().then(
          (b) => void responses.push({ url: new URL(r.url()).pathname, phase: at, status: r.status(), bytes: b.length, gzip: gz(b) }),
          () => void responses.push({ url: new URL(r.url()).pathname, phase: at, status: r.status(), bytes: 0, gzip: 0 }),
        ),
      );
    });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    const t0 = Date.now();
    await page.goto(`${server.url}/en/search/`, { waitUntil: 'load' });
    // Ready when the script has loaded Pagefind and shown its controls; then the network falls
    // quiet once Pagefind's metadata and Wasm are in (the page starts them before any query).
    await page.waitForSelector('#search-filters-toggle:not([hidden])', { timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    const readyMs = Date.now() - t0;
    await Promise.all(pending);
    // Times from the next input event to the first result on screen, inside the page.
    const armTimer = () =>
      page.evaluate(() => {
        const w = window as any;
        w.__bench = {};
        const list = document.querySelector('#search-results')!;
        new MutationObserver((_, observer) => {
          if (!w.__bench.end && list.querySelector('li')) {
            w.__bench.end = performance.now();
            observer.disconnect();
          }
        }).observe(list, { childList: true, subtree: true });
        document.querySelector('#q')!.addEventListener('input', () => (w.__bench.start ??= performance.now()), { capture: true, once: true });
      });
    await armTimer();
    phase = 'query';
    const wall0 = Date.now();
    await page.fill('#q', query); // one input event, like the last keystroke of a word (or a paste)
    await page.waitForSelector('#search-results li', { timeout: 60_000 });
    const wallMs = Date.now() - wall0;
    const timing = await page.evaluate(() => (window as any).__bench as { start: number; end: number });
    const status = await page.textContent('#search-status');
    const shown = await page.locator('#search-results li').count();
    await Promise.all(pending);
    phase = 'after';
    // A second query, warm (index chunks and Wasm already loaded): for information.
    await page.fill('#q', '');
    await page.waitForFunction(() => !document.querySelector('#search-results li'));
    await armTimer();
    await page.fill('#q', 'consultation');
    await page.waitForSelector('#search-results li', { timeout: 60_000 }).catch(() => undefined);
    const warm = await page.evaluate(() => (window as any).__bench as { start: number; end: number });
    await Promise.all(pending);
    await context.close();

    const sum = (list: typeof responses, key: 'bytes' | 'gzip') => list.reduce((s, r) => s + r[key], 0);
    const first = responses.filter((r) => r.phase !== 'after');
    const byKind = (r: (typeof responses)[number]) =>
      r.url.startsWith('/pagefind/') ? (/\.wasm|wasm\./.test(r.url) ? 'pagefind-wasm' : /\/index\//.test(r.url) ? 'pagefind-index' : /\/fragment\//.test(r.url) ? 'pagefind-fragments' : /\/filter\//.test(r.url) ? 'pagefind-filters' : 'pagefind-other') : /\.css$/.test(r.url) ? 'css' : /\.m?js$/.test(r.url) ? 'js' : /\.html$|\/$/.test(r.url) ? 'html' : 'other';
    const breakdown: Record<string, { requests: number; KB: number; gzipKB: number }> = {};
    for (const r of first) {
      const k = byKind(r);
      breakdown[k] ??= { requests: 0, KB: 0, gzipKB: 0 };
      breakdown[k].requests++;
      breakdown[k].KB += r.bytes / 1024;
      breakdown[k].gzipKB += r.gzip / 1024;
    }
    for (const v of Object.values(breakdown)) {
      v.KB = Math.round(v.KB * 10) / 10;
      v.gzipKB = Math.round(v.gzipKB * 10) / 10;
    }
    const load = first.filter((r) => r.phase === 'load');
    const q = first.filter((r) => r.phase === 'query');
    return {
      url: '/en/search/',
      query,
      pageReadyMs: readyMs,
      resultsMs: Math.round(timing.end - timing.start),
      resultsWallMs: wallMs,
      resultsShown: shown,
      status,
      warmQuery: 'consultation',
      warmResultsMs: warm?.end && warm?.start ? Math.round(warm.end - warm.start) : undefined,
      requests: first.length,
      loadKB: kb(sum(load, 'bytes')),
      queryKB: kb(sum(q, 'bytes')),
      totalKB: kb(sum(first, 'bytes')),
      totalGzipKB: kb(sum(first, 'gzip')),
      breakdown,
      largest: [...first].sort((a, b) => b.bytes - a.bytes).slice(0, 8).map((r) => ({ url: r.url, KB: kb(r.bytes), gzipKB: kb(r.gzip) })),
      pageErrors: errors,
      note: 'bytes are response bodies as served by tests/support/static-server.ts (no HTTP compression); gzip = the same bodies gzipped by node:zlib, as a compressing host would send them (Pagefind index files are already compressed)',
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

async function devChange(toolId: string) {
  const port = await freePort();
  const logFile = join(OUT_DIR, `dev-${N}.log`);
  writeFileSync(logFile, '');
  const stream = createWriteStream(logFile, { flags: 'a' });
  const child = spawn(NODE, [ASTRO, 'dev', '--port', String(port), '--host', '127.0.0.1'], { cwd: WORK, env: ENV, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(child);
  let output = '';
  child.stdout!.on('data', (c) => {
    stream.write(c);
    output += c;
  });
  child.stderr!.on('data', (c) => {
    stream.write(c);
    output += c;
  });
  let treePeakKB = 0;
  const sampler = setInterval(() => {
    if (child.pid) treePeakKB = Math.max(treePeakKB, treeRssKB(child.pid));
  }, 250);
  const url = `http://127.0.0.1:${port}/en/tools/${toolId}/`;
  const get = async (timeoutMs = 300_000) => {
    const r = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
    return { status: r.status, text: await r.text() };
  };
  try {
    const t0 = performance.now();
    let listeningMs: number | undefined;
    let firstPage: { status: number; text: string } | undefined;
    let fatalAt: number | undefined;
    for (;;) {
      if (child.exitCode !== null || child.signalCode !== null) throw new Error(`astro dev exited (${child.exitCode ?? child.signalCode}):\n${tail(output)}`);
      // Astro restarts its server after some errors; if it logged a fatal one and has not come back a minute later, give up.
      if (fatalAt === undefined && /Failed to create the dev server app|ERR_SERVER_ALREADY_LISTEN/.test(output)) fatalAt = performance.now();
      if (fatalAt !== undefined && performance.now() - fatalAt > 60_000) {
        const lines = output.split('\n').filter((l) => /\[ERROR\]|Error \[|Error:/.test(l));
        throw new Error(`astro dev failed to start, and did not serve ${url} within 60 s of the error, ${Math.round((performance.now() - t0) / 1000)} s after launch:\n${lines.join('\n')}`);
      }
      if (performance.now() - t0 > 900_000) throw new Error(`astro dev did not serve ${url} within 900 s:\n${tail(output)}`);
      try {
        // While Astro has not logged a fatal error, a first render may take long; after one, requests hang.
        const r = await get(fatalAt === undefined ? 300_000 : 30_000);
        listeningMs ??= Math.round(performance.now() - t0);
        if (r.status === 200) {
          firstPage = r;
          break;
        }
        if (r.status >= 500) throw new Error(`astro dev answered ${r.status} for ${url}:\n${r.text.slice(0, 2000)}`);
      } catch (e: any) {
        if (/answered/.test(e?.message)) throw e;
        await sleep(200);
      }
    }
    const startupMs = Math.round(performance.now() - t0);
    // A second request: the cost of rendering the page once the server is warm.
    let s = performance.now();
    await get();
    const pageRenderMs = Math.round(performance.now() - s);

    const file = join(WORK, 'content', 'tools', `${toolId}.mdx`);
    const marker = `Bench dev change ${Date.now()} summary text`;
    const before = readFileSync(file, 'utf8');
    if (!/^summary: .*$/m.test(before)) throw new Error(`no summary line in ${file}`);
    const changed = before.replace(/^summary: .*$/m, `summary: ${JSON.stringify(marker)}`);
    const start = performance.now();
    writeFileSync(file, changed);
    let polls = 0;
    let visibleMs: number | undefined;
    while (performance.now() - start < 600_000) {
      polls++;
      try {
        const r = await get();
        if (r.text.includes(marker)) {
          visibleMs = Math.round(performance.now() - start);
          break;
        }
      } catch {}
      await sleep(50);
    }
    // The loader logs a re-read of content/ after each change; note how long the server took to log it.
    return {
      port,
      firstPageStatus: firstPage?.status,
      listeningMs,
      startupMs,
      pageRenderMs,
      changeVisibleMs: visibleMs,
      changeVisible: visibleMs !== undefined,
      polls,
      treePeakRssMB: Math.round(treePeakKB / 1024),
      log: relative(ROOT, logFile),
      ...(visibleMs === undefined ? { error: `the change was not visible after 600 s:\n${tail(output)}` } : {}),
    };
  } finally {
    clearInterval(sampler);
    killTree(child, 'SIGTERM');
    const exited = await Promise.race([new Promise((r) => child.once('close', () => r(true))), sleep(5000).then(() => false)]);
    if (!exited) killTree(child, 'SIGKILL');
    children.delete(child);
    stream.end();
  }
}

// ---------------------------------------------------------------------------------------------
// Report

function verdicts() {
  const p = phases;
  const row = (metric: string, value: number | undefined, unit: string, target: string, ok: boolean | undefined) => ({ metric, value: value === undefined || Number.isNaN(value) ? 'n/a' : `${value} ${unit}`.trim(), target, status: ok === undefined ? 'n/a' : ok ? 'PASS' : 'FAIL' });
  const le = (v: number | undefined, t: number) => (v === undefined || Number.isNaN(v) ? undefined : v <= t);
  const lt = (v: number | undefined, t: number) => (v === undefined || Number.isNaN(v) ? undefined : v < t);
  const info = (metric: string, value: unknown, unit = '') => ({ metric, value: value === undefined ? 'n/a' : `${value} ${unit}`.trim(), target: '', status: '' });
  return [
    info('Catalogue', `${N} tools, ${result.counts.useCases} use cases, ${result.counts.organizations} orgs, ${result.counts.collections} collections, 6 criteria`),
    info('Content generated', p.generate && `${p.generate.contentMB} MB in ${p.generate.generateMs + p.generate.writeMs} ms`),
    row('Validator (npm run validate), wall', p.validate?.wallS, 's', `< ${TARGETS.validateS} s`, lt(p.validate?.wallS, TARGETS.validateS)),
    info('  loadContent alone', p.validate?.loadContentS, 's'),
    info('  again, with the entry cache', p.validateCached && `${p.validateCached.wallS} s (loadContent ${p.validateCached.loadContentS} s)`),
    info('  errors / warnings', p.validate && `${p.validate.errors} / ${p.validate.warnings}`),
    p.build && p.build.exitCode !== 0
      ? { metric: 'Full build incl. Pagefind, no caches, wall', value: `failed after ${p.build.wallS} s (exit ${p.build.exitCode})`, target: `<= ${TARGETS.buildS} s`, status: 'FAIL' }
      : row('Full build incl. Pagefind, no caches, wall', p.build?.wallS, 's', `<= ${TARGETS.buildS} s`, le(p.build?.wallS, TARGETS.buildS)),
    row('Peak memory (largest process)', p.build?.peakRssMB, 'MB', `<= ${TARGETS.peakMemMB} MB`, le(p.build?.peakRssMB, TARGETS.peakMemMB)),
    info('  peak memory, whole process tree', p.build?.treePeakRssMB, 'MB'),
    info('  Astro "pages built" phase', p.build?.astroPagesPhaseS, 's'),
    info('  content sync + types', p.build?.contentSyncAndTypesS, 's'),
    info('  rendering static routes', p.build?.staticRoutesS, 's'),
    info('  Pagefind indexing', p.build?.pagefindS, 's'),
    info('Pages', p.output?.pages),
    info('Pages per second (full build)', p.build?.pagesPerS),
    info('Rebuild after one tool file changed (caches warm), wall', p.rebuild && `${p.rebuild.wallS} s (peak ${p.rebuild.peakRssMB} MB; change in output: ${p.rebuild.changeVisible})`),
    info('  rebuild / full build', p.rebuild && p.build && Math.round((p.rebuild.wallS / p.build.wallS) * 100) / 100),
    ...(p.peer ? [info(`Peer: Hugo ${p.peer.version} + Pagefind, same catalogue, wall`, `${p.peer.wallS} s for ${p.peer.pages} pages (Pagefind ${p.peer.pagefindS} s)`), info('  our full build / peer', p.peer.ratio)] : []),
    info('Output size (dist/)', p.output && `${p.output.distMB} MB, ${p.output.files} files`),
    info('Search index size (dist/pagefind/)', p.output && `${p.output.pagefindMB} MB, ${p.output.pagefindFiles} files`),
    row('Tool page HTML+CSS, gzip', p.toolPage?.htmlCssGzipKB, 'KB', `< ${TARGETS.toolPageKB} KB`, lt(p.toolPage?.htmlCssGzipKB, TARGETS.toolPageKB)),
    info('  HTML / CSS (gzip)', p.toolPage && `${p.toolPage.html.gzipKB} KB (${kb(p.toolPage.html.bytes)} KB raw) / ${p.toolPage.cssGzipKB} KB`),
    row('Tool page JS', p.toolPage && p.toolPage.jsGzipKB * 1024 + p.toolPage.inlineScriptBytes, 'bytes', 'none', p.toolPage ? p.toolPage.scriptTags === 0 : undefined),
    ...(p.listPages ?? []).map((l: { path: string; htmlKB: number; htmlGzipKB: number }) =>
      row(`List page ${l.path} HTML, gzip (${l.htmlKB} KB raw)`, l.htmlGzipKB, 'KB', `< ${TARGETS.listPageKB} KB`, lt(l.htmlGzipKB, TARGETS.listPageKB)),
    ),
    row('First search: transferred (gzip)', p.search?.totalGzipKB, 'KB', `< ${TARGETS.firstSearchKB} KB`, lt(p.search?.totalGzipKB, TARGETS.firstSearchKB)),
    info('  as served, uncompressed', p.search && `${p.search.totalKB} KB in ${p.search.requests} requests (page load ${p.search.loadKB} KB, query ${p.search.queryKB} KB)`),
    row(`First search: input to results ("${args.query}")`, p.search?.resultsMs, 'ms', `< ${TARGETS.searchMs} ms`, lt(p.search?.resultsMs, TARGETS.searchMs)),
    info('  warm second query', p.search?.warmResultsMs, 'ms'),
    row(`Dev server: one-entry change visible (entry cache ${p.dev?.entryCache ?? (args['cold-dev'] ? 'cold' : 'warm')})`, p.dev?.changeVisibleMs, 'ms', `< ${TARGETS.devChangeMs} ms`, args['skip-dev'] ? undefined : lt(p.dev?.changeVisibleMs ?? Infinity, TARGETS.devChangeMs)),
    info('  dev server start to first tool page', p.dev?.startupMs, 'ms'),
  ];
}

function printTable(rows: ReturnType<typeof verdicts>) {
  const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => String(Object.values(r)[i]).length), ['Metric', 'Value', 'Target', 'Status'][i].length));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  console.log(`\nCivic Toolbox benchmark, N=${N} (${result.machine.cpus} cores, ${result.machine.memoryGB} GB, Node ${process.version}; code ${result.git.head} + ${result.git.uncommittedFiles ?? '?'} uncommitted files; load average ${result.loadAverage.start.join(' ')} -> ${result.loadAverage.end.join(' ')}); targets are stated for N=10,000\n`);
  console.log(line(['Metric', 'Value', 'Target', 'Status']));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const r of rows) console.log(line([r.metric, r.value, r.target, r.status]));
  if (result.errors.length) {
    console.log(`\n${result.errors.length} phase(s) failed:`);
    for (const e of result.errors) console.log(`- ${e.phase}: ${e.message.split('\n').slice(0, 12).join('\n  ')}`);
  }
}

try {
  await main();
} catch (e) {
  fail('setup', e);
} finally {
  result.loadAverage.end = loadavg().map((v) => Math.round(v * 100) / 100);
  const rows = verdicts();
  result.table = rows;
  mkdirSync(dirname(JSON_PATH), { recursive: true });
  writeFileSync(JSON_PATH, `${JSON.stringify(result, null, 2)}\n`);
  printTable(rows);
  console.log(`\nJSON: ${relative(process.cwd(), JSON_PATH) || JSON_PATH}; logs in ${relative(process.cwd(), OUT_DIR) || OUT_DIR}/`);
  cleanup();
  process.exitCode = result.errors.length ? 1 : 0;
}
