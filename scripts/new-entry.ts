/**
 * npm run new -- <tool|use-case|organization|collection|criterion> "Name" [--id x] [--field value ...]
 * Writes content/<kind>/<id>.mdx from a commented template, refuses an existing id, then runs the
 * validator on the new file and lists what is left to fill.
 * Example: npm run new -- tool "Decidim" --website https://decidim.org --license AGPL-3.0-only
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { NEW_KINDS, scaffold, slugify } from '../src/lib/scaffold.ts';
import { checkEntryFile } from '../src/lib/entry-check.ts';
import { formatProblem } from '../src/lib/problems.ts';
import { SLUG_PATTERN } from '../src/schemas/index.ts';

const LIST_FIELDS = new Set(['use_cases', 'developers', 'languages', 'tags', 'sources', 'values']);
// Any `--field value` pair fills that front-matter field, so arguments are read by hand.
const positionals: string[] = [];
const options: Record<string, string> = { dir: '.' };
const args = process.argv.slice(2);
for (let i = 0; i < args.length; i++) {
  const arg = args[i];
  if (arg.startsWith('--')) {
    const [key, inline] = arg.slice(2).split(/=(.*)/s, 2);
    const value = inline ?? args[++i];
    if (value === undefined) {
      console.error(`error: --${key} needs a value`);
      process.exit(2);
    }
    options[key] = value;
  } else positionals.push(arg);
}

const [kindName, name] = positionals;
const kind = NEW_KINDS[kindName ?? ''];
if (!kind || !name) {
  console.error(`usage: npm run new -- <${Object.keys(NEW_KINDS).join('|')}> "Name" [--id some-id] [--website https://...] [--use_cases a,b]`);
  process.exit(2);
}
const id = String(options.id ?? slugify(name));
if (!SLUG_PATTERN.test(id)) {
  console.error(`error: "${id}" is not a valid id (lowercase kebab-case ASCII); pass one with --id`);
  process.exit(2);
}
const file = `content/${kind}/${id}.mdx`;
const path = `${options.dir}/${file}`;
if (existsSync(path)) {
  console.error(`error: ${file} already exists; edit it, or choose another id with --id`);
  process.exit(1);
}

const fields: Record<string, unknown> = { name };
for (const [key, value] of Object.entries(options)) {
  if (key === 'id' || key === 'dir') continue;
  const field = key.replaceAll('-', '_');
  fields[field] = LIST_FIELDS.has(field) ? value.split(',').map((v) => v.trim()).filter(Boolean) : value;
}
const today = new Date().toISOString().slice(0, 10);
const text = scaffold(kind, fields, today);
mkdirSync(`${options.dir}/content/${kind}`, { recursive: true });
writeFileSync(path, text, { flag: 'wx' });
console.log(`created ${file}`);

const problems = checkEntryFile(kind, file, new TextEncoder().encode(text)).problems;
if (problems.length) {
  console.log(`\nLeft to fill before it validates (${problems.length}):`);
  for (const p of problems) console.log(formatProblem(p));
}
console.log('\nThen describe it in the body and run: npm run validate');
