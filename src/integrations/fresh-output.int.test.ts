import { afterAll, expect, test } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { leftovers, setAsideName } from './fresh-output.ts';

const root = mkdtempSync(join(tmpdir(), 'civic-fresh-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

test('the previous output is set aside next to it, under a name leftovers() finds again', () => {
  const outDir = join(root, 'dist');
  const aside = setAsideName(outDir, 1700000000000, 42);
  expect(aside).toBe(join(root, 'dist.old-1700000000000-42'));
  mkdirSync(aside);
  writeFileSync(join(aside, 'index.html'), '');
  mkdirSync(join(root, 'dist.older')); // not ours: another name
  mkdirSync(join(root, 'distant.old-1-1')); // not ours either
  expect(leftovers(outDir)).toEqual([aside]);
  expect(leftovers(join(root, 'missing', 'dist'))).toEqual([]);
});
