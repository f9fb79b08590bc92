/**
 * npm run translation:stamp -- content/translations/ar/tools/decidim.mdx [...]
 * After you have brought a translation in line with its original, records the original's current
 * fingerprint in `original_digest`, so the translation no longer shows as stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { checkContent } from '../src/checking/pipeline.ts';
import { originalDigest } from '../src/checking/translations.ts';
import { withField } from '../src/checking/entry-file.ts';
import { KINDS, type Kind } from '../src/schemas/index.ts';

let failed = false;
// Originals as the validator sees them (unchanged files come from the cache).
const content = await checkContent('.', { cache: true, render: false });
for (const file of process.argv.slice(2)) {
  const match = /content\/translations\/[^/]+\/([^/]+)\/([^/]+)\.mdx$/.exec(file);
  if (!match || !(KINDS as readonly string[]).includes(match[1])) {
    console.error(`${file}: expected a path like content/translations/<lang>/<kind>/<id>.mdx`);
    failed = true;
    continue;
  }
  const [, kind, id] = match as unknown as [string, Kind, string];
  const originalPath = `content/${kind}/${id}.mdx`;
  const original = content.entries[kind].find((e) => e.id === id);
  if (!original?.data) {
    console.error(`${file}: its original ${originalPath} is missing or has errors; run npm run validate`);
    failed = true;
    continue;
  }
  writeFileSync(file, withField(readFileSync(file, 'utf8'), 'original_digest', originalDigest(kind, original)));
  console.log(`${file}: original_digest ${originalDigest(kind, original)}`);
}
process.exitCode = failed ? 1 : 0;
