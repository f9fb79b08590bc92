/**
 * npm run fuzz -- [--count 9000] [--seed 20161207]
 * Checks many seeded mutations of every real entry (scripts/lib/fuzz/mutate.ts) and reports any
 * that crashes the checker, reports a problem outside its file, or takes longer than a second.
 * The test suite runs a few hundred (src/checking/fuzz.int.test.ts); this runs as many as asked.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { checkEntryFile } from '../src/checking/entry-check.ts';
import { KINDS, type Kind } from '../src/schemas/vocab.ts';
import { mutate } from './lib/fuzz/mutate.ts';
import { prng } from './lib/prng.ts';

const { count, seed } = parseArgs({ options: { count: { type: 'string', default: '9000' }, seed: { type: 'string', default: '20161207' } } }).values;
const files = KINDS.flatMap((kind) => readdirSync(`content/${kind}`).filter((n) => n.endsWith('.mdx')).map((n) => ({ kind: kind as Kind, file: `content/${kind}/${n}`, text: readFileSync(`content/${kind}/${n}`, 'utf8') })));
const r = prng(Number(seed));
const now = new Date();
const failures: string[] = [];
let slowest = 0;
let problems = 0;
let atStart = 0;
const started = performance.now();
for (let i = 0; i < Number(count); i++) {
  const f = files[i % files.length];
  const text = mutate(f.text, r);
  const lines = text.split(/\r\n|\r|\n/).length;
  const t = performance.now();
  try {
    for (const p of checkEntryFile(f.kind, f.file, new TextEncoder().encode(text), now).problems) {
      problems++;
      // File-level problems (name, encoding, size) belong at 1:1; any other there is a poor location.
      if (p.line === 1 && p.column === 1 && p.field !== 'file') atStart++;
      if (p.line < 1 || p.line > lines || p.column < 1) failures.push(`#${i} ${f.file}: problem at ${p.line}:${p.column} outside the file's ${lines} lines: ${p.field}: ${p.message}`);
    }
  } catch (error) {
    failures.push(`#${i} ${f.file}: crashed: ${error}`);
  }
  const ms = performance.now() - t;
  slowest = Math.max(slowest, ms);
  if (ms > 1000) failures.push(`#${i} ${f.file}: took ${Math.round(ms)} ms`);
}
console.log(`${count} mutations of ${files.length} files (seed ${seed}) in ${Math.round((performance.now() - started) / 1000)} s; slowest ${Math.round(slowest)} ms; ${problems} problems, ${atStart} of them (${((100 * atStart) / Math.max(1, problems)).toFixed(1)}%) at 1:1 other than file-level; ${failures.length} failure(s).`);
for (const f of failures.slice(0, 50)) console.log(f);
process.exitCode = failures.length ? 1 : 0;
