/**
 * Seeded fuzzing of the checker on mutations of real entries (scripts/lib/fuzz/mutate.ts): it must
 * never throw, and every problem it reports must sit inside the file it names. A few hundred
 * mutations here (seconds); `npm run fuzz -- --count 9000` runs more. Slow only by their number.
 */
import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { checkEntryFile } from './entry-check.ts';
import { mutate } from '../../scripts/lib/fuzz/mutate.ts';
import { prng } from '../../scripts/lib/prng.ts';
import type { Kind } from '../schemas/vocab.ts';

const NOW = new Date('2026-11-30T12:00:00Z');
const encoder = new TextEncoder();
const seeds: { kind: Kind; file: string; text: string }[] = (['tools', 'organizations', 'events', 'projects', 'collections'] as Kind[]).flatMap((kind) =>
  readdirSync(`content/${kind}`)
    .filter((n) => n.endsWith('.mdx'))
    .sort()
    .slice(0, 6)
    .map((n) => ({ kind, file: `content/${kind}/${n}`, text: readFileSync(`content/${kind}/${n}`, 'utf8') })),
);

describe('fuzzing the checker', () => {
  test('400 seeded mutations of real entries: no crash, every problem located inside its file', () => {
    const r = prng(20161207);
    for (let i = 0; i < 400; i++) {
      const seed = seeds[i % seeds.length];
      const text = mutate(seed.text, r);
      const bytes = encoder.encode(text);
      const lineCount = text.split(/\r\n|\r|\n/).length;
      let problems;
      try {
        problems = checkEntryFile(seed.kind, seed.file, bytes, NOW, { render: true }).problems;
      } catch (error) {
        throw new Error(`mutation ${i} of ${seed.file} crashed the checker: ${error}\n--- input ---\n${text}`);
      }
      for (const p of problems) {
        expect(p.line, `mutation ${i} of ${seed.file}: ${p.field}: ${p.message}`).toBeGreaterThanOrEqual(1);
        expect(p.line, `mutation ${i} of ${seed.file}: ${p.field}: ${p.message}`).toBeLessThanOrEqual(lineCount);
        expect(p.column).toBeGreaterThanOrEqual(1);
        expect(p.message.length).toBeGreaterThan(0);
      }
    }
  });
});

describe('slow inputs', () => {
  const time = (body: string) => {
    const file = `---\nname: "Slow"\nsummary: "A constructed worst case for the parser's time."\nwebsite: https://slow.example.org\nlicense: MIT\ntype: software\nuse_cases: [petitions]\nreviewed: 2026-11-01\nsources: [https://slow.example.org]\nlang: en\n---\n\n${body}`;
    const started = performance.now();
    const problems = checkEntryFile('tools', 'content/tools/slow.mdx', encoder.encode(file.slice(0, 99_000)), NOW).problems;
    return { ms: performance.now() - started, problems };
  };

  // Bounds are loose for a loaded 2-core machine; the same cases took 70 to 300 ms unloaded.
  test.each([
    ['block quotes with lazy continuation lines, up to the line limit', '> a\nlazy\n'.repeat(740)],
    ['ten-deep quotes with lazy lines, up to the size limit', Array.from({ length: 740 }, () => '> '.repeat(10) + 'a '.repeat(30) + '\nlazy line that fills the hundred kilobytes of the limit').join('\n')],
    ['nested lists with lazy lines', '- a\n  - b\n    - c\nlazy\n'.repeat(370)],
    ['20,000 nested quotes (a stack overflow before the limits)', '>'.repeat(20_000) + ' deep\n'],
  ])('%s: checked in under 5 s', (_name, body) => {
    const { ms } = time(body);
    expect(ms).toBeLessThan(5000);
  });
});
